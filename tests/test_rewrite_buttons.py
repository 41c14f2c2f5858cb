"""A "Foreslå omskrivning" button only where pressing it changes the letter (contract 6, issue 15).
The page asks for one finding's rewrite as the rewrite of that finding's paragraph with the letter type of
the check, showing the changes that touch the finding; the button shows only where the change spans of
exactly that rewrite (/v1/rewrite/spans: `rewritten_spans`, one per paragraph, remembered by digest) touch
the finding. The paragraph endpoint's `rewritable` is only the rule's offer (see test_api_rewrite_spans.py).
EVAL's eval5 found 3 of 9 buttons that opened an empty panel: a replacement the rewrite's final check
drops ("har givet samtykke" → "har givet tilladelse" is nominal style), read only from the rule."""

from __future__ import annotations

import pytest

from api_helpers import BAD_LETTER, client
from borgertekst.rewrite import rewrite
from borgertekst.rewriting import can_rewrite, rewrites_span

CONSENT = "Lejeren har givet samtykke til, at vi indhenter oplysninger hos jer."


@pytest.fixture(scope="module")
def api(analyzer):
    with client() as c:
        yield c


def _paragraph_findings(api, text):
    paragraphs = [{"id": f"p{i}", "text": line} for i, line in enumerate(text.split("\n")) if line.strip()]
    body = api.post("/v1/analyze/paragraphs", json={"paragraphs": paragraphs}).json()
    by_id = {p["id"]: p["text"] for p in paragraphs}
    return body["letter_type"], [(by_id[p["id"]], f) for p in body["paragraphs"] for f in p["findings"]]


def test_a_replacement_the_rewrite_drops_gets_no_button(api, analyzer):
    letter_type, found = _paragraph_findings(api, CONSENT)
    (consent,) = [f for _, f in found if f["text"] == "samtykke"]
    report = analyzer.analyze(CONSENT)
    (finding,) = [f for f in report.findings if f.text == "samtykke"]
    assert can_rewrite(finding, ruleset=analyzer.ruleset)  # the rule alone says yes …
    assert not any(c.start < finding.end and finding.start < c.end
                   for c in rewrite(analyzer, CONSENT, letter_type).changes)  # … the rewrite drops it
    assert not rewrites_span(analyzer, CONSENT, consent["start"], consent["end"], letter_type)  # no button
    spans = api.post("/v1/rewrite/spans", json={"text": CONSENT, "letter_type": letter_type}).json()["spans"]
    assert not any(s["start"] < consent["end"] and consent["start"] < s["end"] for s in spans)


def test_every_button_changes_its_finding_in_its_paragraph(api, analyzer):
    letter_type, found = _paragraph_findings(api, BAD_LETTER)
    shown = 0
    for paragraph, f in found:
        if f["rewritable"] and rewrites_span(analyzer, paragraph, f["start"], f["end"], letter_type):
            shown += 1
            result = rewrite(analyzer, paragraph, letter_type)
            assert any(c.start < f["end"] and f["start"] < c.end for c in result.changes), (f["rule"], f["text"])
    assert shown >= 2


def test_the_answer_is_remembered_by_digest_not_text(analyzer, monkeypatch):
    import borgertekst.rewrite as rewrite_module
    import borgertekst.rewriting as rewriting

    calls = []
    real = rewrite_module.rewrite
    monkeypatch.setattr(rewrite_module, "rewrite", lambda *a, **k: calls.append(1) or real(*a, **k))
    text = "De bedes kontakte os." + " " * 7  # a text no other test asks about
    start = text.index("De")
    first = rewrites_span(analyzer, text, start, start + 2, "information")
    assert rewrites_span(analyzer, text, start, start + 2, "information") == first
    rewrites_span(analyzer, text, start + 3, start + 10, "information")  # another finding of the same paragraph
    assert len(calls) == 1  # one rewrite per paragraph
    assert all(text not in key for key in rewriting._SPANS)  # no letter text kept in memory
