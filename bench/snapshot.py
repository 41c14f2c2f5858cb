"""What the product says on every regression text in the repo, and what changed between two trees.

    python -m bench.snapshot write OUT.json [--texts DIR]  # this tree's code on DIR's texts (default: this tree's)
    python -m bench.snapshot diff OLD.json NEW.json  # per folder: how many texts changed, and which

The texts are those of ``bench/blind/`` (the measured blind sets of earlier sessions), ``data/lettertypes/`` and
``tests/letters/``:

- a letter (a ``.txt`` file outside the message sets, a line of ``letters.jsonl``): its letter type, its findings
  (rule, start, end, severity) and the panel's status per element;
- a citizen message (``threat*``/``triage*`` sets, a ``msg/`` folder, an ``eval*/messages.tsv`` line): its triage step;
- a tone sentence (a ``tone*`` set's ``.jsonl``, an ``eval*/tone.tsv`` line): the tone rules that flag it, with
  their severity.

Each set's own scorer (see its README) says whether a change is right; this says where the changes are, across
areas: a tone rule that moves panel statuses, a letter-type change that moves klagevejledning findings. Texts are
keyed by file and line, never stored in the output (only hashes of them), so the snapshot holds no letter text.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MESSAGE_SETS = ("threat", "triage")


def _key(root: Path, path: Path, item: str | int | None = None) -> str:
    rel = path.relative_to(root).as_posix()
    return rel if item is None else f"{rel}#{item}"


def _digest(text: str) -> str:
    return hashlib.blake2b(text.encode("utf-8"), digest_size=6).hexdigest()


def collect(root: Path = ROOT) -> dict[str, dict[str, str]]:
    """kind ("letter", "message", "sentence") -> key -> text, from the tree at ``root``."""
    import yaml

    blind = root / "bench" / "blind"

    out: dict[str, dict[str, str]] = {"letter": {}, "message": {}, "sentence": {}}
    for path in sorted(blind.rglob("*")):
        if not path.is_file():
            continue
        top = path.relative_to(blind).parts[0]
        if path.suffix == ".txt" and path.name not in ("FIRSTRUN.txt",) and not path.name.isupper():
            # a message set, or a folder of messages inside another set ("lead11/msg")
            kind = "message" if top.startswith(MESSAGE_SETS) or path.parent.name in ("msg", "messages") else "letter"
            out[kind][_key(root, path)] = path.read_text(encoding="utf-8")
        elif path.suffix == ".yaml" and top.startswith("triage"):
            items = yaml.safe_load(path.read_text(encoding="utf-8"))
            for item in items if isinstance(items, list) else []:
                if isinstance(item, dict) and isinstance(item.get("text"), str):
                    out["message"][_key(root, path, item.get("id"))] = item["text"]
        elif path.suffix == ".jsonl" and top.startswith("tone"):
            for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                item = json.loads(line) if line.strip() else {}
                if isinstance(item.get("text"), str):  # not the letters' index of labelled sentences
                    out["sentence"][_key(root, path, number)] = item["text"]
        elif path.suffix == ".tsv" and top.startswith("eval") and path.stem in ("messages", "tone"):
            with path.open(encoding="utf-8", newline="") as fh:
                for number, row in enumerate(csv.DictReader(fh, delimiter="\t"), 2):
                    text = (row.get("message") or row.get("sentence") or "").replace("\\n", "\n")
                    if text:
                        out["message" if path.stem == "messages" else "sentence"][_key(root, path, number)] = text
    lettertypes = root / "data" / "lettertypes" / "letters.jsonl"
    for line in lettertypes.read_text(encoding="utf-8").splitlines():
        if line.strip():  # keyed by the letter's group and name: lines are added between sessions
            item = json.loads(line)
            out["letter"][_key(root, lettertypes, f"{item.get('group')}/{item.get('name')}")] = item["text"]
    for path in sorted((root / "tests" / "letters").glob("*.txt")):
        out["letter"][_key(root, path)] = path.read_text(encoding="utf-8")
    return out


def write(target: Path, texts_root: Path = ROOT) -> None:
    sys.path.insert(0, str(ROOT))
    from borgertekst.engine import Analyzer
    from borgertekst.triage import triage

    analyzer = Analyzer()
    texts = collect(texts_root)
    result: dict[str, dict] = {}
    for key, text in texts["letter"].items():
        report = analyzer.analyze(text)
        status = {name: getattr(s, "status", None)
                  for name, s in (report.element_status or {}).items()}
        result[key] = {"text": _digest(text), "type": report.letter_type, "panel": status,
                       "findings": sorted([f.rule, f.start, f.end, f.severity] for f in report.findings)}
    for key, text in texts["message"].items():
        result[key] = {"text": _digest(text), "step": triage(text).step}
    for key, text in texts["sentence"].items():
        report = analyzer.analyze(text)
        result[key] = {"text": _digest(text), "tone": sorted({f"{r}:{f.severity}" for f in report.findings
                                                             for r in f.rules if r.startswith("tone.")})}
    target.write_text(json.dumps(result, ensure_ascii=False, sort_keys=True), encoding="utf-8")
    print(f"{target}: {len(texts['letter'])} letters, {len(texts['message'])} messages, "
          f"{len(texts['sentence'])} sentences")


def _folder(key: str) -> str:
    parts = key.split("#")[0].split("/")
    return "/".join(parts[:3]) if parts[:2] == ["bench", "blind"] else "/".join(parts[:-1])


def _what(old: dict, new: dict) -> list[str]:
    changed = []
    for field in ("type", "step", "tone", "panel"):
        if old.get(field) != new.get(field):
            changed.append(field)
    if old.get("findings") != new.get("findings"):
        before = {tuple(f) for f in old.get("findings", [])}
        after = {tuple(f) for f in new.get("findings", [])}
        rules = sorted({f[0] for f in before ^ after})
        changed.append("findings " + ",".join(rules))
    return changed


def diff(old_path: Path, new_path: Path, show: int = 8) -> None:
    old = json.loads(old_path.read_text(encoding="utf-8"))
    new = json.loads(new_path.read_text(encoding="utf-8"))
    by_folder: dict[str, list[str]] = defaultdict(list)
    totals: dict[str, int] = defaultdict(int)
    for key in sorted(set(old) & set(new)):
        totals[_folder(key)] += 1
        if old[key]["text"] != new[key]["text"]:
            by_folder[_folder(key)].append(f"{key}: the text itself changed")
            continue
        what = _what(old[key], new[key])
        if what:
            by_folder[_folder(key)].append(f"{key}: {'; '.join(what)}")
    only = sorted(set(old) ^ set(new))
    print(f"{len(set(old) & set(new))} texts in both; {len(only)} in one only")
    for folder in sorted(totals):
        changes = by_folder.get(folder, [])
        print(f"{folder}: {len(changes)}/{totals[folder]} changed")
        for line in changes[:show]:
            print(f"    {line}")
        if len(changes) > show:
            print(f"    … {len(changes) - show} more")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.snapshot", description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    w = sub.add_parser("write")
    w.add_argument("out", type=Path)
    w.add_argument("--texts", type=Path, default=ROOT, help="the tree whose texts are read (default: this one)")
    d = sub.add_parser("diff")
    d.add_argument("old", type=Path)
    d.add_argument("new", type=Path)
    d.add_argument("--show", type=int, default=8, help="changed texts listed per folder")
    args = parser.parse_args(argv)
    if args.command == "write":
        write(args.out, args.texts.resolve())
    else:
        diff(args.old, args.new, args.show)


if __name__ == "__main__":
    main()
