"""``/`` (the web page), ``/health`` and the static files of page and plugins."""

from __future__ import annotations

import os
from pathlib import Path

from litestar import Request, Response, route
from litestar.enums import HttpMethod, MediaType
from litestar.static_files import create_static_files_router

from litestar.exceptions import HTTPException

from ..problems import on_bad_path, on_http
from ..schemas import Health
from ..security import has_valid_key

WEB_DIR = Path(__file__).resolve().parents[2] / "web"
PLUGINS_DIR = Path(__file__).resolve().parents[3] / "plugins"


@route("/", http_method=[HttpMethod.GET, HttpMethod.HEAD], include_in_schema=False, sync_to_thread=False)
def index(request: Request) -> Response:
    body = (WEB_DIR / "index.html").read_bytes()
    # Litestar adds "; charset=utf-8" to text/html itself
    if request.method == HttpMethod.HEAD:
        return Response(b"", media_type=MediaType.HTML, headers={"Content-Length": str(len(body))})
    return Response(body, media_type=MediaType.HTML)


@route("/health", http_method=[HttpMethod.GET], summary="Kører serveren?", sync_to_thread=False,
       description="`status` er `ok`, eller `refused`, når ændrede regelfiler er afvist (de sidste gode regler "
                   "bruges stadig); `rules_hash` er regelsættet, som den svarende serverproces bruger, og `worker` "
                   "dens procesnummer. Antal regler og fejlbeskeden (fil og linje) kun med en gyldig API-nøgle, "
                   "eller når serveren ikke har nøgler (den lytter så kun på denne maskine).")
def health(request: Request) -> Health:
    from ..dependencies import rule_store

    store = rule_store()
    settings = request.app.state.settings
    out = Health(status="refused" if store.refused else "ok", rules_hash=store.rules_hash, worker=os.getpid())
    if not settings.api_keys or has_valid_key(request.headers.get("authorization", ""), settings.api_keys):
        out.rules = len(store.analyzer().ruleset.enabled())
        out.rules_error = store.last_error
        out.generation = store.generation
    return out


def _static_http(request: Request, exc: HTTPException) -> Response:
    # Litestar turns a failed file lookup (e.g. a name over 255 bytes) into a 500
    return on_bad_path(request, exc) if exc.status_code >= 500 else on_http(request, exc)


def _static(path: str, directory: Path, **kwargs):
    # a path the file system cannot look up (a NUL byte, a name over 255 bytes) is simply not there
    handlers = {ValueError: on_bad_path, OSError: on_bad_path, HTTPException: _static_http}
    return create_static_files_router(path=path, directories=[directory], exception_handlers=handlers, **kwargs)


def static_routers() -> list:
    routers = [_static("/static", WEB_DIR, name="web")]
    if PLUGINS_DIR.is_dir():
        routers.append(_static("/plugins", PLUGINS_DIR, name="plugins"))
        if (PLUGINS_DIR / "word").is_dir():
            routers.append(_static("/word", PLUGINS_DIR / "word", html_mode=True, name="word"))
    return routers
