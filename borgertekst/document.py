"""Input documents: plain text, .docx and .html become one analysable text.

A ``Document`` holds the text that every offset refers to, split into paragraphs
with their code-point offsets. Loading never logs or keeps the letter anywhere
else than in the returned object.
"""

from __future__ import annotations

import io
import re
import zipfile
from html.parser import HTMLParser
from dataclasses import dataclass, field
from pathlib import Path

# Limits that protect the process from hostile input. Texts up to this size
# are analysed; beyond it the caller gets a clear error. 1,000,000 is also
# spaCy's nlp.max_length; such a text takes about 20 s (bench/RESULTS.md).
MAX_TEXT_CHARS = 1_000_000
MAX_DOCX_BYTES = 20_000_000
MAX_DOCX_UNCOMPRESSED = 60_000_000
MAX_DOCX_RATIO = 200  # uncompressed/compressed per member, against zip bombs


class InputError(ValueError):
    """Unusable input. ``str(err)`` is a one-line Danish reason for the user."""


@dataclass(frozen=True)
class Paragraph:
    start: int
    end: int
    text: str


@dataclass
class Document:
    text: str
    paragraphs: list[Paragraph] = field(default_factory=list)
    source: str = "text"

    @classmethod
    def from_paragraphs(cls, paragraphs: list[str], source: str = "text") -> "Document":
        """Join paragraphs with a blank line; offsets refer to the joined text."""
        parts: list[Paragraph] = []
        pos = 0
        pieces: list[str] = []
        for i, para in enumerate(paragraphs):
            if i:
                pieces.append("\n\n")
                pos += 2
            parts.append(Paragraph(pos, pos + len(para), para))
            pieces.append(para)
            pos += len(para)
        return cls("".join(pieces), parts, source)

    @classmethod
    def from_text(cls, text: str, source: str = "text") -> "Document":
        if len(text) > MAX_TEXT_CHARS:
            raise InputError(
                f"Teksten er for lang ({len(text):,} tegn); grænsen er {MAX_TEXT_CHARS:,} tegn."
            )
        text = text.replace("\r\n", "\n").replace("\r", "\n")
        return cls(text, split_paragraphs(text), source)

    def paragraph_at(self, offset: int) -> int:
        """Index of the paragraph that holds ``offset`` (the nearest one before it)."""
        lo, hi = 0, len(self.paragraphs) - 1
        best = 0
        while lo <= hi:
            mid = (lo + hi) // 2
            if self.paragraphs[mid].start <= offset:
                best = mid
                lo = mid + 1
            else:
                hi = mid - 1
        return best


_PARA_SPLIT = re.compile(r"\n\s*\n|\n")


def split_paragraphs(text: str) -> list[Paragraph]:
    """Each non-empty line is a paragraph: letters put headings, list items and
    greetings on lines of their own, and editors send one paragraph per line."""
    paragraphs: list[Paragraph] = []
    pos = 0
    for m in _PARA_SPLIT.finditer(text):
        _append_stripped(paragraphs, text, pos, m.start())
        pos = m.end()
    _append_stripped(paragraphs, text, pos, len(text))
    return paragraphs


def _append_stripped(out: list[Paragraph], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Paragraph(start, end, text[start:end]))


def decode_text(data: bytes) -> str:
    """Decode bytes as UTF-8 (with or without BOM), falling back to cp1252, which
    is what Danish Windows tools write. Binary data is refused."""
    if b"\x00" in data[:4096]:
        raise InputError("Filen ser ud til at være binær, ikke tekst.")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError as exc:
            raise InputError("Teksten er hverken UTF-8 eller Windows-1252 og kan ikke læses.") from exc
    if _mostly_controls(text[:4096]):
        raise InputError("Filen ser ud til at være binær, ikke tekst.")
    return text


def _mostly_controls(sample: str) -> bool:
    """More than a few stray control characters (beyond line breaks, tabs and
    page breaks), and more than 1 % of the text: not a letter."""
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\n\r\t\f\v")
    return controls > 8 and controls * 100 > len(sample)


def load_docx(data: bytes) -> Document:
    """Paragraphs of a .docx body (tables included, row by row)."""
    if len(data) > MAX_DOCX_BYTES:
        raise InputError(f"Word-filen er for stor; grænsen er {MAX_DOCX_BYTES // 1_000_000} MB.")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            total = 0
            for info in zf.infolist():
                total += info.file_size
                ratio = info.file_size / max(info.compress_size, 1)
                if total > MAX_DOCX_UNCOMPRESSED or (info.file_size > 1_000_000 and ratio > MAX_DOCX_RATIO):
                    raise InputError("Word-filen pakker sig ud til en mistænkelig størrelse (zip-bombe) og afvises.")
            if "word/document.xml" not in zf.namelist():
                raise InputError("Filen er ikke et gyldigt Word-dokument (word/document.xml mangler).")
    except zipfile.BadZipFile as exc:
        raise InputError("Filen er ikke et gyldigt Word-dokument (.docx); den kan være beskadiget.") from exc
    try:
        import docx  # python-docx

        document = docx.Document(io.BytesIO(data))
        paragraphs: list[str] = []
        for block in document.element.body.iterchildren():
            tag = block.tag.rsplit("}", 1)[-1]
            if tag == "p":
                paragraphs.append(_docx_paragraph_text(block))
            elif tag == "tbl":
                for cell in block.iter("{*}tc"):
                    for p in cell.iter("{*}p"):
                        paragraphs.append(_docx_paragraph_text(p))
    except InputError:
        raise
    except Exception as exc:  # python-docx raises many kinds on broken XML
        raise InputError("Word-dokumentet kan ikke læses; det kan være beskadiget.") from exc
    return Document.from_paragraphs([p.strip() for p in paragraphs if p.strip()], source="docx")


def _docx_paragraph_text(p) -> str:
    out: list[str] = []
    for node in p.iter():
        tag = node.tag.rsplit("}", 1)[-1]
        if tag == "t" and node.text:
            out.append(node.text)
        elif tag == "tab":
            out.append("\t")
        elif tag in ("br", "cr"):
            out.append(" ")
    return "".join(out)


_BLOCK_TAGS = {
    "p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "br", "tr", "td", "th",
    "section", "article", "blockquote", "pre", "ul", "ol", "table", "header", "footer",
}


_SKIP_TAGS = {"script", "style", "template", "noscript", "head", "title"}


class _TextExtractor(HTMLParser):
    """Streaming: no tree is built, so nesting depth cannot exhaust anything."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[str] = []
        self.current: list[str] = []
        self.skip = 0

    def flush(self) -> None:
        line = " ".join("".join(self.current).split())
        if line:
            self.blocks.append(line)
        self.current.clear()

    def handle_starttag(self, tag, attrs) -> None:
        if tag in _SKIP_TAGS:
            self.skip += 1
        elif tag in _BLOCK_TAGS:
            self.flush()

    def handle_startendtag(self, tag, attrs) -> None:
        if tag in _BLOCK_TAGS:
            self.flush()

    def handle_endtag(self, tag) -> None:
        if tag in _SKIP_TAGS:
            self.skip = max(0, self.skip - 1)
        elif tag in _BLOCK_TAGS:
            self.flush()

    def handle_data(self, data) -> None:
        if not self.skip:
            self.current.append(data)


def load_html(data: bytes | str) -> Document:
    """Visible text of an HTML page, one paragraph per block element."""
    raw = data if isinstance(data, str) else decode_text(data)
    if len(raw) > MAX_TEXT_CHARS * 2:
        raise InputError(f"HTML-filen er for stor; grænsen er {MAX_TEXT_CHARS * 2:,} tegn.")
    parser = _TextExtractor()
    parser.feed(raw)
    parser.close()
    parser.flush()
    return Document.from_paragraphs(parser.blocks, source="html")


def load_bytes(data: bytes, name: str = "") -> Document:
    """Pick the reader by file name, falling back on the content's magic bytes."""
    suffix = Path(name).suffix.lower()
    if suffix == ".docx" or (not suffix and data[:2] == b"PK"):
        return load_docx(data)
    if suffix in (".html", ".htm") or (not suffix and data.lstrip()[:15].lower().startswith((b"<!doctype html", b"<html"))):
        return load_html(data)
    if suffix in (".doc", ".pdf", ".odt", ".rtf"):
        raise InputError(f"Filtypen {suffix} understøttes ikke; brug .txt, .docx eller .html.")
    if data[:2] == b"PK":
        raise InputError("Filen ser ud til at være et zip-arkiv, ikke tekst; brug .txt, .docx eller .html.")
    return Document.from_text(decode_text(data))


def load_path(path: str | Path) -> Document:
    p = Path(path)
    try:
        size = p.stat().st_size
        if size > max(MAX_DOCX_BYTES, MAX_TEXT_CHARS * 4):
            raise InputError(f"{p.name}: filen er for stor ({size:,} bytes).")
        data = p.read_bytes()
    except FileNotFoundError as exc:
        raise InputError(f"{p}: filen findes ikke.") from exc
    except IsADirectoryError as exc:
        raise InputError(f"{p}: er en mappe, ikke en fil.") from exc
    except PermissionError as exc:
        raise InputError(f"{p}: filen kan ikke læses (ingen adgang).") from exc
    return load_bytes(data, p.name)


def utf16_offsets(text: str) -> list[int]:
    """Prefix table: ``table[i]`` is the UTF-16 offset of code point ``i``.

    JavaScript strings count UTF-16 code units; characters outside the BMP
    (emoji) take two units there and one code point in Python."""
    table = [0] * (len(text) + 1)
    units = 0
    for i, ch in enumerate(text):
        table[i] = units
        units += 2 if ord(ch) > 0xFFFF else 1
    table[len(text)] = units
    return table


def utf16_to_codepoint(text: str, utf16_offset: int) -> int:
    units = 0
    for i, ch in enumerate(text):
        if units >= utf16_offset:
            return i
        units += 2 if ord(ch) > 0xFFFF else 1
    return len(text)
