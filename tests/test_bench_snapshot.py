"""bench.snapshot: which texts of a tree are letters, messages and tone sentences, and what a diff reports."""

import json

from bench import snapshot


def _tree(root):
    (root / "bench/blind/threat1/a").mkdir(parents=True)
    (root / "bench/blind/threat1/a/n01.txt").write_text("Tak for hjælpen i går.", encoding="utf-8")
    (root / "bench/blind/threat1/a/FIRSTRUN.txt").write_text("20/20", encoding="utf-8")
    (root / "bench/blind/triage1").mkdir(parents=True)
    (root / "bench/blind/triage1/batch.yaml").write_text('- id: a01\n  text: "Hvornår får jeg svar?"\n  step: groen\n',
                                                         encoding="utf-8")
    (root / "bench/blind/panel1").mkdir(parents=True)
    (root / "bench/blind/panel1/01.txt").write_text("Kære Anna\n\nDu får hjælpen.", encoding="utf-8")
    (root / "bench/blind/tone1/letters").mkdir(parents=True)
    (root / "bench/blind/tone1/blind1.jsonl").write_text(json.dumps({"text": "Du må forstå det.", "label": "x"}) + "\n",
                                                         encoding="utf-8")
    (root / "bench/blind/tone1/letters/index.jsonl").write_text(json.dumps({"file": "01.txt", "escalating": []}) + "\n",
                                                                encoding="utf-8")
    (root / "data/lettertypes").mkdir(parents=True)
    (root / "data/lettertypes/letters.jsonl").write_text(
        json.dumps({"group": "corpus", "name": "001.yaml", "text": "Kære Bo\n\nVi har fået din ansøgning."}) + "\n",
        encoding="utf-8")
    (root / "tests/letters").mkdir(parents=True)
    (root / "tests/letters/a.txt").write_text("Kære Eva\n\nTak for dit brev.", encoding="utf-8")


def test_collect_sorts_texts_by_kind(tmp_path):
    _tree(tmp_path)
    texts = snapshot.collect(tmp_path)
    assert sorted(texts["message"]) == ["bench/blind/threat1/a/n01.txt", "bench/blind/triage1/batch.yaml#a01"]
    assert sorted(texts["letter"]) == ["bench/blind/panel1/01.txt", "data/lettertypes/letters.jsonl#corpus/001.yaml",
                                       "tests/letters/a.txt"]
    assert list(texts["sentence"]) == ["bench/blind/tone1/blind1.jsonl#1"]


def test_diff_names_what_changed_per_folder(tmp_path, capsys):
    old = {"bench/blind/panel1/01.txt": {"text": "h1", "type": "afgoerelse", "panel": {}, "findings": [["a.b", 0, 3, "info"]]},
           "bench/blind/panel1/02.txt": {"text": "h2", "type": "andet", "panel": {}, "findings": []},
           "bench/blind/triage1/batch.yaml#a01": {"text": "h3", "step": "groen"}}
    new = json.loads(json.dumps(old))
    new["bench/blind/panel1/01.txt"]["findings"] = [["c.d", 0, 3, "warning"]]
    new["bench/blind/triage1/batch.yaml#a01"]["step"] = "gul"
    (tmp_path / "old.json").write_text(json.dumps(old), encoding="utf-8")
    (tmp_path / "new.json").write_text(json.dumps(new), encoding="utf-8")
    snapshot.diff(tmp_path / "old.json", tmp_path / "new.json")
    out = capsys.readouterr().out
    assert "bench/blind/panel1: 1/2 changed" in out
    assert "01.txt: findings a.b,c.d" in out
    assert "bench/blind/triage1: 1/1 changed" in out and "#a01: step" in out
