"""``rules lint``: find mistakes in rule files before they reach a letter.

Every message is Danish and points to file and line. Kinds (``LintMessage.kind``):

ugyldig-yaml, tom-fil, ukendt-felt, mangler-felt, ugyldig-værdi, forkert-type,
dobbelt-id, id-kategori, regex, token-mønster, mangler-indhold, dobbelt-ord,
ukendt-funktion, besked-format, ingen-eksempler, eksempel, modstrid,
ukendt-regel, forkert-ændring, lokal-pakke, placering, pladsholder.

Static checks run on every file (this module). When they all pass, the rule set
is loaded (shipped + the pack being linted) and the ``dynamic`` part runs: every
rule's examples, and the suggestions of list rules checked against the other
rules (a word one rule suggests must not be flagged by another). That part
needs the engine, so it lives one layer up, in ``borgertekst.rulelint``, which
is what ``rules lint`` and the rule store call; this module imports nothing
above the rulebook.
"""

from __future__ import annotations

import re
import string
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Collection

import msgspec
import regex

from .loader import (CHOICES, LETTER_TYPES_FILE, RuleFileError, RuleSet, apply_overrides_file, load_local_pack,
                     load_pack, rule_files, shipped_rules_dir)
from .packs import OVERRIDES_FILE, TYPE_FIELDS, local_pack_dirs, parse_overrides
from ..vocabulary import CATEGORIES
from .schema import LetterTypes, Rule
from .sources import Source, YamlError, explain_validation, read_source

KINDS = ("ugyldig-yaml", "tom-fil", "ukendt-felt", "mangler-felt", "ugyldig-værdi", "forkert-type", "dobbelt-id",
         "id-kategori", "regex", "token-mønster", "mangler-indhold", "dobbelt-ord", "ukendt-funktion",
         "besked-format", "ingen-eksempler", "eksempel", "modstrid", "ukendt-regel", "forkert-ændring",
         "lokal-pakke", "placering", "pladsholder", "ignoreres", "præcision")
LIST_TYPES = ("wordlist", "phrases", "pattern")
PLACEHOLDERS = ("{WORD}", "{ALTERNATIVE}")  # left over from `rules show --example-pack`
ENTRY_FIELD = {"wordlist": "term", "phrases": "pattern", "pattern": "tokens"}


WARNING_KINDS = ("modstrid", "ignoreres", "præcision")  # reported, but the rules can still be used


@dataclass
class LintMessage:
    path: Path
    line: int | None
    kind: str
    message: str

    @property
    def is_error(self) -> bool:
        return self.kind not in WARNING_KINDS

    def key(self) -> tuple:
        """Identity without the line number (lines move when a file is edited)."""
        return (str(self.path), self.kind, self.message)

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else str(self.path)
        level = "" if self.is_error else "advarsel: "
        return f"{where}: {level}{self.message} [{self.kind}]"


@dataclass
class LintResult:
    messages: list[LintMessage] = field(default_factory=list)
    ruleset: RuleSet | None = None  # the loaded rule set when the files could be loaded
    analyzer: object | None = None  # the Analyzer built from it (when examples were run)
    rules_checked: int = 0
    examples_run: int = 0

    @property
    def errors(self) -> list[LintMessage]:
        return [m for m in self.messages if m.is_error]

    @property
    def warnings(self) -> list[LintMessage]:
        return [m for m in self.messages if not m.is_error]

    @property
    def ok(self) -> bool:
        """No errors (warnings such as contradictions are allowed)."""
        return not self.errors

    def kinds(self) -> set[str]:
        return {m.kind for m in self.messages}


class _Linter:
    def __init__(self, result: LintResult, functions: Collection[str] | None = None):
        self.result = result
        self.functions = functions  # names a ``type: function`` rule may use (None: not checked)
        self.ids: dict[str, Path] = {}
        self.sources: dict[str, Source] = {}  # rule id -> source of its file

    def add(self, path, line, kind, message):
        assert kind in KINDS, kind
        self.result.messages.append(LintMessage(Path(path), line, kind, message))

    # --- one rule file ---------------------------------------------------------
    def read(self, path: Path) -> Source | None:
        """The file's YAML, or None after reporting why it cannot be read."""
        try:
            return read_source(path)
        except YamlError as exc:
            self.add(path, exc.line, "ugyldig-yaml", exc.message)
            return None

    def rule_file(self, path: Path, folder_category: str | None) -> None:
        source = self.read(path)
        if source is None:
            return
        data = source.data
        if data is None:
            self.add(path, None, "tom-fil", "filen er tom; den skal indeholde én regel")
            return
        if not isinstance(data, dict):
            self.add(path, 1, "tom-fil", "filen skal indeholde én regel (en YAML-mapping med id, type, …)")
            return
        try:
            rule = msgspec.convert(data, Rule)
        except msgspec.ValidationError as exc:
            kind, message, line = explain_validation(exc, source, CHOICES)
            self.add(path, line, kind, message)
            return
        self.result.rules_checked += 1
        line = source.line(("id",))
        if rule.id in self.ids:
            self.add(path, line, "dobbelt-id", f"regel-id '{rule.id}' findes også i {self.ids[rule.id]}")
        else:
            self.ids[rule.id] = path
            self.sources[rule.id] = source
        if not rule.id.startswith(rule.category + "."):
            self.add(path, line, "id-kategori",
                     f"regel-id '{rule.id}' skal begynde med kategorien: '{rule.category}.…'")
        elif folder_category and folder_category != rule.category:
            self.add(path, source.line(("category",)), "id-kategori",
                     f"reglen har kategori '{rule.category}', men ligger i mappen '{folder_category}/'")
        self.rule_content(rule, source, path)

    def rule_content(self, rule: Rule, source: Source, path: Path, entry_offset: tuple = ("entries",)) -> None:
        tag = type(rule).__struct_config__.tag
        for name in ("message", "message_partial"):
            self.format_string(getattr(rule, name, ""), source, path, (name,))
        if tag in LIST_TYPES:
            self.entries(rule, tag, rule.entries, source, path, entry_offset)
        if tag == "required":
            for key, part in rule.parts.items():
                for i, pattern in enumerate(part.any):
                    self.regex(pattern, source, path, ("parts", key, "any", i))
        if tag == "function" and self.functions is not None:
            if rule.function not in self.functions:
                known = ", ".join(sorted(self.functions))
                self.add(path, source.line(("function",)), "ukendt-funktion",
                         f"ukendt funktion '{rule.function}'; kendte funktioner: {known}")
        bad, good = rule.examples.bad, rule.examples.good
        if not bad and not good:
            self.add(path, source.line(("id",)), "ingen-eksempler",
                     f"reglen '{rule.id}' har ingen eksempler; skriv mindst ét under examples: bad: og good:")
        elif not bad and getattr(rule, "function", None) != "languagetool":
            self.add(path, source.line(("examples",)), "ingen-eksempler",
                     f"reglen '{rule.id}' har ingen dårlige eksempler (examples: bad:)")

    def entries(self, rule, tag, entries, source, path, at: tuple, seen: set | None = None) -> None:
        wanted = ENTRY_FIELD[tag]
        seen = set() if seen is None else seen
        for i, entry in enumerate(entries):
            here = at + (i,)
            given = [f for f in ("term", "pattern", "tokens") if getattr(entry, f) is not None]
            if given != [wanted]:
                have = f" (fandt: {', '.join(given)})" if given else ""
                self.add(path, source.line(here), "mangler-indhold",
                         f"hver linje i en regel af typen {tag} skal have '{wanted}' og intet andet{have}")
                continue
            if tag == "wordlist":
                key = " ".join(entry.term.lower().split())
                if not key:
                    self.add(path, source.line(here + ("term",)), "mangler-indhold", "'term' er tom")
            elif tag == "phrases":
                key = entry.pattern
                self.regex(entry.pattern, source, path, here + ("pattern",))
            else:
                key = repr(entry.tokens)
                self.tokens(entry.tokens, source, path, here + ("tokens",))
            for value in [entry.term or "", *entry.replace]:
                left = [p for p in PLACEHOLDERS if p in value]
                if left:
                    self.add(path, source.line(here), "pladsholder",
                             f"'{left[0]}' står stadig i reglen '{rule.id}'; skift det ud med det rigtige ord")
                    break
            if entry.unless:
                self.regex(entry.unless, source, path, here + ("unless",))
            if entry.message:
                self.format_string(entry.message, source, path, here + ("message",))
            if key in seen:
                self.add(path, source.line(here), "dobbelt-ord",
                         f"'{entry.term or entry.pattern or 'mønsteret'}' står to gange i reglen '{rule.id}'")
            seen.add(key)

    def regex(self, pattern: str, source, path, at) -> None:
        try:
            regex.compile(pattern, regex.VERSION1 | regex.IGNORECASE)
        except regex.error as exc:
            self.add(path, source.line(at), "regex", f"det regulære udtryk {pattern!r} kan ikke oversættes: {exc}")

    def tokens(self, tokens, source, path, at) -> None:
        from spacy.matcher import Matcher

        try:
            Matcher(_vocab(), validate=True).add("x", [tokens])
        except Exception as exc:  # spaCy raises MatchPatternError / ValueError with its own text
            detail = " ".join(str(exc).split())
            m = re.search(r"\[pattern -> (\d+) -> (\w+)\] Extra inputs are not permitted", detail)
            if m:
                detail = f"ukendt nøgle '{m.group(2)}' i token {int(m.group(1)) + 1} (brug fx LEMMA, LOWER, POS, MORPH, OP)"
            self.add(path, source.line(at), "token-mønster", f"spaCy afviser token-mønsteret: {detail}")

    def format_string(self, text: str, source, path, at) -> None:
        try:
            list(string.Formatter().parse(text or ""))
        except ValueError:
            self.add(path, source.line(at), "besked-format",
                     "teksten har en '{' eller '}' uden partner; skriv {match} for det fundne ord, "
                     "eller {{ og }} for en tuborgklamme")

    # --- overrides.yaml ----------------------------------------------------------
    def overrides(self, path: Path, known: dict[str, Rule]) -> None:
        source = self.read(path)
        if source is None:
            return
        data = source.data
        if not isinstance(data, dict):
            if data is not None:
                self.add(path, 1, "tom-fil", "overrides.yaml skal være en mapping: regel-id → ændringer")
            return
        for rule_id in data:
            try:
                ovr = parse_overrides(Source(path, {rule_id: data[rule_id]}, source.root))
            except RuleFileError as exc:
                kind = "ukendt-felt" if "ukendt nøgle" in exc.detail else "ugyldig-værdi"
                self.add(path, exc.line, kind, exc.detail)
                continue
            override = ovr[str(rule_id)]
            line = source.line((rule_id,), key=True)
            rule = known.get(str(rule_id))
            if rule is None:
                self.add(path, line, "ukendt-regel", f"ukendt regel-id '{rule_id}' (se 'borgertekst rules list')")
                continue
            tag = type(rule).__struct_config__.tag
            changes = msgspec.to_builtins(override)
            for name, types in TYPE_FIELDS.items():
                if name in changes and tag not in types:
                    self.add(path, source.key_line((rule_id,), name), "forkert-ændring",
                             f"'{name}' kan ikke bruges på '{rule_id}' (type {tag}), kun på typen {', '.join(types)}")
            if override.add_entries and tag in LIST_TYPES:
                seen = set()
                for entry in rule.entries:
                    value = getattr(entry, ENTRY_FIELD[tag])
                    seen.add(" ".join(value.lower().split()) if tag == "wordlist" else
                             (value if tag == "phrases" else repr(value)))
                self.entries(rule, tag, override.add_entries, source, path, (rule_id, "add_entries"), seen)
            for name in ("message",):
                if override.message:
                    self.format_string(override.message, source, path, (rule_id, name))


_VOCAB = None


def _vocab():
    global _VOCAB
    if _VOCAB is None:
        import spacy

        _VOCAB = spacy.blank("da").vocab
    return _VOCAB


def _category_of(path: Path, folder: Path) -> str | None:
    rel = path.relative_to(folder).parts
    return rel[0] if len(rel) > 1 else None


Dynamic = Callable[["_Linter", "Path | None", "RuleSet | None", list], None]


def lint(target: Path | None = None, *, base: Path | None | bool = True, shipped: Path | None = None,
         local: list[Path] | None = None, functions: Collection[str] | None = None,
         dynamic: Dynamic | None = None) -> LintResult:
    """The static checks of a pack folder, an ``overrides.yaml`` or a single rule file
    (``borgertekst.rulelint.lint`` is the whole lint, examples included).

    ``target=None`` lints the shipped rules plus the configured local packs.
    ``base`` is the pack the target builds on: ``True`` the shipped rules
    (unless the target is the shipped folder), a folder, or ``None`` for none.
    ``shipped`` and ``local`` replace the configured folders (for ``target=None``).
    ``functions``: the names of the code checks (``type: function``), from the
    matcher table; None leaves them unchecked. ``dynamic(linter, target, base_set,
    packs)`` runs when the static checks found nothing (examples, contradictions)."""
    result = LintResult()
    linter = _Linter(result, functions)
    shipped = Path(shipped or shipped_rules_dir()).resolve()
    if target is None:
        try:
            local = local_pack_dirs() if local is None else local
        except RuleFileError as exc:
            linter.add(exc.path, exc.line, "lokal-pakke", exc.detail)
            return result
        packs = [(shipped, "shipped")] + [(Path(p), "local") for p in local]
        base_dir = None
    else:
        target = Path(target)
        if not target.exists():
            linter.add(target, None, "lokal-pakke", "filen eller mappen findes ikke")
            return result
        is_shipped = target.is_dir() and target.resolve() == shipped
        packs = [(target, "shipped" if is_shipped else "local")]
        base_dir = None if is_shipped or base is None else (shipped if base is True else Path(base))

    base_rules: dict[str, Rule] = {}
    base_set = None
    if base_dir is not None:
        try:
            base_set = load_pack(base_dir)
        except RuleFileError as exc:
            linter.add(exc.path, exc.line, "lokal-pakke", f"grundpakken kan ikke indlæses: {exc.detail}")
            return result
        base_rules = {k: v.rule for k, v in base_set.rules.items()}

    for folder, kind in packs:
        if folder.is_file():
            if folder.name == OVERRIDES_FILE:
                linter.overrides(folder, {**base_rules, **_parsed(linter)})
            else:
                linter.rule_file(folder, None)
            continue
        if not folder.is_dir():
            linter.add(folder, None, "lokal-pakke", "mappen med regler findes ikke")
            continue
        if kind == "local":
            _placement(linter, folder)
        before = set(linter.ids)
        for path in rule_files(folder):
            linter.rule_file(path, _category_of(path, folder))
        for rule_id in set(linter.ids) - before:
            if rule_id in base_rules:
                linter.add(linter.ids[rule_id], linter.sources[rule_id].line(("id",)), "dobbelt-id",
                           f"regel-id '{rule_id}' findes allerede i de leverede regler; "
                           f"brug {OVERRIDES_FILE} for at ændre en leveret regel")
        lt = folder / LETTER_TYPES_FILE
        if lt.exists():
            _letter_types(linter, lt)
        if (folder / PRECISION_FILE).exists():
            _precision(linter, folder / PRECISION_FILE, set(linter.ids) - before)
        if kind == "local" and (folder / OVERRIDES_FILE).exists():
            linter.overrides(folder / OVERRIDES_FILE, {**base_rules, **_parsed(linter)})
    if result.messages or dynamic is None:
        return result
    dynamic(linter, target, base_set, packs)
    return result


PRECISION_FILE = "precision.yaml"  # measured by `python -m bench.quality`


def _precision(linter: _Linter, path: Path, rule_ids: set[str]) -> None:
    """A rule whose severity is above what its last measured precision supports
    (issue 12: error needs >= 0.95, warning >= 0.85, else info)."""
    from ..quality_policy import supported_severity

    source = linter.read(path)
    if source is None or not isinstance(source.data, dict):
        return
    measured = source.data.get("rules") or {}
    rank = {"info": 0, "warning": 1, "error": 2}
    for rule_id in sorted(rule_ids):
        figures = measured.get(rule_id)
        data = linter.sources[rule_id].data if rule_id in linter.sources else None
        if not isinstance(figures, dict) or not isinstance(data, dict):
            continue
        severity = data.get("severity")
        allowed = supported_severity(figures.get("precision"), figures.get("judged", 0))
        if allowed is None or severity not in rank or rank[severity] <= rank[allowed]:
            continue
        linter.add(linter.ids[rule_id], linter.sources[rule_id].line(("severity",)), "præcision",
                   f"'{rule_id}' har sværhedsgraden '{severity}', men den målte præcision er "
                   f"{figures['precision']:.2f} ({figures.get('judged', 0)} bedømte fund), og det bærer højst "
                   f"'{allowed}' (error kræver 0.95, warning 0.85); se bench/QUALITY.md")


def in_scope(ruleset: RuleSet, target: Path | None) -> set[str] | None:
    """Ids of the rules ``target`` defines or changes (None: all rules)."""
    if target is None:
        return None
    target = Path(target).resolve()

    def inside(p: Path) -> bool:
        p = p.resolve()
        return p == target or target in p.parents

    return {rule_id for rule_id, loaded in ruleset.rules.items()
            if inside(loaded.path) or any(inside(p) for p in ruleset.overridden.get(rule_id, []))}


def build_ruleset(target: Path | None = None, base: Path | None | bool = True) -> RuleSet:
    """The rule set ``target`` gives on top of ``base`` (as in ``lint``); raises ``RuleFileError``."""
    shipped = shipped_rules_dir().resolve()
    if target is None:
        return _build(None, None, [(shipped, "shipped")] + [(Path(p), "local") for p in local_pack_dirs()])
    target = Path(target)
    if not target.exists():
        raise RuleFileError(target, "filen eller mappen findes ikke")
    is_shipped = target.is_dir() and target.resolve() == shipped
    base_dir = None if is_shipped or base is None else (shipped if base is True else Path(base))
    base_set = load_pack(base_dir) if base_dir is not None else None
    return _build(target, base_set, [(target, "shipped" if is_shipped else "local")])


def _placement(linter: _Linter, folder: Path) -> None:
    """YAML files in a local pack that would never be read."""
    read = set(rule_files(folder)) | {folder / OVERRIDES_FILE, folder / LETTER_TYPES_FILE}
    for path in sorted(folder.rglob("*")):
        rel = path.relative_to(folder)
        if any(part.startswith((".", "_")) for part in rel.parts) or path in read or path.is_dir():
            continue
        if path.suffix.lower() == ".yml":
            linter.add(path, None, "placering", "filen bliver ikke læst: regelfiler skal hedde .yaml, ikke .yml")
        elif path.suffix.lower() == ".yaml":
            where = "direkte i pakken" if len(rel.parts) == 1 else f"i mappen '{rel.parts[0]}/'"
            linter.add(path, None, "placering",
                       f"filen ligger {where} og bliver ikke læst; læg regler i en kategori-mappe "
                       f"({', '.join(c + '/' for c in CATEGORIES)}) og ændringer i {OVERRIDES_FILE}")
    if not read - {folder / OVERRIDES_FILE, folder / LETTER_TYPES_FILE} and not (folder / OVERRIDES_FILE).exists() \
            and not linter.result.messages:
        linter.add(folder, None, "placering",
                   f"mappen indeholder ingen regler: forventede fx fagsprog/<navn>.yaml eller {OVERRIDES_FILE}")


def _parsed(linter: _Linter) -> dict[str, Rule]:
    out = {}
    for rule_id, source in linter.sources.items():
        try:
            out[rule_id] = msgspec.convert(source.data, Rule)
        except msgspec.ValidationError:
            pass
    return out


def _letter_types(linter: _Linter, path: Path) -> None:
    source = linter.read(path)
    if source is None:
        return
    try:
        spec = msgspec.convert(source.data, LetterTypes)
    except msgspec.ValidationError as exc:
        kind, message, line = explain_validation(exc, source, CHOICES)
        linter.add(path, line, kind, message)
        return
    for name, t in spec.types.items():
        for i, s in enumerate(t.signals):
            linter.regex(s.pattern, source, path, ("types", name, "signals", i, "pattern"))


def _build(target, base_set, packs) -> RuleSet:
    if target is None:
        ruleset = load_pack(packs[0][0])
        for folder, _ in packs[1:]:
            load_local_pack(folder, ruleset)
        return ruleset
    folder, kind = packs[0]
    if folder.is_file():
        ruleset = base_set or RuleSet()
        if folder.name == OVERRIDES_FILE:
            apply_overrides_file(folder, ruleset)
        else:
            from .loader import LoadedRule, load_source, parse_rule

            source = load_source(folder)
            rule = parse_rule(source.data, folder, source)
            ruleset.rules[rule.id] = LoadedRule(rule, folder)
        return ruleset
    if kind == "shipped" or base_set is None:
        ruleset = load_pack(folder)
        if kind == "local" and (folder / OVERRIDES_FILE).exists():
            apply_overrides_file(folder / OVERRIDES_FILE, ruleset)
        return ruleset
    return load_local_pack(folder, base_set)


def example_location(ruleset: RuleSet, failure) -> tuple[Path, int | None]:
    """The overrides file that changed the rule (if any), else the rule's own file."""
    changed = ruleset.overridden.get(failure.rule)
    if changed:
        path = changed[-1]
        try:
            return path, read_source(path).line((failure.rule,), key=True)
        except YamlError:
            return path, None
    path = ruleset.rules[failure.rule].path
    try:
        source = read_source(path)
    except YamlError:
        return path, None
    if failure.index >= 0:
        return path, source.line(("examples", failure.kind, failure.index))
    return path, source.line(("id",))


def _entry_location(ruleset: RuleSet, rule_id: str, i: int, j: int) -> tuple[Path, int | None]:
    path = ruleset.rules[rule_id].path
    try:
        source = read_source(path)
    except YamlError:
        return path, None
    entries = (source.data or {}).get("entries") or []
    if i < len(entries):
        return path, source.line(("entries", i, "replace", j))
    for ovr_path in ruleset.overridden.get(rule_id, []):
        try:
            osrc = read_source(ovr_path)
        except YamlError:
            continue
        added = ((osrc.data or {}).get(rule_id) or {}).get("add_entries") or []
        k = i - len(entries)
        if k < len(added):
            return ovr_path, osrc.line((rule_id, "add_entries", k, "replace", j))
        entries = entries + added
    return path, source.line(("entries",))
