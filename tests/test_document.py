"""Input documents: text, .docx, .html, paragraphs, offsets and bad input."""

import io

import pytest

from borgertekst.document import (
    Document, InputError, decode_text, load_bytes, load_docx, load_html, utf16_offsets, utf16_to_codepoint,
)


def _docx(paragraphs: list[str]) -> bytes:
    import docx

    d = docx.Document()
    for p in paragraphs:
        d.add_paragraph(p)
    table = d.add_table(rows=1, cols=1)
    table.cell(0, 0).text = "Tekst i tabel"
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def test_text_paragraphs_have_exact_offsets():
    text = "Kære Ida\n\nTak for din mail.  \nVi svarer snart.\n"
    doc = Document.from_text(text)
    assert [p.text for p in doc.paragraphs] == ["Kære Ida", "Tak for din mail.", "Vi svarer snart."]
    for p in doc.paragraphs:
        assert text[p.start:p.end] == p.text
    assert doc.paragraph_at(text.index("Vi svarer")) == 2


def test_crlf_is_normalised():
    doc = Document.from_text("Hej\r\nmed dig\r\n")
    assert doc.text == "Hej\nmed dig\n"


def test_docx_paragraphs_and_tables():
    doc = load_docx(_docx(["Kære Ida", "", "Tak for din ansøgning."]))
    assert [p.text for p in doc.paragraphs] == ["Kære Ida", "Tak for din ansøgning.", "Tekst i tabel"]
    assert doc.source == "docx"
    for p in doc.paragraphs:
        assert doc.text[p.start:p.end] == p.text


@pytest.mark.parametrize("data", [b"PK\x03\x04broken", b"not a zip at all", _docx(["x"])[:200]])
def test_broken_docx_gives_clear_error(data):
    with pytest.raises(InputError) as err:
        load_docx(data)
    assert "Word" in str(err.value)


def test_html_blocks_become_paragraphs_and_scripts_are_dropped():
    html = "<html><head><title>t</title><script>alert(1)</script></head><body><h1>Afgørelse</h1>" \
           "<p>Du får <b>hjælp</b> til bad.</p><ul><li>Punkt et</li><li>Punkt to</li></ul></body></html>"
    doc = load_html(html.encode())
    assert [p.text for p in doc.paragraphs] == ["Afgørelse", "Du får hjælp til bad.", "Punkt et", "Punkt to"]
    assert "alert" not in doc.text


def test_deeply_nested_html_does_not_exhaust_the_stack():
    html = "<div>" * 5000 + "Dybt inde" + "</div>" * 5000
    doc = load_html(html)
    assert "Dybt inde" in doc.text


def test_decode_text_utf8_cp1252_and_binary():
    assert decode_text("Søren Ærø".encode("utf-8")) == "Søren Ærø"
    assert decode_text("Søren Ærø".encode("cp1252")) == "Søren Ærø"
    with pytest.raises(InputError):
        decode_text(b"\x00\x01\x02binary")


def test_load_bytes_refuses_unsupported_types():
    with pytest.raises(InputError) as err:
        load_bytes(b"%PDF-1.4", "brev.pdf")
    assert ".pdf" in str(err.value)


def test_too_long_text_is_refused():
    with pytest.raises(InputError):
        Document.from_text("a" * 7_000_000)


@pytest.mark.parametrize("text", ["abc", "æøå", "a🙂b", "👍🏽x", "e\u0301a", "🇩🇰 Danmark"])
def test_utf16_table_matches_javascript_length(text):
    table = utf16_offsets(text)
    for i in range(len(text) + 1):
        assert table[i] == len(text[:i].encode("utf-16-le")) // 2
        assert utf16_to_codepoint(text, table[i]) == i
