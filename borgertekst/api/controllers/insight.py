"""Insight: ``POST /v1/insight/events`` and ``GET /v1/insight/config`` for the page and the
plugins, and the staff page ``/indsigt`` with its CSV export.

Everything is added by ``InsightPlugin`` (one line in ``api/app.py``): the routes, the start-up
(migrations, writer thread, roll-up) and the shutdown (write what is queued). The events
endpoint queues and returns at once; the database is written by a background thread.

The staff page is a browser page, so besides ``Authorization: Bearer <nøgle>`` it accepts the
same API key through HTTP Basic (any user name, the key as password): the browser asks for it.
"""

from __future__ import annotations

import base64
import binascii
import hmac
import logging
from typing import Annotated
from urllib.parse import urlencode

import msgspec
from litestar import Request, Response, Router, get, post
from litestar.config.app import AppConfig
from litestar.connection import ASGIConnection
from litestar.di import NamedDependency
from litestar.exceptions import NotAuthorizedException, ValidationException
from litestar.handlers import BaseRouteHandler
from litestar.openapi.datastructures import ResponseSpec
from litestar.params import JSONBody, QueryParameter
from litestar.plugins import InitPluginProtocol

from ...engine import Analyzer
from ...insight.config import InsightConfig
from ...insight.events import CLIENTS, MAX_EVENTS, InsightEvent
from ...insight.service import Insight
from ...report import LETTER_TYPES
from ..problems import problem
from ..security import api_key_guard

log = logging.getLogger("borgertekst.insight")

BASIC_CHALLENGE = {"WWW-Authenticate": 'Basic realm="borgertekst indsigt", charset="UTF-8"'}
UNREACHABLE = "Indsigtsdatabasen kan ikke nås lige nu. Prøv igen om lidt."
NO_DEPARTMENT = "(ingen)"  # the filter value for events without a department label


class InsightAccepted(msgspec.Struct):
    accepted: int


class InsightStatus(msgspec.Struct):
    enabled: bool
    max_events: int


def _insight(request: Request) -> Insight:
    return request.app.state.insight


def _rules(analyzer: Analyzer) -> dict:
    return {rule_id: loaded.rule for rule_id, loaded in analyzer.ruleset.rules.items()}


@post("/events", status_code=202, summary="Send hændelser til indsigt",
      description="Hvad medarbejderen gjorde med fundene (vist, brugt, omskrevet, ignoreret) og brevets "
                  f"LIX- og ordinterval, som en liste med højst {MAX_EVENTS} hændelser. Kun faste værdier, "
                  "regel-id'er og intervaller – aldrig tekst; ukendte felter afvises, og regel-id'et skal findes "
                  "i serverens regler (ellers 422). Afdelingen sættes af serveren. Svarer 204 og gemmer "
                  "intet, når indsigt er slået fra (BORGERTEKST_INSIGHT=off).",
      responses={204: ResponseSpec(None, description="Indsigt er slået fra; intet gemt."),
                 422: ResponseSpec(None, description="En hændelse nævner en regel, serveren ikke har, eller "
                                   "mangler et regel-id; intet fra forespørgslen gemmes.")})
async def post_events(data: JSONBody[list[InsightEvent]], request: Request, analyzer: NamedDependency[Analyzer]) -> Response:
    insight = _insight(request)
    if not insight.enabled:
        return Response(None, status_code=204)
    if not 1 <= len(data) <= MAX_EVENTS:
        raise ValidationException(f"Send mellem 1 og {MAX_EVENTS} hændelser ad gangen.")
    rules = _rules(analyzer)
    problems = insight.check(data, rules)
    if problems:
        log.info("insight events refused: problems=%d events=%d", len(problems), len(data))
        return problem(422, "Nogle hændelser kan ikke bruges; intet er gemt.", problems, request)
    accepted = insight.submit(data, rules)
    return Response(msgspec.json.encode(InsightAccepted(accepted=accepted)), status_code=202,
                    media_type="application/json")


@get("/config", summary="Er indsigt slået til?",
     description="Siden og plugins spørger, før de sender hændelser; når `enabled` er false, sender de intet.")
async def insight_config(request: Request) -> InsightStatus:
    return InsightStatus(enabled=_insight(request).enabled, max_events=MAX_EVENTS)


# ---- the staff page ---------------------------------------------------------------------------


def staff_guard(keys: list[str]):
    """The API keys, as Bearer (like /v1) or as the password of HTTP Basic (for the browser)."""
    bearer = api_key_guard(keys)
    encoded = [k.encode() for k in keys]

    def guard(connection: ASGIConnection, handler: BaseRouteHandler) -> None:
        scheme, _, token = connection.headers.get("authorization", "").partition(" ")
        if scheme.lower() == "basic":
            try:
                _, _, password = base64.b64decode(token.strip(), validate=True).decode("utf-8").partition(":")
            except (binascii.Error, UnicodeDecodeError):
                raise NotAuthorizedException(headers=BASIC_CHALLENGE) from None
            if any(hmac.compare_digest(password.encode(), key) for key in encoded):
                return
            raise NotAuthorizedException(headers=BASIC_CHALLENGE)
        try:
            bearer(connection, handler)
        except NotAuthorizedException:
            raise NotAuthorizedException(headers=BASIC_CHALLENGE) from None

    return guard


Weeks = Annotated[int, QueryParameter(ge=1, le=260, description="Antal uger tilbage (standard 12).")]
Department = Annotated[str | None, QueryParameter(max_length=64)]
LetterTypeFilter = Annotated[str | None, QueryParameter(max_length=32)]
ClientFilter = Annotated[str | None, QueryParameter(max_length=16)]


def _filters(uger: int, afdeling: str | None, brevtype: str | None, klient: str | None):
    from ...insight.stats import Filters

    department = None if not afdeling else ("" if afdeling == NO_DEPARTMENT else afdeling)
    letter_type = brevtype if brevtype in LETTER_TYPES else None
    client = klient if klient in CLIENTS else None
    filters = Filters(weeks=uger, department=department, letter_type=letter_type, client=client)
    params = {"uger": uger}
    if department is not None:
        params["afdeling"] = afdeling
    if letter_type:
        params["brevtype"] = letter_type
    if client:
        params["klient"] = client
    return filters, "?" + urlencode(params)


@get("/", sync_to_thread=True, include_in_schema=False)
def insight_page(request: Request, analyzer: NamedDependency[Analyzer], uger: Weeks = 12, afdeling: Department = None,
                 brevtype: LetterTypeFilter = None, klient: ClientFilter = None) -> Response:
    from ...insight import page
    from ...insight.stats import lix_series, rule_stats

    insight = _insight(request)
    filters, query = _filters(uger, afdeling, brevtype, klient)
    store = insight.reader()
    if store is None:
        html = page.render(stats=[], series=[], filters=filters, enabled=False, department="", departments=[],
                           total_events=0, query=query)
    else:
        from sqlalchemy.exc import SQLAlchemyError

        insight.flush(5.0)  # this process's queued events
        try:
            stats = rule_stats(store, filters, _rules(analyzer))
            series = lix_series(store, filters)
            departments = store.values("department")
            total = store.total(**filters.where())
        except SQLAlchemyError as exc:
            log.error("insight database not reachable for /indsigt (%s)", type(exc).__name__)
            return problem(503, UNREACHABLE, request=request)
        html = page.render(stats=stats, series=series, filters=filters, enabled=True,
                           department=insight.config.department, departments=departments,
                           total_events=total, query=query)
    return Response(html, media_type="text/html; charset=utf-8", headers={"cache-control": "no-store"})


def _csv(request: Request, analyzer: Analyzer, which: str, uger, afdeling, brevtype, klient) -> Response:
    from ...insight.stats import lix_csv, lix_series, rule_stats, rules_csv

    insight = _insight(request)
    filters, _ = _filters(uger, afdeling, brevtype, klient)
    store = insight.reader()
    if store is None:
        return problem(404, "Indsigt er slået fra på denne server.", request=request)
    from sqlalchemy.exc import SQLAlchemyError

    insight.flush(5.0)
    try:
        body = (rules_csv(rule_stats(store, filters, _rules(analyzer))) if which == "regler"
                else lix_csv(lix_series(store, filters)))
    except SQLAlchemyError as exc:
        log.error("insight database not reachable for the CSV export (%s)", type(exc).__name__)
        return problem(503, UNREACHABLE, request=request)
    return Response(body.encode("utf-8"), media_type="text/csv; charset=utf-8", headers={
        "content-disposition": f'attachment; filename="indsigt-{which}.csv"', "cache-control": "no-store"})


@get("/regler.csv", sync_to_thread=True, include_in_schema=False)
def rules_export(request: Request, analyzer: NamedDependency[Analyzer], uger: Weeks = 12, afdeling: Department = None,
                 brevtype: LetterTypeFilter = None, klient: ClientFilter = None) -> Response:
    return _csv(request, analyzer, "regler", uger, afdeling, brevtype, klient)


@get("/lix.csv", sync_to_thread=True, include_in_schema=False)
def lix_export(request: Request, analyzer: NamedDependency[Analyzer], uger: Weeks = 12, afdeling: Department = None,
               brevtype: LetterTypeFilter = None, klient: ClientFilter = None) -> Response:
    return _csv(request, analyzer, "lix", uger, afdeling, brevtype, klient)


class InsightPlugin(InitPluginProtocol):
    """Adds insight to the app: ``plugins=[InsightPlugin()]`` in ``create_app``."""

    def __init__(self, config: InsightConfig | None = None):
        self.config = config

    def on_app_init(self, app_config: AppConfig) -> AppConfig:
        settings = app_config.state["settings"]
        insight = Insight(self.config or InsightConfig.from_env())
        app_config.state["insight"] = insight
        v1_guards = [api_key_guard(settings.api_keys)] if settings.api_keys else []
        page_guards = [staff_guard(settings.api_keys)] if settings.api_keys else []
        app_config.route_handlers.extend([
            Router(path="/v1/insight", route_handlers=[post_events, insight_config], guards=v1_guards, tags=["v1"],
                   request_max_body_size=256_000),
            Router(path="/indsigt", route_handlers=[insight_page, rules_export, lix_export], guards=page_guards),
        ])
        app_config.on_startup.append(insight.start)
        app_config.on_shutdown.append(insight.stop)
        return app_config
