"""Errors as problem details (RFC 9457, ``application/problem+json``) with a Danish ``detail``.

Messages never quote the request body: a letter must not end up in a log or an
error report.
"""

from __future__ import annotations

import logging

import msgspec
from litestar import Request, Response
from litestar.exceptions import HTTPException, ValidationException

from ..document import InputError
from .schemas import Problem

log = logging.getLogger("borgertekst.api")

PROBLEM_JSON = "application/problem+json"
MULTIPART_DETAIL = "Send Word-filen (.docx) som multipart/form-data i feltet 'file'."

TITLES = {
    400: ("Ugyldig forespørgsel", "Forespørgslen kunne ikke læses. Send gyldig JSON med de felter, API'et beskriver på /schema."),
    401: ("Mangler adgang", "Send en gyldig API-nøgle i headeren 'Authorization: Bearer <nøgle>'."),
    403: ("Ingen adgang", "Du har ikke adgang til denne handling."),
    404: ("Findes ikke", "Adressen findes ikke."),
    405: ("Metoden er ikke tilladt", "Denne adresse understøtter ikke den HTTP-metode."),
    413: ("For stor forespørgsel", "Forespørgslen er for stor."),
    415: ("Forkert indholdstype", "Indholdstypen understøttes ikke."),
    422: ("Indholdet kan ikke bruges", "Indholdet kan ikke behandles."),
    429: ("For mange forespørgsler", "Der er sendt for mange forespørgsler. Vent lidt, og prøv igen."),
    500: ("Intern fejl", "Der opstod en fejl i serveren. Prøv igen senere."),
    503: ("Ikke tilgængelig", "Tjenesten er ikke tilgængelig lige nu."),
}


def problem(status: int, detail: str | None = None, errors: list[str] | None = None,
            request: Request | None = None, headers: dict | None = None) -> Response:
    title, default = TITLES.get(status, ("Fejl", "Forespørgslen kunne ikke gennemføres."))
    body = Problem(
        type=f"https://borgertekst.dk/problemer/{status}", title=title, status=status,
        detail=detail or default, instance=request.url.path if request is not None else "",
        errors=errors or [],
    )
    return Response(msgspec.json.encode(body), status_code=status, media_type=PROBLEM_JSON, headers=headers)


def _validation_errors(exc: ValidationException) -> list[str]:
    out = []
    for item in exc.extra or []:
        if isinstance(item, dict):
            key = item.get("key") or ""
            message = str(item.get("message") or "")
            # msgspec describes types and paths, never the value sent
            out.append(f"{key}: {message}" if key else message)
    return out


def _multipart_body_error(request: Request, exc: ValidationException) -> bool:
    """The form of a multipart upload (/v1/documents) is wrong, e.g. no field 'file'."""
    if not request.headers.get("content-type", "").lower().startswith("multipart/"):
        return False
    return any(isinstance(item, dict) and item.get("source") == "body" for item in exc.extra or [])


def on_validation(request: Request, exc: ValidationException) -> Response:
    errors = _validation_errors(exc)
    text = (exc.detail or "").lower()
    if not errors and ("malformed" in text or "json" in text):
        detail = "Forespørgslen er ikke gyldig JSON."
    elif _multipart_body_error(request, exc):
        detail = MULTIPART_DETAIL
    else:
        detail = "Forespørgslen har felter med forkert type eller værdi, eller mangler et felt."
    log.info("rejected request: status=400 path=%s errors=%d", request.url.path, len(errors))
    return problem(400, detail, errors, request)


def on_http(request: Request, exc: HTTPException) -> Response:
    status = exc.status_code
    headers = dict(exc.headers or {})
    detail = None
    if status == 413:
        detail = "Forespørgslen er større end serverens grænse."
    elif status == 400 and "json" in str(exc.detail).lower():
        detail = "Forespørgslen er ikke gyldig JSON."
    elif status == 400 and "multipart" in str(exc.detail).lower():
        detail = MULTIPART_DETAIL
    if status == 401:
        headers.setdefault("WWW-Authenticate", 'Bearer realm="borgertekst"')
    log.info("rejected request: status=%d path=%s", status, request.url.path)
    return problem(status, detail, request=request, headers=headers)


def on_input(request: Request, exc: InputError) -> Response:
    return problem(422, str(exc), request=request)


def on_too_deep(request: Request, exc: RecursionError) -> Response:
    # JSON nested deeper than the decoder's recursion limit (e.g. 100,000 "[")
    log.info("rejected request: status=400 path=%s nesting too deep", request.url.path)
    return problem(400, "Forespørgslen er for dybt indlejret til at kunne læses.", request=request)


def on_unexpected(request: Request, exc: Exception) -> Response:
    # only the type: the message could contain text from the letter
    log.error("internal error: %s on %s", type(exc).__name__, request.url.path)
    return problem(500, request=request)


def exception_handlers() -> dict:
    handlers = {
        ValidationException: on_validation,
        HTTPException: on_http,
        InputError: on_input,
        RecursionError: on_too_deep,
        Exception: on_unexpected,
    }
    try:
        from ..replies import TemplateDataError, UnknownTemplate
    except ImportError:  # replies not installed yet
        return handlers

    def on_unknown_template(request: Request, exc: UnknownTemplate) -> Response:
        return problem(404, f"Skabelonen '{exc.name}' findes ikke.", request=request)

    def on_template_data(request: Request, exc: TemplateDataError) -> Response:
        return problem(422, "Skabelonens felter er ikke udfyldt rigtigt.", list(exc.errors), request=request)

    handlers[UnknownTemplate] = on_unknown_template
    handlers[TemplateDataError] = on_template_data
    return handlers


# Status codes any /v1 operation can answer with a problem document.
DOCUMENTED_PROBLEMS = {
    "400": "Ugyldig forespørgsel (forkert JSON, forkerte typer, ukendte felter eller ubrugelig fil).",
    "401": "API-nøgle mangler eller er forkert.",
    "404": "Findes ikke (ukendt regel eller skabelon).",
    "413": "Forespørgslen er for stor.",
    "415": "Forkert indholdstype.",
    # operations with their own reason (a Word file, template data) describe it themselves
    "422": "Indholdet kan ikke behandles (fx en tekst over længdegrænsen).",
    "429": "For mange forespørgsler; vent lidt.",
}


def request_body_schemas(schema) -> None:
    """Replace the JSON request bodies' components with msgspec's own schemas of them.

    msgspec decodes these bodies, so its schema is what the server accepts: exact array
    lengths and bounds (``only_span``: two positions from 0), refused unknown fields
    (``additionalProperties: false``), descriptions. Litestar's generator drops some of
    that (constraints inside a tuple, the tuple's length). The components stay plain
    JSON-schema dicts; the schema document serialises them as they are."""
    from .schemas import JSON_REQUEST_BODIES

    _, components = msgspec.json.schema_components(JSON_REQUEST_BODIES, ref_template="#/components/schemas/{name}")
    if schema.components is None or schema.components.schemas is None:
        return
    for name, component in components.items():
        schema.components.schemas[name] = component


def document_problems(schema) -> None:
    """Add the problem-details responses to every /v1 operation of the generated
    OpenAPI schema, so clients (and schemathesis) know the error format."""
    from litestar.openapi.spec import OpenAPIMediaType, OpenAPIResponse, OpenAPIType, Schema

    problem = Schema(
        type=OpenAPIType.OBJECT,
        required=["type", "title", "status", "detail"],
        properties={
            "type": Schema(type=OpenAPIType.STRING),
            "title": Schema(type=OpenAPIType.STRING),
            "status": Schema(type=OpenAPIType.INTEGER),
            "detail": Schema(type=OpenAPIType.STRING),
            "instance": Schema(type=OpenAPIType.STRING),
            "errors": Schema(type=OpenAPIType.ARRAY, items=Schema(type=OpenAPIType.STRING)),
        },
    )
    request_body_schemas(schema)
    for path, item in (schema.paths or {}).items():
        if not path.startswith("/v1"):
            continue
        for method in ("get", "post"):
            operation = getattr(item, method, None)
            if operation is None:
                continue
            responses = operation.responses if operation.responses is not None else {}
            for status, description in DOCUMENTED_PROBLEMS.items():
                existing = responses.get(status)
                content = dict(getattr(existing, "content", None) or {})
                content[PROBLEM_JSON] = OpenAPIMediaType(schema=problem)
                responses[status] = OpenAPIResponse(
                    description=getattr(existing, "description", None) or description, content=content,
                )
            operation.responses = responses
