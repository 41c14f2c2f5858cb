"""``/v1/templates``: reply templates, their fields and rendering.

Before a template is filled, the request's data is held against limits that fit
a letter (``check_limits``): field lengths, list lengths, numbers of a sane size,
no control characters (which cannot stand in a letter, nor in a .docx). A
problem names the field and the rule, never the value: template data is case text.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from typing import Annotated

from litestar.openapi.datastructures import ResponseSpec
from litestar.params import FromPath, JSONBody, PathParameter
from litestar import Response, get, post

from ... import replies
from ..problems import PROBLEM_JSON
from ..schemas import Problem, RenderRequest

MEDIA = {
    "text": "text/plain",  # Litestar adds "; charset=utf-8" to text/*
    "html": "text/html",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
}

# Limits per field type (characters, list items); a reply letter is a page or two.
MAX_STR_CHARS = 500
MAX_TEXT_CHARS = 5_000
MAX_LIST_ITEMS = 50
MAX_ITEM_CHARS = 1_000
MAX_INT_DIGITS = 9
MAX_FIELDS = 100
MAX_NAME_CHARS = 100
ALLOWED_CONTROLS = {"\n", "\t", "\r"}


def _bad_characters(text: str) -> bool:
    """Control characters (other than line breaks and tabs), noncharacters such as U+FFFE,
    and lone surrogates: none can be written to a letter or to the XML of a .docx."""
    for ch in text:
        if ch in ALLOWED_CONTROLS:
            continue
        category = unicodedata.category(ch)
        if category in ("Cc", "Cs") or (category == "Cn" and (0xFDD0 <= ord(ch) <= 0xFDEF or ord(ch) & 0xFFFE == 0xFFFE)):
            return True
    return False


def _check_text(name: str, value: str, limit: int, errors: list[str], what: str = "Feltet") -> None:
    if len(value) > limit:
        errors.append(f"{what} '{name}' er for langt: højst {limit:,} tegn.".replace(",", "."))
    elif _bad_characters(value):
        errors.append(f"{what} '{name}' indeholder kontroltegn eller andre tegn, der ikke kan stå i et brev.")


# a valid value per type, standing in for a value refused here while replies.validate
# looks for the other problems (so a refused value is never quoted back)
PLACEHOLDER = {"str": "x", "text": "x", "date": "2000-01-01", "int": 1, "list": ["x"], "bool": False}


def check_limits(info: replies.TemplateInfo, data: dict) -> None:
    """Raise ``TemplateDataError`` naming each field over a limit (never its value), together
    with every other problem of the data."""
    if not isinstance(data, dict):
        return  # replies.validate says what data must be
    if len(data) > MAX_FIELDS:
        raise replies.TemplateDataError([f"Data har for mange felter: højst {MAX_FIELDS}."])
    if any(len(key) > MAX_NAME_CHARS or _bad_characters(key) for key in data):
        raise replies.TemplateDataError([f"Et feltnavn er for langt eller har kontroltegn (højst {MAX_NAME_CHARS} tegn)."])
    errors: list[str] = []
    refused: set[str] = set()
    for spec in info.fields:
        before = len(errors)
        _check_field(spec, data.get(spec.name), errors)
        if len(errors) > before:
            refused.add(spec.name)
    if not errors:
        return
    others: list[str] = []
    try:
        replies.validate(info, {k: PLACEHOLDER[_spec(info, k).type] if k in refused else v for k, v in data.items()})
    except replies.TemplateDataError as exc:
        others = list(exc.errors)
    raise replies.TemplateDataError(errors + others)


def _spec(info: replies.TemplateInfo, name: str):
    return next((f for f in info.fields if f.name == name), None)


def _check_field(spec, value, errors: list[str]) -> None:
    """Append the limits ``value`` breaks (one message naming the field and the rule)."""
    if value is None:
        return
    name = spec.name
    if spec.type == "int":
        digits = value.strip().lstrip("-") if isinstance(value, str) else None
        too_big = (isinstance(value, int) and not isinstance(value, bool) and abs(value) >= 10 ** MAX_INT_DIGITS) or \
            (digits is not None and len(digits) > MAX_INT_DIGITS)
        if too_big:
            errors.append(f"Feltet '{name}' skal være et helt tal med højst {MAX_INT_DIGITS} cifre.")
        return
    if isinstance(value, str):
        before = len(errors)
        _check_text(name, value, MAX_TEXT_CHARS if spec.type == "text" else MAX_STR_CHARS, errors)
        if len(errors) > before:
            return
    if spec.type == "date" and isinstance(value, str) and value.strip():
        try:
            dt.date.fromisoformat(value.strip())
        except ValueError:
            errors.append(f"Feltet '{name}' skal være en dato som ÅÅÅÅ-MM-DD (fx 2026-05-01).")
    elif spec.type == "list" and isinstance(value, list):
        if len(value) > MAX_LIST_ITEMS:
            errors.append(f"Feltet '{name}' har for mange punkter: højst {MAX_LIST_ITEMS}.")
            return
        for i, item in enumerate(value, 1):
            if isinstance(item, str):
                before = len(errors)
                _check_text(f"{name}", item, MAX_ITEM_CHARS, errors, what=f"Punkt {i} i feltet")
                if len(errors) > before:
                    break


@get("/templates", summary="Svarskabeloner")
async def list_templates() -> list[replies.TemplateInfo]:
    return replies.list_templates()


@get("/templates/{name:str}", summary="Én svarskabelon med felter og eksempel")
async def get_template(name: FromPath[str]) -> replies.TemplateInfo:
    return replies.get_template(name)


TemplateName = Annotated[str, PathParameter(description="Skabelonens navn, som i listen fra GET /v1/templates.")]


@post("/templates/{name:str}/render", status_code=200, sync_to_thread=True, summary="Udfyld en svarskabelon",
      description="Som tekst, HTML eller .docx (`format`). Felterne i `data` afhænger af skabelonen: "
                  "GET /v1/templates/{name} viser dem (`fields`: navn, type, om feltet skal udfyldes, hjælp) "
                  "og et udfyldt `example`. Data, der ikke passer til skabelonen (manglende, ukendte eller "
                  "forkerte felter), giver 422, og intet udfyldes. Grænser: en linje (`str`) højst "
                  f"{MAX_STR_CHARS} tegn, en tekst (`text`) højst {MAX_TEXT_CHARS:,} tegn, en liste højst "
                  f"{MAX_LIST_ITEMS} punkter på højst {MAX_ITEM_CHARS:,} tegn, et tal højst {MAX_INT_DIGITS} "
                  "cifre, og ingen kontroltegn.",
      responses={422: ResponseSpec(Problem, media_type=PROBLEM_JSON, description=(
          "Data passer ikke til skabelonen: felter, der mangler, ikke kendes i skabelonen, har forkert "
          "type eller er over en grænse. `errors` har én dansk besked pr. felt (feltets navn og reglen, "
          "aldrig værdien)."))})
def render_template(name: TemplateName, data: JSONBody[RenderRequest]) -> Response:
    check_limits(replies.get_template(name), data.data)
    out = replies.render(name, data.data, data.format)
    body = out if isinstance(out, bytes) else out.encode("utf-8")
    headers = {}
    if data.format == "docx":
        headers["Content-Disposition"] = f'attachment; filename="{name}.docx"'
    return Response(body, media_type=MEDIA[data.format], headers=headers, status_code=200)
