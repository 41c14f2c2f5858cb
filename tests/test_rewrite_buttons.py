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
    # (the rule alone said yes until WORDS made "samtykke" a gloss in session 7: "tilladelse" changes the meaning)
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


# EVAL eval6: 7 of 33 offers from /v1/analyze/paragraphs changed nothing. The offer is now the rule's word class
# tried in its place in the paragraph, with the rewrite's own context checks (no analysis): a heading's "Vedr.:"
# label, "Under henvisning til" naming the reader's own message, "med henblik på" before a noun (no verb for
# "for at") and a passive verb the replacement cannot take are not offered; the same words where they fit are.
@pytest.mark.parametrize("paragraph, word, offered", [
    ("Vedr.: Tilbagebetaling af hjælp til indskud", "Vedr.", False),
    ("Under henvisning til din ansøgning af 3. marts skriver vi til dig igen.", "Under henvisning til", False),
    ("Hjælpen blev ydet med henblik på en bestemt bolig, som du ikke flyttede ind i.", "med henblik på", False),
    ("Hjælpen blev ydet med henblik på at du kunne flytte ind i en bestemt bolig.", "med henblik på", True),
    ("Vi har lagt vægt på alle oplysninger i sagen, herunder lægens udtalelse.", "herunder", True),
])
def test_an_offer_is_the_rule_tried_in_its_place(api, analyzer, paragraph, word, offered):
    report = analyzer.analyze(paragraph)
    (finding,) = [f for f in report.findings if f.text == word and f.rule.startswith("klarsprog.kancellisprog")]
    assert can_rewrite(finding, ruleset=analyzer.ruleset)  # the rule's word class offers a rewrite …
    assert can_rewrite(finding, paragraph, ruleset=analyzer.ruleset) is offered  # … which fits the place or not
    _, found = _paragraph_findings(api, paragraph)
    (shown,) = [f for _, f in found if f["text"] == word and f["rule"] == finding.rule]
    assert shown["rewritable"] is offered
    if offered:  # an offer the page keeps: the paragraph's rewrite changes the words
        assert rewrites_span(analyzer, paragraph, shown["start"], shown["end"], report.letter_type)
