"""The learned letter-type classifier: its weights load without scikit-learn, it types clear
letters right, its probabilities are a distribution, and the training script reproduces the
committed weights from the committed corpus."""

from __future__ import annotations

import json
import math
import sys
from pathlib import Path

import pytest

from borgertekst import lettertype_model
from borgertekst.lettertype_model import WEIGHTS, predict, probabilities, tokens

ROOT = Path(__file__).resolve().parents[1]

DECISION = """Kære Hanne Møller

Du har søgt om et hjælpemiddel i form af en elektrisk kørestol. Vi har behandlet din ansøgning.

Afgørelse
Du får ikke bevilget en elektrisk kørestol. Vi har lagt vægt på, at du selv kan gå kortere
strækninger, og at din nuværende manuelle kørestol dækker dit behov. Afgørelsen er truffet
efter servicelovens § 112.

Hvis du vil klage
Du kan klage over afgørelsen inden 4 uger fra du har modtaget dette brev. Kommunen vurderer
sagen igen, og hvis vi fastholder afgørelsen, sender vi klagen videre til Ankestyrelsen.

Venlig hilsen
Jens Holm, sagsbehandler
"""

RECEIPT = """Kære Ole Berg

Tak for din ansøgning om tilskud til briller. Vi har modtaget den i dag.

Vi forventer at behandle din ansøgning inden for 6 uger. Du hører fra os, når vi har truffet
en afgørelse. Du skal ikke gøre noget nu.

Venlig hilsen
Borgerservice
"""


def test_weights_load_and_cover_every_letter_type():
    data = json.loads(WEIGHTS.read_text(encoding="utf-8"))
    assert data["types"] == ["afgoerelse", "partshoering", "klagesvar", "kvittering", "indkaldelse",
                             "information", "andet"]
    assert len(data["intercept"]) == len(data["types"])
    assert len(data["vocab"]) > 500
    assert all(len(w) == len(data["types"]) for _, w in data["vocab"].values())
    assert WEIGHTS.stat().st_size < 300_000


def test_run_time_does_not_need_scikit_learn():
    lettertype_model._model.cache_clear()
    before = set(sys.modules)
    predict(DECISION)
    assert not any(m == "sklearn" or m.startswith("sklearn.") for m in set(sys.modules) - before)


def test_a_clear_decision_is_a_decision():
    kind, p = predict(DECISION)
    assert kind == "afgoerelse"
    assert p > 0.5


def test_a_clear_receipt_is_a_receipt():
    kind, p = predict(RECEIPT)
    assert kind == "kvittering"
    assert p > 0.3


@pytest.mark.parametrize("text", [DECISION, RECEIPT, "", "Hej", "§ 12 " * 300])
def test_probabilities_are_a_distribution(text):
    probs = probabilities(text)
    assert set(probs) == set(json.loads(WEIGHTS.read_text(encoding="utf-8"))["types"])
    assert math.isclose(sum(probs.values()), 1.0, abs_tol=1e-9)
    assert all(0.0 <= p <= 1.0 for p in probs.values())
    kind, p = predict(text)
    assert probs[kind] == p == max(probs.values())


def test_tokens_fold_digits_and_case():
    assert tokens("Afgørelse 12. maj § 3") == ["afgørelse", "0", "maj", "§", "0", "LEN:0"]


def test_training_reproduces_the_weights(tmp_path):
    pytest.importorskip("sklearn")
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import train_lettertype
    finally:
        sys.path.remove(str(ROOT / "scripts"))
    out = tmp_path / "w.json"
    assert train_lettertype.main(["--out", str(out)]) == 0
    new = json.loads(out.read_text(encoding="utf-8"))
    old = json.loads(WEIGHTS.read_text(encoding="utf-8"))
    assert new["types"] == old["types"] and new["meta"] == old["meta"]
    assert new["vocab"].keys() == old["vocab"].keys()
    # the same up to the last rounded decimal (the solver may differ in the last bits across machines)
    for tok, (idf, w) in old["vocab"].items():
        assert abs(new["vocab"][tok][0] - idf) < 1e-4
        assert max(abs(a - b) for a, b in zip(new["vocab"][tok][1], w)) < 1e-3, tok
    assert max(abs(a - b) for a, b in zip(new["intercept"], old["intercept"])) < 1e-3
