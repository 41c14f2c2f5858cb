"""Fuzzing the server's edges (issue 16): static file paths and multipart bodies.
Whatever comes in, the answer is never a 5xx, and an error is a problem document."""

from __future__ import annotations

from urllib.parse import quote

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from api_helpers import client

SETTINGS = settings(max_examples=60, deadline=None, derandomize=True, database=None,
                    suppress_health_check=list(HealthCheck))


@pytest.fixture(scope="module")
def api(analyzer):
    with client(api_keys=["k" * 24], rate_limit_per_minute=1_000_000) as c:
        yield c


def _check(r) -> None:
    assert r.status_code < 500, (r.status_code, r.text[:300])
    if r.status_code >= 400:
        assert r.headers["content-type"].startswith("application/problem+json"), r.headers["content-type"]


names = st.one_of(
    st.text(min_size=0, max_size=40),
    st.text(alphabet=st.sampled_from("a./\\%\x00\n\r\t~:;é😀"), min_size=0, max_size=300),
    st.integers(min_value=200, max_value=5000).map(lambda n: "a" * n),
)


@SETTINGS
@given(prefix=st.sampled_from(["/static/", "/plugins/", "/word/", "/schema/", "/"]), name=names)
def test_static_paths_never_fail_on_the_server(api, prefix, name):
    _check(api.get(prefix + quote(name, safe="/")))


part_headers = st.lists(st.sampled_from([
    b'Content-Disposition: form-data; name="file"',
    b'Content-Disposition: form-data; name="file"; filename="brev.docx"',
    b'Content-Disposition: form-data; name="file"; filename="\xff\xfe.docx"',
    b'Content-Disposition: form-data; name="andet"',
    b"Content-Disposition: form-data",
    b"Content-Type: application/octet-stream",
    b"Content-Type: text/plain; charset=latin-1",
    b"X-\xff: \x00",
]), max_size=3)


@SETTINGS
@given(parts=st.lists(st.tuples(part_headers, st.binary(max_size=300)), max_size=3),
       tail=st.sampled_from([b"--b--\r\n", b"--b--", b"", b"--b\r\n"]),
       noise=st.binary(max_size=40))
def test_multipart_bodies_never_fail_on_the_server(api, parts, tail, noise):
    body = b""
    for headers, content in parts:
        body += b"--b\r\n" + b"\r\n".join(headers) + b"\r\n\r\n" + content + b"\r\n"
    body += tail + noise
    r = api.post("/v1/documents", content=body, headers={"content-type": "multipart/form-data; boundary=b",
                                                          "authorization": "Bearer " + "k" * 24})
    _check(r)
