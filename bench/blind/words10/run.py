"""List the word-area findings (klarsprog, fagsprog, stavning) of every letter in a batch folder, one line each:
severity, rule ids, the matched text and the message. Usage: python bench/blind/words10/run.py bench/blind/words10/words10b"""
import pathlib
import sys

from borgertekst.engine import default_analyzer

AREA = ("klarsprog.", "fagsprog.", "stavning.")


def main(folder: pathlib.Path, only: str | None = None) -> None:
    analyzer = default_analyzer()
    for path in sorted(folder.glob("[0-9][0-9].txt")):
        if only and path.stem != only:
            continue
        text = path.read_text(encoding="utf-8")
        print(f"=== {path.stem}")
        for f in analyzer.analyze(text).findings:
            rules = [r for r in f.rules if r.startswith(AREA)]
            if not rules:
                continue
            frag = text[f.start:f.end].replace("\n", " ")
            if len(frag) > 70:
                frag = frag[:33] + " … " + frag[-33:]
            print(f"  {f.severity:8} {','.join(rules):40} [{frag}]  {f.message[:90]}")


if __name__ == "__main__":
    main(pathlib.Path(sys.argv[1]), sys.argv[2] if len(sys.argv) > 2 else None)
