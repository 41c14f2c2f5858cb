"""Session 14 speed helpers (PERF): a phrases entry is scanned only in windows around its required
words when its pattern bounds how far a match attempt reads (``literals.derive_reach``), with the
same matches as a scan of the whole text. Behaviour tests only (no timing)."""

import sys

import msgspec
import regex

from borgertekst.document import Document
from borgertekst.engine import Analysis
from borgertekst.matchers import phrases
from borgertekst.matchers.literals import TextIndex, derive_reach
from borgertekst.matchers.phrases import PhrasesMatcher, _windows
from borgertekst.rulebook.schema import Rule


def _rule(entries, case_sensitive=False):
    return msgspec.convert({"id": "tone.x", "category": "tone", "severity": "warning", "message": "m",
                            "type": "phrases", "entries": entries, "case_sensitive": case_sensitive}, Rule)


def test_reach_counts_consumed_text_look_aheads_and_the_character_a_boundary_reads():
    # 7 characters; the (?!\w) after them reads the 8th; + 1 for the end-of-text test
    assert derive_reach(r"\bdu skal(?!\w)", True) == ((7, 0, 0), (9, 0, 0))
    # a look-ahead reads past the match: "(?= betale)" 7 characters after "skal"
    assert derive_reach(r"skal(?= betale)", True) == ((4, 0, 0), (12, 0, 0))
    # a look-behind reads before the start only (a later start sees it as the whole text does)
    assert derive_reach(r"(?<=\bdet \w+ )er", True) == ((2, 0, 0), (3, 0, 0))


def test_reach_under_full_case_folding_counts_what_a_character_can_match():
    # with regex.VERSION1 | IGNORECASE, "ß" matches "ss": two characters of text
    assert regex.search("ß", "strasse", regex.VERSION1 | regex.IGNORECASE).span() == (4, 6)
    assert derive_reach("ß", True)[0] == (2, 0, 0)
    assert derive_reach("ß", False)[0] == (1, 0, 0)
    assert derive_reach("[a-zß]", True)[0] == (2, 0, 0)


def test_open_repeats_are_bounded_by_the_texts_runs_of_word_characters_or_space_only():
    assert derive_reach(r"\w+ og", True)[0] == (3, 1, 0)
    assert derive_reach(r"a\s*b", True)[0] == (2, 0, 1)
    assert derive_reach(r"[^\W\d_]{2,}et", True)[0] == (2, 1, 0)
    for unbounded in (r"a[^.]*b", r"a.+b", r"(\w+) \1", r"a(?=.*b)"):
        assert derive_reach(unbounded, True) is None, unbounded


def test_text_index_runs():
    index = TextIndex("Et  langt\tord: Kommunalbestyrelsen\n\n\n, ja")
    assert index.longest_word == len("kommunalbestyrelsen")
    assert index.longest_space == 3
    assert TextIndex("a b").longest_space == 1 and TextIndex("ab").longest_space == 0


def test_case_folding_keeps_a_characters_class():
    """``TextIndex.longest_word`` reads the case-folded text: a character whose folding is one character
    keeps its word/space class (checked over all of Unicode)."""
    word, space = regex.compile(r"\w", regex.VERSION1), regex.compile(r"\s", regex.VERSION1)
    for code in range(sys.maxunicode + 1):
        if 0xD800 <= code <= 0xDFFF:
            continue
        char = chr(code)
        folded = char.casefold()
        if len(folded) == 1:
            assert bool(word.match(char)) == bool(word.match(folded)) or not word.match(char), hex(code)
            assert bool(space.match(char)) <= bool(space.match(folded)), hex(code)


def test_windows_only_for_bounded_entries_and_texts_whose_folding_keeps_their_length():
    text = "Hej. " + "Vi har læst dit brev. " * 20 + "Du skal betale nu. " + "Tak for brevet. " * 20
    index = TextIndex(text)
    requirement = ((frozenset({("word", "betale")}),))
    windows = _windows(requirement, derive_reach(r"\bdu skal betale(?!\w)", True), index, len(text))
    assert windows is not None and len(windows) == 1
    lo, hi, end = windows[0]
    assert lo <= text.index("Du skal") <= hi < end < len(text)
    assert _windows(requirement, None, index, len(text)) is None  # unbounded: the whole text
    long_text = text.replace("Hej", "Straße")  # "ß" folds to "ss": offsets of the folded text shift
    assert _windows(requirement, derive_reach(r"\bdu skal betale(?!\w)", True), TextIndex(long_text),
                    len(long_text)) is None


def test_a_windowed_scan_finds_what_the_whole_text_scan_finds(analyzer, monkeypatch):
    """Matches next to a window's end (look-aheads, boundaries), overlapping starts, alternatives
    and look-behinds before the window: the same hits with and without windows."""
    entries = [
        {"pattern": "du skal(?= betale straks)"},
        {"pattern": "skal betale(?!\\w)"},
        {"pattern": "(?<=\\bhvis )du ikke betaler"},
        {"pattern": "betale (?:straks|nu)|senest \\d+ dage"},
        {"pattern": "\\w+ betaler\\s*,"},
    ]
    filler = "Vi har modtaget dit brev og læst det grundigt igennem. " * 12
    texts = [
        filler + "Du skal betale straks. Hvis du ikke betaler, sker der noget. " + filler,
        "Du skal betale straks",  # a match at the very end of the text
        filler + "senest 14 dage. Hvis du ikke betaler  , du skal betale nu" + filler + "skal betale",
        "skal betalex " + filler + "Du skal betale strakx. du skal betale straks",
    ]
    rule = _rule(entries)
    for text in texts:
        document = Document.from_text(text)
        analysis = Analysis(document, analyzer.nlp(document.text), analyzer.nlp)
        got = [(h.start, h.end) for h in PhrasesMatcher(rule, analyzer.nlp).find(analysis)]
        with monkeypatch.context() as m:
            m.setattr(phrases, "_windows", lambda *args: None)
            analysis = Analysis(document, analyzer.nlp(document.text), analyzer.nlp)
            whole = [(h.start, h.end) for h in PhrasesMatcher(rule, analyzer.nlp).find(analysis)]
        assert got == whole and got, text[-60:]
