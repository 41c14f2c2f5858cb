"""Insight over HTTP: events in, figures out on /indsigt and as CSV; anything that could carry
text is refused; the opt-out stores nothing; the page sits behind the API key. The database
tests run on SQLite and on a real PostgreSQL server."""

from __future__ import annotations

import base64
import re
import time
from pathlib import Path

import pytest
from sqlalchemy import inspect, text

from api_helpers import BAD_LETTER, client
from insight_support import db_url  # noqa: F401  (fixture)

KEY = "insight-test-key-0123456789"
MARKER = "Hemmeligt-MARKØR-7Qz"

SHOWN = {"action": "shown", "rule": "tone.tryk", "category": "tone", "severity": "warning",
         "letter_type": "afgoerelse", "client": "page", "lix": 45, "words": 200}


@pytest.fixture
def insight_env(monkeypatch, tmp_path, db_url):
    monkeypatch.setenv("BORGERTEKST_DATABASE_URL", db_url)
    monkeypatch.setenv("BORGERTEKST_INSIGHT_DEPARTMENT", "Borgerservice")
    monkeypatch.delenv("BORGERTEKST_INSIGHT", raising=False)
    return db_url


def _stored(c):
    insight = c.app.state.insight
    assert insight.flush(30)
    return insight.store


def _row_of(html: str, rule: str) -> str:
    match = re.search(rf'<tr data-rule="{re.escape(rule)}"[^>]*>(.*?)</tr>', html, re.S)
    assert match, f"no row for {rule}"
    return match.group(1)


def _cell(row_html: str, cls: str) -> str:
    return re.sub(r"<[^>]+>", "", re.search(rf'<td class="n {cls}">(.*?)</td>', row_html, re.S).group(1)).strip()


def test_events_are_stored_with_the_servers_department_and_shown_on_the_page(insight_env):
    events = [SHOWN] * 10 + [dict(SHOWN, action="ignored")] * 6 + [dict(SHOWN, action="ignored_always")]
    events += [dict(SHOWN, rule="klarsprog.tiltale", category="klarsprog")] * 4
    events += [{"action": "applied", "rule": "klarsprog.tiltale", "client": "word"}] * 3  # category from the rule
    events += [{"action": "checked", "letter_type": "afgoerelse", "lix": 40, "words": 300}]
    with client() as c:
        r = c.post("/v1/insight/events", json=events)
        assert r.status_code == 202, r.text
        assert r.json() == {"accepted": len(events)}
        store = _stored(c)
        assert store.total() == len(events)
        assert store.values("department") == ["Borgerservice"]
        assert store.aggregate(["rule", "category", "client"], action="applied") == {
            ("klarsprog.tiltale", "klarsprog", "word"): 3}
        page = c.get("/indsigt")
        assert page.status_code == 200
        html = page.text
        tryk = _row_of(html, "tone.tryk")
        assert _cell(tryk, "shown") == "10" and _cell(tryk, "ignored").startswith("70 %")
        tiltale = _row_of(html, "klarsprog.tiltale")
        assert _cell(tiltale, "shown") == "4" and _cell(tiltale, "applied").startswith("75 %")
        assert html.index('data-rule="tone.tryk"') < html.index('data-rule="klarsprog.tiltale"')  # most ignored first
        assert 'id="letters-measured">1<' in html and "Borgerservice" in html
        csv_text = c.get("/indsigt/regler.csv").content.decode("utf-8-sig")
        assert "tone.tryk;tone;warning;10;0;0,0;7;70,0;0;1" in csv_text.splitlines()
        assert "Borgerservice;afgoerelse;middel;35;44;1" in c.get("/indsigt/lix.csv").text
        assert 'data-rule="tone.tryk"' not in c.get("/indsigt?brevtype=kvittering").text


def _scan(engine, marker: str) -> tuple[int, list[str]]:
    """Every value of every column of every table; the places that contain the marker."""
    values, hits = 0, []
    with engine.connect() as connection:
        for table in inspect(engine).get_table_names():
            for record in connection.execute(text(f'SELECT * FROM "{table}"')).mappings():
                for column, value in record.items():
                    values += 1
                    if marker.lower() in str(value).lower():
                        hits.append(f"{table}.{column}")
    return values, hits


def test_no_letter_text_or_marked_word_reaches_the_database(insight_env, tmp_path):
    letter = BAD_LETTER.replace("Hans Jensen", MARKER)
    attempts = [
        [dict(SHOWN, text=MARKER)],  # the marked words
        [dict(SHOWN, letter=letter)],  # the letter
        [dict(SHOWN, rule=MARKER)],  # free text where a rule id belongs
        [dict(SHOWN, rule="tone.tryk." + MARKER.lower())],
        [dict(SHOWN, letter_type=MARKER)],
        [dict(SHOWN, client=MARKER)],
        [dict(SHOWN, category=MARKER)],
        [dict(SHOWN, department=MARKER)],  # the department is the server's, not the client's
        [dict(SHOWN, lix=MARKER)],
        [SHOWN, dict(SHOWN, suggestion=MARKER)],  # one bad event spoils the batch
        {"events": [SHOWN], "note": MARKER},
    ]
    with client() as c:
        for body in attempts:
            r = c.post("/v1/insight/events", json=body)
            assert r.status_code in (400, 422), (body, r.status_code)
        assert c.post("/v1/analyze", json={"text": letter}).status_code == 200  # the letter passes through
        assert c.post("/v1/insight/events", json=[SHOWN, dict(SHOWN, action="applied")]).status_code == 202
        store = _stored(c)
        assert store.total() == 2  # the refused requests stored nothing
        values, hits = _scan(store.engine, MARKER)
        assert values > 10 and hits == []
        # the scan finds what is there: the department label of this server
        assert _scan(store.engine, "Borgerservice")[1] == ["insight_events.department"] * 2
        if store.engine.dialect.name == "sqlite":
            path = Path(store.engine.url.database)
            raw = b"".join(p.read_bytes() for p in path.parent.glob(path.name + "*"))
            assert MARKER.encode() not in raw and b"Borgerservice" in raw


def test_unknown_rule_or_missing_rule_refuses_the_whole_batch(insight_env):
    with client() as c:
        for body in ([SHOWN, dict(SHOWN, rule="tone.findes-ikke")], [{"action": "shown"}],
                     [{"action": "checked", "rule": "tone.tryk"}]):
            r = c.post("/v1/insight/events", json=body)
            assert r.status_code == 422, r.text
            assert r.json()["errors"] and "findes-ikke" not in r.text
        assert _stored(c).total() == 0


@pytest.mark.parametrize("field, value", [("lix", 43), ("words", 123), ("lix", -5), ("words", 10**9)])
def test_precise_numbers_are_refused_only_buckets_pass(insight_env, field, value):
    with client() as c:
        assert c.post("/v1/insight/events", json=[dict(SHOWN, **{field: value})]).status_code == 400
        assert c.post("/v1/insight/events", json=[SHOWN] * 501).status_code == 400
        assert c.post("/v1/insight/events", json=[]).status_code == 400
        assert _stored(c).total() == 0


def test_opt_out_answers_204_stores_nothing_and_opens_no_database(monkeypatch, tmp_path):
    monkeypatch.setenv("BORGERTEKST_INSIGHT", "off")
    monkeypatch.setenv("BORGERTEKST_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("BORGERTEKST_DATABASE_URL", raising=False)
    with client() as c:
        assert c.get("/v1/insight/config").json() == {"enabled": False, "max_events": 500}
        r = c.post("/v1/insight/events", json=[SHOWN] * 3)
        assert r.status_code == 204 and r.content == b""
        page = c.get("/indsigt")
        assert page.status_code == 200 and 'id="insight-off"' in page.text and "rule-table" not in page.text
        assert c.get("/indsigt/regler.csv").status_code == 404
        assert c.app.state.insight.store is None
    assert not (tmp_path / "data").exists()


def test_default_database_is_sqlite_in_the_data_directory(monkeypatch, tmp_path):
    monkeypatch.delenv("BORGERTEKST_DATABASE_URL", raising=False)
    monkeypatch.delenv("BORGERTEKST_INSIGHT", raising=False)
    monkeypatch.setenv("BORGERTEKST_DATA_DIR", str(tmp_path / "data"))
    with client() as c:
        assert c.post("/v1/insight/events", json=[SHOWN]).status_code == 202
        assert _stored(c).total() == 1
    assert (tmp_path / "data" / "insight.sqlite3").is_file()


def test_events_and_page_need_the_api_key_when_keys_are_set(insight_env):
    basic = lambda password: {"Authorization": "Basic " + base64.b64encode(f"staff:{password}".encode()).decode()}  # noqa: E731
    with client(api_keys=[KEY]) as c:
        assert c.post("/v1/insight/events", json=[SHOWN]).status_code == 401
        assert c.get("/v1/insight/config").status_code == 401
        ok = c.post("/v1/insight/events", json=[SHOWN], headers={"Authorization": f"Bearer {KEY}"})
        assert ok.status_code == 202
        for path in ("/indsigt", "/indsigt/regler.csv", "/indsigt/lix.csv"):
            refused = c.get(path)
            assert refused.status_code == 401
            assert refused.headers["www-authenticate"].startswith("Basic ")  # the browser asks for the key
            assert c.get(path, headers=basic("forkert-nøgle-0123456789")).status_code == 401
            assert c.get(path, headers={"Authorization": "Basic ###"}).status_code == 401
            assert c.get(path, headers=basic(KEY)).status_code == 200
            assert c.get(path, headers={"Authorization": f"Bearer {KEY}"}).status_code == 200


def test_page_is_danish_without_scripts_inline_styles_or_external_addresses(insight_env):
    with client() as c:
        c.post("/v1/insight/events", json=[SHOWN, dict(SHOWN, action="ignored"),
                                           {"action": "checked", "letter_type": "afgoerelse", "lix": 55, "words": 100}])
        r = c.get("/indsigt?uger=4")
        html = r.text
        assert r.status_code == 200 and '<html lang="da">' in html
        assert "<script" not in html.lower() and not re.search(r"\sstyle=", html) and "<style" not in html
        assert not re.search(r"(?:src|href)=\"(?:https?:)?//", html)
        assert "default-src 'self'" in r.headers["content-security-policy"]
        assert html.count("<svg") >= 3 and "<polyline" in html  # trend and LIX charts as SVG
        assert c.get("/static/insight.css").status_code == 200
        assert "borgertekstInsight" in c.get("/static/insight.js").text
        assert c.get("/indsigt?uger=0").status_code == 400


def test_a_client_cannot_set_the_department(insight_env):
    with client() as c:
        assert c.post("/v1/insight/events", json=[dict(SHOWN, department="Jobcenter")]).status_code == 400
        assert c.post("/v1/insight/events", json=[SHOWN]).status_code == 202
        assert _stored(c).values("department") == ["Borgerservice"]


def test_an_unreachable_database_does_not_stop_the_server(monkeypatch, caplog):
    # nothing listens on port 1: start-up logs it, analysis works, events wait, the page says so
    monkeypatch.setenv("BORGERTEKST_DATABASE_URL", "postgresql+psycopg://borgertekst@127.0.0.1:1/insight")
    monkeypatch.delenv("BORGERTEKST_INSIGHT", raising=False)
    with client() as c:
        assert c.post("/v1/analyze", json={"text": BAD_LETTER}).status_code == 200
        assert c.post("/v1/insight/events", json=[SHOWN]).status_code == 202
        r = c.get("/indsigt")
        assert r.status_code == 503 and "Indsigtsdatabasen" in r.json()["detail"]
        assert c.get("/indsigt/regler.csv").status_code == 503
        assert c.app.state.insight.queue.pending == 1
    assert "insight database not reachable at start-up" in caplog.text
    assert "borgertekst@127.0.0.1:1" in caplog.text and MARKER not in caplog.text


def test_page_filters_by_department_including_events_without_one(insight_env):
    from insight_support import row

    with client() as c:
        store = c.app.state.insight.reader()
        store.write([row("shown", department="Jobcenter")] * 3 + [row("shown", "klarsprog.tiltale", department="")] * 2)
        html = c.get("/indsigt").text
        assert '<option value="Jobcenter">' in html and '<option value="(ingen)">(uden afdeling)' in html
        job = c.get("/indsigt?afdeling=Jobcenter").text
        assert 'data-rule="tone.tryk"' in job and 'data-rule="klarsprog.tiltale"' not in job
        assert '<option value="Jobcenter" selected>' in job
        none = c.get("/indsigt?afdeling=(ingen)").text
        assert 'data-rule="klarsprog.tiltale"' in none and 'data-rule="tone.tryk"' not in none
        assert "afdeling=%28ingen%29" in none  # the CSV link keeps the filter
        assert c.get("/indsigt/regler.csv?afdeling=(ingen)").text.count("\n") == 2


def test_start_up_rolls_up_events_older_than_the_retention_period(insight_env, monkeypatch):
    from datetime import timedelta

    from borgertekst.insight.store import InsightStore, utc_today
    from insight_support import row

    store = InsightStore(insight_env)
    store.write([row("ignored")] * 4, day=utc_today() - timedelta(days=500))
    store.write([row("ignored")] * 2, day=utc_today() - timedelta(days=100))
    store.close()
    monkeypatch.setenv("BORGERTEKST_INSIGHT_RETENTION_MONTHS", "6")
    with client() as c:
        reader = c.app.state.insight.reader()
        deadline = time.monotonic() + 30
        while reader.rows()["insight_daily"] == 0 and time.monotonic() < deadline:
            time.sleep(0.1)  # the writer thread rolls up right after start-up
        assert reader.rows() == {"insight_events": 2, "insight_daily": 1}
        assert reader.total(action="ignored") == 6  # nothing lost, only folded per day
        assert c.get("/indsigt?uger=260").status_code == 200
