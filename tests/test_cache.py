"""The on-disk cache of derived data (borgertekst/cache.py): rebuilt when a
source changes, never read stale, whole files only, usable when switched off."""

from __future__ import annotations

import multiprocessing
import os

import pytest

from borgertekst import cache
from borgertekst.matchers import literals


@pytest.fixture
def cache_dir(tmp_path, monkeypatch):
    folder = tmp_path / "cache"
    monkeypatch.setenv(cache.ENV, str(folder))
    cache.directory.cache_clear()
    yield folder
    cache.directory.cache_clear()


def _pairs(path):
    return dict(line.split("=", 1) for line in path.read_text(encoding="utf-8").splitlines())


def test_table_is_built_once_and_read_by_key(cache_dir, tmp_path):
    source = tmp_path / "source.txt"
    source.write_text("huset=hus\nbreve=brev\n", encoding="utf-8")
    calls = []

    def build():
        calls.append(1)
        return _pairs(source)

    first = cache.table("test-table", cache.key(source), build)
    assert isinstance(first, cache.DiskTable)
    assert first.get("huset") == "hus" and first.get("findes-ikke") is None
    assert first.get("findes-ikke", "x") == "x" and "breve" in first
    again = cache.table("test-table", cache.key(source), build)
    assert again.get("breve") == "brev"
    assert len(calls) == 1  # the second call read the file


def test_a_changed_source_is_rebuilt_never_read_stale(cache_dir, tmp_path):
    source = tmp_path / "source.txt"
    source.write_text("huset=hus\n", encoding="utf-8")
    cache.table("test-table", cache.key(source), lambda: _pairs(source))
    source.write_text("huset=huse\n", encoding="utf-8")  # same size, new content
    table = cache.table("test-table", cache.key(source), lambda: _pairs(source))
    assert table.get("huset") == "huse"
    # another version may still be in use (another installation): kept while recent,
    # removed once nothing has used it for weeks
    assert len(list(cache_dir.glob("test-table-*"))) == 2
    for path in cache_dir.glob("test-table-*"):
        os.utime(path, (0, 0))
    source.write_text("huset=hus\nnyt=ny\n", encoding="utf-8")
    table = cache.table("test-table", cache.key(source), lambda: _pairs(source))
    assert table.get("nyt") == "ny"
    assert len(list(cache_dir.glob("test-table-*"))) == 1


def test_marshal_values_round_trip_and_a_damaged_file_is_rebuilt(cache_dir):
    value = {"mønster": (frozenset({("word", "afgørelse")}),), "intet": None}
    assert cache.cached("test-value", "k1", lambda: value) == value
    assert cache.cached("test-value", "k1", lambda: pytest.fail("rebuilt")) == value
    (path,) = cache_dir.glob("test-value-k1.marshal")
    path.write_bytes(path.read_bytes()[:5])  # a truncated file
    assert cache.cached("test-value", "k1", lambda: {"ny": None}) == {"ny": None}


def test_switched_off_keeps_everything_in_memory(tmp_path, monkeypatch):
    monkeypatch.setenv(cache.ENV, "off")
    cache.directory.cache_clear()
    try:
        table = cache.table("test-table", "k", lambda: {"a": "b"})
        assert table == {"a": "b"}
        assert cache.cached("test-value", "k", lambda: [1, 2]) == [1, 2]
    finally:
        cache.directory.cache_clear()


def _build_in_child(folder: str, queue) -> None:
    os.environ[cache.ENV] = folder
    cache.directory.cache_clear()
    table = cache.table("race", "k", lambda: {str(i): str(i * i) for i in range(20_000)})
    queue.put(table.get("19999"))


def test_two_processes_building_at_once_both_get_a_whole_table(cache_dir):
    ctx = multiprocessing.get_context("spawn")
    queue = ctx.Queue()
    procs = [ctx.Process(target=_build_in_child, args=(str(cache_dir), queue)) for _ in range(2)]
    for p in procs:
        p.start()
    results = [queue.get(timeout=120) for _ in procs]
    for p in procs:
        p.join(timeout=60)
    assert results == [str(19999 * 19999)] * 2
    assert [p.name for p in cache_dir.iterdir() if p.name.startswith(".")] == []  # no temporary files left


def test_needles_are_kept_across_processes_and_keyed_by_the_derivation(cache_dir, monkeypatch):
    monkeypatch.setattr(literals, "_memo", None)
    monkeypatch.setattr(literals, "_unsaved", set())
    pattern = "sidste (?:advarsel|chance)"
    derived = literals.derive_needles(pattern)
    assert literals.required_needles(pattern) == derived
    literals.save_needles()
    monkeypatch.setattr(literals, "_memo", None)  # as in a new process
    monkeypatch.setattr(literals, "derive_needles", lambda p: pytest.fail("derived again"))
    assert literals.required_needles(pattern) == derived
    # another derivation (a changed literals.py) has another key, so it reads nothing old
    monkeypatch.setattr(literals, "_memo", None)
    monkeypatch.setattr(literals, "_needle_key", lambda: "another-version")
    monkeypatch.setattr(literals, "derive_needles", lambda p: None)
    assert literals.required_needles(pattern) is None


def test_rule_terms_from_the_cache_are_analysed_as_the_pipeline_does(cache_dir, monkeypatch):
    import borgertekst.nlp as nlp_module

    nlp = nlp_module.load()
    terms = ["bevillingen", "i henhold til", "partshøring", "de ansøgte ydelser", "FN-styrken"]
    monkeypatch.setattr(nlp_module, "_term_memo", None)
    first = nlp_module.analysed_terms(nlp, terms)
    monkeypatch.setattr(nlp_module, "_term_memo", None)  # as in a new process: read from disk
    monkeypatch.setattr(type(nlp), "__call__", lambda self, text: pytest.fail("analysed again"))
    again = nlp_module.analysed_terms(nlp, terms)
    monkeypatch.undo()
    fresh = [nlp(term) for term in terms]
    for doc, cached, expected in zip(first, again, fresh):
        assert [(t.text, t.whitespace_, t.lemma_) for t in cached] == \
            [(t.text, t.whitespace_, t.lemma_) for t in expected] == [(t.text, t.whitespace_, t.lemma_) for t in doc]
    assert [t.lemma_ for t in again[0]] == ["bevilling"]
