"""Where things are in a YAML file, and msgspec errors in Danish.

Rules are loaded with ``yaml.safe_load``; to point staff at a line we also
compose the file into PyYAML nodes (which keep their marks) and walk a path
such as ``$.entries[3].term`` down that tree.

A file read before (same path, size and modification time) comes from the
derived-data cache (``cache.py``) instead: parsing the shipped rules costs some
40 ms of every start-up, reading their data back a few. Its node tree is then
composed only when a line number is asked for (an error message).
"""

from __future__ import annotations

import marshal
import os
import re
import threading
from pathlib import Path

import msgspec
import yaml

PathKey = str | int


_UNREAD = object()  # a Source whose node tree is composed when first asked for


class Source:
    """One YAML file: its data and its node tree (for line numbers)."""

    def __init__(self, path: Path, data, root=_UNREAD):
        self.path = Path(path)
        self.data = data
        self._root = root

    @property
    def root(self) -> yaml.Node | None:
        if self._root is _UNREAD:  # data from the cache: compose the file now (an error is being explained)
            try:
                self._root = _parse(self.path)._root
            except YamlError:
                self._root = None
        return self._root

    def line(self, path: tuple[PathKey, ...] = (), key: bool = False) -> int | None:
        """1-based line of the value at ``path``; with ``key`` the line of its
        mapping key (for unknown keys). Falls back to the deepest node found."""
        node = self.root
        if node is None:
            return None
        found = node
        key_node = None
        for step in path:
            child, key_node = _child(node, step)
            if child is None:
                break
            node = found = child
        else:
            if key and key_node is not None:
                return key_node.start_mark.line + 1
        return found.start_mark.line + 1

    def key_line(self, path: tuple[PathKey, ...], name: str) -> int | None:
        """Line of the key ``name`` inside the mapping at ``path``."""
        return self.line(path + (name,), key=True)


def _child(node: yaml.Node, step: PathKey):
    if isinstance(node, yaml.MappingNode):
        for k, v in node.value:
            if isinstance(k, yaml.ScalarNode) and k.value == str(step):
                return v, k
    elif isinstance(node, yaml.SequenceNode) and isinstance(step, int):
        if 0 <= step < len(node.value):
            return node.value[step], None
    return None, None


class YamlError(ValueError):
    def __init__(self, message: str, line: int | None):
        super().__init__(message)
        self.message = message
        self.line = line


_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when available: ~10x faster
_cache: dict[str, tuple[tuple[int, int], Source]] = {}


def read_source(path: Path) -> Source:
    """Read and parse a YAML file (cached while the file is unchanged);
    raises ``YamlError`` with a Danish message."""
    path = Path(path)
    try:
        st = path.stat()
    except OSError as exc:
        raise YamlError(f"filen kan ikke læses ({exc.strerror})", None) from exc
    stamp = (st.st_mtime_ns, st.st_size)
    hit = _cache.get(str(path))
    if hit is not None and hit[0] == stamp:
        return hit[1]
    stored = _stored().get(str(path))
    if stored is not None and tuple(stored[0]) == stamp:
        source = Source(path, stored[1])
    else:
        source = _parse(path)
        _store(str(path), stamp, source.data)
    if len(_cache) > 2000:
        _cache.clear()
    _cache[str(path)] = (stamp, source)
    return source


# The data of files read before, from the derived-data cache: path -> ((mtime_ns, size), data).
_disk: dict | None = None
_disk_new = False  # entries not yet written back (save_sources)
_disk_lock = threading.Lock()


def _disk_key() -> str:
    from .. import cache

    return cache.key(cache.source_hash(__file__), yaml.__version__, _Loader.__name__)


def _stored() -> dict:
    global _disk
    if _disk is None:
        from .. import cache

        loaded = cache.load_marshal("yaml-data", _disk_key())
        _disk = loaded if isinstance(loaded, dict) else {}
    return _disk


def _store(path: str, stamp: tuple[int, int], data) -> None:
    """Keep a parsed file's data for ``save_sources``; only data that marshal writes and
    reads back unchanged (YAML's timestamps and sets are left out)."""
    global _disk_new
    try:
        if marshal.loads(marshal.dumps(data)) != data:
            return
    except (ValueError, TypeError):
        return
    with _disk_lock:
        _stored()[path] = (stamp, data)
        _disk_new = True


def save_sources() -> None:
    """Write the data of newly parsed files to the cache (``read_source`` reads it back)."""
    global _disk_new
    if not _disk_new:
        return
    from .. import cache

    with _disk_lock:
        entries = dict(_stored())
        _disk_new = False
    # only files that are still there as they were read (temporary packs, edited files go), so the
    # file every start reads stays the size of the rule folders in use
    cache.store_marshal("yaml-data", _disk_key(), {k: v for k, v in entries.items() if _stamp(k) == tuple(v[0])})


def _stamp(path: str) -> tuple[int, int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_mtime_ns, st.st_size


def _parse(path: Path) -> Source:
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise YamlError("filen er ikke gemt som UTF-8", None) from exc
    except OSError as exc:
        raise YamlError(f"filen kan ikke læses ({exc.strerror})", None) from exc
    loader = _Loader(text)
    try:
        root = loader.get_single_node()
        data = loader.construct_document(root) if root is not None else None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        context = getattr(exc, "context", None) or ""
        if "quoted scalar" in context and getattr(exc, "context_mark", None) is not None:
            mark = exc.context_mark  # an unclosed quote: point to where it opens
        line = mark.line + 1 if mark is not None else None
        problem = getattr(exc, "problem", None) or str(exc)
        hint = ""
        if "\t" in text:
            hint = " (brug mellemrum til indrykning, ikke tabulator)"
        raise YamlError(f"ugyldig YAML: {_yaml_problem(problem)}{hint}", line) from exc
    finally:
        loader.dispose()
    return Source(path, data, root)


_YAML_PROBLEMS = {
    "mapping values are not allowed here": "kolon et sted, hvor det ikke er tilladt (sæt teksten i anførselstegn)",
    "found character '\\t' that cannot start any token": "tabulator i indrykningen",
    "could not find expected ':'": "mangler ':' efter et nøgleord",
    "found unexpected end of stream": "filen slutter midt i en tekst (mangler et anførselstegn?)",
    "expected <block end>, but found '-'": "forkert indrykning af en liste",
    "found undefined alias": "ukendt alias (*)",
}


def _yaml_problem(problem: str) -> str:
    for english, danish in _YAML_PROBLEMS.items():
        if problem.startswith(english):
            return danish
    return problem


_PATH_RE = re.compile(r" - at `\$(?P<path>[^`]*)`$")
_STEP_RE = re.compile(r"\.([^.\[]+)|\[(\d+)\]")


def split_error(exc: msgspec.ValidationError) -> tuple[str, tuple[PathKey, ...]]:
    """msgspec's message and its path as a tuple: ``('entries', 3, 'term')``."""
    text = str(exc)
    m = _PATH_RE.search(text)
    if not m:
        return text, ()
    steps: list[PathKey] = []
    for name, index in _STEP_RE.findall(m.group("path")):
        steps.append(int(index) if index else name)
    return text[: m.start()], tuple(steps)


_TYPE_NAMES = {"str": "en tekst", "int": "et helt tal", "float": "et tal", "bool": "true eller false",
               "array": "en liste", "object": "en mapping (nøgle: værdi)", "null": "ingenting"}


def _type_name(name: str) -> str:
    parts = [p.strip().strip("`") for p in name.split("|")]
    return " eller ".join(_TYPE_NAMES.get(p, p) for p in parts)


def explain_validation(exc: msgspec.ValidationError, source: Source, choices: dict[str, tuple] | None = None,
                       prefix: tuple[PathKey, ...] = ()):
    """Translate a msgspec validation error into (kind, Danish message, line);
    ``prefix`` is where the validated value sits in the file."""
    message, path = split_error(exc)
    path = prefix + path
    where = _dotted(path)
    m = re.match(r"Object contains unknown field `(.+)`", message)
    if m:
        key = m.group(1)
        return "ukendt-felt", f"ukendt nøgle '{key}'{_in(where)} (stavefejl? se rules/README.md)", \
            source.key_line(path, key)
    m = re.match(r"Object missing required field `(.+)`", message)
    if m:
        return "mangler-felt", f"mangler det påkrævede felt '{m.group(1)}'{_in(where)}", source.line(path)
    m = re.match(r"Invalid enum value (.+)", message)
    if m:
        allowed = (choices or {}).get(path[-1] if path else "", ())
        extra = f"; brug en af: {', '.join(allowed)}" if allowed else ""
        return "ugyldig-værdi", f"'{where}' har den ugyldige værdi {m.group(1)}{extra}", source.line(path)
    m = re.match(r"Invalid value (.+)", message)
    if m and path == ("type",):
        allowed = (choices or {}).get("type", ())
        return "ugyldig-værdi", f"ukendt regeltype {m.group(1)}; brug en af: {', '.join(allowed)}", source.line(path)
    m = re.match(r"Expected `(.+)`, got `(.+)`", message)
    if m:
        return "forkert-type", f"'{where or 'filen'}' skal være {_type_name(m.group(1))}, ikke {_type_name(m.group(2))}", \
            source.line(path)
    return "ugyldig-værdi", f"{where or 'filen'}: {message}", source.line(path)


def _dotted(path: tuple[PathKey, ...]) -> str:
    out = ""
    for step in path:
        out += f"[{step}]" if isinstance(step, int) else (f".{step}" if out else step)
    return out


def _in(where: str) -> str:
    return f" i '{where}'" if where else ""


class RuleFileError(ValueError):
    """A rules file that cannot be used; message in Danish, with file and line."""

    def __init__(self, path: Path | str, message: str, line: int | None = None):
        self.path = str(path)
        self.line = line
        self.detail = message
        where = f"{self.path}:{line}" if line else self.path
        super().__init__(f"{where}: {message}")
