"""Derived data kept on disk between runs, so a command line call starts fast.

What is cached is always *derived* from files that ship with the program or
its packages (the lemma lookup table, wordfreq's Danish list, the prefilter
needles of the rule patterns). Each cache file is named by a key: a hash of
everything the result depends on (the source files' size and modification
time or their content, the code version of the derivation and the Python
version), so a changed source gets a new key and is rebuilt, never read
stale. Files are written to a temporary name and renamed into place
(``os.replace``, atomic), so two processes starting at once each see either
no file or a whole one; the slower writer just replaces an identical file.

Where: ``$BORGERTEKST_CACHE_DIR``, else the user cache directory
(``platformdirs``, e.g. ``~/.cache/borgertekst``). ``BORGERTEKST_CACHE_DIR=off``
(or a directory that cannot be written) keeps everything in memory, built
each run. Nothing here ever holds the text of a letter.
"""

from __future__ import annotations

import hashlib
import logging
import marshal
import os
import sqlite3
import sys
import tempfile
import threading
import time
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable, Iterable, Mapping

log = logging.getLogger("borgertekst.cache")

ENV = "BORGERTEKST_CACHE_DIR"
FORMAT = "1"  # bump when the layout of cache files changes


@lru_cache(maxsize=1)
def directory() -> Path | None:
    """The cache directory, created on first use; None when caching is off
    or the directory cannot be written."""
    chosen = os.environ.get(ENV, "")
    if chosen.lower() in ("off", "0", "none"):
        return None
    if not chosen:
        try:
            from platformdirs import user_cache_dir
        except ImportError:  # pragma: no cover - platformdirs is a dependency
            return None
        chosen = user_cache_dir("borgertekst", appauthor=False)
    path = Path(chosen)
    try:
        path.mkdir(parents=True, exist_ok=True)
        if not os.access(path, os.W_OK | os.X_OK):
            return None
    except OSError:
        return None
    return path


HASH_LIMIT = 16 * 1024 * 1024  # files up to this size are keyed by their content


def key(*parts: Any) -> str:
    """A hash of ``parts``: strings and bytes, and ``Path``s by their content
    (so two installations with the same data share the cache; a larger file
    by name, size and modification time), plus the cache format and Python
    version."""
    h = hashlib.sha256()
    for part in (FORMAT, sys.version, *parts):
        if isinstance(part, Path):
            try:
                st = part.stat()
                if st.st_size <= HASH_LIMIT:
                    part = hashlib.sha256(part.read_bytes()).digest()
                else:
                    part = f"{part.resolve()}|{st.st_size}|{st.st_mtime_ns}"
            except OSError:
                part = f"{part}|missing"
        if isinstance(part, str):
            part = part.encode("utf-8", "surrogatepass")
        elif not isinstance(part, bytes):
            part = repr(part).encode("utf-8", "surrogatepass")
        h.update(len(part).to_bytes(8, "little"))
        h.update(part)
    return h.hexdigest()[:24]


def stat_key(path: Path) -> str:
    """A large or system file as a key part: its name, size and modification time."""
    try:
        st = path.stat()
    except OSError:
        return f"{path}|missing"
    return f"{path.resolve()}|{st.st_size}|{st.st_mtime_ns}"


def source_hash(module_file: str) -> str:
    """Content hash of a source file: the code version of a derivation."""
    return hashlib.sha256(Path(module_file).read_bytes()).hexdigest()


def _write_atomic(target: Path, write: Callable[[Path], None]) -> None:
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    os.close(fd)
    try:
        write(Path(tmp))
        os.replace(tmp, target)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def load_marshal(name: str, cache_key: str) -> Any | None:
    """The value stored under ``name``/``cache_key``, or None."""
    folder = directory()
    if folder is None:
        return None
    path = folder / f"{name}-{cache_key}.marshal"
    try:
        value = marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return None
    _touch(path)
    return value


def store_marshal(name: str, cache_key: str, value: Any) -> None:
    """Store ``value`` (built-in types only) under ``name``/``cache_key``;
    older files of the same name are removed. Failing to write is not an error."""
    folder = directory()
    if folder is None:
        return
    target = folder / f"{name}-{cache_key}.marshal"
    try:
        _write_atomic(target, lambda tmp: tmp.write_bytes(marshal.dumps(value)))
    except (OSError, ValueError) as exc:
        log.debug("cache not written: %s (%s)", name, type(exc).__name__)
        return
    _remove_others(folder, name, target.name)


def cached(name: str, cache_key: str, build: Callable[[], Any]) -> Any:
    """``build()``'s value (built-in types only), from disk when it is there."""
    value = load_marshal(name, cache_key)
    if value is None:
        value = build()
        store_marshal(name, cache_key, value)
    return value


UNUSED_DAYS = 14  # another version of a cache file, untouched this long, is removed


def _touch(path: Path) -> None:
    """Mark a cache file as in use (its modification time), so that another
    installation's clean-up leaves it alone."""
    try:
        if time.time() - path.stat().st_mtime > 86_400:
            os.utime(path)
    except OSError:
        pass


def _remove_others(folder: Path, name: str, keep: str) -> None:
    """Versions of a cache file under other keys that nothing has used for
    ``UNUSED_DAYS`` (another installation may still use a recent one)."""
    limit = time.time() - UNUSED_DAYS * 86_400
    for path in folder.glob(f"{name}-*"):
        if path.name != keep and not path.name.startswith("."):
            try:
                if path.stat().st_mtime < limit:
                    path.unlink()
            except OSError:
                pass


class DiskTable:
    """A read-only string → string mapping in an SQLite file, read key by key
    (a 550,000-entry table opens in a millisecond instead of a quarter of a
    second as a dict). Looked-up keys are remembered. Safe across ``fork``
    (each process opens its own connection) and between threads."""

    def __init__(self, path: Path):
        self.path = path
        self._lock = threading.Lock()
        self._conn: sqlite3.Connection | None = None
        self._pid = -1
        self._memo: dict[str, str | None] = {}

    def _cursor(self) -> sqlite3.Connection:
        if self._conn is None or self._pid != os.getpid():
            uri = self.path.resolve().as_uri() + "?mode=ro&immutable=1"
            self._conn = sqlite3.connect(uri, uri=True, check_same_thread=False)
            self._pid = os.getpid()
        return self._conn

    def get(self, key: str, default: Any = None) -> Any:
        memo = self._memo
        try:
            found = memo[key]
        except KeyError:
            with self._lock:
                row = self._cursor().execute("SELECT v FROM t WHERE k = ?", (key,)).fetchone()
            found = row[0] if row else None
            if len(memo) > 500_000:
                memo.clear()
            memo[key] = found
        return default if found is None else found

    def __contains__(self, key: str) -> bool:
        return self.get(key) is not None

    def __getitem__(self, key: str) -> str:
        found = self.get(key)
        if found is None:
            raise KeyError(key)
        return found

    def __getstate__(self):  # a pickled table (spawned workers) reopens the file
        return {"path": self.path}

    def __setstate__(self, state) -> None:
        self.__init__(state["path"])


def table(name: str, cache_key: str, build: Callable[[], Mapping[str, str] | Iterable[tuple[str, str]]]):
    """A ``DiskTable`` of ``build()``'s pairs; without a cache directory (or
    when SQLite cannot write it), the dict itself."""
    folder = directory()
    if folder is None:
        return dict(build())
    target = folder / f"{name}-{cache_key}.sqlite"
    if not target.exists():
        data = build()
        items = data.items() if isinstance(data, Mapping) else data

        def write(tmp: Path) -> None:
            conn = sqlite3.connect(tmp)
            try:
                conn.execute("PRAGMA journal_mode=OFF")
                conn.execute("PRAGMA synchronous=OFF")
                conn.execute("CREATE TABLE t (k TEXT PRIMARY KEY, v TEXT NOT NULL) WITHOUT ROWID")
                conn.executemany("INSERT OR REPLACE INTO t VALUES (?, ?)", items)
                conn.commit()
            finally:
                conn.close()

        try:
            _write_atomic(target, write)
        except (OSError, sqlite3.Error) as exc:
            log.debug("cache table not written: %s (%s)", name, type(exc).__name__)
            return dict(data)
        _remove_others(folder, name, target.name)
    else:
        _touch(target)
    return DiskTable(target)
