"""The split keyword lists of klageadgang count exactly what the whole pattern counts."""

import regex

from borgertekst.klageadgang import _FLAGS, _Counted, load_routes
from borgertekst.matchers.literals import text_index


def _reference(pattern: str, text: str) -> int:
    return len(regex.compile(pattern, _FLAGS).findall(text))


def test_word_list_is_split_into_one_pattern_per_word():
    counted = _Counted(r"\b(kontanthjælp\w*|sygedagpeng\w*|personlig (pleje|hjælp))\b")
    assert [rx.pattern for rx in counted.parts] == [
        r"\b(kontanthjælp\w*)\b", r"\b(sygedagpeng\w*)\b", r"\b(personlig (pleje|hjælp))\b"]
    assert _Counted(r"\baktindsigt\w*\b").parts == []  # not a word list: counted whole
    assert _Counted(r"\b(a)|(b)\b").parts == []  # the outer parentheses are not one group


def test_counts_equal_the_whole_pattern():
    patterns = [
        r"\b(kontanthjælp\w*|sygedagpeng\w*|jobcent\w+|sanktion\w*)\b",
        r"\b(praktisk hjælp|hjælp\w*|personlig (pleje|hjælp))\b",  # alternatives that overlap
        r"\b(boring(en|er)?|forurening\w*|jordforurening\w*)\b",
        r"\b(x y|y z)\b",  # overlapping multi-word alternatives: the list decides
    ]
    texts = [
        "Du får kontanthjælp. Jobcentret giver en sanktion, og sygedagpengene stopper. KONTANTHJÆLPEN.",
        "Du har fået praktisk hjælp og personlig hjælp; hjælpen og hjælpemidler.",
        "Boringen og boringer, jordforurening og forureningen.",
        "x y z og y z og x y",
        "Intet her.",
        "",
    ]
    for pattern in patterns:
        counted = _Counted(pattern)
        assert counted.parts
        every = {id(counted.whole), *map(id, counted.parts)}
        for text in texts:
            assert counted.count(text, text_index(text), every) == _reference(pattern, text), (pattern, text)
        assert counted.count(texts[0], text_index(texts[0]), set()) == 0  # no pattern may match


def test_scores_equal_a_scan_with_the_whole_patterns():
    routes = load_routes()
    text = ("Afgørelse om kontanthjælp efter lov om aktiv socialpolitik. Jobcentret har vurderet din "
            "rådighed, og du får en sanktion. Du har også søgt om hjemmehjælp og praktisk hjælp.")
    scores = routes.scores(text)
    for area, route in routes.routes.items():
        expected = sum(_reference(p, text) for p in route.keywords)
        expected += 3 * sum(1 for p in route.statutes if regex.search(p, text, _FLAGS))
        if any(regex.search(p, text, _FLAGS) for p in route.exclude):
            expected = 0
        assert scores.get(area, 0) == expected, area
    assert scores["beskaeftigelse"] == 3 + 4
