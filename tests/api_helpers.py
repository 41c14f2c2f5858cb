"""Shared pieces of the API tests: a client factory and a real bad letter."""

from __future__ import annotations

import io

BAD_LETTER = """Kære Hans Jensen

Vedrørende Deres ansøgning om hjælp til merudgifter.

De skal være opmærksom på, at ansøgningen er blevet behandlet af forvaltningen, og at der i henhold til servicelovens § 41 ikke kan bevilges hjælp, idet betingelserne ikke er opfyldt, hvorfor ansøgningen hermed afslås.

Du har ikke indsendt den dokumentation, som du skulle. Vi gør opmærksom på, at sagen vil blive lukket, hvis du ikke reagerer.

Med venlig hilsen
Sagsbehandler
"""


def client(**settings):
    from litestar.testing import TestClient

    from borgertekst.api import Settings, create_app

    return TestClient(create_app(Settings(**settings)))


def docx_bytes(paragraphs: list[str]) -> bytes:
    import docx

    d = docx.Document()
    for p in paragraphs:
        d.add_paragraph(p)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()
