"""The dictionary a command line call opens on a second CPU (``cli.hunspell_early``,
chunspell's library called through ctypes) answers exactly as chunspell's ``Hunspell``,
and the language layer uses it for the directory it was opened for."""

from __future__ import annotations

import pytest

from borgertekst.cli import hunspell_early
from borgertekst.nlp import hunspell_da

WORDS = (
    "bevillingen huset Tak har dig vores ved pårørende pårørend plastikstykker sygedagpenge "
    "betalingsparkering aktivlovens tømmekalender kvitering rådhusvej Holmkær HUSET 2025 14.10.2025 "
    "sagsnr. J.nr. -årig kommunal- mandag-fredag e-mail øjensynliggøre gjort skriv sker de Ved "
    "aaaaaaaa zzzz qwxv æøå ÆØÅ naïve café Åbrinken fx. bl.a. 10-årig hjælpemiddeldepotet"
).split() + ["", "x", "a cappella", "ende" * 12]


def _early():
    """An early dictionary for the first directory that has da_DK, or None."""
    lib = hunspell_early._library()
    if lib is None:
        return None
    for directory in hunspell_early.DICT_DIRS:
        early = hunspell_early.EarlyDictionary(directory, "da_DK", lib)
        if early.get() is not None:
            return early
    return None


def test_the_directories_are_those_of_the_language_layer():
    assert hunspell_early.DICT_DIRS == hunspell_da.DICT_DIRS


def test_same_answers_as_chunspell():
    pytest.importorskip("hunspell")
    early = _early()
    if early is None:
        pytest.skip("no Danish Hunspell dictionary on this machine")
    from hunspell import Hunspell

    ours = early.get()
    theirs = Hunspell("da_DK", hunspell_data_dir=early.directory)
    for word in WORDS:
        assert ours.spell(word) == theirs.spell(word), word
        assert ours.analyze(word) == theirs.analyze(word), word


def test_language_layer_adopts_it_for_its_own_directory(monkeypatch):
    pytest.importorskip("hunspell")
    early = _early()
    if early is None:
        pytest.skip("no Danish Hunspell dictionary on this machine")
    monkeypatch.setattr(hunspell_da, "_early", None)
    hunspell_da.open_dictionary.cache_clear()
    try:
        hunspell_da.adopt(early)
        assert hunspell_da.open_dictionary(early.directory, "da_DK") is early.get()
        other = hunspell_da.open_dictionary(early.directory, "en_US")  # another name: not this one
        assert other is not early.get()
    finally:
        hunspell_da.adopt(None)
        hunspell_da.open_dictionary.cache_clear()


def test_not_started_in_a_process_that_has_its_language_layer():
    # this test process imported hunspell_da above: it opens the dictionary itself
    assert hunspell_early.start() is None
