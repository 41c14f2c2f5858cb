"""``/`` (the web page), ``/health`` and the static files of page and plugins."""

from __future__ import annotations

from pathlib import Path

from litestar.di import NamedDependency
from litestar import Response, get
from litestar.static_files import create_static_files_router

from ...engine import Analyzer
from ..schemas import Health

WEB_DIR = Path(__file__).resolve().parents[2] / "web"
PLUGINS_DIR = Path(__file__).resolve().parents[3] / "plugins"


@get("/", include_in_schema=False, sync_to_thread=False)
def index() -> Response:
    return Response((WEB_DIR / "index.html").read_bytes(), media_type="text/html; charset=utf-8")


@get("/health", summary="Kører serveren?")
async def health(analyzer: NamedDependency[Analyzer]) -> Health:
    from ..dependencies import rule_store

    return Health(status="ok", rules=len(analyzer.ruleset.enabled()), rules_error=rule_store().last_error)


def static_routers() -> list:
    routers = [create_static_files_router(path="/static", directories=[WEB_DIR], name="web")]
    if PLUGINS_DIR.is_dir():
        routers.append(create_static_files_router(path="/plugins", directories=[PLUGINS_DIR], name="plugins"))
        if (PLUGINS_DIR / "word").is_dir():
            routers.append(create_static_files_router(
                path="/word", directories=[PLUGINS_DIR / "word"], html_mode=True, name="word"))
    return routers
