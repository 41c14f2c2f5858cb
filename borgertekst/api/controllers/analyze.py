"""``/v1/analyze``, ``/v1/analyze/paragraphs`` and ``/v1/documents``."""

from __future__ import annotations

from typing import Annotated

from anyio import to_thread
from litestar.di import NamedDependency
from litestar.params import FromQuery, JSONBody
from litestar import Request, post
from litestar.enums import RequestEncodingType
from litestar.exceptions import ClientException
from litestar.openapi.datastructures import ResponseSpec
from litestar.params import Body

from ...document import Document, load_docx, utf16_offsets
from ...engine import Analysis, Analyzer
from ...report import Report
from ...rewriting import rewritable_findings
from ..paragraphs import replacement
from ..problems import PROBLEM_JSON
from ..schemas import (LetterType, AnalyzeRequest, AnalyzedFinding, AnalyzedReport, DocumentParagraph, DocumentReport,
                       DocumentUpload, ParagraphsReport, ParagraphsRequest, Problem)


def with_rewritable(analysis: Analysis, report: Report, analyzer: Analyzer) -> AnalyzedReport:
    """The report with ``rewritable`` on each finding (contract 6: a guarded rewrite candidate
    covers that finding's span, worked out from the letter's parse, ``rewritable_findings``)
    and ``replacement``: what "Brug »…«" inserts there (``replacement_for``)."""
    text = analysis.text
    flags = rewritable_findings(analyzer, text, report, analysis.doc)
    u16 = utf16_offsets(text) if any(ord(ch) > 0xFFFF for ch in text) else None
    fields = {name: getattr(report, name) for name in report.__struct_fields__}
    fields["findings"] = [
        AnalyzedFinding(**{name: getattr(f, name) for name in f.__struct_fields__},
                        rewritable=flag, replacement=replacement(f, analyzer, text, 0, u16))
        for f, flag in zip(report.findings, flags)
    ]
    return AnalyzedReport(**fields)


@post("/analyze", status_code=200, sync_to_thread=True, summary="Tjek et brev",
      description="Samme rapport som `borgertekst check --format json`, og ved hvert fund `rewritable`: "
                  "om serverens omskrivning ændrer netop det fund, og `replacement`: det, »Brug« skal sætte "
                  "ind netop dér (forslaget bøjet som ordet i teksten).")
def analyze(data: JSONBody[AnalyzeRequest], analyzer: NamedDependency[Analyzer]) -> AnalyzedReport:
    analysis, report = analyzer.analysis(Document.from_text(data.text), data.letter_type)
    return with_rewritable(analysis, report, analyzer)


@post("/analyze/paragraphs", status_code=200, sync_to_thread=True, summary="Tjek et brev afsnit for afsnit",
      description="Fund pr. afsnit med afsnitsrelative positioner (kodepunkter og UTF-16) og "
                  "fund for hele brevet (struktur, LIX). Uændrede afsnit hentes fra en cache.")
def analyze_paragraphs(data: JSONBody[ParagraphsRequest], analyzer: NamedDependency[Analyzer], request: Request) -> ParagraphsReport:
    return request.app.state.paragraphs.check(analyzer, data)


@post("/", status_code=200, summary="Tjek et Word-dokument (.docx)",
      description="Send filen som multipart/form-data i feltet `file`. Den skal være et Word-dokument (.docx); "
                  "en anden eller beskadiget fil giver 422. Rapporten er som fra /v1/analyze, med afsnittene "
                  "og deres positioner.",
      responses={422: ResponseSpec(Problem, description=(
          "Filen er ikke et brugbart Word-dokument (.docx): en anden filtype, beskadiget, eller den pakker sig "
          "ud til en mistænkelig størrelse."), media_type=PROBLEM_JSON)})
async def analyze_document(
    data: Annotated[DocumentUpload, Body(media_type=RequestEncodingType.MULTI_PART)],
    analyzer: NamedDependency[Analyzer],
    request: Request,
    letter_type: FromQuery[LetterType | None] = None,
) -> DocumentReport:
    upload = data.file
    limit = request.app.state.settings.max_docx_bytes
    content = await upload.read()
    if len(content) > limit:
        raise ClientException(status_code=413, detail="Word-filen er for stor.")
    document = await to_thread.run_sync(load_docx, content)
    name = upload.filename or "dokument.docx"
    analysis, report = await to_thread.run_sync(lambda: analyzer.analysis(document, letter_type, file=name))
    by_paragraph: list[list[int]] = [[] for _ in document.paragraphs]
    for i, f in enumerate(report.findings):
        if 0 <= f.paragraph < len(by_paragraph):
            by_paragraph[f.paragraph].append(i)
    return DocumentReport(
        report=await to_thread.run_sync(with_rewritable, analysis, report, analyzer),
        paragraphs=[DocumentParagraph(i, p.start, p.end, p.text) for i, p in enumerate(document.paragraphs)],
        findings_by_paragraph=by_paragraph,
    )
