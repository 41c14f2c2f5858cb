"""`replacement` on each finding (issue 14): what the "Brug" button puts in the letter,
the first suggestion inflected to the matched word (``rewriting.replacement_for``),
with the word before it made to agree; and `rewritable` in /v1/analyze decided from
the letter's guarded rewrite candidates (``rewriting.rewritable_findings``)."""

from __future__ import annotations

import pytest

from api_helpers import BAD_LETTER, client
from borgertekst.document import Document
from borgertekst.rewriting import replacement_for, rewritable_findings


@pytest.fixture(scope="module")
def api(analyzer):
    with client() as c:
        yield c


def _analyze(api, text):
    r = api.post("/v1/analyze", json={"text": text})
    assert r.status_code == 200, r.text[:500]
    return r.json()["findings"]


def _paragraph(api, text):
    r = api.post("/v1/analyze/paragraphs", json={"paragraphs": [{"id": "a", "text": text}]})
    assert r.status_code == 200, r.text[:500]
    return r.json()["paragraphs"][0]["findings"]


def _one(findings, words):
    (f,) = [f for f in findings if f["text"] == words]
    return f


def test_the_replacement_is_the_suggestion_inflected_like_the_word(api):
    text = "Vi har behandlet din ansøgning om merudgifter."
    f = _one(_analyze(api, text), "merudgifter")
    assert f["replaceable"] and f["suggestions"][0] == "ekstra udgift"
    r = f["replacement"]
    assert (r["start"], r["end"], r["text"]) == (f["start"], f["end"], "ekstra udgifter")  # plural like the word
    assert text[:r["start"]] + r["text"] + text[r["end"]:] == "Vi har behandlet din ansøgning om ekstra udgifter."


def test_the_replacement_may_start_at_the_word_before_to_make_it_agree(api):
    text = "Vi har modtaget din skrivelse om sagen."
    f = _one(_analyze(api, text), "skrivelse")
    r = f["replacement"]
    assert r["start"] == text.index("din") < f["start"] and r["end"] == f["end"]
    assert r["text"] == "dit " + f["suggestions"][0]  # "brev" is neuter: din → dit


def test_advice_and_unsafe_changes_have_no_replacement_field(api):
    findings = _analyze(api, BAD_LETTER)
    advice = [f for f in findings if not f["replaceable"]]
    assert advice and all("replacement" not in f for f in advice)
    # a suggestion the guard refuses: "Vedrørende om" would become "Om om" (a doubled word)
    doubled = _one(_analyze(api, "Vedrørende om din sag skriver vi."), "Vedrørende")
    assert doubled["replaceable"] and doubled["suggestions"][0] == "Om" and "replacement" not in doubled
    assert all(v is not None for f in findings for v in f.values())


def test_the_replacements_are_what_replacement_for_gives(api, analyzer):
    report = analyzer.analyze(Document.from_text(BAD_LETTER))
    expected = [replacement_for(f, BAD_LETTER, analyzer.ruleset) for f in report.findings]
    got = [(f["replacement"]["start"], f["replacement"]["end"], f["replacement"]["text"]) if "replacement" in f
           else None for f in _analyze(api, BAD_LETTER)]
    assert got == expected
    assert sum(e is not None for e in expected) >= 3


def test_paragraph_findings_carry_the_replacement_relative_to_the_paragraph_in_utf16_too(api):
    text = "😀 Vi har behandlet din ansøgning om merudgifter."
    f = _one(_paragraph(api, text), "merudgifter")
    r = f["replacement"]
    assert (r["start"], r["end"]) == (text.index("merudgifter"), len(text) - 1)
    assert (r["start_utf16"], r["end_utf16"]) == (r["start"] + 1, r["end"] + 1)  # the emoji is two UTF-16 units
    assert r["text"] == "ekstra udgifter"
    gloss = _paragraph(api, "Din bevilling er godkendt.")
    assert all("replacement" not in f for f in gloss if not f["replaceable"])


def test_rewritable_in_analyze_is_the_guarded_candidates(api, analyzer):
    analysis, report = analyzer.analysis(Document.from_text(BAD_LETTER))
    expected = rewritable_findings(analyzer, analysis.text, report, analysis.doc)
    findings = _analyze(api, BAD_LETTER)
    assert [f["rewritable"] for f in findings] == expected
    assert any(expected) and not all(expected)


def test_every_rewritable_finding_in_analyze_is_changed_by_the_rewrite(api):
    shown = 0
    for f in _analyze(api, BAD_LETTER):
        if not f["rewritable"]:
            continue
        result = api.post("/v1/rewrite", json={"text": BAD_LETTER, "only_span": [f["start"], f["end"]]}).json()
        assert any(c["start"] < f["end"] and f["start"] < c["end"] for c in result["changes"]), f["text"]
        shown += 1
    assert shown >= 3


def test_a_word_document_s_findings_carry_replacement_and_rewritable(api):
    from api_helpers import docx_bytes

    text = "Vi har behandlet din ansøgning om merudgifter."
    r = api.post("/v1/documents", files={"file": ("brev.docx", docx_bytes([text]),
                                                  "application/vnd.openxmlformats-officedocument."
                                                  "wordprocessingml.document")})
    assert r.status_code == 200, r.text[:500]
    f = _one(r.json()["report"]["findings"], "merudgifter")
    assert f["replacement"]["text"] == "ekstra udgifter" and isinstance(f["rewritable"], bool)
