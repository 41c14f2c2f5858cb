"""A phrases entry written as alternatives is scanned with only the alternatives whose own
required words the letter has (``matchers/phrases.py``): the hits must be those of the whole
entry, and an alternative that cannot match must really be left out of the scan."""

import msgspec
import pytest

from borgertekst.document import Document
from borgertekst.engine import Analysis
from borgertekst.matchers import phrases
from borgertekst.matchers.phrases import PhrasesMatcher, split_alternatives
from borgertekst.rulebook.schema import Rule


def _rule(*patterns):
    return msgspec.convert({"id": "tone.x", "category": "tone", "severity": "warning", "message": "m",
                            "type": "phrases", "entries": [{"pattern": p} for p in patterns]}, Rule)


def _analysis(text, nlp):
    return Analysis(Document.from_text(text), nlp(text), nlp)


@pytest.mark.parametrize(("pattern", "parts"), [
    ("alfa beta|gamma (?:delta|epsilon)", ("alfa beta", "gamma (?:delta|epsilon)")),
    ("(?:alfa beta|gamma delta)", ("alfa beta", "gamma delta")),   # one group around it all
    ("(?:alfa)|(?:beta)", ("(?:alfa)", "(?:beta)")),
    ("(?:alfa|beta) og (?:gamma|delta)", None),                    # the first group closes early
    ("alfa (?:beta|gamma)", None),
    (r"(alfa)|\1 beta", None),                                     # a back reference would be renumbered
    ("(?i)alfa|beta", None),                                       # a flag reaches past the "|"
    (r"alfa\|beta", None),
    ("[|]alfa", None),
])
def test_split_alternatives(pattern, parts):
    assert split_alternatives(pattern) == parts


def test_only_the_alternatives_the_letter_can_match_are_scanned(analyzer, monkeypatch):
    rule = _rule("næste gang klager vi|(?:igen og igen)|du er for sen")
    matcher = PhrasesMatcher(rule, analyzer.nlp)
    scanned = []
    real = phrases.compile_scan
    monkeypatch.setattr(phrases, "compile_scan", lambda pattern, *a: scanned.append(pattern) or real(pattern, *a))
    text = "Du er for sen. Vi skriver igen og igen."
    hits = [(h.start, h.end) for h in matcher.find(_analysis(text, analyzer.nlp))]
    assert [text[s:e] for s, e in hits] == ["Du er for sen", "igen og igen"]
    # the two alternatives the text has are scanned alone; neither the first nor the whole entry is compiled
    assert scanned == ["(?:igen og igen)", "du er for sen"]


def test_the_same_hits_as_the_whole_entry(analyzer):
    """Where alternatives overlap, the earlier alternative still wins at a place, as in the whole entry."""
    patterns = ["du skal betale straks|du skal|betale straks og uden ophold|straks",
                "(?:vi har (?:gentagne gange|flere gange) skrevet|gentagne gange|skrevet til dig)",
                # an empty match takes its start from a later alternative, in the whole entry too
                "(?:x?|, og|næste gang)"]
    texts = ["Du skal betale straks.", "Du skal betale straks og uden ophold.", "Straks, du skal.",
             "Vi har gentagne gange skrevet til dig.", "Vi har flere gange skrevet til dig om det.",
             "Gentagne gange, ja.", "Du skal, straks!", "Ja , og nej, og."]
    for pattern in patterns:
        pruned = PhrasesMatcher(_rule(pattern), analyzer.nlp)
        whole = PhrasesMatcher(_rule(pattern), analyzer.nlp)
        whole._alternatives = [None]  # scanned as one alternation
        for text in texts:
            analysis = _analysis(text, analyzer.nlp)
            got = [(h.start, h.end) for h in pruned.find(analysis)]
            analysis = _analysis(text, analyzer.nlp)
            assert got == [(h.start, h.end) for h in whole.find(analysis)], (pattern, text)
