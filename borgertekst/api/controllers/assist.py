"""``/v1/triage`` (incoming message → staircase step) and ``/v1/rewrite`` (TRÆK rewrite)."""


import importlib.util

from litestar.di import NamedDependency
from litestar.params import JSONBody
from litestar import post

from ...document import Document
from ...engine import Analyzer
from ..schemas import RewriteRequest, TriageRequest


def _triage(data: TriageRequest):
    from ...triage import triage

    return triage(Document.from_text(data.text).text)


def _rewrite(data: RewriteRequest, analyzer: Analyzer):
    from ...rewrite import rewrite

    text = Document.from_text(data.text).text
    kwargs = {"only_span": tuple(data.only_span)} if data.only_span is not None else {}
    return rewrite(analyzer, text, data.letter_type, data.rules, **kwargs)


def handlers() -> list:
    out = []
    if importlib.util.find_spec("borgertekst.triage") is not None:
        from ...triage import TriageResult

        def triage_handler(data: JSONBody[TriageRequest]) -> TriageResult:
            return _triage(data)

        out.append(post("/triage", status_code=200, sync_to_thread=True, summary="Triage af en henvendelse",
                        description="Trin på konflikttrappen med modellens sikkerhed (score), begrundelser, tegn i teksten (kodepunkter), råd og "
                                    "forslag til svarskabelon.")(triage_handler))
    if importlib.util.find_spec("borgertekst.rewrite") is not None:
        from ...rewrite import RewriteResult

        def rewrite_handler(data: JSONBody[RewriteRequest], analyzer: NamedDependency[Analyzer]) -> RewriteResult:
            return _rewrite(data, analyzer)

        out.append(post("/rewrite", status_code=200, sync_to_thread=True, summary="Omskriv (TRÆK)",
                        description="Omskrevet tekst og ændringerne (kodepunkter i den oprindelige tekst).")(
            rewrite_handler))
    return out
