"""Start-up: the letter-type detector compiles nothing before a letter passes an alternative's
prefilter (most are turned away by their words), and the joined hedge patterns only when the
letter cannot be searched hedge by hedge. Same scores as with everything compiled."""

from __future__ import annotations

from borgertekst.lettertype import _UNSET, LetterTypeDetector
from borgertekst.rulebook import load_ruleset

LETTER = (
    "Kære Anna Jensen\n\nTak for din ansøgning om hjælp til medicin, som vi modtog den 3. marts.\n\n"
    "Vi har bevilget dig tilskud til medicin fra den 1. april, fordi du opfylder betingelserne i "
    "aktivlovens § 82 a. Vi overvejer at se på sagen igen til sommer.\n\n"
    "Hvis du vil klage, skal du skrive til os inden 4 uger.\n\nMed venlig hilsen\nLene Møller"
)


def _alternatives(detector):
    return [alt for _, alternatives, _, _ in detector.signals for alt in alternatives]


def test_only_alternatives_that_pass_their_prefilter_are_compiled():
    detector = LetterTypeDetector(load_ruleset().letter_types)
    assert all(alt._low_rx is None and alt._pieces is _UNSET for alt in _alternatives(detector))
    first = detector.detection(LETTER)
    prepared = [alt for alt in _alternatives(detector) if alt._probes is not _UNSET]
    compiled = [alt for alt in prepared if alt._low_rx is not None or alt._pieces not in (_UNSET, None)]
    assert compiled and len(compiled) < len(prepared) / 2  # looked at, but most never compiled
    assert "hedge" not in detector.__dict__ and "_hedge_low" not in detector.__dict__

    eager = LetterTypeDetector(load_ruleset().letter_types)
    for alt in _alternatives(eager):  # everything compiled up front, as before
        alt._prepare()
        assert alt._compiled is not None
        if alt.lowered is not None and alt._pieces is _UNSET:
            alt._pieces = alt._leading_pieces()
    assert eager.hedge is not None and eager._hedge_low is not None
    again = eager.detection(LETTER)
    assert (again.type, again.confidence, again.scores) == (first.type, first.confidence, first.scores)
    assert eager.without_hedged(LETTER) == detector.without_hedged(LETTER)


def _patterns(phrase_matcher):
    """What a spaCy PhraseMatcher keeps of its patterns: per key, the attribute hashes."""
    return {key: sorted(found) for key, found in phrase_matcher.__reduce__()[1][1].items()}


def test_word_lists_from_the_cached_analysis_hold_the_same_patterns_as_from_docs(monkeypatch):
    """A word list built from the terms' cached tokens and lemmas (hashes, no Doc per term)
    matches exactly what it matches when built from the terms' Docs."""
    from borgertekst import nlp as layer
    from borgertekst.matchers.wordlist import WordListMatcher

    shared = layer.load()
    rule = next(r for r in load_ruleset().enabled() if type(r).__name__ == "WordList" and r.match == "lemma")
    terms = [e.term for e in rule.entries]
    docs = layer.analysed_terms(shared, terms)  # the analysis the cache holds, whether it held it or not
    known = [(tuple(t.text for t in d), tuple(t.lemma_ for t in d)) for d in docs]
    assert any(len(w) > 1 for w, _ in known) and any(w[0].lower() != lem[0] for w, lem in known)
    monkeypatch.setattr("borgertekst.matchers.wordlist.analysed_words", lambda nlp, t: known)
    from_cache = WordListMatcher(rule, shared)
    monkeypatch.setattr("borgertekst.matchers.wordlist.analysed_words", lambda nlp, t: None)
    from_docs = WordListMatcher(rule, shared)
    assert _patterns(from_cache.lower) == _patterns(from_docs.lower)
    assert _patterns(from_cache.lemma) == _patterns(from_docs.lemma)
    assert layer.analysed_words(shared, terms) in (None, known)


def test_rule_files_read_before_come_from_the_cache_with_their_lines(tmp_path, monkeypatch):
    """A YAML file's data is read back from the derived-data cache in a later process (no YAML
    parse at start-up); its line numbers are still there when an error needs them, and a
    changed file is parsed again."""
    from borgertekst import cache
    from borgertekst.rulebook import sources

    monkeypatch.setenv(cache.ENV, str(tmp_path / "cache"))
    cache.directory.cache_clear()
    monkeypatch.setattr(sources, "_disk", None)
    monkeypatch.setattr(sources, "_disk_new", False)
    monkeypatch.setattr(sources, "_cache", {})
    path = tmp_path / "regel.yaml"
    path.write_text("id: a.b\nentries:\n  - term: bevilling\n    replace: [tilladelse]\n  - term: ydelse\n",
                    encoding="utf-8")
    first = sources.read_source(path)
    sources.save_sources()

    def new_process():
        monkeypatch.setattr(sources, "_disk", None)
        monkeypatch.setattr(sources, "_cache", {})

    new_process()
    parse = sources._parse
    monkeypatch.setattr(sources, "_parse", lambda p: (_ for _ in ()).throw(AssertionError("parsed again")))
    again = sources.read_source(path)
    assert again.data == first.data
    monkeypatch.setattr(sources, "_parse", parse)
    assert again.line(("entries", 1, "term")) == first.line(("entries", 1, "term")) == 5
    assert again.key_line(("entries", 0), "replace") == 4

    path.write_text("id: a.c\n", encoding="utf-8")  # changed: parsed, not read stale
    new_process()
    assert sources.read_source(path).data == {"id": "a.c"}
    cache.directory.cache_clear()


def test_a_derived_memo_is_read_back_in_the_next_process_and_redone_for_changed_code(tmp_path, monkeypatch):
    from borgertekst import cache
    from borgertekst.matchers.literals import DerivedMemo

    monkeypatch.setenv(cache.ENV, str(tmp_path / "cache"))
    cache.directory.cache_clear()
    module = tmp_path / "walker.py"
    module.write_text("# version 1\n", encoding="utf-8")
    calls = []

    def derive(pattern):
        calls.append(pattern)
        return frozenset(pattern.split("|")) or None

    first = DerivedMemo("test-walk", str(module), derive)
    assert first("a|b") == frozenset({"a", "b"}) and first("a|b") == frozenset({"a", "b"})
    assert calls == ["a|b"]
    first.save()
    again = DerivedMemo("test-walk", str(module), derive)  # a later process
    assert again("a|b") == frozenset({"a", "b"}) and calls == ["a|b"]
    module.write_text("# version 2\n", encoding="utf-8")  # the deriving code changed
    assert DerivedMemo("test-walk", str(module), derive)("a|b") == frozenset({"a", "b"})
    assert calls == ["a|b", "a|b"]
    cache.directory.cache_clear()


def test_the_yaml_data_cache_keeps_only_files_that_are_still_there(tmp_path, monkeypatch):
    from borgertekst import cache
    from borgertekst.rulebook import sources

    monkeypatch.setenv(cache.ENV, str(tmp_path / "cache"))
    cache.directory.cache_clear()
    for name, value in (("_disk", None), ("_disk_new", False), ("_cache", {})):
        monkeypatch.setattr(sources, name, value)
    kept, gone = tmp_path / "kept.yaml", tmp_path / "gone.yaml"
    kept.write_text("id: a.b\n", encoding="utf-8")
    gone.write_text("id: a.c\n", encoding="utf-8")
    sources.read_source(kept)
    sources.read_source(gone)
    gone.unlink()  # a temporary pack removed before the cache is written
    sources.save_sources()
    assert set(cache.load_marshal("yaml-data", sources._disk_key())) == {str(kept)}
    cache.directory.cache_clear()


def test_letter_type_prefilter_walks_are_read_back_from_the_cache_with_the_same_scores(tmp_path, monkeypatch):
    """The strings the letter-type prefilters derive from a pattern's parse tree come back from the
    derived-data cache in a later process (no walk), and the detection scores stay the same."""
    from borgertekst import cache, lettertype
    from borgertekst.matchers.literals import DerivedMemo

    monkeypatch.setenv(cache.ENV, str(tmp_path / "cache"))
    cache.directory.cache_clear()
    fresh = {name: DerivedMemo(memo.name, memo.module_file, memo.derive)
             for name, memo in (("_REQUIRED", lettertype._REQUIRED), ("_PREFIXES", lettertype._PREFIXES),
                                ("_PROBES", lettertype._PROBES))}
    for name, memo in fresh.items():
        monkeypatch.setattr(lettertype, name, memo)
    first = LetterTypeDetector(load_ruleset().letter_types).detection(LETTER)  # derives and saves
    assert all(memo._memo and not memo._unsaved for memo in fresh.values())

    def no_walk(pattern):
        raise AssertionError(f"walked again: {pattern[:40]}")

    for name, memo in fresh.items():  # a later process: every value from the cache
        monkeypatch.setattr(lettertype, name, DerivedMemo(memo.name, memo.module_file, no_walk))
    again = LetterTypeDetector(load_ruleset().letter_types).detection(LETTER)
    assert (again.type, again.confidence, again.scores) == (first.type, first.confidence, first.scores)
    cache.directory.cache_clear()
