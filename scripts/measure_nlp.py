"""Measure the Danish language layer on the UD Danish DDT treebank (gold tokens).

Usage:  python scripts/measure_nlp.py [path/to/file.conllu] [--errors N]

For every sentence a ``Doc(nlp.vocab, words=…, spaces=…)`` is built from the
treebank's own tokens and every pipe in ``nlp.pipeline`` is run on it. The
script prints:

- passive voice (``Voice=Pass``) precision, recall and F1;
- imperative (``Mood=Imp``) precision and recall;
- noun gender accuracy (gold NOUN tokens that carry ``Gender``);
- noun number accuracy and definiteness accuracy;
- lemma accuracy on NOUN, VERB, ADJ and ADV (case-insensitive) and per tag;
- sentence-start precision/recall when the sentences are run together in
  blocks of ten (the treebank's sentence split is the gold standard).

Deterministic: the same pipeline and data give the same numbers.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

DEFAULT = ROOT.parent / "shared" / "data" / "ud-danish-ddt" / "da_ddt-ud-dev.conllu"
LEMMA_TAGS = ("NOUN", "VERB", "ADJ", "ADV")


@dataclass
class Sentence:
    words: list[str] = field(default_factory=list)
    spaces: list[bool] = field(default_factory=list)
    lemmas: list[str] = field(default_factory=list)
    upos: list[str] = field(default_factory=list)
    feats: list[dict[str, str]] = field(default_factory=list)


def parse_feats(text: str) -> dict[str, str]:
    if text in ("_", ""):
        return {}
    return dict(item.split("=", 1) for item in text.split("|"))


def read_conllu(path: Path) -> list[Sentence]:
    sentences: list[Sentence] = []
    current = Sentence()
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if current.words:
                sentences.append(current)
            current = Sentence()
            continue
        if line.startswith("#"):
            continue
        cols = line.split("\t")
        if "-" in cols[0] or "." in cols[0]:
            continue  # multiword ranges and empty nodes
        current.words.append(cols[1])
        current.lemmas.append(cols[2])
        current.upos.append(cols[3])
        current.feats.append(parse_feats(cols[5]))
        current.spaces.append("SpaceAfter=No" not in cols[9])
    if current.words:
        sentences.append(current)
    return sentences


def annotate(nlp, words, spaces):
    from spacy.tokens import Doc

    doc = Doc(nlp.vocab, words=words, spaces=spaces)
    for _, pipe in nlp.pipeline:
        doc = pipe(doc)
    return doc


class PR:
    def __init__(self) -> None:
        self.tp = self.fp = self.fn = 0

    def add(self, gold: bool, pred: bool) -> None:
        self.tp += gold and pred
        self.fp += pred and not gold
        self.fn += gold and not pred

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __str__(self) -> str:
        return (f"P={self.precision:.3f} R={self.recall:.3f} F1={self.f1:.3f} "
                f"(tp={self.tp} fp={self.fp} fn={self.fn})")


class Acc:
    def __init__(self) -> None:
        self.ok = self.n = 0

    def add(self, ok: bool) -> None:
        self.ok += ok
        self.n += 1

    @property
    def value(self) -> float:
        return self.ok / self.n if self.n else 0.0

    def __str__(self) -> str:
        return f"{self.value:.3f} ({self.ok}/{self.n})"


def new_stats() -> dict[str, object]:
    return {
        "passive": PR(), "imperative": PR(), "noun_gender": Acc(), "noun_number": Acc(),
        "noun_definite": Acc(), "lemma": Acc(), **{f"lemma_{t}": Acc() for t in LEMMA_TAGS},
        "sentence_starts": PR(),
        "errors": {"lemma": Counter(), "gender": Counter(), "passive": Counter(), "imperative": Counter(),
                   "sentence": Counter()},
    }


def measure(nlp, sentences: list[Sentence], stats: dict[str, object]) -> dict[str, object]:
    """Add the pipeline's results on ``sentences`` to ``stats`` (see ``new_stats``)."""
    passive, imperative, sents = stats["passive"], stats["imperative"], stats["sentence_starts"]
    gender, number, definite, lemma = (stats["noun_gender"], stats["noun_number"],
                                       stats["noun_definite"], stats["lemma"])
    lemma_by_tag = {t: stats[f"lemma_{t}"] for t in LEMMA_TAGS}
    errors = stats["errors"]
    for sent in sentences:
        doc = annotate(nlp, sent.words, sent.spaces)
        for tok, gold_lemma, upos, feats in zip(doc, sent.lemmas, sent.upos, sent.feats):
            morph = tok.morph
            pred_pass = "Pass" in morph.get("Voice")
            passive.add(feats.get("Voice") == "Pass", pred_pass)
            if (feats.get("Voice") == "Pass") != pred_pass:
                errors["passive"][(tok.text, feats.get("Voice", "-"), pred_pass)] += 1
            pred_imp = "Imp" in morph.get("Mood")
            imperative.add(feats.get("Mood") == "Imp", pred_imp)
            if (feats.get("Mood") == "Imp") != pred_imp:
                errors["imperative"][(tok.text, feats.get("Mood", "-"), pred_imp)] += 1
            if upos == "NOUN":
                if "Gender" in feats:
                    pred = morph.get("Gender")
                    ok = pred == [feats["Gender"]]
                    gender.add(ok)
                    if not ok:
                        errors["gender"][(tok.text, feats["Gender"], "|".join(pred))] += 1
                if "Number" in feats:
                    number.add(morph.get("Number") == [feats["Number"]])
                if "Definite" in feats:
                    definite.add(morph.get("Definite") == [feats["Definite"]])
            if upos in LEMMA_TAGS:
                ok = tok.lemma_.lower() == gold_lemma.lower()
                lemma.add(ok)
                lemma_by_tag[upos].add(ok)
                if not ok:
                    errors["lemma"][(tok.text, upos, gold_lemma, tok.lemma_)] += 1
    # sentence boundaries: run sentences together in blocks of ten
    for start in range(0, len(sentences), 10):
        block = sentences[start:start + 10]
        words, spaces, gold_starts = [], [], []
        for sent in block:
            gold_starts.extend([True] + [False] * (len(sent.words) - 1))
            words.extend(sent.words)
            spaces.extend(sent.spaces[:-1] + [True])
        doc = annotate(nlp, words, spaces)
        for tok, gold in zip(doc, gold_starts):
            if tok.i:
                pred = bool(tok.is_sent_start)
                sents.add(gold, pred)
                if gold != pred:
                    context = doc[max(0, tok.i - 3): tok.i + 2].text.replace("\n", " ")
                    errors["sentence"][(f"gold={gold}", repr(context))] += 1
    return stats


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("conllu", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--mode", choices=("cv", "shipped", "no-memory"), default="cv",
                        help="cv (default): k-fold cross-validation; shipped: the pipeline as shipped; "
                             "no-memory: without the treebank-learned lemma memory")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--no-hunspell", action="store_true", help="measure without the Hunspell dictionary")
    parser.add_argument("--errors", type=int, default=0, help="show the N most frequent errors per kind")
    args = parser.parse_args(argv)
    if not args.conllu.exists():
        print(f"Treebank not found: {args.conllu}", file=sys.stderr)
        return 2
    from borgertekst.nlp import build, hunspell_da
    from train_lemma_memory import learn, learn_bigrams

    if args.no_hunspell:  # the degraded mode: as on a machine without the da_DK dictionary
        hunspell_da.speller = lambda: None

    nlp = build()
    sentences = read_conllu(args.conllu)
    stats = new_stats()
    lemmatizer = nlp.get_pipe("borgertekst_lemmas")
    if args.mode == "cv":
        # the treebank-learned lemma memory is rebuilt from the other folds for each fold
        for k in range(args.folds):
            train = [s for i, s in enumerate(sentences) if i % args.folds != k]
            test = [s for i, s in enumerate(sentences) if i % args.folds == k]
            memory = learn(train)
            lemmatizer.bigrams = learn_bigrams(train, memory)
            lemmatizer.memory = {form: lemma for form, (lemma, _, _, _) in memory.items()}
            lemmatizer.word_classes = {form: upos for form, (_, _, upos, _) in memory.items()}
            lemmatizer.genders = {form: g for form, (_, _, _, g) in memory.items() if g != "-"}
            measure(nlp, test, stats)
        how = f"{args.folds}-fold cross-validation of the treebank-learned lemma memory"
    else:
        if args.mode == "no-memory":
            lemmatizer.memory = {}
            lemmatizer.word_classes = {}
            lemmatizer.genders = {}
            lemmatizer.bigrams = {}
        measure(nlp, sentences, stats)
        how = {"shipped": "shipped pipeline (its lemma memory was built from this file: optimistic)",
               "no-memory": "rules and lexicons only (no treebank-learned memory)"}[args.mode]
    errors = stats.pop("errors")
    if args.errors:
        for kind, counter in errors.items():
            print(f"\n--- {kind} errors (most frequent {args.errors}) ---")
            for key, count in counter.most_common(args.errors):
                print(count, *key)
    print(f"\nTreebank: {args.conllu.name}, {len(sentences)} sentences, "
          f"{sum(len(s.words) for s in sentences)} tokens, pipeline: {nlp.pipe_names}")
    print(f"Mode: {how}; Hunspell {'available' if hunspell_da.available() else 'MISSING'}")
    for name, value in stats.items():
        print(f"{name:16s} {value}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
