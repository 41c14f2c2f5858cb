"""``borgertekst rules stats`` prints the /indsigt table; ``rules lint --ignoreret-over``
points at rules caseworkers ignore too often."""

from __future__ import annotations

import json

import pytest

from borgertekst.cli import main
from insight_support import row


@pytest.fixture
def data_dir(monkeypatch, tmp_path):
    monkeypatch.setenv("BORGERTEKST_DATA_DIR", str(tmp_path))
    monkeypatch.delenv("BORGERTEKST_DATABASE_URL", raising=False)
    monkeypatch.delenv("BORGERTEKST_INSIGHT", raising=False)
    return tmp_path


def _fill(events):
    from borgertekst.insight.config import InsightConfig
    from borgertekst.insight.store import InsightStore

    store = InsightStore(InsightConfig.from_env().database_url)
    store.write(events)
    store.close()


def test_stats_prints_the_table_most_ignored_first(data_dir, capsys):
    _fill([row("shown", "klarsprog.tiltale")] * 40 + [row("applied", "klarsprog.tiltale")] * 30
          + [row("shown")] * 10 + [row("ignored")] * 7)
    assert main(["rules", "stats"]) == 0
    out = capsys.readouterr().out
    lines = out.splitlines()
    assert lines[0].split()[:4] == ["REGEL", "VIST", "BRUGT", "IGNORERET"]
    assert lines[1].split()[:6] == ["tone.tryk", "10", "0", "%", "70", "%"]
    assert lines[2].split()[:6] == ["klarsprog.tiltale", "40", "75", "%", "0", "%"]
    assert lines[1].endswith("·" * 11 + "▆")  # this week 70 % ignored, earlier weeks empty
    assert "87 hændelser" in out


def test_stats_as_json_and_csv(data_dir, capsys):
    _fill([row("shown")] * 4 + [row("ignored_always")])
    assert main(["rules", "stats", "--format", "json", "--uger", "4"]) == 0
    (item,) = json.loads(capsys.readouterr().out)
    assert (item["rule"], item["shown"], item["ignored"], item["ignored_pct"]) == ("tone.tryk", 4, 1, 25.0)
    assert len(item["weeks"]) == 4 and item["weeks"][-1]["ignored"] == 1
    assert main(["rules", "stats", "--format", "csv", "--brevtype", "kvittering"]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "regel;kategori;niveau;vist;brugt;brugt_pct;ignoreret;ignoreret_pct;omskrevet;ignoreret_altid"]


def test_stats_without_a_database_or_with_insight_off_says_so(data_dir, monkeypatch, capsys):
    assert main(["rules", "stats"]) == 0
    assert "Ingen indsigt endnu" in capsys.readouterr().out
    assert not (data_dir / "insight.sqlite3").exists()  # reading does not create the database
    monkeypatch.setenv("BORGERTEKST_INSIGHT", "off")
    assert main(["rules", "stats"]) == 0
    assert "slået fra" in capsys.readouterr().out
    assert main(["rules", "stats", "--uger", "0"]) == 2


def test_lint_warns_about_rules_ignored_above_the_threshold(data_dir, capsys):
    _fill([row("shown")] * 30 + [row("ignored")] * 25
          + [row("shown", "klarsprog.tiltale")] * 30 + [row("ignored", "klarsprog.tiltale")] * 12
          + [row("shown", "fagsprog.kommunesprog")] * 5 + [row("ignored", "fagsprog.kommunesprog")] * 5)
    assert main(["rules", "lint", "--uden-eksempler", "--ignoreret-over", "50"]) == 0
    out = capsys.readouterr().out
    warned = [line for line in out.splitlines() if "[ignoreres]" in line]
    assert len(warned) == 1 and "tone/tryk.yaml:" in warned[0] and "83 %" in warned[0]
    assert "kommunesprog" not in out  # shown only 5 times: below --min-vist
    assert main(["rules", "lint", "--uden-eksempler", "--ignoreret-over", "30"]) == 0
    assert sum("[ignoreres]" in line for line in capsys.readouterr().out.splitlines()) == 2
    assert main(["rules", "lint", "--uden-eksempler", "--ignoreret-over", "50", "--strict"]) == 1
    assert main(["rules", "lint", "--uden-eksempler", "--ignoreret-over", "50", "--min-vist", "5"]) == 0
    assert "kommunesprog" in capsys.readouterr().out


def test_lint_without_the_option_reads_no_insight(data_dir, capsys):
    _fill([row("shown")] * 30 + [row("ignored")] * 30)
    assert main(["rules", "lint", "--uden-eksempler"]) == 0
    assert "[ignoreres]" not in capsys.readouterr().out
