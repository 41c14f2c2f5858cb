"""Every letter of a corpus of real and realistic letters pasted into the web page: no error
state, every finding of the server's answer listed, every highlight on its finding's words, and
the overlay lying exactly over the textarea.

Corpora: the letters in the repository (tests/letters/, and QUALITY's tests/corpus/letters/ when
it is there), and the real municipal letters in ../shared/data/real-letters/ when that folder is
present (CI has it beside the clone; a plain clone skips that part and says so)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from .conftest import until

pytestmark = pytest.mark.e2e

ROOT = Path(__file__).resolve().parents[2]
REPO_CORPORA = [ROOT / "tests" / "letters", ROOT / "tests" / "corpus" / "letters"]


def _real_letters_dir() -> Path | None:
    for candidate in (os.environ.get("BORGERTEKST_REAL_LETTERS"), ROOT.parent / "shared" / "data" / "real-letters",
                      Path("/work/shared/data/real-letters")):
        if candidate and Path(candidate).is_dir():
            return Path(candidate)
    return None


def _letters(folder: Path) -> list[Path]:
    return sorted(p for p in folder.glob("*.txt") if p.is_file())


REPO_LETTERS = [p for folder in REPO_CORPORA if folder.is_dir() for p in _letters(folder)]

# What the page knows about each listed finding and each highlight (UTF-16 offsets).
STATE_JS = """() => {
  const editor = document.querySelector('#editor');
  const text = editor.value;
  const items = [...document.querySelectorAll('#findings li.finding')].map((li) => ({
    index: Number(li.dataset.index),
    quote: li.querySelector('.quote').textContent,
    places: li.dataset.places.split(' ').filter(Boolean).map((p) => p.split('-').map(Number)),
  }));
  const marks = [];
  let pos = 0;
  const layer = document.querySelector('.bt-layer');
  for (const node of layer.childNodes) {
    const len = node.textContent.length;
    if (node.nodeName === 'MARK') marks.push({ index: Number(node.dataset.index), from: pos, to: pos + len, text: node.textContent });
    pos += len;
  }
  const field = editor.getBoundingClientRect(), back = document.querySelector('.bt-backdrop').getBoundingClientRect();
  return {
    text, items, marks, layerText: layer.textContent,
    status: document.querySelector('#status').textContent,
    errorState: document.querySelectorAll('#findings .error-state').length,
    rects: [field.x, field.y, field.width, field.height, back.x, back.y, back.width, back.height],
    // the width the text wraps in: client width (with a scrollbar taken off) less the padding
    contentWidths: [editor, document.querySelector('.bt-backdrop')].map((e) => {
      const cs = getComputedStyle(e);
      return e.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight);
    }),
  };
}"""


def _total(body: dict) -> int:
    return sum(len(p["findings"]) for p in body["paragraphs"]) + len(body["letter_findings"])


def check_letter(page, server_url, path: Path) -> int:
    text = path.read_text(encoding="utf-8").replace("\r\n", "\n")
    page.goto(server_url + "/")
    with page.expect_response(lambda r: r.url.endswith("/v1/analyze/paragraphs"), timeout=60_000) as info:
        page.fill("#editor", text)
    response = info.value
    assert response.status == 200, f"{path.name}: the server answered {response.status}"
    body = response.json()
    total = _total(body)
    until(page, "/^\\d+ fund\\./.test(document.querySelector('#status').textContent)", timeout=30)
    state = page.evaluate(STATE_JS)
    name = path.name
    assert state["errorState"] == 0 and "galt" not in state["status"], f"{name}: error state: {state['status']}"
    assert state["status"] == f"{total} fund.", f"{name}: {state['status']} for {total} findings"
    # every finding of the answer is listed, and its places are its words in the letter
    assert len(state["items"]) == total, f"{name}: {len(state['items'])} listed of {total}"
    by_index = {}
    for item in state["items"]:
        by_index[item["index"]] = item
        (start, end), *_ = item["places"]
        words = state["text"][start:end] if not _has_astral(state["text"]) else None
        quote = item["quote"].strip("»«")
        if words is not None:
            assert words.startswith(quote.removesuffix(" …")), f"{name}: »{quote}« listed, letter has »{words}«"
    # the overlay holds exactly the letter, and every highlight lies inside a place of its finding
    assert state["layerText"] == state["text"] + "\n", f"{name}: overlay text differs from the letter"
    for mark in state["marks"]:
        item = by_index.get(mark["index"])
        assert item is not None, f"{name}: a highlight of a finding that is not listed"
        assert any(a <= mark["from"] and mark["to"] <= b for a, b in item["places"]), \
            f"{name}: highlight »{mark['text']}« outside its finding {item['quote']}"
    short = [i for i in state["items"] if i["places"][0][1] - i["places"][0][0] <= 120]
    marked = {m["index"] for m in state["marks"]}
    # a short finding is highlighted unless shorter findings cover all of it
    for item in short:
        if item["index"] not in marked:
            a, b = item["places"][0]
            covered = all(any(m["from"] <= x < m["to"] for m in state["marks"]) for x in range(a, b))
            assert covered, f"{name}: {item['quote']} has no highlight"
    # the overlay lies over the textarea and wraps the same way
    fx, fy, fw, fh, bx, by, bw, bh = state["rects"]
    assert abs(fx - bx) < 0.5 and abs(fy - by) < 0.5 and abs(fw - bw) < 0.5 and abs(fh - bh) < 0.5, state["rects"]
    assert abs(state["contentWidths"][0] - state["contentWidths"][1]) < 0.5, state["contentWidths"]
    assert not page.errors, f"{name}: {page.errors}"
    return total


def _has_astral(text: str) -> bool:
    # JS offsets are UTF-16; the Python slice above is only valid without astral characters
    return any(ord(c) > 0xFFFF for c in text)


@pytest.mark.parametrize("path", REPO_LETTERS, ids=[p.name for p in REPO_LETTERS])
def test_repository_letter_in_the_page(page, server_url, path):
    check_letter(page, server_url, path)


def test_repository_corpus_is_there():
    assert len(REPO_LETTERS) >= 5, "tests/letters should hold the repository's sample letters"


def test_real_letters_in_the_page(page, server_url):
    folder = _real_letters_dir()
    if folder is None:
        pytest.skip("../shared/data/real-letters is not beside this clone (CI has it); the repository's letters ran above")
    letters = _letters(folder)
    assert letters, f"no .txt letters in {folder}"
    failures = []
    found = 0
    for path in letters:
        try:
            found += check_letter(page, server_url, path)
        except AssertionError as exc:  # collect all, so one run names every broken letter
            failures.append(f"{path.name}: {exc}")
            page.errors.clear()
    assert not failures, "\n".join(failures)
    assert found > 0
