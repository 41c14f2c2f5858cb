"""scripts/measure_nlp.py reads CoNLL-U and scores the pipeline the same way every time
(a two-sentence treebank excerpt written here; the suite never reads /work/shared)."""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))

from measure_nlp import measure, new_stats, read_conllu  # noqa: E402
from train_lemma_memory import learn  # noqa: E402

from borgertekst.nlp import build, hunspell_da  # noqa: E402

CONLLU = """# sent_id = t-1
# text = Ansøgningen behandles nu.
1\tAnsøgningen\tansøgning\tNOUN\t_\tDefinite=Def|Gender=Com|Number=Sing\t2\tnsubj\t_\t_
2\tbehandles\tbehandle\tVERB\t_\tMood=Ind|Tense=Pres|VerbForm=Fin|Voice=Pass\t0\troot\t_\t_
3\tnu\tnu\tADV\t_\t_\t2\tadvmod\t_\tSpaceAfter=No
4\t.\t.\tPUNCT\t_\t_\t2\tpunct\t_\t_

# sent_id = t-2
# text = Send brevet.
1\tSend\tsende\tVERB\t_\tMood=Imp|VerbForm=Fin|Voice=Act\t0\troot\t_\t_
2\tbrevet\tbrev\tNOUN\t_\tDefinite=Def|Gender=Neut|Number=Sing\t1\tobj\t_\tSpaceAfter=No
3\t.\t.\tPUNCT\t_\t_\t1\tpunct\t_\t_

"""


@pytest.fixture()
def sentences(tmp_path):
    path = tmp_path / "mini.conllu"
    path.write_text(CONLLU, encoding="utf-8")
    return read_conllu(path)


def test_read_conllu(sentences):
    assert [s.words for s in sentences] == [["Ansøgningen", "behandles", "nu", "."], ["Send", "brevet", "."]]
    assert sentences[0].spaces == [True, True, False, True]
    assert sentences[0].feats[1]["Voice"] == "Pass"
    assert sentences[1].lemmas[0] == "sende"


def test_learned_memory_counts_forms(sentences):
    memory = learn(sentences)
    assert memory["brevet"] == ("brev", 1, "NOUN", "Neut")
    assert memory["send"] == ("sende", 1, "VERB", "-")
    assert "." not in memory


@pytest.mark.skipif(not hunspell_da.available(), reason="da_DK Hunspell dictionary missing")
def test_measure_scores_the_pipeline(sentences):
    nlp = build()
    nlp.get_pipe("borgertekst_lemmas").memory = {}
    stats = measure(nlp, sentences, new_stats())
    assert (stats["passive"].tp, stats["passive"].fp, stats["passive"].fn) == (1, 0, 0)
    assert (stats["imperative"].tp, stats["imperative"].fn) == (1, 0)
    assert (stats["noun_gender"].ok, stats["noun_gender"].n) == (2, 2)
    assert (stats["lemma"].ok, stats["lemma"].n) == (5, 5)
    # the two sentences run together are split where the treebank splits them
    assert (stats["sentence_starts"].tp, stats["sentence_starts"].fp) == (1, 0)
