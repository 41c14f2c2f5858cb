"""The API reference at ``/schema``: one server-rendered Danish page built from the OpenAPI schema.

Litestar's own viewers load their JavaScript from a CDN, which neither reaches a municipality's
network nor passes our content security policy. This page has no scripts, no inline styles and
no external addresses; its CSS is ``/static/apidocs.css``. Everything taken from the schema is
escaped by Jinja2 (autoescape on).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from http import HTTPStatus
from pathlib import Path
from typing import TYPE_CHECKING, Any, Sequence

import jinja2
import msgspec
from litestar.enums import MediaType
from litestar.openapi.plugins import OpenAPIRenderPlugin
from litestar.serialization import get_serializer

if TYPE_CHECKING:
    from litestar.connection import Request

    from .settings import Settings

TEMPLATE_DIR = Path(__file__).resolve().parent / "templates"
TEMPLATE = "api_reference.html"
STYLESHEET = "/static/apidocs.css"

METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
WHERE = {"path": "sti", "query": "forespørgsel", "header": "header", "cookie": "cookie"}
TYPE_WORDS = {"string": "tekst", "integer": "heltal", "number": "tal", "boolean": "sand/falsk",
              "object": "objekt", "array": "liste", "null": "null"}
FORMAT_WORDS = {"binary": "fil", "date": "dato", "date-time": "tidspunkt", "uri": "adresse (URI)",
                "email": "e-mailadresse", "uuid": "UUID"}
# Danish meaning of each status code; the titles match the problem details the server sends.
STATUS_WORDS = {
    200: "OK", 201: "Oprettet", 202: "Modtaget", 204: "Intet indhold",
    400: "Ugyldig forespørgsel", 401: "Mangler adgang", 403: "Ingen adgang", 404: "Findes ikke",
    405: "Metoden er ikke tilladt", 409: "Konflikt", 413: "For stor forespørgsel",
    415: "Forkert indholdstype", 422: "Indholdet kan ikke bruges", 429: "For mange forespørgsler",
    500: "Intern fejl", 503: "Ikke tilgængelig",
}
_IGNORED_FOR_SHAPE = {"examples", "example", "default", "title", "description"}
_CONSTRAINTS = (
    ("minimum", "mindst {}"), ("maximum", "højst {}"),
    ("exclusiveMinimum", "større end {}"), ("exclusiveMaximum", "mindre end {}"),
    ("minLength", "mindst {} tegn"), ("maxLength", "højst {} tegn"),
    ("minItems", "mindst {} elementer"), ("maxItems", "højst {} elementer"),
)


@dataclass
class Token:
    """A piece of a type description: plain text, or the name of a data type to link to."""

    text: str
    anchor: str | None = None


@dataclass
class Field:
    name: str
    type: list[Token]
    required: bool
    description: str = ""
    enum: list[str] = field(default_factory=list)
    rules: list[str] = field(default_factory=list)
    deprecated: bool = False
    where: str = ""


@dataclass
class Body:
    media_type: str
    type: list[Token]
    description: str = ""
    fields: list[Field] = field(default_factory=list)


@dataclass
class Reply:
    status: str
    meaning: str
    description: str
    bodies: list[Body]


@dataclass
class Operation:
    anchor: str
    method: str
    path: str
    summary: str
    description: str
    deprecated: bool
    parameters: list[Field]
    body_required: bool
    body_description: str
    bodies: list[Body]
    replies: list[Reply]


@dataclass
class DataType:
    name: str
    anchor: str
    description: str
    type: list[Token]
    fields: list[Field]
    enum: list[str]


def _slug(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9_-]+", "-", text).strip("-").lower() or "x"


def _value(value: Any) -> str:
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


class Reader:
    """Turns the (plain, JSON-like) OpenAPI dict into the pieces the template shows."""

    def __init__(self, schema: dict):
        self.schema = schema
        self.components: dict = (schema.get("components") or {}).get("schemas") or {}
        self.anchors: dict[str, str] = {}
        used: set[str] = set()
        for name in self.components:
            anchor = base = "type-" + _slug(name)
            n = 2
            while anchor in used:
                anchor, n = f"{base}-{n}", n + 1
            used.add(anchor)
            self.anchors[name] = anchor
        self._used_ops: set[str] = set()
        self._shapes = [(name, _shape(node)) for name, node in self.components.items()]

    # $ref ---------------------------------------------------------------------------------
    def resolve(self, node: Any, depth: int = 0) -> Any:
        """Follow a local ``$ref`` (``#/…``) to what it points at; other nodes as they are."""
        while isinstance(node, dict) and isinstance(node.get("$ref"), str) and depth < 20:
            ref = node["$ref"]
            if not ref.startswith("#/"):
                return {}
            target: Any = self.schema
            for part in ref[2:].split("/"):
                part = part.replace("~1", "/").replace("~0", "~")
                if not isinstance(target, dict) or part not in target:
                    return {}
                target = target[part]
            node, depth = target, depth + 1
        return node if isinstance(node, dict) else {}

    def component_name(self, node: Any) -> str | None:
        if isinstance(node, dict) and isinstance(node.get("$ref"), str):
            prefix = "#/components/schemas/"
            name = node["$ref"][len(prefix):] if node["$ref"].startswith(prefix) else None
            if name in self.components:
                return name
        return None

    # types --------------------------------------------------------------------------------
    def type_tokens(self, node: Any, depth: int = 0) -> list[Token]:
        if not isinstance(node, dict) or depth > 6:
            return [Token("vilkårlig værdi")]
        name = self.component_name(node)
        if name:
            return [Token(name, self.anchors[name])]
        if "$ref" in node:
            return self.type_tokens(self.resolve(node), depth + 1)
        for key, joiner in (("anyOf", " eller "), ("oneOf", " eller "), ("allOf", " og ")):
            branches = node.get(key)
            if isinstance(branches, list) and branches:
                nullable = key != "allOf" and any(_is_null(b) for b in branches)
                out: list[Token] = []
                for i, branch in enumerate(b for b in branches if not (nullable and _is_null(b))):
                    if i:
                        out.append(Token(joiner))
                    out += self.type_tokens(branch, depth + 1)
                return _or_null(out) if nullable else out
        if "const" in node:
            return [Token(f"værdien {_value(node['const'])}")]
        types = node.get("type")
        if isinstance(types, str):
            types = [types]
        if not types:
            enum = [v for v in node.get("enum") or [] if v is not None]
            if enum and all(isinstance(v, str) for v in enum):
                types = ["string"]
            elif enum and all(isinstance(v, int) and not isinstance(v, bool) for v in enum):
                types = ["integer"]
            elif "properties" in node:
                types = ["object"]
            elif "items" in node or "prefixItems" in node:
                types = ["array"]
            else:
                return [Token("vilkårlig værdi")]
            if None in (node.get("enum") or []):
                types.append("null")
        nullable = "null" in types and len(types) > 1
        out = []
        for i, kind in enumerate(t for t in types if not (nullable and t == "null")):
            if i:
                out.append(Token(" eller "))
            out += self._one_type(kind, node, depth)
        return _or_null(out) if nullable else out

    def _one_type(self, kind: str, node: dict, depth: int) -> list[Token]:
        if kind == "array":
            prefix = node.get("prefixItems")
            if isinstance(prefix, list) and prefix:
                out = [Token("liste [")]
                for i, item in enumerate(prefix):
                    if i:
                        out.append(Token(", "))
                    out += self.type_tokens(item, depth + 1)
                return out + [Token("]")]
            items = node.get("items")
            if isinstance(items, dict) and items:
                return [Token("liste med ")] + self.type_tokens(items, depth + 1)
            return [Token("liste")]
        if kind == "object":
            props = node.get("properties")
            if isinstance(props, dict) and props:
                shape = _shape(node)
                for name, component in self._shapes:
                    if component == shape:
                        return [Token(name, self.anchors[name])]
                return [Token("objekt med felterne " + ", ".join(props))]
            extra = node.get("additionalProperties")
            if isinstance(extra, dict) and extra:
                return [Token("objekt med værdier af typen ")] + self.type_tokens(extra, depth + 1)
            return [Token("objekt")]
        word = TYPE_WORDS.get(kind, kind)
        fmt = node.get("format")
        if kind == "string" and fmt in FORMAT_WORDS:
            word = FORMAT_WORDS[fmt]
        elif fmt:
            word = f"{word} ({fmt})"
        if kind == "string" and node.get("contentMediaType"):
            word = f"{word} ({node['contentMediaType']})"
        return [Token(word)]

    def enum_values(self, node: Any, depth: int = 0) -> list[str]:
        if self.component_name(node):
            return []  # a data type's values are listed with the data type
        node = self.resolve(node)
        if depth > 3:
            return []
        values = [_value(v) for v in node.get("enum") or [] if v is not None]
        for key in ("anyOf", "oneOf"):
            for branch in node.get(key) or []:
                values += [v for v in self.enum_values(branch, depth + 1) if v not in values]
        if isinstance(node.get("items"), dict) and not self.component_name(node["items"]):
            values += [v for v in self.enum_values(node["items"], depth + 1) if v not in values]
        return values

    def rules(self, node: Any) -> list[str]:
        if not isinstance(node, dict):
            return []
        nodes = [node] + [b for key in ("anyOf", "oneOf") for b in node.get(key) or [] if isinstance(b, dict)]
        out = []
        for part in nodes:
            for key, text in _CONSTRAINTS:
                if key in part and not isinstance(part[key], bool):
                    out.append(text.format(_value(part[key])))
            if part.get("pattern"):
                out.append(f"mønster: {part['pattern']}")
        if "default" in node:
            out.append(f"standardværdi: {_value(node['default'])}")
        return out

    def description(self, node: Any) -> str:
        if not isinstance(node, dict):
            return ""
        text = node.get("description")
        if isinstance(text, str) and text.strip():
            return text.strip()
        return ""

    def fields(self, node: Any) -> list[Field]:
        node = self.resolve(node)
        props = node.get("properties")
        if not isinstance(props, dict):
            return []
        required = set(node.get("required") or [])
        return [
            Field(name=name, type=self.type_tokens(prop), required=name in required,
                  description=self.description(prop), enum=self.enum_values(prop), rules=self.rules(prop),
                  deprecated=bool(isinstance(prop, dict) and prop.get("deprecated")))
            for name, prop in props.items()
        ]

    # operations ---------------------------------------------------------------------------
    def operations(self) -> list[Operation]:
        out = []
        for path, item in (self.schema.get("paths") or {}).items():
            item = self.resolve(item)
            shared = item.get("parameters") or []
            for method in METHODS:
                op = item.get(method)
                if isinstance(op, dict):
                    out.append(self.operation(path, method, op, shared))
        return out

    def operation(self, path: str, method: str, op: dict, shared: list) -> Operation:
        anchor = base = f"op-{method}-{_slug(path)}"
        n = 2
        while anchor in self._used_ops:
            anchor, n = f"{base}-{n}", n + 1
        self._used_ops.add(anchor)
        params: dict[tuple, Field] = {}
        for raw in [*shared, *(op.get("parameters") or [])]:
            p = self.resolve(raw)
            if not p.get("name"):
                continue
            schema = p.get("schema") or {}
            where = WHERE.get(p.get("in", ""), p.get("in", ""))
            params[(p["name"], p.get("in"))] = Field(
                name=p["name"], type=self.type_tokens(schema), where=where,
                required=bool(p.get("required")),
                description=self.description(p) or self.description(self.resolve(schema)),
                enum=self.enum_values(schema), rules=self.rules(schema), deprecated=bool(p.get("deprecated")))
        body = self.resolve(op.get("requestBody")) if op.get("requestBody") else {}
        return Operation(
            anchor=anchor, method=method.upper(), path=path,
            summary=str(op.get("summary") or ""), description=self.description(op),
            deprecated=bool(op.get("deprecated")), parameters=list(params.values()),
            body_required=bool(body.get("required")), body_description=self.description(body),
            bodies=self.bodies(body.get("content"), with_fields=True),
            replies=self.replies(op.get("responses") or {}),
        )

    def bodies(self, content: Any, with_fields: bool) -> list[Body]:
        out = []
        for media_type, media in (content or {}).items():
            schema = (media or {}).get("schema")
            if schema is None:
                out.append(Body(media_type, [Token("intet skema")]))
                continue
            resolved = self.resolve(schema)
            out.append(Body(
                media_type=media_type, type=self.type_tokens(schema),
                description="" if self.component_name(schema) else self.description(resolved),
                fields=self.fields(schema) if with_fields else [],
            ))
        return out

    def replies(self, responses: dict) -> list[Reply]:
        out = []
        for status in sorted(responses, key=str):
            response = self.resolve(responses[status])
            description = self.description(response)
            code = int(status) if str(status).isdigit() else None
            meaning = STATUS_WORDS.get(code, "") if code else ("Alle andre" if status == "default" else "")
            if code and not meaning:
                try:
                    meaning = HTTPStatus(code).phrase
                except ValueError:
                    meaning = ""
            try:
                generic = code is not None and description in (HTTPStatus(code).description, HTTPStatus(code).phrase)
            except ValueError:
                generic = False
            out.append(Reply(status=str(status), meaning=meaning, description="" if generic else description,
                             bodies=self.bodies(response.get("content"), with_fields=False)))
        return out

    def data_types(self) -> list[DataType]:
        out = []
        for name in sorted(self.components, key=str.lower):
            node = self.resolve(self.components[name])
            has_fields = isinstance(node.get("properties"), dict)
            out.append(DataType(
                name=name, anchor=self.anchors[name], description=self.description(node),
                type=[] if has_fields else self._definition(node), fields=self.fields(node),
                enum=[] if has_fields else self.enum_values(node),
            ))
        return out

    def _definition(self, node: dict) -> list[Token]:
        # a data type that is not an object with fields: describe it, never link it to itself
        if not node:
            return [Token("vilkårlig værdi")]
        return self.type_tokens({k: v for k, v in node.items() if k != "title"})


def _is_null(node: Any) -> bool:
    return isinstance(node, dict) and (node.get("type") == "null" or node.get("enum") == [None])


def _or_null(tokens: list[Token]) -> list[Token]:
    # "tekst eller null", but "liste med tekst, eller null": the null is not in the list
    if not tokens:
        return [Token("null")]
    return tokens + [Token(", eller null" if len(tokens) > 1 or " " in tokens[0].text else " eller null")]


def _shape(node: Any, names: bool = False) -> Any:
    """A schema without its documentation: two schemas with the same shape are the same type.
    (``names``: the keys of this dict are field names, not schema keywords.)"""
    if isinstance(node, dict):
        return {k: _shape(v, names=not names and k == "properties") for k, v in node.items()
                if names or k not in _IGNORED_FOR_SHAPE}
    if isinstance(node, list):
        items = [_shape(v) for v in node]
        return sorted(items) if all(isinstance(v, str) for v in items) else items
    return node


def _size(n: int) -> str:
    if n % 1_000_000 == 0:
        return f"{n // 1_000_000} MB"
    if n >= 1_000_000:
        return f"{n / 1_000_000:.1f} MB".replace(".", ",")
    if n % 1000 == 0:
        return f"{n // 1000} kB"
    return f"{n} byte"


_ENV: jinja2.Environment | None = None


def environment() -> jinja2.Environment:
    global _ENV
    if _ENV is None:
        env = jinja2.Environment(
            loader=jinja2.FileSystemLoader(str(TEMPLATE_DIR)), autoescape=True,
            undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True,
        )
        env.filters["code"] = code_spans
        _ENV = env
    return _ENV


def code_spans(text: str) -> Any:
    """Escape ``text``, then show `backticked` parts as <code> (the schema's descriptions use them)."""
    from markupsafe import Markup, escape

    escaped = str(escape(text))
    return Markup(re.sub(r"`([^`]+)`", r"<code>\1</code>", escaped))


def render_reference(schema: dict, *, json_url: str = "/schema/openapi.json",
                     settings: "Settings | None" = None) -> str:
    """The page for a plain (JSON-like) OpenAPI dict."""
    reader = Reader(schema)
    info = schema.get("info") or {}
    limits = None
    if settings is not None:
        limits = {
            "needs_key": bool(settings.api_keys), "rate": settings.rate_limit_per_minute,
            "text": _size(settings.max_text_bytes), "docx": _size(settings.max_docx_bytes),
        }
    return environment().get_template(TEMPLATE).render(
        title=str(info.get("title") or "API"), version=str(info.get("version") or ""),
        description=str(info.get("description") or ""), openapi=str(schema.get("openapi") or ""),
        json_url=json_url, stylesheet=STYLESHEET, operations=reader.operations(),
        data_types=reader.data_types(), limits=limits, problem_anchor=reader.anchors.get("Problem"),
    )


class ApiReferencePlugin(OpenAPIRenderPlugin):
    """Serves the reference page (at the OpenAPI root, ``/schema``, by default)."""

    def __init__(self, *, path: str | Sequence[str] = "/", **kwargs: Any) -> None:
        super().__init__(path=path, media_type=MediaType.HTML, favicon="", style="", **kwargs)
        self._cache: tuple[Any, bytes] | None = None

    def render(self, request: "Request", openapi_schema: dict[str, Any]) -> bytes:
        # Litestar keeps one schema dict per app; render it once.
        if self._cache is not None and self._cache[0] is openapi_schema:
            return self._cache[1]
        plain = msgspec.to_builtins(
            openapi_schema, enc_hook=get_serializer(request.route_handler.resolve_type_encoders()))
        settings = request.app.state.get("settings")
        page = render_reference(plain, json_url=self.get_openapi_json_route(request), settings=settings).encode()
        self._cache = (openapi_schema, page)
        return page
