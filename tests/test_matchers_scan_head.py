"""The phrases scan puts ``\\b`` before a pattern whose every match starts with a word character
(``literals.starts_with_word``): starts inside a word are turned away at once instead of running
the pattern from every letter. Only starts the scan drops anyway (``_after_boundary``) may go."""

from __future__ import annotations

from pathlib import Path

import pytest
import regex
import yaml

from borgertekst.matchers.literals import starts_with_word
from borgertekst.matchers.phrases import _after_boundary, compile_scan
from borgertekst.rulebook import load_ruleset

CORPUS = Path(__file__).parent / "corpus" / "letters"


@pytest.mark.parametrize("pattern", [
    r"\w++(?<=[rs]) (?:du|De)", r"(?:du|(?-i:De)) skal", r"\d+ uger", r"(?:^|(?<=\n))(?:send|ring)\b",
    r"(?i)hej", r"(?:a|)b", r"[a-zæøå]+ x", r"(?:kan|vil)+ ikke", r"(?>du) skal"])
def test_every_match_starts_with_a_word_character(pattern):
    assert starts_with_word(pattern)


@pytest.mark.parametrize("pattern", [
    r"(?:[-•*]\s*)?foo", r"(?:x|§)?3 uger", r"\p{Lu}x", r"(?:a)?", r".x", r"[^a]x", r"(?:a|)", r"[a-z ]x",
    r"\(x\)", r"(?:ab)*c?", r"(?:\s|a)x", r"[\w-]+"])
def test_some_match_may_start_otherwise_or_unsure(pattern):
    assert not starts_with_word(pattern)


def _letters() -> list[str]:
    texts = []
    for path in sorted(CORPUS.glob("*.yaml"))[:40]:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        if isinstance(data, dict) and isinstance(data.get("text"), str):
            texts.append(data["text"])
    texts.append("Afleverer du ikke skemaet, mister du retten.\nSvarer De ikke, stopper vi. Indsend nu!§send nu. "
                 "xsend nu. _betal straks. 3 uger, x3 uger, é3 uger.")
    return texts


def test_the_scan_with_the_head_finds_what_the_plain_scan_finds_for_every_shipped_entry():
    texts = _letters()
    assert len(texts) > 20
    checked = 0
    for rule in load_ruleset().enabled():
        if type(rule).__struct_config__.tag != "phrases":
            continue
        for entry in rule.entries:
            if not starts_with_word(entry.pattern):
                continue
            flags = regex.VERSION1 | (0 if rule.case_sensitive else regex.IGNORECASE)
            plain = regex.compile(r"(?:" + entry.pattern + r")(?!\w)", flags)
            scan = compile_scan(entry.pattern, rule.case_sensitive)
            assert scan.pattern.startswith(r"\b")
            for text in texts:
                want = [m.span() for m in plain.finditer(text, overlapped=True) if _after_boundary(text, m.start())]
                got = [m.span() for m in scan.finditer(text, overlapped=True) if _after_boundary(text, m.start())]
                assert got == want, (rule.id, entry.pattern)
            checked += 1
    assert checked > 100
