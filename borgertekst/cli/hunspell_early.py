"""Open the Hunspell dictionary on a second CPU while spaCy is imported.

Opening da_DK reads its 160,000-entry ``.dic`` (a fifth of a second of CPU) and
every letter needs it. chunspell (the binding the language layer uses) holds
Python's global lock while it opens the dictionary, so a thread would gain
nothing; the same bundled ``libhunspell`` called through ``ctypes`` releases
the lock for the call. ``start()`` begins that at the very start of a command
line call, before spaCy is imported; ``nlp.hunspell_da.adopt()`` then uses the
dictionary for the directory and name it was opened for (the same library and
the same files, so the same answers as chunspell's ``Hunspell``).

This module imports nothing of spaCy or of the language layer (it runs first).
"""

from __future__ import annotations

import ctypes
import os
import threading
from pathlib import Path

# the directories hunspell_da.speller() looks in, in the same order (a test keeps them equal)
DICT_DIRS = ("/usr/share/hunspell", "/usr/share/myspell/dicts", "/usr/share/myspell")


def _library() -> Path | None:
    """chunspell's bundled libhunspell (the one its ``Hunspell`` calls)."""
    import importlib.util

    spec = importlib.util.find_spec("hunspell")
    if spec is None or not spec.submodule_search_locations:
        return None
    for folder in spec.submodule_search_locations:
        found = sorted(Path(folder).glob("libhunspell*.so*"))
        if found:
            return found[0]
    return None


class CHunspell:
    """``spell`` and ``analyze`` as chunspell's ``Hunspell`` gives them (words encoded in the
    dictionary's encoding; analyses decoded, an undecodable one as "")."""

    def __init__(self, lib, handle: int):
        self._lib, self._handle = lib, ctypes.c_void_p(handle)
        raw = lib.Hunspell_get_dic_encoding(self._handle)
        encoding = (raw or b"ISO8859-1").decode("ISO8859-1")
        try:
            "".encode(encoding)
        except LookupError:
            encoding = "UTF-8"
        self.encoding = encoding

    def spell(self, word: str) -> bool:
        return self._lib.Hunspell_spell(self._handle, word.encode(self.encoding, "strict")) != 0

    def analyze(self, word: str) -> tuple[str, ...]:
        out = ctypes.POINTER(ctypes.c_char_p)()
        count = self._lib.Hunspell_analyze(self._handle, ctypes.byref(out), word.encode(self.encoding, "strict"))
        try:
            found = []
            for i in range(count):
                try:
                    found.append(out[i].decode(self.encoding, "strict"))
                except UnicodeDecodeError:
                    found.append("")
            return tuple(found)
        finally:
            if count > 0:
                self._lib.Hunspell_free_list(self._handle, ctypes.byref(out), count)


def _bind(path: Path):
    lib = ctypes.CDLL(str(path))
    lib.Hunspell_create.argtypes = [ctypes.c_char_p, ctypes.c_char_p]
    lib.Hunspell_create.restype = ctypes.c_void_p
    lib.Hunspell_get_dic_encoding.argtypes = [ctypes.c_void_p]
    lib.Hunspell_get_dic_encoding.restype = ctypes.c_char_p
    lib.Hunspell_spell.argtypes = [ctypes.c_void_p, ctypes.c_char_p]
    lib.Hunspell_spell.restype = ctypes.c_int
    lib.Hunspell_analyze.argtypes = [ctypes.c_void_p, ctypes.POINTER(ctypes.POINTER(ctypes.c_char_p)),
                                     ctypes.c_char_p]
    lib.Hunspell_analyze.restype = ctypes.c_int
    lib.Hunspell_free_list.argtypes = [ctypes.c_void_p, ctypes.POINTER(ctypes.POINTER(ctypes.c_char_p)),
                                       ctypes.c_int]
    lib.Hunspell_free_list.restype = None
    return lib


class EarlyDictionary:
    """A dictionary being opened in a thread; ``get()`` waits for it (None if it failed)."""

    def __init__(self, directory: str, name: str, lib_path: Path):
        self.directory, self.name = directory, name
        self._lib_path = lib_path
        self._result: CHunspell | None = None
        self._thread = threading.Thread(target=self._open, name="borgertekst-hunspell", daemon=True)
        self._thread.start()

    def _open(self) -> None:
        try:
            lib = _bind(self._lib_path)
            encoding = os.fsencode
            aff = encoding(str(Path(self.directory) / f"{self.name}.aff"))
            dic = encoding(str(Path(self.directory) / f"{self.name}.dic"))
            handle = lib.Hunspell_create(aff, dic)  # ctypes lets go of the global lock here
            if handle:
                self._result = CHunspell(lib, handle)
        except Exception:  # noqa: BLE001 - the language layer then opens it the ordinary way
            self._result = None

    def get(self) -> CHunspell | None:
        self._thread.join()
        return self._result


def start(name: str = "da_DK") -> EarlyDictionary | None:
    """Begin opening the dictionary ``hunspell_da.speller()`` would open; None when there is
    none, the binding's library cannot be found, or this process has its language layer
    already (it opens the dictionary itself, or has)."""
    import sys

    if "borgertekst.nlp.hunspell_da" in sys.modules:
        return None
    lib_path = _library()
    if lib_path is None:
        return None
    for directory in DICT_DIRS:
        if (Path(directory) / f"{name}.dic").exists() and (Path(directory) / f"{name}.aff").exists():
            return EarlyDictionary(directory, name, lib_path)
    return None
