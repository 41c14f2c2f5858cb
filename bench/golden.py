"""Golden compare for speed work: the full JSON report of every letter, so a
change that should only make the analysis faster can be shown to leave every
finding (and metric, element status, letter type) exactly as it was.

    .venv/bin/python -m bench.golden snapshot OUT.json   # reports of this tree
    .venv/bin/python -m bench.golden compare A.json B.json

Letters: ``tests/letters``, ``tests/corpus/letters``, and when present
``../shared/data/real-letters`` and ``../shared/data/letters-dev`` (the script
says when they are absent), plus generated letters of 100, 400 and 1,600 words
(``bench/letters.py``). Each letter is analysed whole (``Analyzer.analyze``)
and paragraph by paragraph (``Analyzer.analyze_paragraphs``, the editors'
re-check), so both paths are compared.

Other engineers change rules while this runs: to pin the rules, snapshot two
copies of the tree taken at the same moment (one with the change, one
without) by running with ``PYTHONPATH=<copy>``; the rules are read from the
copy's ``rules/``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import msgspec

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data"


def letters() -> list[tuple[str, str]]:
    import yaml

    from .letters import make_letters

    out: list[tuple[str, str]] = []
    folders = [ROOT / "tests" / "letters", ROOT / "tests" / "corpus" / "letters",
               SHARED / "real-letters", SHARED / "letters-dev"]
    for folder in folders:
        if not folder.is_dir():
            print(f"golden: {folder} is absent; its letters are left out", file=sys.stderr)
            continue
        for path in sorted(folder.rglob("*")):
            name = f"{folder.parent.name}/{folder.name}/{path.relative_to(folder)}"
            if path.suffix == ".txt":
                out.append((name, path.read_text(encoding="utf-8")))
            elif path.suffix == ".yaml":  # tests/corpus: the letter is the file's ``text``
                text = (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get("text")
                if isinstance(text, str):
                    out.append((name, text))
    for words, count in ((100, 20), (400, 40), (1600, 10)):
        out += [(f"generated/{words}/{i}", text) for i, text in enumerate(make_letters(count, words, seed=5))]
    return out


def snapshot() -> dict[str, object]:
    import borgertekst
    from borgertekst.engine import Analyzer

    print(f"golden: borgertekst from {Path(borgertekst.__file__).parent}", file=sys.stderr)
    analyzer = Analyzer()
    out: dict[str, object] = {}
    for name, text in letters():
        report = analyzer.analyze(text, file=name)
        paragraphs = [p for p in text.split("\n\n") if p.strip()]
        para = analyzer.analyze_paragraphs(paragraphs) if paragraphs else None
        out[name] = {
            "report": msgspec.to_builtins(report),
            "paragraphs": None if para is None else {
                "parts": [msgspec.to_builtins(p.findings) for p in para.paragraphs],
                "letter": msgspec.to_builtins(para.letter_findings),
                "element_status": msgspec.to_builtins(para.element_status),
                "letter_type": para.letter_type,
            },
        }
    return out


def compare(a: dict, b: dict) -> int:
    differ = [name for name in a.keys() | b.keys() if a.get(name) != b.get(name)]
    findings = sum(len(v["report"]["findings"]) for v in a.values())
    print(f"golden: {len(a)} letters, {findings} findings; {len(differ)} differ")
    for name in sorted(differ)[:20]:
        print(f"  differs: {name}")
    return 1 if differ else 0


def main(argv: list[str]) -> int:
    if len(argv) == 2 and argv[0] == "snapshot":
        Path(argv[1]).write_text(json.dumps(snapshot(), ensure_ascii=False, sort_keys=True), encoding="utf-8")
        return 0
    if len(argv) == 3 and argv[0] == "compare":
        return compare(*(json.loads(Path(p).read_text(encoding="utf-8")) for p in argv[1:]))
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
