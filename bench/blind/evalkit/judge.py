"""Fill a set's ``judgements.yaml`` with the findings of a run that are not judged yet.

    python bench/blind/evalkit/judge.py --set bench/blind/eval12 OUT

``OUT/tojudge.yaml`` (written by ``score.py``) lists the run's error and warning findings. A finding already judged
keeps its verdict; a new one is judged by the set's hand judgements (``judging.yaml`` beside the set: letter, rule,
optionally a piece of the finding's text, verdict and note) and then by the policy below, which EVAL reviewed on
eval11, eval12 and eval13. What neither decides stays ``?`` and is printed: a person judges it by hand in ``judgements.yaml``.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

import yaml

from evalset import SET, labels as set_labels  # noqa: E402  (--set DIR)

# officialese and De-form findings name words that are in the letter
_WORD_RULES = ("klarsprog.kancellisprog", "klarsprog.kancellisprog-vendinger", "klarsprog.tiltale")
# element findings judged from the letter's label: present / not-needed means the finding is wrong
_ELEMENT_LABEL = {"struktur.kontakt": "contact", "struktur.naeste-skridt": "next_step",
                  "struktur.begrundelse": "begrundelse"}
_ELEMENT_NOTE = {"struktur.kontakt": ("no phone/mail", "contact is given"),
                 "struktur.naeste-skridt": ("", "next step is given"),
                 "struktur.begrundelse": ("", "reasons are given")}


def hand_judgements() -> tuple[list[dict], str]:
    """The set's hand judgements and the verdict on an element finding where the element is labelled weak: a list
    (eval11, eval12: weak counts as right), or ``{weak: borderline, hand: [...]}`` (eval13)."""
    path = SET / "judging.yaml"
    data = (yaml.safe_load(path.read_text(encoding="utf-8")) or []) if path.exists() else []
    if isinstance(data, dict):
        return data.get("hand") or [], data.get("weak", "right")
    return data, "right"


def policy(label: dict, rule: str, text: str, msg: str, hand: list[dict], weak: str = "right") -> tuple[str, str]:
    """(verdict, note) for one finding: right / wrong / borderline, or ``?`` when a person must judge it."""
    for entry in hand:
        if entry["letter"] == label["id"] and entry["rule"] == rule and entry.get("contains", "") in text:
            return entry["j"], entry["note"]
    if rule in _WORD_RULES:
        return "right", "officialese / De-form really there"
    if rule == "klarsprog.lix":
        m = re.search(r"LIX (?:på )?([\d.,]+)", msg)
        return ("right", "LIX over 40") if m and float(m.group(1).replace(",", ".")) > 40 else ("?", "")
    if rule == "klarsprog.lange-saetninger":
        m = re.search(r"har (\d+) ord", msg)
        return ("right", "sentence over 25 words") if m and int(m.group(1)) > 25 else ("?", "")
    if rule == "struktur.klagevejledning":
        if not label["decision"]:
            return "wrong", "no decision in the letter"
        if label["kv"] in ("missing", "incomplete"):
            said_missing = "mangler klagevejledning" in msg.lower()
            if (label["kv"] == "missing") == said_missing:
                return "right", f"kv {label['kv']}"
            return "borderline", f"kv {label['kv']} but finding says {'missing' if said_missing else 'incomplete'}"
        if label.get("kv_borderline"):
            return "borderline", f"kv labelled {label['kv']} (borderline)"
        return "wrong", f"kv is {label['kv']}"
    if rule in _ELEMENT_LABEL:
        right, wrong = _ELEMENT_NOTE[rule]
        value = label[_ELEMENT_LABEL[rule]]
        if value == "weak" and weak != "right":
            return weak, f"{_ELEMENT_LABEL[rule]} labelled weak"
        return ("right", right) if value in ("missing", "weak") else ("wrong", wrong)
    return "?", ""


def main() -> None:
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    out = Path(sys.argv[1])
    by_id = {label["id"]: label for label in set_labels()}
    hand, weak = hand_judgements()
    found = yaml.safe_load((out / "tojudge.yaml").read_text(encoding="utf-8")) or {}
    path = SET / "judgements.yaml"
    judged = (yaml.safe_load(path.read_text(encoding="utf-8")) or {}) if path.exists() else {}
    todo = 0
    for key, finding in found.items():
        if key in judged and judged[key]["j"] != "?":
            continue
        letter, rule, text = key.split("|", 2)
        verdict, note = policy(by_id[letter], rule, text, finding["msg"], hand, weak)
        judged[key] = {"j": verdict, "note": note, "sev": finding["sev"], "msg": finding["msg"]}
        print("NEW", verdict, letter, rule, finding["sev"], "»" + text[:60].replace("\n", " ") + "«", "|",
              finding["msg"][:110])
        if verdict == "?":
            todo += 1
            print("TODO", letter, rule, finding["sev"], text[:80].replace("\n", " "), "|", finding["msg"][:120], "|",
                  finding.get("ctx", "")[:200])
    path.write_text(yaml.safe_dump(judged, allow_unicode=True, sort_keys=False, width=200), encoding="utf-8")
    print("todo", todo)


if __name__ == "__main__":
    main()
