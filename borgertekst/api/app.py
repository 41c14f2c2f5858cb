"""The app factory: routes, limits, security, problem details, OpenAPI at ``/schema``."""

from __future__ import annotations

import hashlib
import importlib.util
import logging

from litestar import Litestar, Router
from litestar.config.cors import CORSConfig
from litestar.datastructures import State
from litestar.di import Provide
from litestar.middleware.rate_limit import RateLimitConfig
from litestar.openapi import OpenAPIConfig
from litestar.openapi.plugins import JsonRenderPlugin, YamlRenderPlugin

from .apidocs import ApiReferencePlugin
from .dependencies import get_analyzer
from .paragraphs import ParagraphChecker
from .problems import document_problems, exception_handlers
from .security import api_key_guard, security_headers
from .settings import Settings

log = logging.getLogger("borgertekst.api")

MULTIPART_OVERHEAD = 64_000


def _has(module: str) -> bool:
    return importlib.util.find_spec(f"borgertekst.{module}") is not None


def api_handlers() -> list:
    from .controllers import analyze, rules

    handlers = [analyze.analyze, analyze.analyze_paragraphs, rules.list_rules, rules.get_rule]
    # endpoints of the reply/rewrite/triage modules, present once those modules are
    if _has("replies"):
        from .controllers import replies

        handlers += [replies.list_templates, replies.get_template, replies.render_template]
    if _has("triage") or _has("rewrite"):
        from .controllers import assist

        handlers += assist.handlers()
    return handlers


def client_identity(request) -> str:
    """Rate-limit per valid API key (many users can share a proxy's address), else per
    client address, so made-up keys cannot buy extra budget. Only a hash of the key is kept."""
    header = request.headers.get("authorization", "")
    token = header[7:].strip() if header[:7].lower() == "bearer " else ""
    if token and token in request.app.state.settings.api_keys:
        return "key:" + hashlib.sha256(token.encode()).hexdigest()[:16]
    return "addr:" + (request.client.host if request.client else "unknown")


def create_app(settings: Settings | None = None, preload: bool = True) -> Litestar:
    from .controllers import analyze, pages

    settings = settings or Settings.from_env()
    guards = [api_key_guard(settings.api_keys)] if settings.api_keys else []
    v1 = Router(
        path="/v1", route_handlers=api_handlers(), guards=guards,
        request_max_body_size=settings.max_text_bytes, tags=["v1"],
    )
    documents = Router(
        path="/v1/documents", route_handlers=[analyze.analyze_document], guards=guards,
        request_max_body_size=settings.max_docx_bytes + MULTIPART_OVERHEAD, tags=["v1"],
    )
    cors = CORSConfig(
        allow_origins=settings.cors_origins, allow_methods=["GET", "POST", "OPTIONS"],
        allow_headers=["Authorization", "Content-Type"], max_age=600,
    ) if settings.cors_origins else None
    rate_limit = RateLimitConfig(
        rate_limit=("minute", settings.rate_limit_per_minute), identifier_for_request=client_identity,
        exclude=["/health", "/static", "/plugins", "/word", "/schema"],
    )

    def on_startup() -> None:
        if preload:
            get_analyzer()  # load the language layer and rules before the first request

    app = Litestar(
        route_handlers=[pages.index, pages.health, v1, documents, *pages.static_routers()],
        dependencies={"analyzer": Provide(get_analyzer, sync_to_thread=True)},
        exception_handlers=exception_handlers(),
        middleware=[rate_limit.middleware],
        before_send=[security_headers],
        logging_config=None,  # the CLI / uvicorn configure logging
        cors_config=cors,
        state=State({"settings": settings, "paragraphs": ParagraphChecker(settings.paragraph_cache_size)}),
        # /schema is our own page (Litestar's viewers need a CDN and inline scripts); the schema
        # itself stays at /schema/openapi.json (and .yaml)
        openapi_config=OpenAPIConfig(title="borgertekst", version="1", path="/schema",
                                     description="Tjek kommunale breve for klarsprog, fagsprog, tone og struktur.",
                                     render_plugins=[ApiReferencePlugin(), JsonRenderPlugin(), YamlRenderPlugin()]),
        on_startup=[on_startup],
        request_max_body_size=settings.max_text_bytes,
        debug=False,
    )
    document_problems(app.openapi_schema)
    return app
