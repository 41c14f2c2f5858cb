"""Reply templates: Jinja2 letters with declared fields and example data.

Each template is a folder in ``templates/`` (see ``templates/README.md``):
``template.txt.j2`` (the letter as plain text), ``fields.yaml`` (title,
description, letter type and the fields with type, required and Danish help
text) and ``example.yaml`` (example data). Data is validated against the
declared fields before rendering; every problem is reported at once in a
``TemplateDataError`` and nothing is rendered.
"""

from __future__ import annotations

import datetime as dt
import io
import os
from functools import lru_cache
from pathlib import Path

import jinja2
import msgspec
import yaml

FIELD_TYPES = ("str", "text", "date", "int", "list", "bool")
FORMATS = ("text", "html", "docx")
MONTHS = ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december")


class FieldSpec(msgspec.Struct, forbid_unknown_fields=True):
    name: str
    type: str
    required: bool
    help: str
    min: int | None = None  # int: the smallest value (default 1)
    max_length: int | None = None  # str/text/list item: most characters (defaults in MAX_LENGTH)
    after: str | None = None  # date: not before this other date field
    choices: list[str] | None = None  # str: one of these values


MAX_LENGTH = {"str": 200, "text": 3000, "list": 500}
MAX_ITEMS = 40


class TemplateInfo(msgspec.Struct):
    name: str
    title: str
    description: str
    fields: list[FieldSpec]
    example: dict
    letter_type: str = "andet"
    one_of: list[list[str]] = []
    forwards_complaint: bool = False
    written_only: bool = False


class UnknownTemplate(ValueError):
    def __init__(self, name: str):
        self.name = name
        super().__init__(f"Ukendt skabelon '{name}'. Se listen med 'borgertekst reply --list'.")


class TemplateDataError(ValueError):
    def __init__(self, errors: list[str]):
        self.errors = errors
        super().__init__("Skabelonens data er ikke i orden:\n" + "\n".join(f"- {e}" for e in errors))


class _Declaration(msgspec.Struct, forbid_unknown_fields=True):
    title: str
    description: str
    letter_type: str
    fields: list[FieldSpec]
    one_of: list[list[str]] = []  # groups of fields of which at least one must be filled in
    # the letter says the municipality has sent the citizen's complaint on to the appeal body:
    # only for areas where it reconsiders first (not Klageportalen, where the citizen complains)
    forwards_complaint: bool = False
    # the letter is only right for a written inquiry ("henvendelse" a mail or a letter, not a call):
    # forwarding to the right authority (forvaltningslovens § 7, stk. 2) is a duty for written ones
    written_only: bool = False


def templates_dir() -> Path:
    env = os.environ.get("BORGERTEKST_TEMPLATES")
    if env:
        return Path(env)
    return Path(__file__).resolve().parents[1] / "templates"


def danish_date(value: dt.date) -> str:
    """``1. maj 2026``."""
    return f"{value.day}. {MONTHS[value.month - 1]} {value.year}"


def _load_yaml(path: Path):
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise ValueError(f"Kan ikke læse {path}: {exc}") from exc


@lru_cache(maxsize=4)
def _catalogue(root: str) -> dict[str, TemplateInfo]:
    out: dict[str, TemplateInfo] = {}
    for folder in sorted(Path(root).iterdir()):
        if not (folder / "template.txt.j2").is_file():
            continue
        try:
            decl = msgspec.convert(_load_yaml(folder / "fields.yaml"), _Declaration)
        except msgspec.ValidationError as exc:
            raise ValueError(f"{folder / 'fields.yaml'}: {exc}") from exc
        for spec in decl.fields:
            if spec.type not in FIELD_TYPES:
                raise ValueError(f"{folder / 'fields.yaml'}: ukendt felttype '{spec.type}' for '{spec.name}'")
        example = _load_yaml(folder / "example.yaml") or {}
        out[folder.name] = TemplateInfo(
            name=folder.name, title=decl.title, description=decl.description,
            fields=decl.fields, example=example, letter_type=decl.letter_type, one_of=decl.one_of,
            forwards_complaint=decl.forwards_complaint, written_only=decl.written_only,
        )
    return out


def list_templates() -> list[TemplateInfo]:
    return list(_catalogue(str(templates_dir())).values())


def get_template(name: str) -> TemplateInfo:
    try:
        return _catalogue(str(templates_dir()))[name]
    except KeyError:
        raise UnknownTemplate(name) from None


def _convert(spec: FieldSpec, value, errors: list[str]):
    """Check one value against its declared type; return the value to render."""
    kind = spec.type
    wrong = f"Feltet '{spec.name}' skal være {_TYPE_NAMES[kind]}"
    if kind in ("str", "text"):
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            value = str(value)
        if not isinstance(value, str):
            errors.append(f"{wrong}.")
            return None
        if kind == "str" and "\n" in value.strip():
            errors.append(f"Feltet '{spec.name}' skal være én linje tekst.")
            return None
        value = value.strip()
        limit = spec.max_length or MAX_LENGTH[kind]
        if len(value) > limit:
            errors.append(f"Feltet '{spec.name}' er for langt ({len(value)} tegn); der må højst være {limit}.")
            return None
        if spec.choices is not None and value not in spec.choices:
            errors.append(f"Feltet '{spec.name}' skal være en af: {', '.join(spec.choices)} (ikke '{value}').")
            return None
        return value
    if kind == "date":
        if isinstance(value, dt.datetime):
            value = value.date()
        if isinstance(value, str):
            try:
                value = dt.date.fromisoformat(value.strip())
            except ValueError:
                errors.append(f"{wrong} (fx 2026-05-01), ikke '{value}'.")
                return None
        if not isinstance(value, dt.date):
            errors.append(f"{wrong} (fx 2026-05-01).")
            return None
        return value
    if kind == "int":
        if isinstance(value, str) and value.strip().lstrip("-").isdigit():
            value = int(value.strip())
        if not isinstance(value, int) or isinstance(value, bool):
            errors.append(f"{wrong}.")
            return None
        low = 1 if spec.min is None else spec.min
        if value < low:
            errors.append(f"Feltet '{spec.name}' skal være mindst {low}, ikke {value}.")
            return None
        return value
    if kind == "list":
        if not isinstance(value, list) or not all(isinstance(v, (str, int, float)) for v in value):
            errors.append(f"{wrong} (en liste af tekster).")
            return None
        items = [str(v).strip() for v in value]
        limit = spec.max_length or MAX_LENGTH["list"]
        if len(items) > MAX_ITEMS:
            errors.append(f"Feltet '{spec.name}' har {len(items)} punkter; der må højst være {MAX_ITEMS}.")
        too_long = [i + 1 for i, item in enumerate(items) if len(item) > limit]
        if too_long:
            errors.append(f"Punkt {', '.join(map(str, too_long))} i feltet '{spec.name}' er for langt "
                          f"(højst {limit} tegn).")
        return items
    if kind == "bool":
        if not isinstance(value, bool):
            errors.append(f"{wrong} (true eller false).")
            return None
        return value
    raise AssertionError(kind)


_TYPE_NAMES = {"str": "en tekst", "text": "en tekst", "date": "en dato", "int": "et helt tal",
               "list": "en liste", "bool": "ja/nej"}


def validate(info: TemplateInfo, data: dict) -> dict:
    """Return the converted data, or raise TemplateDataError listing every problem."""
    if not isinstance(data, dict):
        raise TemplateDataError(["Data skal være en samling af felter (navn: værdi)."])
    errors: list[str] = []
    known = {f.name for f in info.fields}
    values: dict = {}
    for spec in info.fields:
        value = data.get(spec.name)
        empty = value is None or (isinstance(value, (str, list)) and not value)
        if empty:
            if spec.required:
                errors.append(f"Feltet '{spec.name}' mangler ({spec.help}).")
            values[spec.name] = [] if spec.type == "list" else (False if spec.type == "bool" else None)
            continue
        values[spec.name] = _convert(spec, value, errors)
    for name in sorted(set(data) - known):
        errors.append(f"Feltet '{name}' kendes ikke i skabelonen '{info.name}'.")
    for group in info.one_of:
        if all(values.get(name) in (None, "", []) for name in group):
            errors.append("Udfyld et af felterne " + " eller ".join(f"'{n}'" for n in group) + ".")
    for spec in info.fields:
        first, last = values.get(spec.after) if spec.after else None, values.get(spec.name)
        if isinstance(first, dt.date) and isinstance(last, dt.date) and last < first:
            errors.append(f"Datoen i '{spec.name}' ({danish_date(last)}) ligger før datoen i "
                          f"'{spec.after}' ({danish_date(first)}).")
    channel = values.get("henvendelse")
    if info.written_only and isinstance(channel, str) and is_spoken(channel):
        errors.append(f"Skabelonen '{info.name}' er til en skriftlig henvendelse (mail, brev), ikke '{channel}'. "
                      "En henvendelse på telefon eller ved et besøg sendes ikke videre: fortæl i stedet borgeren, "
                      "hvem der kan hjælpe (brug fx 'svar-paa-spoergsmaal').")
    if "omraade" in known:
        values["klage"] = _complaint_route(values, known, errors)
        route = values["klage"]
        if info.forwards_complaint and route and route["appeal"] and not route["reconsideration"]:
            errors.append(f"Skabelonen '{info.name}' siger, at vi har sendt klagen videre. For området "
                          f"'{route['label']}' klager borgeren selv til {route['appeal_body']} "
                          "(se klagevejledningen), og vi kan ikke sende en klage fra en mail eller et brev "
                          "videre. Brug 'klagesvar-ikke-medhold', som fortæller, hvordan man klager.")
    if errors:
        raise TemplateDataError(errors)
    return values


def _complaint_route(values: dict, known: set[str], errors: list[str]) -> dict | None:
    """The complaint guidance for the letter's area, from the same appeal-route data the
    checker uses (``rules/klageadgang.yaml``). Where the data leaves the appeal body or
    the deadline open, the template's fields ``klageinstans``/``klagefrist_uger`` must say it."""
    from .klageadgang import load_routes

    area = values.get("omraade")
    if area is None:
        return None
    routes = load_routes()
    route = routes.get(area)
    if route is None:
        names = ", ".join(sorted(getattr(routes, "routes", {}) or {}))
        errors.append(f"Feltet 'omraade' skal være et kendt område ({names}), ikke '{area}'.")
        return None
    out = {"area": route.area, "label": route.label, "appeal": route.appeal, "how": route.how.strip(),
           "reconsideration": route.reconsideration, "fee": route.fee or "",
           "no_appeal_text": route.no_appeal_text.strip(),
           "appeal_body": values.get("klageinstans") or route.appeal_body,
           "deadline_weeks": values.get("klagefrist_uger") or route.deadline_weeks}
    if route.no_deadline and values.get("klagefrist_uger"):
        errors.append(f"Feltet 'klagefrist_uger' skal være tomt: for området '{route.label}' har loven ingen "
                      "klagefrist, og brevet må ikke sætte en.")
        out["deadline_weeks"] = None
    if route.appeal:
        if not out["appeal_body"]:
            errors.append(f"Feltet 'klageinstans' mangler: for området '{route.label}' afhænger klageinstansen "
                          "af sagen." if "klageinstans" in known else
                          f"Området '{route.label}' har ingen fast klageinstans; vælg en skabelon med feltet "
                          "'klageinstans'.")
        if not out["deadline_weeks"] and not route.no_deadline:  # (aktindsigt: the law sets no deadline)
            errors.append(f"Feltet 'klagefrist_uger' mangler: for området '{route.label}' står klagefristen "
                          "ikke fast.")
    return out


@lru_cache(maxsize=4)
def _environment(root: str) -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(root),
        undefined=jinja2.StrictUndefined,
        autoescape=False,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["dato"] = danish_date
    env.filters["led"] = clause  # a field that goes on mid-sentence
    env.filters["din"] = with_possessive
    env.filters["kanal_verbum"] = channel_verb
    env.filters["opremsning"] = enumeration
    env.tests["mundtlig"] = is_spoken  # "{% if henvendelse is mundtlig %}Du fortalte{% else %}Du skriver{% endif %}"
    return env


def clause(value) -> str:
    """A field that goes on mid-sentence: no full stop at the end, and no "at" of its own
    after "…, at" or "fordi" ("Det næste, der sker, er, at at …")."""
    text = str(value).strip().rstrip(".!").rstrip()
    if text[:3].lower() == "at ":
        text = text[3:].lstrip()
    return text


def with_possessive(noun) -> str:
    """"mail" → "din mail", "brev" → "dit brev", "breve" → "dine breve" (Hunspell's
    gender lexicon; a noun it does not know gets "din")."""
    from .nlp import hunspell_da

    text = str(noun).strip()
    last = text.split()[-1].lower() if text.split() else ""
    readings = hunspell_da.analyses(last)
    if any("PLUR_UBEK" in tags for _, tags in readings) and not any(not tags for _, tags in readings):
        return f"dine {text}"
    gender = hunspell_da.noun_gender(last) or _GENDER_FALLBACK.get(last)
    return f"{'dit' if gender == 'Neut' else 'din'} {text}"


_GENDER_FALLBACK = {"brev": "Neut", "opkald": "Neut", "spørgsmål": "Neut", "svar": "Neut", "sms": "Com",
                    "mail": "Com", "e-mail": "Com", "besked": "Com", "klage": "Com", "henvendelse": "Com"}
_SPOKEN = ("opringning", "opkald", "telefon", "telefonsamtale", "samtale", "besøg", "møde")


def channel_verb(channel) -> str:
    """How the citizen got in touch: "skrev til os" for a mail or letter, "ringede til os"
    for a call, "kom forbi" for a visit."""
    last = str(channel).strip().lower().split()[-1] if str(channel).strip() else ""
    if last in ("besøg", "møde"):
        return "kom forbi"
    if any(last.startswith(w) for w in _SPOKEN):
        return "ringede til os"
    return "skrev til os"


def is_spoken(channel) -> bool:
    """The citizen called or came by (not wrote): "Du fortalte", not "Du skriver"."""
    return channel_verb(channel) != "skrev til os"


def enumeration(items) -> str:
    """"A, B og C": a list in a sentence."""
    items = [str(i).strip() for i in items if str(i).strip()]
    if len(items) < 2:
        return "".join(items)
    # items with commas of their own ("Lise Berg, din kontaktperson") keep a comma before "og"
    last = ", og " if any("," in i for i in items) else " og "
    return ", ".join(items[:-1]) + last + items[-1]


_HTML = jinja2.Environment(autoescape=True, trim_blocks=True, lstrip_blocks=True).from_string(
    """<!DOCTYPE html>
<html lang="da">
<head><meta charset="utf-8"><title>{{ title }}</title></head>
<body>
{% for kind, lines in blocks %}
{% if kind == "list" %}
<ul>{% for line in lines %}<li>{{ line }}</li>{% endfor %}</ul>
{% else %}
<p>{% for line in lines %}{{ line }}{% if not loop.last %}<br>{% endif %}{% endfor %}</p>
{% endif %}
{% endfor %}
</body>
</html>
"""
)
BULLET = "- "


def _blocks(text: str) -> list[tuple[str, list[str]]]:
    """Paragraphs (their lines kept) and bullet lists ("- " lines), in order."""
    blocks: list[tuple[str, list[str]]] = []
    for para in (b for b in text.strip().split("\n\n") if b.strip()):
        last = None  # a new paragraph always starts a new block
        for line in (line.rstrip() for line in para.strip("\n").split("\n")):
            kind = "list" if line.startswith(BULLET) else "text"
            item = line[len(BULLET):] if kind == "list" else line
            if last is not None and last[0] == kind:
                last[1].append(item)
            else:
                last = (kind, [item])
                blocks.append(last)
    return blocks


def _clean(text: str) -> str:
    """Collapse the blank lines optional blocks leave behind."""
    lines = [line.rstrip() for line in text.split("\n")]
    out: list[str] = []
    for line in lines:
        if not line and out and not out[-1]:
            continue
        out.append(line)
    return "\n".join(out).strip() + "\n"


def render(name: str, data: dict, fmt: str = "text") -> str | bytes:
    if fmt not in FORMATS:
        raise ValueError(f"Ukendt format '{fmt}'; brug en af: {', '.join(FORMATS)}.")
    info = get_template(name)
    values = validate(info, data)
    root = str(templates_dir())
    try:
        text = _clean(_environment(root).get_template(f"{name}/template.txt.j2").render(**values))
    except jinja2.UndefinedError as exc:  # a template using an undeclared field
        raise TemplateDataError([f"Skabelonen bruger et felt, der ikke er erklæret: {exc}"]) from exc
    if fmt == "text":
        return text
    if fmt == "html":
        return _HTML.render(title=info.title, blocks=_blocks(text))
    return _docx(text)


def _docx(text: str) -> bytes:
    import docx

    document = docx.Document()
    for kind, lines in _blocks(text):
        if kind == "list":
            for line in lines:
                document.add_paragraph(line, style="List Bullet")
            continue
        p = document.add_paragraph()
        for i, line in enumerate(lines):
            run = p.add_run(line)
            if i < len(lines) - 1:
                run.add_break()
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()
