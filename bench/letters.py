"""Generated Danish benchmark letters of a given length.

Letters are built from the sentence pools in ``bench/sentences.txt``: an
opening line, body paragraphs of two to five sentences until the wanted word
count is reached, then the usual closing (complaint guidance, contact,
greeting). A fixed seed makes every run analyse the same letters.
"""

from __future__ import annotations

import random
from pathlib import Path

POOLS_FILE = Path(__file__).with_name("sentences.txt")
NAMES = ["Mette Hansen", "Ali Hassan", "Jens Nielsen", "Sofie Larsen", "Birgitte Østergaard"]
CASEWORKERS = ["Lene Møller", "Peter Sørensen", "Aisha Khan"]


def load_pools(path: Path = POOLS_FILE) -> dict[str, list[str]]:
    pools: dict[str, list[str]] = {}
    section = None
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            section = line[1:-1]
            pools[section] = []
        elif section is not None:
            pools[section].append(line)
    return pools


def word_count(text: str) -> int:
    return len(text.split())


def make_letter(words: int, rng: random.Random, pools: dict[str, list[str]] | None = None) -> str:
    """One letter with at least ``words`` whitespace-separated words (body
    sentences are added until the total reaches it)."""
    pools = pools or load_pools()
    name, worker = rng.choice(NAMES), rng.choice(CASEWORKERS)
    opening = rng.choice(pools["opening"]).format(navn=name)
    closing = [s.format(sagsbehandler=worker) for s in pools["closing"]]
    # short letters (receipts) carry only the contact lines and the greeting
    tail = [closing[0] + " " + closing[1]] if words >= 200 else []
    tail += [closing[2] + " " + closing[3], closing[4], closing[5]]
    fixed = word_count(opening) + sum(word_count(s) for s in tail)
    paragraphs: list[str] = []
    total = fixed
    body = pools["body"]
    while total < words:
        para: list[str] = []
        for _ in range(rng.randint(2, 5)):
            sentence = rng.choice(body)
            para.append(sentence)
            total += word_count(sentence)
            if total >= words:
                break
        paragraphs.append(" ".join(para))
    return "\n\n".join([opening, *paragraphs, *tail])


def make_letters(count: int, words: int, seed: int = 7) -> list[str]:
    rng = random.Random(seed * 100_003 + words)
    pools = load_pools()
    return [make_letter(words, rng, pools) for _ in range(count)]


def write_letters(directory: Path, count: int, words: int, seed: int = 7) -> list[Path]:
    directory.mkdir(parents=True, exist_ok=True)
    paths = []
    for i, text in enumerate(make_letters(count, words, seed)):
        p = directory / f"brev_{words}_{i:04d}.txt"
        p.write_text(text, encoding="utf-8")
        paths.append(p)
    return paths
