"""Rebuild ``borgertekst/nlp/data/treebank_lemmas.tsv`` from the UD Danish DDT treebank.

Usage:  python scripts/train_lemma_memory.py [path/to/file.conllu]

The "memory" is the most frequent lemma of every word form in the treebank
(lower case; ties go to the alphabetically first lemma). The language layer
consults it before its lexicons. ``scripts/measure_nlp.py`` measures its
effect by k-fold cross-validation (memory built from the other folds), so the
reported numbers are never measured on the data the memory was built from.

The output is derived from the treebank and carries its licence, CC BY-SA 4.0
(see borgertekst/nlp/data/NOTICE-treebank.md).
"""

from __future__ import annotations

import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

from measure_nlp import DEFAULT, Sentence, read_conllu  # noqa: E402

OUT = ROOT / "borgertekst" / "nlp" / "data" / "treebank_lemmas.tsv"
OUT_BIGRAMS = ROOT / "borgertekst" / "nlp" / "data" / "treebank_bigrams.tsv"
SKIP_UPOS = frozenset({"PUNCT", "NUM", "SYM", "X", "PROPN"})


def learn(sentences: list[Sentence]) -> dict[str, tuple[str, int, str, str]]:
    """form (lower case) → (majority lemma, count, majority UPOS, majority noun gender or "-")."""
    counts: dict[str, Counter] = defaultdict(Counter)
    tags: dict[str, Counter] = defaultdict(Counter)
    genders: dict[str, Counter] = defaultdict(Counter)
    for sent in sentences:
        for word, lemma, upos, feats in zip(sent.words, sent.lemmas, sent.upos, sent.feats):
            if upos in SKIP_UPOS:
                continue
            counts[word.lower()][lemma.lower()] += 1
            tags[word.lower()][upos] += 1
            if upos == "NOUN" and "Gender" in feats:
                genders[word.lower()][feats["Gender"]] += 1
    memory = {}
    for form, lemmas in counts.items():
        best = sorted(lemmas.items(), key=lambda kv: (-kv[1], kv[0]))[0]
        upos = sorted(tags[form].items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
        gender = sorted(genders[form].items(), key=lambda kv: (-kv[1], kv[0]))[0][0] if genders[form] else "-"
        memory[form] = (best[0], sum(lemmas.values()), upos, gender)
    return memory


def learn_bigrams(sentences: list[Sentence], memory: dict[str, tuple]) -> dict[tuple[str, str], str]:
    """(previous word, form) → lemma, where the pair's majority lemma differs
    from the form's own ("i går": "går", not "gå")."""
    counts: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for sent in sentences:
        prev = ""
        for word, lemma, upos in zip(sent.words, sent.lemmas, sent.upos):
            if upos not in SKIP_UPOS:
                counts[(prev, word.lower())][lemma.lower()] += 1
            prev = word.lower()
    bigrams = {}
    for key, lemmas in counts.items():
        best = sorted(lemmas.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
        if key[1] in memory and best != memory[key[1]][0]:
            bigrams[key] = best
    return bigrams


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    path = Path(argv[0]) if argv else DEFAULT
    if not path.exists():
        print(f"Treebank not found: {path}", file=sys.stderr)
        return 2
    sentences = read_conllu(path)
    memory = learn(sentences)
    bigrams = learn_bigrams(sentences, memory)
    OUT_BIGRAMS.write_text(
        "# previous word<TAB>form<TAB>lemma: where the treebank lemmatises a form differently after this word.\n"
        f"# ({path.name}). Derived from the treebank: CC BY-SA 4.0, see NOTICE-treebank.md.\n"
        + "".join(f"{prev}\t{form}\t{lemma}\n" for (prev, form), lemma in sorted(bigrams.items())),
        encoding="utf-8")
    lines = [
        "# form<TAB>lemma<TAB>count<TAB>upos<TAB>gender: majority lemma per word form in the UD Danish DDT treebank",
        f"# ({path.name}). Derived from the treebank: CC BY-SA 4.0, see NOTICE-treebank.md.",
        "# Rebuild: python scripts/train_lemma_memory.py",
    ]
    lines += [f"{form}\t{lemma}\t{count}\t{upos}\t{gender}" for form, (lemma, count, upos, gender) in sorted(memory.items())]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(memory)} forms written to {OUT.relative_to(ROOT)}, {len(bigrams)} pairs to "
          f"{OUT_BIGRAMS.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
