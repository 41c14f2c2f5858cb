"""The detector's fast search (signals searched case-sensitively in the lower-cased letter, with
prefilters) finds exactly what a plain case-insensitive search of every signal finds."""

from pathlib import Path

import regex
import yaml

from borgertekst.lettertype import (BOUNDARY, _Letter, _lowered, _probe, own_text,
                                    required_strings)
from borgertekst.rulebook.loader import load_ruleset

FLAGS = regex.IGNORECASE | regex.VERSION1 | regex.MULTILINE
CORPUS = Path(__file__).parent / "corpus" / "letters"

EXTRA = [
    "AFGØRELSE\n\nDeres ansøgning om DISPENSATION er hermed AFSLÅET. De kan klage inden 4 uger.",
    "Kære Åse Ørum\n\nVi påtænker at stoppe din hjælp. Inden vi træffer afgørelse, vil vi gerne høre dig.",
    "Tid: 10.30\nSted: Rådhuset\nDagsorden: Din plan\nHusk dit sygesikringskort.",
    "Hej. Din ansøgning er modtaget. Vi forventer at svare dig inden 3 uger. Mvh Kommunen",
    "",
    "İstanbul Straße: ß og ﬁ ligaturer i en tekst, der ikke er dansk.",
]


def letters() -> list[str]:
    texts = [yaml.safe_load(p.read_text(encoding="utf-8")).get("text") or "" for p in sorted(CORPUS.glob("*.yaml"))]
    return [t for t in texts if t] + EXTRA


def plain_scores(detector, spec, text: str) -> dict[str, float]:
    """Every signal searched as written, case-insensitively, in the whole letter: no prefilter."""
    own = own_text(text)
    decided = detector.without_hedged(own)
    scores: dict[str, float] = {}
    for name, t in spec.types.items():
        for s in t.signals:
            source = decided if name == "afgoerelse" and s.weight > 0 else own
            if regex.search(s.pattern, source, FLAGS):
                scores[name] = scores.get(name, 0.0) + s.weight
    return scores


def test_fast_search_scores_equal_plain_search(detector):
    spec = load_ruleset().letter_types
    texts = letters()
    assert len(texts) >= 40
    for text in texts:
        assert detector.scores(text) == plain_scores(detector, spec, text)


def test_lowered_keeps_escapes_and_refuses_case_sensitive_parts():
    assert _lowered(r"\bDe (\S+) [A-ZÆ]\d") == r"\bde (\S+) [a-zæ]\d"
    assert _lowered(r"(?-i:[A-Z]\w+)") is None
    assert _lowered(r"\p{Lu}") is None
    assert _lowered(r"\x41") is None


def test_required_strings_are_in_every_match(detector):
    texts = [t.lower() for t in letters()]
    letters_ = [_Letter(t) for t in texts]
    checked = 0
    for _, alternatives, _, _ in detector.signals:
        for alt in alternatives:
            if alt.lowered is None:
                continue
            strings = required_strings(alt.lowered)
            if strings is None:
                continue
            probes = [_probe(s) for s in strings]
            compiled = regex.compile(alt.lowered, regex.VERSION1 | regex.MULTILINE)
            for low, letter in zip(texts, letters_):
                for m in compiled.finditer(low):
                    checked += 1
                    # one of the strings lies within the match (zero-width parts aside) ...
                    assert any(s.replace(BOUNDARY, "") in low[m.start():m.end()] for s in strings), alt.rx.pattern
                    # ... and the letter's words say so
                    assert any(letter.has(p, low) for p in probes), (alt.rx.pattern, strings)
    assert checked > 50


def test_anchored_search_equals_search(detector):
    texts = [t.lower() for t in letters()]
    anchored = 0
    for _, alternatives, _, _ in detector.signals:
        for alt in alternatives:
            alt._prepare()
            if alt._starts is None:
                continue
            anchored += 1
            for low in texts:
                assert alt._anchored(low) == (alt._compiled.search(low) is not None), alt.rx.pattern
    assert anchored >= 5


def test_hedges_one_by_one_blank_the_same_sentences(detector):
    assert detector._hedge_parts is not None  # the hedges of brevtyper.yaml can be looked for one by one
    texts = letters() + [
        "Vi overvejer at stoppe din hjælp. Det kan betyde, at du skal betale. Inden vi træffer afgørelse, "
        "vil vi høre dig.\nHvis det passer, skal du betale 400 kr. Vores forslag er at give dig 3 timer!",
    ]
    for text in texts:
        low = text.lower()
        assert detector._without_hedged(text, low, _Letter(low)) == detector._without_hedged(text, low)


def test_required_strings_of_simple_patterns():
    b = BOUNDARY
    assert required_strings(r"\bvi har truffet (en |følgende )?afgørelse\b") == frozenset(
        {f"{b}vi har truffet afgørelse{b}", f"{b}vi har truffet en afgørelse{b}",
         f"{b}vi har truffet følgende afgørelse{b}"})
    assert required_strings(r"\w+") is None
    assert required_strings(r"(a|\w+)") is None


def test_probe_words_and_pairs():
    # whole words need a non-word character or \b on both sides; "dig" may end a longer word here
    assert _probe(f"{BOUNDARY}kan desværre ikke give dig") == (
        "kan desværre ikke give dig", frozenset({"kan", "desværre", "ikke", "give"}),
        frozenset({("kan", "desværre"), ("desværre", "ikke"), ("ikke", "give")}))
    low = "vi kan desværre ikke give dig det. men vi kan ikke"
    letter = _Letter(low)
    assert letter.has(_probe(f"{BOUNDARY}kan desværre ikke{BOUNDARY}"), low)
    assert not letter.has(_probe(f"{BOUNDARY}ikke desværre{BOUNDARY}"), low)
    assert letter.has(_probe("esværr"), low)  # no whole word: looked for as text
    assert not letter.has(_probe("esværx"), low)
