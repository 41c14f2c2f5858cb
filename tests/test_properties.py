"""Property tests: for any Unicode input the engine does not crash, every
finding's span lies inside the text and slices to its ``text``, and the UTF-16
offsets agree with what JavaScript would count."""

import re

import msgspec
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from borgertekst.document import Document, utf16_offsets, utf16_to_codepoint
from borgertekst.report import CATEGORIES, SEVERITIES, Report, to_json

# Any code point except surrogates (which cannot occur in text from a file or a browser).
any_char = st.characters(blacklist_categories=("Cs",))

# Pieces that make rules fire, next to the characters that break naive offset code:
# emoji outside the BMP (two UTF-16 units), ZWJ sequences, combining marks,
# decomposed æøå, odd whitespace and line separators.
FRAGMENTS = [
    "Såfremt du har spørgsmål, kan du ringe.", "i henhold til", "bevillingen", "partshøring",
    "Som vi tidligere har oplyst", "Vi gør dig opmærksom på", "jf. § 5, stk. 2", "De bedes",
    "Ansøgningen behandles", "Kære Ida", "Med venlig hilsen", "Du kan klage inden 4 uger.",
    "😀", "👩‍👩‍👧", "🇩🇰", "e\u0301", "a\u030a", "Æ", "ø", "\u00a0", "\u2028", "\u200b", "\t",
    "\n", "\n\n", "\r\n", " ", ".", "?", "!", "…", "«", "»", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "ﬁ", "İ", "ß",
]
letters = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(any_char, max_size=12)), max_size=40).map("".join)
raw_unicode = st.text(any_char, max_size=200)


def js_length(s: str) -> int:
    """What JavaScript's ``s.length`` gives: UTF-16 code units."""
    return len(s.encode("utf-16-le")) // 2


def _check_report(analyzer, text: str) -> None:
    report = analyzer.analyze(text)
    analysed = Document.from_text(text).text  # offsets refer to the normalised text
    assert report.metrics.characters == len(analysed)
    assert report.metrics.words <= len(re.findall(r"\w+", analysed))  # at most one per run of letters
    assert report.metrics.sentences <= max(report.metrics.words, 1)
    for f in report.findings:
        assert 0 <= f.start <= f.end <= len(analysed), f.rule
        assert analysed[f.start:f.end] == f.text, f.rule
        assert f.category in CATEGORIES and f.severity in SEVERITIES
        assert f.start_utf16 == js_length(analysed[:f.start]), f.rule
        assert f.end_utf16 == js_length(analysed[:f.end]), f.rule
        assert f.message.strip()
    # what the CLI and API send must survive a JSON round trip unchanged
    assert msgspec.json.decode(to_json(report), type=Report) == report


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=letters)
def test_letter_like_unicode_gives_spans_inside_the_text(analyzer, text):
    _check_report(analyzer, text)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=raw_unicode)
def test_arbitrary_unicode_never_crashes(analyzer, text):
    _check_report(analyzer, text)


@settings(max_examples=200, deadline=None)
@given(text=st.text(any_char, max_size=60))
def test_utf16_table_matches_javascript(text):
    table = utf16_offsets(text)
    assert len(table) == len(text) + 1
    for i in range(len(text) + 1):
        assert table[i] == js_length(text[:i])
        assert utf16_to_codepoint(text, table[i]) == i


@settings(max_examples=100, deadline=None)
@given(text=st.text(any_char, max_size=200))
def test_paragraphs_slice_to_their_text(text):
    doc = Document.from_text(text)
    prev_end = -1
    for p in doc.paragraphs:
        assert doc.text[p.start:p.end] == p.text
        assert p.text and p.text == p.text.strip()
        assert p.start > prev_end
        prev_end = p.end


@settings(max_examples=60, deadline=None)
@given(paragraphs=st.lists(st.text(any_char, min_size=1, max_size=30), max_size=8))
def test_joined_paragraphs_keep_offsets(paragraphs):
    doc = Document.from_paragraphs(paragraphs)
    assert [p.text for p in doc.paragraphs] == paragraphs
    for p in doc.paragraphs:
        assert doc.text[p.start:p.end] == p.text
