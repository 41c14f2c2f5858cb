"""The OpenAPI schema and the server agree: what the schema calls valid is accepted,
and where the server must refuse schema-valid input (content no schema can
describe) the schema says so in words."""

from __future__ import annotations

import msgspec
import pytest

from api_helpers import BAD_LETTER, client, docx_bytes
from borgertekst.api import schemas


@pytest.fixture(scope="module")
def api(analyzer):
    with client(rate_limit_per_minute=1_000_000) as c:
        yield c


@pytest.fixture(scope="module")
def spec(api):
    return api.get("/schema/openapi.json").json()


def _resolve(spec, node):
    while "$ref" in node:
        node = spec["components"]["schemas"][node["$ref"].rsplit("/", 1)[-1]]
    return node


def _body_schema(spec, path, media="application/json"):
    return _resolve(spec, spec["paths"][path]["post"]["requestBody"]["content"][media]["schema"])


def _problem(response, status):
    assert response.status_code == status, response.text[:500]
    assert response.headers["content-type"].startswith("application/problem+json")
    return response.json()


# --- JSON request bodies: the schema is the validator's own ---------------------


def _without_null_defaults(node):
    # the schema document leaves out None values, so "default": null is not in it
    if isinstance(node, dict):
        return {k: _without_null_defaults(v) for k, v in node.items() if not (k == "default" and v is None)}
    if isinstance(node, list):
        return [_without_null_defaults(v) for v in node]
    return node


@pytest.mark.parametrize("struct", schemas.JSON_REQUEST_BODIES, ids=lambda s: s.__name__)
def test_request_body_schema_is_what_msgspec_validates(spec, struct):
    # msgspec decodes the body, so its schema of the struct is exactly what the server accepts
    _, expected = msgspec.json.schema_components([struct], ref_template="#/components/schemas/{name}")
    for name, component in expected.items():
        assert spec["components"]["schemas"][name] == _without_null_defaults(component), name


def test_only_span_schema_is_two_positions_from_zero(spec):
    only_span = _body_schema(spec, "/v1/rewrite")["properties"]["only_span"]
    (array,) = [arm for arm in only_span["anyOf"] if arm.get("type") == "array"]
    assert array["minItems"] == array["maxItems"] == 2 and array["items"] is False
    assert [item["minimum"] for item in array["prefixItems"]] == [0, 0]
    assert only_span["description"]  # says what a span means


# --- /v1/rewrite only_span: every schema-valid span has a meaning ---------------


def _rewrite(api, **body):
    r = api.post("/v1/rewrite", json={"text": BAD_LETTER, "rules": ["klarsprog.tiltale"], **body})
    assert r.status_code == 200, r.text[:500]
    return r.json()


def test_reversed_span_is_the_same_span(api):
    start = BAD_LETTER.index("Deres ansøgning")
    forward = _rewrite(api, only_span=[start, start + 5])
    assert [(c["old"], c["new"]) for c in forward["changes"]] == [("Deres", "din")]
    assert _rewrite(api, only_span=[start + 5, start]) == forward


@pytest.mark.parametrize("span", [[10**6, 10**6 + 5], [len(BAD_LETTER), len(BAD_LETTER)], [2**64, 2**70]])
def test_span_beyond_the_text_rewrites_nothing(api, span):
    result = _rewrite(api, only_span=span)
    assert result["changes"] == [] and result["text"] == BAD_LETTER


def test_span_reaching_past_the_end_still_covers_the_text(api):
    # a client may count "\r\n" as two characters; the server counts it as one
    start = BAD_LETTER.index("Deres ansøgning")
    result = _rewrite(api, only_span=[start, 10**9])
    assert ("Deres", "din") in [(c["old"], c["new"]) for c in result["changes"]]


@pytest.mark.parametrize("span", [[], [3], [1, 2, 3], [-1, 4], [0, -4], [1.5, 2]])
def test_schema_invalid_span_is_a_400_naming_the_field(api, span):
    r = api.post("/v1/rewrite", json={"text": "Kære Ida", "only_span": span})
    body = _problem(r, 400)
    assert any(e.startswith("only_span") for e in body["errors"]), body
    assert "Forespørgslen" in body["detail"]


def test_rewrite_function_orders_the_span_and_refuses_negative_positions(analyzer):
    from borgertekst.rewrite import rewrite

    start = BAD_LETTER.index("Deres ansøgning")
    forward = rewrite(analyzer, BAD_LETTER, rules=["klarsprog.tiltale"], only_span=(start, start + 5))
    backward = rewrite(analyzer, BAD_LETTER, rules=["klarsprog.tiltale"], only_span=(start + 5, start))
    assert backward == forward and forward.changes
    with pytest.raises(ValueError, match="negative"):
        rewrite(analyzer, BAD_LETTER, only_span=(-1, 5))


def test_schemathesis_finds_no_rejected_valid_rewrite(analyzer):
    """ST202 for /v1/rewrite, in-process: every request the schema calls valid gets a 2xx."""
    schemathesis = pytest.importorskip("schemathesis")
    from hypothesis import HealthCheck, given, settings
    from schemathesis.specs.openapi.checks import positive_data_acceptance

    from borgertekst.api import Settings, create_app

    app = create_app(Settings(rate_limit_per_minute=1_000_000))
    api_schema = schemathesis.openapi.from_asgi("/schema/openapi.json", app)
    operation = api_schema["/v1/rewrite"]["POST"]
    seen = []

    @given(case=operation.as_strategy())
    @settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck), database=None,
              derandomize=True)
    def fuzz(case):
        response = case.call()
        if isinstance(case.body, dict) and case.body.get("only_span") is not None:
            seen.append(case.body["only_span"])
        case.validate_response(response, checks=[positive_data_acceptance])

    fuzz()
    assert seen  # the fuzzing did send spans


# --- /v1/documents: the upload field as the server reads it --------------------


def test_documents_schema_names_the_one_required_file_field(spec):
    body = _body_schema(spec, "/v1/documents", "multipart/form-data")
    assert body["required"] == ["file"]
    assert body["properties"]["file"]["type"] == "string" and body["properties"]["file"]["format"] == "binary"
    assert set(body["properties"]) == {"file"}
    assert body["properties"]["file"]["contentMediaType"] == schemas.DOCX_MEDIA_TYPE
    described = spec["paths"]["/v1/documents"]["post"]["description"] + body["properties"]["file"]["description"]
    assert ".docx" in described


def test_document_upload_as_the_schema_describes_it(api):
    r = api.post("/v1/documents", files={"file": ("brev.docx", docx_bytes(BAD_LETTER.split("\n\n")))})
    assert r.status_code == 200, r.text[:500]
    assert r.json()["report"]["findings"]


@pytest.mark.parametrize("files", [{"andet": ("brev.docx", b"x")}, {}])
def test_document_without_the_file_field_is_a_400_in_danish(api, files):
    if files:
        r = api.post("/v1/documents", files=files)
    else:
        r = api.post("/v1/documents", content=b"--xx--\r\n",
                     headers={"content-type": "multipart/form-data; boundary=xx"})
    body = _problem(r, 400)
    assert "'file'" in body["detail"] and "Word" in body["detail"], body


def test_a_wrong_query_parameter_with_an_upload_is_not_blamed_on_the_file(api):
    r = api.post("/v1/documents?letter_type=roman", files={"file": ("brev.docx", docx_bytes(["Kære Ida"]))})
    body = _problem(r, 400)
    assert "'file'" not in body["detail"] and any(e.startswith("letter_type") for e in body["errors"]), body


def test_a_file_that_is_not_a_docx_is_a_documented_422(api, spec):
    # the schema cannot say "a zip with word/document.xml"; the 422 is described instead
    body = _problem(api.post("/v1/documents", files={"file": ("brev.docx", b"ikke et Word-dokument")}), 422)
    assert "Word-dokument" in body["detail"]
    described = spec["paths"]["/v1/documents"]["post"]["responses"]["422"]["description"]
    assert "Word-dokument" in described and "skabelon" not in described


# --- /v1/templates/{name}/render: per-template fields, documented ---------------


def test_render_documents_where_the_fields_are_and_the_422(spec):
    operation = spec["paths"]["/v1/templates/{name}/render"]["post"]
    data = _body_schema(spec, "/v1/templates/{name}/render")["properties"]["data"]
    assert "/v1/templates/{name}" in data["description"] and "fields" in data["description"]
    assert "/v1/templates/{name}" in operation["description"]
    (name,) = [p for p in operation["parameters"] if p["name"] == "name"]
    assert "/v1/templates" in name["description"]
    described = operation["responses"]["422"]["description"]
    assert "skabelon" in described and "errors" in described


def test_422_is_described_per_operation(spec):
    for path in ("/v1/analyze", "/v1/analyze/paragraphs", "/v1/rewrite"):
        described = spec["paths"][path]["post"]["responses"]["422"]["description"]
        assert "skabelon" not in described and "Word" not in described, (path, described)


@pytest.mark.parametrize("data, expected", [
    ({}, ["Feltet 'navn' mangler"]),
    ({"findes_ikke": "x"}, ["Feltet 'findes_ikke' kendes ikke i skabelonen 'kvittering'"]),
])
def test_template_data_that_does_not_fit_is_a_422_per_field(api, data, expected):
    body = _problem(api.post("/v1/templates/kvittering/render", json={"data": data}), 422)
    for text in expected:
        assert any(e.startswith(text) for e in body["errors"]), body["errors"]


def test_every_templates_documented_example_renders(api):
    # the way the schema points to for valid data works for every template
    for info in api.get("/v1/templates").json():
        r = api.post(f"/v1/templates/{info['name']}/render", json={"data": info["example"]})
        assert r.status_code == 200, (info["name"], r.text[:300])
