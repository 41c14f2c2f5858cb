"""Request and response bodies (msgspec structs; OpenAPI comes from these)."""

from __future__ import annotations

from typing import Annotated, Literal

import msgspec
from litestar.datastructures import UploadFile

from ..report import ElementStatus, Finding, Metrics, Report

from ..vocabulary import LetterType  # noqa: E402,F401 (one list of letter types)
Text = Annotated[str, msgspec.Meta(description="Brevets tekst")]


class AnalyzeRequest(msgspec.Struct, forbid_unknown_fields=True):
    text: Text
    letter_type: LetterType | None = None


class ParagraphIn(msgspec.Struct, forbid_unknown_fields=True):
    id: Annotated[str, msgspec.Meta(max_length=200)]
    text: str


class ParagraphsRequest(msgspec.Struct, forbid_unknown_fields=True):
    paragraphs: Annotated[list[ParagraphIn], msgspec.Meta(max_length=5000)]
    letter_type: LetterType | None = None


class ParagraphOccurrence(msgspec.Struct, kw_only=True):
    """Another place of the same word (same rule) in the paragraph, relative to the paragraph."""

    start: int
    end: int
    start_utf16: int
    end_utf16: int


def _doc(text: str) -> msgspec.Meta:
    return msgspec.Meta(description=text)


class Replacement(msgspec.Struct, kw_only=True):
    """What "Brug »…«" puts in the letter for a finding's own place (``rewriting.replacement_for``):
    the first suggestion inflected to the matched form, with the word before it made to agree
    (din/dit/dine, en/et), and checked by the rewrite's guard. ``start``/``end`` may begin before
    the finding (at that word); offsets as the finding's (code points and UTF-16)."""

    start: int
    end: int
    start_utf16: int
    end_utf16: int
    text: Annotated[str, _doc("Teksten, der skal stå i stedet for [start, end).")]


REPLACEMENT_DOC = _doc(
    "Det, »Brug« skal sætte ind netop her: første forslag bøjet som ordet i teksten (og et 'din/dit', 'en/et' "
    "foran gjort til at passe), kontrolleret som serverens omskrivning. Kan begynde før fundet; brug dens "
    "positioner. Mangler, når forslaget er et råd, ikke passer her, eller kontrollen afviser ændringen.")


class ParagraphFinding(msgspec.Struct, kw_only=True, omit_defaults=True):
    """A finding with offsets relative to its paragraph (code points and UTF-16).

    Fields with a default are left out of the JSON when they hold it: a client must treat
    ``suggestions``, ``explanation``, ``protects``, ``link``, ``also_rules`` and
    ``occurrences`` as optional (e.g. an unknown word without a dictionary suggestion has
    no ``suggestions``)."""

    rule: str
    category: str
    severity: str
    start: int
    end: int
    start_utf16: int
    end_utf16: int
    text: str
    message: str
    replaceable: Annotated[bool, _doc(
        "Sand, når forslagene er erstatningstekst; falsk, når de er råd til skribenten. "
        "Sæt replacement ind (bøjet og kontrolleret til netop dette sted), ikke suggestions[0] rå; "
        "mangler replacement, kunne forslaget ikke passes sikkert ind her og skal vises som råd. "
        "Et forslag med pladsholdere ([dato], <navn>, …) skal udfyldes, før det sættes ind.")]
    rewritable: Annotated[bool, _doc(
        "Sand, når reglen tilbyder en omskrivning af fundet, og erstatningen passer ind på stedet i afsnittet "
        "(samme kontrol af ordklasse, bøjning og sammenhæng som omskrivningen). Om afsnittets omskrivning faktisk ændrer "
        "fundet, svarer /v1/rewrite/spans (afsnittets tekst og brevtype); vis først knappen, når et af "
        "dens steder rører fundet. Genkontrollen kører ikke selve omskrivningen.")]
    count: Annotated[int, _doc("Antal steder i afsnittet: dette og dem i occurrences.")] = 1
    replacement: Annotated[Replacement | None, REPLACEMENT_DOC] = None
    suggestions: Annotated[list[str], _doc("Forslag eller råd; mangler, når der ingen er.")] = []
    explanation: Annotated[str, _doc("Hvorfor; mangler, når reglen ikke har en forklaring.")] = ""
    protects: Annotated[list[str], _doc("De elementer af processuel retfærdighed, fundet vedrører; kan mangle.")] = []
    link: Annotated[str, _doc("Læs mere; mangler, når reglen ikke har et link.")] = ""
    also_rules: Annotated[list[str], _doc("Andre regler, der finder præcis det samme sted; mangler, når der ingen er.")] = []
    occurrences: Annotated[list[ParagraphOccurrence], _doc(
        "De andre steder i afsnittet med samme ord og samme regel; mangler, når der ingen er.")] = []


class LetterFinding(ParagraphFinding, kw_only=True):
    """A letter-level finding (structure, LIX), placed in the paragraph it concerns."""

    paragraph_id: str


class ParagraphResult(msgspec.Struct, kw_only=True):
    id: str
    findings: list[ParagraphFinding]
    cached: bool


class CacheStats(msgspec.Struct, kw_only=True):
    hits: int
    misses: int


class ParagraphsReport(msgspec.Struct, kw_only=True):
    letter_type: str
    letter_type_detected: str
    metrics: Metrics
    elements: dict[str, bool]
    # covered / weak / missing with the reason, per element, from what the letter does
    element_status: dict[str, ElementStatus] = {}
    paragraphs: list[ParagraphResult]
    letter_findings: list[LetterFinding]
    notices: list[str] = []
    cache: CacheStats


class AnalyzedFinding(Finding, kw_only=True, omit_defaults=True):
    """A finding of /v1/analyze and /v1/documents: the CLI's finding plus ``rewritable``.

    Fields with a default are left out of the JSON when they hold it (``suggestions``,
    ``explanation``, ``protects``, ``link``, ``also_rules``, ``occurrences`` …): clients
    treat them as optional."""

    rewritable: Annotated[bool, _doc(
        "Sand, når serverens omskrivning (/v1/rewrite med only_span) ændrer netop dette fund.")]
    replacement: Annotated[Replacement | None, REPLACEMENT_DOC] = None


class AnalyzedReport(Report, kw_only=True):
    """The report of ``borgertekst check --format json``, each finding with ``rewritable``."""

    findings: list[AnalyzedFinding]


class Health(msgspec.Struct, omit_defaults=True):
    # "ok", or "refused" when changed rule files were refused (the last good set serves)
    status: str
    # the rule set the answering server process serves (a hash of its files) and that process
    rules_hash: str
    worker: int
    # details, only with a valid API key (or on a server without keys, which listens on loopback only):
    # the number of rules in service, the Danish lint messages (file:line) of a refused change,
    # and how many rule sets this process has put in service
    rules: int | None = None
    rules_error: str | None = None
    generation: int | None = None


DOCX_MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


class DocumentUpload(msgspec.Struct):
    """The multipart body of /v1/documents (other form fields are ignored)."""

    file: Annotated[UploadFile, msgspec.Meta(
        description="Word-dokumentet (.docx). En fil, der ikke er et Word-dokument, giver 422.",
        # Litestar copies "extra" into the generated OpenAPI schema of the field
        extra_json_schema={"extra": {"content_media_type": DOCX_MEDIA_TYPE}},
    )]


class DocumentParagraph(msgspec.Struct):
    index: int
    start: int
    end: int
    text: str


class DocumentReport(msgspec.Struct, kw_only=True):
    """``report`` as from /v1/analyze (each finding has ``paragraph``); the paragraphs
    with their offsets so a finding can be placed in the Word document."""

    report: Report
    paragraphs: list[DocumentParagraph]
    findings_by_paragraph: list[list[int]]


class RuleSummary(msgspec.Struct, kw_only=True):
    id: str
    type: str
    category: str
    severity: str
    message: str
    explanation: str = ""
    protects: list[str] = []
    link: str = ""
    enabled: bool = True
    applies_to: list[str] = []


Position = Annotated[int, msgspec.Meta(ge=0, description="Position i teksten i kodepunkter, fra 0")]
Span = Annotated[tuple[Position, Position] | None, msgspec.Meta(description=(
    "Omskriv kun her: [start, slut] som positioner i teksten i kodepunkter (et linjeskift tæller som ét tegn, "
    "også \\r\\n). "
    "Rækkefølgen er ligegyldig: [9, 4] er det samme som [4, 9]. Er start og slut ens, gælder det den ændring, "
    "der dækker positionen. Et spænd, der går ud over teksten, er tilladt; uden for teksten er der intet at "
    "omskrive."
))]


class RewriteRequest(msgspec.Struct, forbid_unknown_fields=True):
    text: str
    letter_type: LetterType | None = None
    rules: list[str] | None = None
    only_span: Span = None


class TriageRequest(msgspec.Struct, forbid_unknown_fields=True):
    text: str


class RenderRequest(msgspec.Struct, forbid_unknown_fields=True):
    # The fields depend on the template in the path, which a request-body schema cannot
    # refer to; GET /v1/templates/{name} lists them and the 422 names each problem.
    data: Annotated[dict, msgspec.Meta(description=(
        "Skabelonens felter som navn: værdi. Hvilke felter skabelonen har, deres type, og hvilke der skal "
        "udfyldes, står i GET /v1/templates/{name} (`fields`), og `example` er et udfyldt eksempel. "
        "Manglende, ukendte eller forkerte felter giver 422 med én fejl pr. felt i `errors`."
    ))]
    format: Literal["text", "html", "docx"] = "text"


class Problem(msgspec.Struct, omit_defaults=True):
    """RFC 9457 problem details."""

    type: str
    title: str
    status: int
    detail: str
    instance: str = ""
    errors: list[str] = []


# The JSON request bodies: msgspec decodes them, so their OpenAPI schemas are msgspec's.
JSON_REQUEST_BODIES = (AnalyzeRequest, ParagraphsRequest, RewriteRequest, TriageRequest, RenderRequest)
