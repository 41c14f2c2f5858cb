"""Hostile and broken input: each gets a clear Danish error (exit 2 from the
CLI, one line, no traceback) or a report, never a crash. All files are
generated here."""

import io
import random
import re
import struct
import subprocess
import sys
import zipfile

import pytest

from api_helpers import docx_bytes as _docx

from borgertekst.cli import main
from borgertekst.document import MAX_TEXT_CHARS, InputError, load_bytes, load_docx, load_html


def _replace_member(docx_bytes: bytes, name: str, content: bytes) -> bytes:
    """The same .docx with one member's content swapped (compressed)."""
    src = zipfile.ZipFile(io.BytesIO(docx_bytes))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            out.writestr(info.filename, content if info.filename == name else src.read(info.filename))
    return buf.getvalue()


def _run_cli(capsys, *argv) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _assert_clear_error(code: int, err: str) -> None:
    assert code == 2
    assert "Traceback" not in err
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1, err
    assert lines[0].startswith("borgertekst: ")


# --- .docx -----------------------------------------------------------------

def test_docx_that_is_not_a_zip():
    with pytest.raises(InputError, match="Word"):
        load_docx(b"PK\x03\x04" + bytes(random.Random(1).randbytes(2000)))


def test_truncated_docx(tmp_path, capsys):
    data = _docx(["Kære Ida", "Såfremt du har spørgsmål, kan du ringe."])
    for cut in (len(data) // 2, len(data) - 30, 100):
        with pytest.raises(InputError):
            load_docx(data[:cut])
    path = tmp_path / "afskåret.docx"
    path.write_bytes(data[: len(data) // 2])
    code, out, err = _run_cli(capsys, "check", str(path))
    _assert_clear_error(code, err)
    assert "afskåret.docx" in err


def test_docx_with_broken_xml():
    data = _replace_member(_docx(["Hej"]), "word/document.xml", b"<w:document><w:body><w:p>")
    with pytest.raises(InputError, match="beskadiget"):
        load_docx(data)


def test_docx_without_document_part():
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
    with pytest.raises(InputError, match="document.xml"):
        load_docx(buf.getvalue())


def test_zip_bomb_one_big_member():
    bomb = _replace_member(_docx(["Hej"]), "word/document.xml", b" " * 30_000_000)
    assert len(bomb) < 200_000  # it really is a bomb
    with pytest.raises(InputError, match="zip-bombe"):
        load_docx(bomb)


def test_zip_bomb_many_members():
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("word/document.xml", "<w:document/>")
        chunk = b"0" * 900_000  # under the per-member ratio check, over the total
        for i in range(80):
            zf.writestr(f"word/media/fil{i}.bin", chunk)
    with pytest.raises(InputError, match="zip-bombe"):
        load_docx(buf.getvalue())


def test_zip_bomb_with_lying_size_header():
    """Headers claim a tiny member; the data inflates to 30 MB. Reading stops at
    the claimed size and the checksum fails, so the file is refused."""
    real = _replace_member(_docx(["Hej"]), "word/document.xml", b" " * 30_000_000)
    data = bytearray(real)
    name = b"word/document.xml"
    pos = 0
    while (pos := data.find(b"PK\x03\x04", pos)) != -1:  # local headers
        name_len = struct.unpack_from("<H", data, pos + 26)[0]
        if data[pos + 30: pos + 30 + name_len] == name:
            struct.pack_into("<I", data, pos + 22, 2000)
        pos += 4
    pos = 0
    while (pos := data.find(b"PK\x01\x02", pos)) != -1:  # central directory
        name_len = struct.unpack_from("<H", data, pos + 28)[0]
        if data[pos + 46: pos + 46 + name_len] == name:
            struct.pack_into("<I", data, pos + 24, 2000)
        pos += 4
    with pytest.raises(InputError):
        load_docx(bytes(data))


def test_docx_with_more_text_than_the_limit_is_refused(analyzer):
    rng = random.Random(3)
    words = ["ansøgning", "hjælp", "kommunen", "afgørelse", "bolig", "tilskud", "du", "vi", "har", "får"]
    paras = [" ".join(rng.choice(words) + str(rng.randint(0, 999)) for _ in range(6000)) for _ in range(30)]
    assert sum(map(len, paras)) > MAX_TEXT_CHARS
    data = _docx(paras)  # varied text: compresses like a real document, not like a bomb
    with pytest.raises(InputError, match="for lang"):
        analyzer.analyze(load_docx(data))


# --- HTML ------------------------------------------------------------------

def test_deeply_nested_html(analyzer):
    depth = 150_000
    html = "<html><body>" + "<div>" * depth + "Såfremt du har spørgsmål, kan du ringe." + "</div>" * depth
    doc = load_html(html.encode())
    assert doc.text == "Såfremt du har spørgsmål, kan du ringe."
    report = analyzer.analyze(doc)
    assert any(f.text == "Såfremt" for f in report.findings)


def test_unclosed_and_inline_nesting_html():
    html = "<p>" + "<b><i><span>" * 50_000 + "Kære Ida" + "<p>Tak for dit brev."
    doc = load_html(html)
    assert [p.text for p in doc.paragraphs] == ["Kære Ida", "Tak for dit brev."]


def test_html_script_and_style_are_not_text():
    doc = load_html("<html><script>var a = '<p>nej</p>';</script><style>p{}</style><p>Kære Ida</p></html>")
    assert doc.text == "Kære Ida"


# --- size ------------------------------------------------------------------

def test_10_mb_text_is_refused(tmp_path, capsys):
    path = tmp_path / "stor.txt"
    path.write_bytes(("Vi har behandlet din ansøgning. " * 330_000).encode())
    assert path.stat().st_size > 10_000_000
    with pytest.raises(InputError, match="for lang"):
        load_bytes(path.read_bytes(), path.name)
    code, out, err = _run_cli(capsys, "check", str(path))
    _assert_clear_error(code, err)
    assert out == ""


def test_5_mb_text_gives_a_clear_error_or_a_report(tmp_path, capsys):
    path = tmp_path / "fem.txt"
    path.write_bytes(("Såfremt du har spørgsmål, kan du ringe til os. " * 110_000).encode())
    assert path.stat().st_size > 5_000_000
    code, out, err = _run_cli(capsys, "check", "--format", "json", str(path))
    if code == 2:
        _assert_clear_error(code, err)
    else:
        assert code in (0, 1) and '"findings"' in out


def test_text_just_under_the_limit_is_analysed(analyzer):
    text = "Vi har behandlet din ansøgning, og du får hjælpen. " * 4000
    report = analyzer.analyze(text)
    assert report.metrics.characters == len(text)
    assert report.metrics.words == 9 * 4000


# --- encodings and binary ---------------------------------------------------

def test_windows_1252_is_read():
    doc = load_bytes("Kære Søren\n\nDu får svar på din ansøgning.".encode("cp1252"), "brev.txt")
    assert doc.text.startswith("Kære Søren")


def test_bytes_that_are_neither_utf8_nor_cp1252(tmp_path, capsys):
    data = b"K\xe6re \x81\x8d\x8f\x90\x9d S\xf8ren"
    with pytest.raises(InputError, match="UTF-8"):
        load_bytes(data, "brev.txt")
    path = tmp_path / "kodning.txt"
    path.write_bytes(data)
    code, out, err = _run_cli(capsys, "check", str(path))
    _assert_clear_error(code, err)


@pytest.mark.parametrize("data", [
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200),
    random.Random(7).randbytes(8192),
    b"\x7fELF\x02\x01\x01" + bytes(57) + b"\xe8\x03\x00\x00" * 100,
], ids=["png", "random", "elf"])
def test_binary_input_is_refused(data, tmp_path, capsys):
    with pytest.raises(InputError, match="binær|UTF-8|zip"):
        load_bytes(data, "brev.txt")
    path = tmp_path / "binaer.txt"
    path.write_bytes(data)
    code, out, err = _run_cli(capsys, "check", str(path))
    _assert_clear_error(code, err)


def test_unsupported_file_types(tmp_path, capsys):
    path = tmp_path / "brev.pdf"
    path.write_bytes(b"%PDF-1.4\n")
    code, out, err = _run_cli(capsys, "check", str(path))
    _assert_clear_error(code, err)
    assert ".pdf" in err


def test_zip_that_is_not_a_docx_named_txt():
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("a.txt", "hej")
    with pytest.raises(InputError, match="zip"):
        load_bytes(buf.getvalue(), "brev.txt")


# --- degenerate but valid text ---------------------------------------------

@pytest.mark.parametrize("text", [
    "",
    "   \n\n\t  ",
    "\n" * 50_000,
    "a" * 100_000,
    "😀" * 2_000,  # longer runs of emoji/punctuation: see bench/RESULTS.md (spaCy tokenizer)
    "§ " * 20_000,
    ". " * 20_000,
    "Såfremt" * 5_000,
    "!" * 1_500,
    "e\u0301" * 20_000,
    "\u2028\u2029\u0085\u000b\u000c" * 2_000,
], ids=["empty", "whitespace", "newlines", "one-long-word", "emoji", "paragraph-signs", "dots",
        "glued-words", "exclamations", "combining", "line-separators"])
def test_degenerate_text_gives_a_report(analyzer, text):
    report = analyzer.analyze(text)
    # at most one word per run of letters or digits, and no more sentences than words
    assert report.metrics.words <= len(re.findall(r"\w+", text))
    assert report.metrics.sentences <= max(report.metrics.words, 1)
    for f in report.findings:
        assert 0 <= f.start <= f.end <= report.metrics.characters


def test_empty_file_gives_a_report(tmp_path, capsys):
    path = tmp_path / "tom.txt"
    path.write_bytes(b"")
    code, out, err = _run_cli(capsys, "check", "--format", "json", str(path))
    assert code in (0, 1), err
    assert '"words":0' in out


# --- a real process: exit code 2 and no traceback ---------------------------

def test_real_process_reports_binary_stdin_without_traceback():
    proc = subprocess.run([sys.executable, "-m", "borgertekst", "check", "-"], input=b"\x00\x01\x02" * 1000,
                          capture_output=True, timeout=120)
    assert proc.returncode == 2
    err = proc.stderr.decode()
    assert "Traceback" not in err
    assert err.strip().count("\n") == 0 and "binær" in err


# --- HTTP: hostile requests get a 4xx problem, and the server keeps serving ---

def _hostile_requests(docx_ok: bytes) -> list[tuple[str, dict]]:
    truncated = docx_ok[: len(docx_ok) // 2]
    nested = b'{"text": ' + b"[" * 100_000 + b"]" * 100_000 + b"}"
    return [
        ("/v1/analyze", {"content": b"\xff\xfe\x00\x00 ikke utf-8", "headers": {"content-type": "application/json"}}),
        ("/v1/analyze", {"content": nested, "headers": {"content-type": "application/json"}}),
        ("/v1/analyze", {"content": b'{"text": "' + b"a" * 2_000_000 + b'"}',
                         "headers": {"content-type": "application/json"}}),
        ("/v1/analyze", {"content": b'{"text": 1e999999}', "headers": {"content-type": "application/json"}}),
        ("/v1/analyze", {"content": random.Random(5).randbytes(5000), "headers": {"content-type": "application/json"}}),
        ("/v1/analyze", {"content": b"text=hej", "headers": {"content-type": "application/x-www-form-urlencoded"}}),
        ("/v1/analyze/paragraphs", {"json": {"paragraphs": [{"id": str(i), "text": "x"} for i in range(5001)]}}),
        ("/v1/analyze/paragraphs", {"json": {"paragraphs": [{"id": "x" * 201, "text": "hej"}]}}),
        ("/v1/documents", {"files": {"file": ("afskåret.docx", truncated)}}),
        ("/v1/documents", {"files": {"file": ("tom.docx", b"")}}),
        ("/v1/documents", {"files": {"file": ("binaer.docx", random.Random(6).randbytes(4000))}}),
    ]


def test_hostile_http_requests_get_4xx_and_the_server_keeps_serving():
    from api_helpers import client, docx_bytes

    docx_ok = docx_bytes(["Kære Ida", "Såfremt du har spørgsmål, kan du ringe."])
    with client() as c:
        for path, kwargs in _hostile_requests(docx_ok):
            r = c.post(path, **kwargs)
            assert 400 <= r.status_code < 500, (path, r.status_code, r.text[:300])
            assert r.headers["content-type"].startswith("application/problem+json"), path
            assert r.json()["detail"]
        # the same app still answers normal requests correctly
        assert c.get("/health").status_code == 200
        r = c.post("/v1/analyze", json={"text": "Såfremt du har spørgsmål, kan du ringe. 😀"})
        assert r.status_code == 200
        assert any(f["text"] == "Såfremt" for f in r.json()["findings"])
        r = c.post("/v1/documents", files={"file": ("brev.docx", docx_ok)})
        assert r.status_code == 200


@pytest.mark.parametrize("text", ["\x00" * 100, "😀" * 500 + "\u0301", "\ud800".encode("utf-8", "surrogatepass")
                                  .decode("utf-8", "replace"), "<script>alert(1)</script>" * 50])
def test_odd_but_valid_json_text_gets_a_report(text):
    from api_helpers import client

    with client() as c:
        r = c.post("/v1/analyze", json={"text": text})
        assert r.status_code == 200, r.text[:300]
        body = r.json()
        for f in body["findings"]:
            assert 0 <= f["start"] <= f["end"] <= len(text)


# --- API fuzzing from the OpenAPI schema (schemathesis) ----------------------

schemathesis = pytest.importorskip("schemathesis")
from hypothesis import HealthCheck, settings  # noqa: E402
from schemathesis.checks import not_a_server_error  # noqa: E402
from schemathesis.specs.openapi.checks import response_schema_conformance  # noqa: E402


@pytest.fixture(scope="module")
def api_schema(analyzer):
    from borgertekst.api import Settings, create_app

    app = create_app(Settings(rate_limit_per_minute=1_000_000))
    return schemathesis.openapi.from_asgi("/schema/openapi.json", app)


def test_fuzzed_requests_never_get_5xx_and_match_the_schema(api_schema):
    from hypothesis import given

    operations = [result.ok() for result in api_schema.get_all_operations()]
    assert any(op.path == "/v1/analyze" for op in operations)
    statuses: list[int] = []
    for operation in operations:
        @given(case=operation.as_strategy())
        @settings(max_examples=8, deadline=None, suppress_health_check=list(HealthCheck), database=None)
        def fuzz(case):
            response = case.call()
            statuses.append(response.status_code)
            case.validate_response(response, checks=[not_a_server_error, response_schema_conformance])

        fuzz()
    assert len(statuses) >= 2 * len(operations)
    assert any(s == 200 for s in statuses) and any(400 <= s < 500 for s in statuses)


def test_a_text_without_words_says_so_instead_of_praising_it(analyzer, tmp_path, capsys):
    from borgertekst.engine import NO_WORDS

    assert NO_WORDS in analyzer.analyze("  \n\n 😀 — …").notices
    assert NO_WORDS not in analyzer.analyze("Tak for dit brev.").notices
    path = tmp_path / "tom.txt"
    path.write_bytes(b"\n\n")
    code, out, err = _run_cli(capsys, "check", str(path))
    assert code == 0, err
    assert "intet at tjekke" in out and "Godt skrevet" not in out


def test_paragraph_endpoint_says_no_words_once_for_the_letter():
    from borgertekst.api.paragraphs import ParagraphChecker
    from borgertekst.api.schemas import ParagraphsRequest
    from borgertekst.engine import NO_WORDS, default_analyzer
    import msgspec

    checker = ParagraphChecker()
    def notices(*texts):
        request = msgspec.convert({"paragraphs": [{"id": str(i), "text": t} for i, t in enumerate(texts)]},
                                  ParagraphsRequest)
        return checker.check(default_analyzer(), request).notices
    assert notices("😀", "—").count(NO_WORDS) == 1
    assert NO_WORDS not in notices("😀", "Tak for dit brev.")


@pytest.mark.parametrize("data", [
    "\x01\x02\x03\x04\x05\x06\x07\x08\x0e\x0f\x10".encode(),  # valid UTF-8, but only control characters
    bytes(range(1, 32)) * 20,
])
def test_control_characters_are_refused_as_binary(data):
    from borgertekst.document import InputError, decode_text

    with pytest.raises(InputError, match="binær"):
        decode_text(data)


def test_a_few_stray_control_characters_in_a_letter_are_accepted():
    from borgertekst.document import decode_text

    letter = ("Kære Anna\n\nTak for dit brev. Vi svarer inden fredag.\x0b\n" * 20 + "\x1e\x07" * 5).encode()
    assert decode_text(letter).startswith("Kære Anna")
