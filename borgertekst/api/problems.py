"""Errors as problem details (RFC 9457, ``application/problem+json``) with a Danish ``detail``.

Messages never quote the request body: a letter must not end up in a log or an
error report.
"""

from __future__ import annotations

import logging
import re

import msgspec
from litestar import Request, Response
from litestar.exceptions import HTTPException, ValidationException

from ..document import InputError
from .schemas import Problem

log = logging.getLogger("borgertekst.api")

PROBLEM_JSON = "application/problem+json"
_QUOTED = re.compile(r"'[^']*'")
MULTIPART_DETAIL = "Send Word-filen (.docx) som multipart/form-data i feltet 'file'."

TITLES = {
    400: ("Ugyldig forespørgsel", "Forespørgslen kunne ikke læses. Send gyldig JSON med de felter, API'et beskriver på /schema."),
    401: ("Mangler adgang", "Send en gyldig API-nøgle i headeren 'Authorization: Bearer <nøgle>'."),
    403: ("Ingen adgang", "Du har ikke adgang til denne handling."),
    404: ("Findes ikke", "Adressen findes ikke."),
    405: ("Metoden er ikke tilladt", "Denne adresse understøtter ikke den HTTP-metode."),
    413: ("For stor forespørgsel", "Forespørgslen er for stor."),
    415: ("Forkert indholdstype", "Indholdstypen understøttes ikke. Send JSON med 'Content-Type: application/json'."),
    422: ("Indholdet kan ikke bruges", "Indholdet kan ikke behandles."),
    429: ("For mange forespørgsler", "Der er sendt for mange forespørgsler. Vent lidt, og prøv igen."),
    500: ("Intern fejl", "Der opstod en fejl i serveren. Prøv igen senere."),
    503: ("Ikke tilgængelig", "Tjenesten er ikke tilgængelig lige nu."),
}


class DanishHTTPError(HTTPException):
    """An HTTP error whose ``detail`` is Danish and meant for the client as it is."""


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
            # msgspec describes types and paths; an enum's message quotes the value sent
            # ("Invalid enum value 'x'"), which is dropped: an error never repeats the request
            message = _QUOTED.sub("", message).replace("  ", " ").strip()
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
    if isinstance(exc, DanishHTTPError):
        detail = exc.detail
    elif status == 413:
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


def on_bad_bytes(request: Request, exc: UnicodeDecodeError) -> Response:
    # e.g. a multipart form field (no filename) whose bytes are not UTF-8
    log.info("rejected request: status=400 path=%s bytes not UTF-8", request.url.path)
    if request.headers.get("content-type", "").lower().startswith("multipart/"):
        detail = "Formularens felter skal være tekst i UTF-8; Word-filen sendes som en fil i feltet 'file'."
    else:
        detail = "Forespørgslen indeholder bytes, der ikke er gyldig UTF-8."
    return problem(400, detail, request=request)


def on_bad_path(request: Request, exc: Exception) -> Response:
    # a static file path the file system cannot even look up (NUL byte, a too long name)
    log.info("rejected request: status=404 path=%s unusable file name", request.url.path)
    return problem(404, request=request)


def on_too_many(request: Request, exc) -> Response:
    if exc.what == "chars":
        detail = ("Der er sendt for meget tekst til tjek det seneste minut. "
                  f"Vent {exc.retry_after} sekunder, og prøv igen.")
    else:
        detail = f"Der er sendt for mange forespørgsler. Vent {exc.retry_after} sekunder, og prøv igen."
    log.info("rejected request: status=429 path=%s limit=%s", request.url.path, exc.what)
    return problem(429, detail, request=request, headers={"Retry-After": str(exc.retry_after)})


def on_busy(request: Request, exc) -> Response:
    log.warning("rejected request: status=503 path=%s heavy pool full", request.url.path)
    return problem(503, "Serveren er optaget af andre store tekster lige nu. "
                        f"Prøv igen om {exc.retry_after} sekunder.",
                   request=request, headers={"Retry-After": str(exc.retry_after)})


def on_time_budget(request: Request, exc) -> Response:
    seconds = int(exc.seconds) if float(exc.seconds).is_integer() else exc.seconds
    # 422, not 503: the same text would take as long again, so it is not worth retrying as it is
    log.warning("rejected request: status=422 path=%s time budget spent", request.url.path)
    return problem(422, f"Behandlingen tog mere end serverens grænse på {seconds} sekunder og blev stoppet. "
                        "Del teksten op, eller send en kortere tekst.", request=request)


def on_worker_lost(request: Request, exc) -> Response:
    log.error("heavy worker lost on %s", request.url.path)
    return problem(503, "Behandlingen blev afbrudt. Prøv igen, eventuelt med en kortere tekst.", request=request)


def on_unexpected(request: Request, exc: Exception) -> Response:
    # only the type: the message could contain text from the letter
    log.error("internal error: %s on %s", type(exc).__name__, request.url.path)
    return problem(500, request=request)


def exception_handlers() -> dict:
    from ..replies import TemplateDataError, UnknownTemplate
    from .heavy import PoolBusy, TimeBudgetExceeded, WorkerLost
    from .limits import TooManyRequests

    handlers = {
        ValidationException: on_validation,
        HTTPException: on_http,
        InputError: on_input,
        RecursionError: on_too_deep,
        UnicodeDecodeError: on_bad_bytes,
        TooManyRequests: on_too_many,
        PoolBusy: on_busy,
        TimeBudgetExceeded: on_time_budget,
        WorkerLost: on_worker_lost,
        Exception: on_unexpected,
    }

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
    "422": "Indholdet kan ikke behandles (fx en tekst over længdegrænsen, eller behandlingen tog mere end "
           "serverens tidsgrænse og blev stoppet).",
    "429": "For mange forespørgsler eller for meget tekst det seneste minut; vent det antal sekunder, "
           "`Retry-After` siger.",
    "503": "Serveren er optaget af andre store tekster; prøv igen efter `Retry-After` sekunder.",
}


def plain_errors_as_problems(message, scope) -> None:
    """``before_send`` hook: an error response that is not yet a problem document (uvicorn's
    or Litestar's plain-text and HTML answers: a refused CORS preflight, a 404 under
    /schema) is replaced by one, in Danish."""
    if message["type"] == "http.response.start":
        status = message.get("status", 200)
        if status < 400:
            return
        headers = message.get("headers", [])
        ctype = next((v for k, v in headers if k.lower() == b"content-type"), b"")
        if ctype.startswith(PROBLEM_JSON.encode()):
            return
        path = scope.get("path", "")
        detail = None
        if status == 400 and scope.get("method") == "OPTIONS":
            detail = "Forespørgsler fra denne oprindelse (Origin), med den metode eller de headere, er ikke tilladt."
        title, default = TITLES.get(status, ("Fejl", "Forespørgslen kunne ikke gennemføres."))
        body = msgspec.json.encode(Problem(type=f"https://borgertekst.dk/problemer/{status}", title=title,
                                           status=status, detail=detail or default, instance=path))
        scope["borgertekst.problem"] = body
        message["headers"] = [(k, v) for k, v in headers if k.lower() not in (b"content-type", b"content-length")] + [
            (b"content-type", PROBLEM_JSON.encode()), (b"content-length", str(len(body)).encode())]
    elif message["type"] == "http.response.body" and "borgertekst.problem" in scope:
        message["body"] = scope.pop("borgertekst.problem")
        message["more_body"] = False


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
