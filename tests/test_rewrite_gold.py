"""The rewrite gold set (``tests/corpus/rewrites/pairs.tsv``): the rewrite reaches the
gold text for most pairs, never changes text the gold says to leave alone, and every
change it makes passes the guard."""

from pathlib import Path

import pytest

from borgertekst.nlp import hunspell_da
from borgertekst.rewrite import rewrite
from borgertekst.rewriting import guard

GOLD = Path(__file__).parent / "corpus" / "rewrites" / "pairs.tsv"


def load():
    pairs = []
    for line in GOLD.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            before, _, after = line.partition("\t")
            pairs.append((before.replace("\\n", "\n"), [a.replace("\\n", "\n") for a in after.split(" || ")]))
    return pairs


PAIRS = load()


def test_the_gold_set_is_large_and_well_formed():
    assert len(PAIRS) >= 200
    assert all(before and gold and all(gold) for before, gold in PAIRS)
    assert sum(gold == [before] for before, gold in PAIRS) >= 50  # enough places to leave alone


@pytest.fixture(scope="module")
def results(analyzer):
    return [(before, gold, rewrite(analyzer, before)) for before, gold in PAIRS]


def test_nothing_is_changed_where_the_gold_says_leave_it(results):
    changed = [(before, r.text) for before, gold, r in results if gold == [before] and r.text != before]
    assert changed == []


def test_every_change_passes_the_guard(results):
    broken = [(before, c.old, c.new, guard.problems(before, c.start, c.end, c.new))
              for before, _, r in results for c in r.changes
              if c.rule not in guard.NEGATION_MAY_CHANGE and guard.problems(before, c.start, c.end, c.new)]
    assert broken == []


@pytest.mark.skipif(not hunspell_da.available(), reason="da_DK Hunspell dictionary missing")
def test_most_rewrites_reach_the_gold_text(results):
    reached = sum(r.text in gold for _, gold, r in results)
    assert reached / len(results) >= 0.9, [(b, r.text) for b, g, r in results if r.text not in g]
