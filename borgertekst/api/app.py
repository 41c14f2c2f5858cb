"""The app factory: routes, limits, security, problem details, OpenAPI at ``/schema``."""

from __future__ import annotations

import logging
import os
import resource
import signal
import threading

from litestar import Litestar, Router
from litestar.config.cors import CORSConfig
from litestar.datastructures import State
from litestar.di import Provide
from litestar.openapi import OpenAPIConfig
from litestar.openapi.plugins import JsonRenderPlugin, YamlRenderPlugin

from .apidocs import ApiReferencePlugin
from .dependencies import get_analyzer
from .limits import RateLimiter, cost_bounded, heavy_pool, request_limits
from .paragraphs import ParagraphChecker, rewrite_spans
from .problems import document_problems, exception_handlers, plain_errors_as_problems
from .security import api_key_guard, security_headers
from .settings import Settings

log = logging.getLogger("borgertekst.api")

MULTIPART_OVERHEAD = 64_000


def api_handlers() -> list:
    from .controllers import analyze, assist, replies, rules

    return [
        cost_bounded(analyze.analyze, "/v1/analyze"),
        cost_bounded(analyze.analyze_paragraphs, "/v1/analyze/paragraphs"),
        cost_bounded(rewrite_spans, "/v1/rewrite"),  # charged as the rewrite it runs
        rules.list_rules, rules.get_rule,
        replies.list_templates, replies.get_template,
        cost_bounded(replies.render_template, "/v1/templates/{name:str}/render"),
        *[cost_bounded(h, "/v1" + next(iter(h.paths))) for h in assist.handlers()],
    ]


def rss_mb() -> float:
    """This process's resident memory (Linux /proc)."""
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * resource.getpagesize() / 1e6


def watch_memory(limit_mb: int, every: float = 10.0) -> None:
    """Backstop under ``borgertekst serve``'s supervisor: a worker process grown beyond
    ``limit_mb`` stops taking requests, finishes the ones it has (uvicorn's SIGTERM) and is
    replaced by the supervisor."""

    def loop() -> None:
        while True:
            threading.Event().wait(every)
            rss = rss_mb()
            if rss > limit_mb:
                log.warning("worker memory over the limit, replacing the worker: rss_mb=%.0f limit_mb=%d", rss, limit_mb)
                os.kill(os.getpid(), signal.SIGTERM)
                return

    threading.Thread(target=loop, name="borgertekst-memory", daemon=True).start()


def create_app(settings: Settings | None = None, preload: bool = True) -> Litestar:
    from .controllers import analyze, insight, pages

    settings = settings or Settings.from_env()
    guards = [api_key_guard(settings.api_keys)] if settings.api_keys else []
    v1 = Router(
        path="/v1", route_handlers=api_handlers(), guards=guards,
        request_max_body_size=settings.max_text_bytes, tags=["v1"],
    )
    documents = Router(
        path="/v1/documents", route_handlers=[cost_bounded(analyze.analyze_document, "/v1/documents")],
        guards=guards, request_max_body_size=settings.max_docx_bytes + MULTIPART_OVERHEAD, tags=["v1"],
    )
    cors = CORSConfig(
        allow_origins=settings.cors_origins, allow_methods=["GET", "POST", "OPTIONS"],
        allow_headers=["Authorization", "Content-Type"], max_age=600,
    ) if settings.cors_origins else None
    pool = heavy_pool(settings)

    def on_startup() -> None:
        if preload:
            get_analyzer()  # load the language layer and rules before the first request
            from ..nlp import preload as preload_language

            preload_language()  # Hunspell and the gender lexicon, which a command line loads on first use
            import gc

            # what is loaded now lives as long as the worker: frozen out of the cyclic collector's
            # reach, a full collection no longer scans it (~95 ms a time, on whichever request
            # triggered it) and the forked heavy-work processes do not copy its pages by scanning
            gc.freeze()
        if os.environ.get("BORGERTEKST_SUPERVISED") == "1":
            watch_memory(settings.max_worker_mb)

    def on_shutdown() -> None:
        pool.shutdown()

    app = Litestar(
        route_handlers=[pages.index, pages.health, v1, documents, *pages.static_routers()],
        dependencies={"analyzer": Provide(get_analyzer, sync_to_thread=True)},
        exception_handlers=exception_handlers(),
        middleware=[request_limits],
        before_send=[security_headers, plain_errors_as_problems],
        logging_config=None,  # the CLI / uvicorn configure logging
        cors_config=cors,
        state=State({
            "settings": settings,
            "paragraphs": ParagraphChecker(settings.paragraph_cache_size),
            "heavy_pool": pool,
            "rate_limiter": RateLimiter(settings.rate_limit_per_minute, settings.rate_limit_chars_per_minute),
        }),
        # /schema is our own page (Litestar's viewers need a CDN and inline scripts); the schema
        # itself stays at /schema/openapi.json (and .yaml)
        openapi_config=OpenAPIConfig(title="borgertekst", version="1", path="/schema",
                                     description="Tjek kommunale breve for klarsprog, fagsprog, tone og struktur.",
                                     render_plugins=[ApiReferencePlugin(), JsonRenderPlugin(), YamlRenderPlugin()]),
        on_startup=[on_startup],
        on_shutdown=[on_shutdown],
        plugins=[insight.InsightPlugin()],  # /v1/insight, /indsigt, start-up and shutdown of the event writer
        request_max_body_size=settings.max_text_bytes,
        debug=False,
    )
    document_problems(app.openapi_schema)
    return app
