"""``/v1/triage`` (incoming message → staircase step) and ``/v1/rewrite`` (TRÆK rewrite)."""

from litestar import post
from litestar.di import NamedDependency
from litestar.params import JSONBody

from ...document import Document
from ...engine import Analyzer
from ...rewrite import RewriteResult, rewrite
from ...triage import TriageResult, triage
from ..schemas import RewriteRequest, TriageRequest


@post("/triage", status_code=200, sync_to_thread=True, summary="Triage af en henvendelse",
      description="Trin på konflikttrappen med modellens sikkerhed (score), begrundelser, tegn i teksten "
                  "(kodepunkter), råd og forslag til svarskabelon.")
def triage_handler(data: JSONBody[TriageRequest]) -> TriageResult:
    return triage(Document.from_text(data.text).text)


@post("/rewrite", status_code=200, sync_to_thread=True, summary="Omskriv (TRÆK)",
      description="Omskrevet tekst og ændringerne (kodepunkter i den oprindelige tekst).")
def rewrite_handler(data: JSONBody[RewriteRequest], analyzer: NamedDependency[Analyzer]) -> RewriteResult:
    text = Document.from_text(data.text).text
    kwargs = {"only_span": tuple(data.only_span)} if data.only_span is not None else {}
    return rewrite(analyzer, text, data.letter_type, data.rules, **kwargs)


def handlers() -> list:
    """The route handlers of this module, for the app's route table."""
    return [triage_handler, rewrite_handler]
