"""guard_lookbehind: a look-ahead for the leading word list put before a pattern that starts with
look-behinds (speed). The guarded pattern must find exactly the matches of the original."""
import regex

from borgertekst.klageadgang import guard_lookbehind, load_routes

FLAGS = regex.IGNORECASE | regex.VERSION1
DEDUCT = (r"(?<!\b(hvis|ellers|såfremt|i så fald)\b(?:[^.\n]|\.(?!\s+(?-i:[A-ZÆØÅ]))){0,120})"
          r"\b(trække[rs]?|trukket|modregne[rs]?)\b[^.\n]{0,60}\b(i|fra) (din|dit|dine) \w*(hjælp|ydelse)\b")
TEXTS = [
    "Vi trækker 500 kroner fra din kontanthjælp fra marts.",
    "Hvis du ikke møder op, trækker vi pengene i din ydelse.",
    "Beløbet bliver modregnet i din boligstøtte. Derefter trækker kommunen 200 kroner fra din hjælp.",
    "Ellers. Vi trækker 300 kroner fra din hjælp.",
    "Der er intet at trække.",
]


def _matches(pattern: str, text: str):
    return [(m.span(), m.groups()) for m in regex.compile(pattern, FLAGS).finditer(text)]


def test_guard_keeps_every_match_and_group():
    guarded = guard_lookbehind(DEDUCT)
    assert guarded != DEDUCT and guarded.startswith("(?=\\b(?:")
    found = 0
    for text in TEXTS:
        assert _matches(guarded, text) == _matches(DEDUCT, text)
        found += bool(_matches(DEDUCT, text))
    assert found == 3  # the guard does not skip a letter that matches (and the conditional one stays out)


def test_no_guard_when_the_word_list_is_optional_or_absent():
    optional = r"(?<!\bikke )\b(derfor )?afslag\w*"
    assert guard_lookbehind(optional) == optional
    plain = r"\b(trækker|modregner) vi\b"
    assert guard_lookbehind(plain) == plain
    backref = r"(?<!x)\b(a|b)\1"
    assert guard_lookbehind(backref) == backref


def test_outcome_reads_the_same_with_the_shipped_patterns():
    routes = load_routes()
    guarded = [rx.pattern for rxs in routes._outcomes.values() for rx in rxs if rx.pattern.startswith("(?=")]
    assert guarded  # the shipped refusal wordings with look-behinds first are guarded
    assert routes.outcome("Vi trækker 500 kroner fra din kontanthjælp fra marts.") == "afslag"
    assert routes.outcome("Hvis du ikke møder op, trækker vi 500 kroner fra din kontanthjælp.") != "afslag"
    for pattern in guarded:
        base = pattern[pattern.index("(?<"):]
        for text in TEXTS:
            assert _matches(pattern, text) == _matches(base, text)


CUT = (r"\b((sætter|satte|skærer) (vi|kommunen)|(vi|kommunen) (har )?(sætter|sat|skåret)) (derfor |nu )?"
       r"(\w+ ){0,2}(timer|antallet)\b")
CUT_TEXTS = [
    "Vi har derfor sat dine timer ned.",
    "Fra 1. maj sætter kommunen nu antallet af besøg ned til to.",
    "Kommunen skåret timer",
    "Vi sætter pris på din henvendelse.",
    "Vi har lige sat timer af til dig. Kommunen har skåret de timer væk.",
]


def test_leading_words_match_where_the_whole_pattern_does():
    from borgertekst.klageadgang import leading_words

    pieces = leading_words(CUT)
    assert len(pieces) == 5 and all(p.startswith("\\b") and p[2] != "(" for p in pieces)
    whole = regex.compile(CUT, FLAGS)
    compiled = [regex.compile(p, FLAGS) for p in pieces]
    found = 0
    for text in CUT_TEXTS:
        m = whole.search(text)
        starts = [x.start() for x in (rx.search(text) for rx in compiled) if x]
        assert (m is not None) == bool(starts)
        if m is not None:
            found += 1
            assert m.start() == min(starts)  # the leftmost match starts at the same place (outcome_at)
    assert found == 3
    assert leading_words(r"\b(derfor |nu )?ikke") == [r"\b(derfor |nu )?ikke"]  # an optional group stays


def test_complaint_mention_starts_give_each_blocks_first_match():
    """struktur._starts reads the letter with the mention pattern split into pieces (literal_first,
    leading_words, guard_lookbehind): per block, the first start must be where a search of the
    block alone finds the shipped pattern's first match."""
    from borgertekst.checks import struktur
    from borgertekst.rulebook.loader import load_ruleset

    rule = load_ruleset().get("struktur.klagevejledning")
    mention = regex.compile("|".join(rule.options["mention"]), struktur._FLAGS)
    from borgertekst.klageadgang import literal_first

    # the leading word groups ("\\b(klage\\w*|påklage\\w*|…)") are split beyond literal_first's pieces
    assert len(struktur._pieces(mention.pattern, mention.flags)) > len(literal_first(mention.pattern))
    text = ("Kære Anna\n\nDu har fået en afgørelse.\n\nHvis du vil klage, skal du klage inden 4 uger."
            " Klagen sendes til Ankestyrelsen via Klageportalen.\n\nVi har modtaget din klage og ser på den."
            "\n\nMed venlig hilsen\nKommunen")
    starts = struktur._starts(mention, text)
    found = 0
    for b in struktur.blocks(text):
        m = mention.search(b.text)
        assert struktur._first_in(starts, b) == (m.start() if m else None)
        found += m is not None
    assert found >= 1
