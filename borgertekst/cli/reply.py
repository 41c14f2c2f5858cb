"""``borgertekst reply --list | NAME (--data FILE | --example) [--format text|html|docx] [--out FILE]``"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import msgspec
import yaml

from . import EXIT_OK, UsageError, write_output


def register(sub) -> None:
    p = sub.add_parser("reply", help="lav et svarbrev ud fra en skabelon")
    p.add_argument("name", nargs="?", metavar="SKABELON")
    p.add_argument("--list", action="store_true", help="vis skabelonerne og deres felter")
    p.add_argument("--data", metavar="FIL", help="data til felterne (.yaml eller .json)")
    p.add_argument("--example", action="store_true", help="brug skabelonens eksempeldata")
    p.add_argument("--format", choices=("text", "html", "docx", "json"), default="text",
                   help="text, html eller docx (json kun med --list)")
    p.add_argument("--out", metavar="FIL", help="skriv brevet til en fil")
    p.set_defaults(func=run)


def _load_data(path: str) -> dict:
    p = Path(path)
    is_json = p.suffix.lower() == ".json"
    try:
        raw = sys.stdin.read() if path == "-" else p.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise UsageError(f"Datafilen {path} findes ikke.") from None
    except UnicodeDecodeError:
        raise UsageError(f"Datafilen {path} er ikke tekst i UTF-8.") from None
    except OSError as exc:
        raise UsageError(f"Kan ikke læse datafilen {path}: {exc.strerror}") from exc
    try:
        data = json.loads(raw) if is_json else yaml.safe_load(raw)
    except (json.JSONDecodeError, yaml.YAMLError) as exc:
        kind = "JSON" if is_json else "YAML"
        raise UsageError(f"Datafilen {path} er ikke gyldig {kind}: {exc}") from exc
    if not isinstance(data, dict):
        raise UsageError(f"Datafilen {path} skal indeholde felter som navn: værdi.")
    return data


def _list(fmt: str) -> int:
    from ..replies import list_templates

    infos = list_templates()
    if fmt == "json":
        sys.stdout.buffer.write(msgspec.json.encode(infos) + b"\n")
        return EXIT_OK
    if fmt != "text":
        raise UsageError("--list kan kun vises som text eller json.")
    for info in infos:
        print(f"{info.name}  –  {info.title}")
        print(f"    {info.description}")
        for f in info.fields:
            need = "påkrævet" if f.required else "valgfri"
            print(f"    {f.name} ({f.type}, {need}): {f.help}")
        print()
    return EXIT_OK


def run(args) -> int:
    from ..replies import TemplateDataError, UnknownTemplate, get_template, render

    if args.list:
        return _list(args.format)
    if not args.name:
        raise UsageError("Skriv navnet på en skabelon, eller brug --list.")
    if args.format == "json":
        raise UsageError("Et brev kan laves som text, html eller docx.")
    if bool(args.data) == bool(args.example):
        raise UsageError("Brug enten --data FIL eller --example.")
    if args.format == "docx" and not args.out:
        raise UsageError("Et .docx-brev skal skrives til en fil: brug --out brev.docx.")
    try:
        data = get_template(args.name).example if args.example else _load_data(args.data)
        result = render(args.name, data, args.format)
    except (UnknownTemplate, TemplateDataError) as exc:
        raise UsageError(str(exc)) from exc
    if write_output(result, args.out):
        print(f"Brevet er skrevet til {args.out}.", file=sys.stderr)
    return EXIT_OK
