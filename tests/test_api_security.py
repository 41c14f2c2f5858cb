"""API keys, CORS, rate limits, headers, settings, and: letters never reach the logs."""

from __future__ import annotations

import argparse
import logging

import pytest

from api_helpers import BAD_LETTER, client, docx_bytes

KEY = "k" * 24


def test_api_key_required_when_configured(analyzer):
    with client(api_keys=[KEY]) as c:
        assert c.post("/v1/analyze", json={"text": "Hej"}).status_code == 401
        r = c.post("/v1/analyze", json={"text": "Hej"}, headers={"Authorization": "Bearer " + "x" * 24})
        assert r.status_code == 401
        assert r.headers["content-type"].startswith("application/problem+json")
        assert r.headers["www-authenticate"].startswith("Bearer")
        assert "nøgle" in r.json()["detail"]
        assert c.post("/v1/analyze", json={"text": "Hej"}, headers={"Authorization": f"Bearer {KEY}"}).status_code == 200
        assert c.post("/v1/documents", files={"file": ("a.docx", b"x")}).status_code == 401
        assert c.get("/health").status_code == 200  # open, says nothing about letters
        assert c.get("/").status_code == 200  # the page itself; it asks for a key when the API says 401


def test_beyond_loopback_needs_keys():
    from borgertekst.api.settings import Settings, SettingsError

    with pytest.raises(SettingsError, match="BORGERTEKST_API_KEYS"):
        Settings(host="0.0.0.0").validate()
    Settings(host="127.0.0.1").validate()
    Settings(host="::1").validate()
    Settings(host="0.0.0.0", api_keys=[KEY]).validate()
    with pytest.raises(SettingsError):
        Settings(host="10.0.0.5", api_keys=["kort"]).validate()


def test_settings_from_env():
    from borgertekst.api.settings import Settings, SettingsError

    s = Settings.from_env({"BORGERTEKST_API_KEYS": f"{KEY}, {KEY}2", "BORGERTEKST_CORS_ORIGINS": "https://sag.kommune.dk",
                           "BORGERTEKST_MAX_TEXT_BYTES": "5000"})
    assert s.api_keys == [KEY, KEY + "2"] and s.cors_origins == ["https://sag.kommune.dk"] and s.max_text_bytes == 5000
    with pytest.raises(SettingsError, match="helt tal"):
        Settings.from_env({"BORGERTEKST_RATE_LIMIT": "mange"})


def test_serve_refuses_open_host_without_keys(monkeypatch):
    from borgertekst.cli import UsageError
    from borgertekst.cli import serve

    monkeypatch.delenv("BORGERTEKST_API_KEYS", raising=False)
    with pytest.raises(UsageError, match="BORGERTEKST_API_KEYS"):
        serve.run(argparse.Namespace(host="0.0.0.0", port=8000))
    parser = argparse.ArgumentParser()
    serve.register(parser.add_subparsers())
    args = parser.parse_args(["serve", "--port", "8123"])
    assert (args.host, args.port) == ("127.0.0.1", 8123)


def test_cors_allow_list(analyzer):
    with client(cors_origins=["https://sag.kommune.dk"]) as c:
        ok = c.options("/v1/analyze", headers={"Origin": "https://sag.kommune.dk", "Access-Control-Request-Method": "POST"})
        assert ok.headers.get("access-control-allow-origin") == "https://sag.kommune.dk"
        bad = c.post("/v1/analyze", json={"text": "Hej"}, headers={"Origin": "https://ond.example"})
        assert "access-control-allow-origin" not in bad.headers


def test_rate_limit(analyzer):
    with client(rate_limit_per_minute=3) as c:
        codes = [c.post("/v1/analyze", json={"text": "Hej"}).status_code for _ in range(4)]
        assert codes[:3] == [200, 200, 200]
        assert codes[3] == 429
        r = c.post("/v1/analyze", json={"text": "Hej"})
        assert r.headers["content-type"].startswith("application/problem+json")
        assert c.get("/health").status_code == 200  # not limited


def test_security_headers_and_csp(analyzer):
    with client() as c:
        for path in ("/", "/static/app.js", "/health", "/findes-ikke"):
            r = c.get(path)
            csp = r.headers["content-security-policy"]
            assert "script-src 'self'" in csp and "unsafe-inline" not in csp and "frame-ancestors 'none'" in csp
            assert r.headers["x-content-type-options"] == "nosniff"
            assert r.headers["x-frame-options"] == "DENY"
        assert c.post("/v1/analyze", json={"text": "Hej"}).headers["cache-control"] == "no-store"
        page = c.get("/").text
        # a strict CSP is only possible without inline scripts, styles and handlers
        assert "<script>" not in page and " style=" not in page and "onclick" not in page
        assert '<script type="module" src="/static/app.js">' in page
        assert c.get("/plugins/shared/client.js").headers["cross-origin-resource-policy"] == "cross-origin"


def test_letter_text_is_never_logged(analyzer, caplog):
    marker = "Zyxqvørmarkør"
    letter = f"Kære {marker}\n\nVedrørende din ansøgning idet {marker} skrev. {BAD_LETTER}"
    caplog.set_level(logging.DEBUG)
    with client(max_text_bytes=50_000) as c:
        assert c.post("/v1/analyze", json={"text": letter}).status_code == 200
        assert c.post("/v1/analyze/paragraphs", json={"paragraphs": [{"id": "a", "text": letter}]}).status_code == 200
        assert c.post("/v1/documents", files={"file": ("brev.docx", docx_bytes([letter]))}).status_code == 200
        assert c.post("/v1/analyze", json={"text": letter, "letter_type": 7}).status_code == 400
        assert c.post("/v1/analyze", json={"text": letter * 100}).status_code == 413
        assert c.post("/v1/analyze", content=("{" + letter).encode(), headers={"content-type": "application/json"}).status_code == 400
        assert c.post("/v1/triage", json={"text": letter}).status_code in (200, 404)
    records = "\n".join(f"{r.name} {r.getMessage()} {r.args}" for r in caplog.records)
    assert caplog.records  # the requests were logged (rule ids, counts, paths)
    assert "analysed letter" in records
    assert marker not in records
    assert marker not in caplog.text


def test_rate_limit_is_per_key(analyzer):
    other = "o" * 24
    with client(rate_limit_per_minute=2, api_keys=[KEY, other]) as c:
        auth = {"Authorization": f"Bearer {KEY}"}
        assert [c.post("/v1/analyze", json={"text": "Hej"}, headers=auth).status_code for _ in range(3)] == [200, 200, 429]
        # same address, another key: its own budget
        assert c.post("/v1/analyze", json={"text": "Hej"}, headers={"Authorization": f"Bearer {other}"}).status_code == 200


def test_made_up_keys_share_the_address_budget(analyzer):
    with client(rate_limit_per_minute=2, api_keys=[KEY]) as c:
        codes = [c.post("/v1/analyze", json={"text": "Hej"}, headers={"Authorization": f"Bearer fake{i}"}).status_code
                 for i in range(3)]
        assert codes == [401, 401, 429]


# --- hostile requests: every one a 4xx problem document in Danish (issue 16) -----------


def _problem(r, status: int) -> dict:
    assert r.status_code == status, (r.status_code, r.text[:300])
    assert r.headers["content-type"].startswith("application/problem+json"), r.headers["content-type"]
    body = r.json()
    assert body["status"] == status and body["detail"]
    return body


@pytest.mark.parametrize("path", ["/static/%00", "/plugins/a%00", "/word/taskpane.html%00",
                                  "/static/" + "a" * 256, "/plugins/" + "b" * 300 + "/c.js"])
def test_unusable_static_paths_are_404_not_500(analyzer, path):
    with client(api_keys=[KEY]) as c:  # no key sent: the static files are open
        _problem(c.get(path), 404)


def test_multipart_field_without_filename_and_bytes_that_are_not_utf8(analyzer):
    body = (b'--b\r\nContent-Disposition: form-data; name="file"\r\n\r\n\xff\xfe\x00\xc3(\r\n--b--\r\n')
    with client() as c:
        r = c.post("/v1/documents", content=body, headers={"content-type": "multipart/form-data; boundary=b"})
        assert "UTF-8" in _problem(r, 400)["detail"]


def _template_with(c, kind: str) -> tuple[str, dict, str]:
    for info in c.get("/v1/templates").json():
        for field in info["fields"]:
            if field["type"] == kind:
                return info["name"], dict(info["example"]), field["name"]
    pytest.skip(f"no template with a {kind} field")


@pytest.mark.parametrize("char", ["\u0000", "\u0001", "\u000b", "\u000c", "\ufffe"])
def test_docx_render_with_a_control_character_is_a_422_naming_the_field(analyzer, char):
    with client() as c:
        name, data, field = _template_with(c, "str")
        data[field] = f"Zyxqv{char}markør"
        body = _problem(c.post(f"/v1/templates/{name}/render", json={"data": data, "format": "docx"}), 422)
        assert any(f"'{field}'" in e and "kontroltegn" in e for e in body["errors"]), body
        assert "Zyxqv" not in r_text(body)


def r_text(body: dict) -> str:
    import json

    return json.dumps(body, ensure_ascii=False)


def test_integer_field_as_a_4301_digit_string_is_a_422(analyzer):
    with client() as c:
        name, data, field = _template_with(c, "int")
        data[field] = "7" * 4301
        body = _problem(c.post(f"/v1/templates/{name}/render", json={"data": data}), 422)
        assert any(f"'{field}'" in e and "cifre" in e for e in body["errors"]), body
        assert "7777" not in r_text(body)


def test_template_limits_name_the_field_and_the_rule_never_the_value(analyzer):
    marker = "Zyxqvørmarkør"
    with client() as c:
        name, data, field = _template_with(c, "list")
        _, _, date_field = _template_with(c, "date") if any(
            f["type"] == "date" for f in c.get(f"/v1/templates/{name}").json()["fields"]) else (None, None, None)
        data[field] = [marker] * 51
        if date_field:
            data[date_field] = f"i går {marker}"
        data["ukendt_felt"] = marker
        body = _problem(c.post(f"/v1/templates/{name}/render", json={"data": data, "format": "docx"}), 422)
        assert any(f"'{field}'" in e and "højst 50" in e for e in body["errors"]), body
        assert any("'ukendt_felt'" in e for e in body["errors"]), body  # the other problems are listed too
        if date_field:
            assert any(f"'{date_field}'" in e and "dato" in e for e in body["errors"]), body
        assert marker not in r_text(body)
        long_text = dict(c.get(f"/v1/templates/{name}").json()["example"])
        first_str = next(f["name"] for f in c.get(f"/v1/templates/{name}").json()["fields"] if f["type"] == "str")
        long_text[first_str] = marker * 100
        body = _problem(c.post(f"/v1/templates/{name}/render", json={"data": long_text}), 422)
        assert any(f"'{first_str}'" in e and "for langt" in e for e in body["errors"]) and marker not in r_text(body)


def test_a_wrong_enum_value_is_not_quoted_back(analyzer):
    with client() as c:
        body = _problem(c.post("/v1/analyze", json={"text": "Hej", "letter_type": "Zyxqvmarkør"}), 400)
        assert body["errors"] and "Zyxqvmarkør" not in r_text(body)


def test_head_of_the_page_and_one_charset(analyzer):
    with client() as c:
        head = c.head("/")
        assert head.status_code == 200 and head.content == b""
        assert head.headers["content-type"] == "text/html; charset=utf-8"
        get = c.get("/")
        assert get.headers["content-type"] == "text/html; charset=utf-8"
        assert int(head.headers["content-length"]) == len(get.content)
        name = c.get("/v1/templates").json()[0]["name"]
        example = c.get(f"/v1/templates/{name}").json()["example"]
        for fmt, media in (("text", "text/plain; charset=utf-8"), ("html", "text/html; charset=utf-8")):
            r = c.post(f"/v1/templates/{name}/render", json={"data": example, "format": fmt})
            assert r.status_code == 200 and r.headers["content-type"] == media


@pytest.mark.parametrize("path", ["/v1/analyze", "/v1/analyze/paragraphs", "/v1/rewrite", "/v1/triage"])
def test_json_endpoints_require_application_json(analyzer, path):
    body = '{"text": "Hej"}'
    with client() as c:
        for ctype in ("text/plain", "application/x-www-form-urlencoded", None):
            headers = {"content-type": ctype} if ctype else {}
            r = c.post(path, content=body.encode(), headers=headers)
            assert "application/json" in _problem(r, 415)["detail"]
        ok = c.post("/v1/analyze", content=body.encode(), headers={"content-type": "application/json; charset=utf-8"})
        assert ok.status_code == 200


def test_rate_limit_exemptions_are_exact_path_prefixes(analyzer):
    with client(rate_limit_per_minute=2) as c:
        for path in ("/health", "/static/app.js", "/schema/openapi.json", "/health", "/static/app.js"):
            assert c.get(path).status_code == 200  # exempt: never counted
        # a path that merely contains an exempt name is counted like any other
        codes = [c.get("/v1/rules/health").status_code for _ in range(3)]
        assert codes[:2] == [404, 404] and codes[2] == 429


def test_rate_limit_counts_characters(analyzer):
    letter = "Kære Ida. " * 100  # 1,000 characters
    with client(rate_limit_chars_per_minute=1500, rate_limit_per_minute=1000) as c:
        assert c.post("/v1/analyze", json={"text": letter}).status_code == 200
        assert c.post("/v1/analyze", json={"text": letter}).status_code == 200  # the budget was not spent yet
        r = c.post("/v1/analyze", json={"text": "Hej"})
        body = _problem(r, 429)
        assert "tekst" in body["detail"] and 1 <= int(r.headers["retry-after"]) <= 60
        assert c.get("/v1/rules").status_code == 200  # requests without text still go through


def test_per_endpoint_body_limits(analyzer):
    with client(max_rewrite_bytes=2_000, max_message_bytes=1_000) as c:
        assert c.post("/v1/analyze", json={"text": "Hej. " * 1000}).status_code == 200
        assert "grænsen" in _problem(c.post("/v1/rewrite", json={"text": "Hej. " * 1000}), 413)["detail"]
        _problem(c.post("/v1/triage", json={"text": "Hej. " * 1000}), 413)
        # a streamed body without Content-Length is counted as it arrives
        chunks = (b'{"text": "' + b"a" * 600, b"a" * 600 + b'"}')
        r = c.post("/v1/triage", content=iter(chunks), headers={"content-type": "application/json"})
        _problem(r, 413)


def test_health_details_only_with_a_key(analyzer):
    with client(api_keys=[KEY]) as c:
        anyone = c.get("/health").json()
        assert anyone["status"] in ("ok", "refused") and len(anyone["rules_hash"]) == 32 and anyone["worker"] > 0
        assert set(anyone) == {"status", "rules_hash", "worker"}
        staff = c.get("/health", headers={"Authorization": f"Bearer {KEY}"}).json()
        assert staff["rules"] > 0 and staff["rules_hash"] == anyone["rules_hash"]
        wrong = c.get("/health", headers={"Authorization": "Bearer " + "x" * 24}).json()
        assert "rules" not in wrong and "rules_error" not in wrong


def test_refused_cors_preflight_and_unknown_schema_path_are_problems(analyzer):
    with client(cors_origins=["https://sag.kommune.dk"]) as c:
        r = c.options("/v1/analyze", headers={"Origin": "https://ond.example", "Access-Control-Request-Method": "POST"})
        assert "Origin" in _problem(r, 400)["detail"]
        _problem(c.get("/schema/findes-ikke"), 404)


def test_openapi_says_render_answers_200(analyzer):
    with client() as c:
        spec = c.get("/schema/openapi.json").json()
    responses = spec["paths"]["/v1/templates/{name}/render"]["post"]["responses"]
    assert "200" in responses and "201" not in responses
    assert "503" in spec["paths"]["/v1/analyze"]["post"]["responses"]


# --- cost: heavy requests in their own process, with a time budget ------------------


def test_heavy_request_runs_in_a_child_process_with_the_same_answer(analyzer):
    with client(heavy_chars=10**9) as c:
        light = c.post("/v1/analyze", json={"text": BAD_LETTER}).json()
    with client(heavy_chars=0) as c:
        pool = c.app.state.heavy_pool
        heavy = c.post("/v1/analyze", json={"text": BAD_LETTER}).json()
        assert pool.started == 1
        document = c.post("/v1/documents", files={"file": ("brev.docx", docx_bytes(BAD_LETTER.split("\n\n")))})
        assert document.status_code == 200 and pool.started == 2  # a .docx is always heavy
        name = c.get("/v1/templates").json()[0]["name"]
        example = c.get(f"/v1/templates/{name}").json()["example"]
        r = c.post(f"/v1/templates/{name}/render", json={"data": example, "format": "docx"})
        assert r.status_code == 200 and r.content[:2] == b"PK" and pool.started == 3
        bad = c.post("/v1/documents", files={"file": ("brev.docx", b"ikke et Word-dokument")})
        assert "Word" in _problem(bad, 422)["detail"]  # an error in the child is the same problem
    assert heavy == light


def test_time_budget_stops_the_work_and_releases_the_cpu(analyzer, monkeypatch):
    import os
    import time

    from borgertekst.engine import Analyzer

    def spin(self, *args, **kwargs):
        while True:  # burns CPU until killed
            pass

    monkeypatch.setattr(Analyzer, "analyze", spin)
    monkeypatch.setattr(Analyzer, "analysis", spin)  # /v1/analyze keeps the parse for `rewritable`
    with client(heavy_chars=0, time_limit=1) as c:
        pool = c.app.state.heavy_pool
        t = time.monotonic()
        body = _problem(c.post("/v1/analyze", json={"text": BAD_LETTER}), 422)
        assert time.monotonic() - t < 10
        assert "sekunder" in body["detail"] and pool.killed == 1 and pool.running == 0
        assert not pool._children  # reaped


def test_a_child_whose_server_is_gone_ends_itself_after_its_budget():
    """A child stuck on something (here: a lock no one will release) ends itself one second
    after its budget, even when no server is left to kill it."""
    import os
    import signal
    import threading
    import time

    from borgertekst.api.heavy import _child

    held = threading.Lock()
    held.acquire()
    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(r)
        _child(w, 0, held.acquire, (), {"timeout": 30}, time.monotonic() + 1)
    os.close(w)
    os.close(r)  # nobody reads: the server side is gone
    _, status = os.waitpid(pid, 0)
    assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGALRM


def test_heavy_pool_refuses_when_full(analyzer):
    import threading
    import time

    from borgertekst.api.heavy import HeavyPool, PoolBusy

    pool = HeavyPool(workers=1, queue=1, time_limit=20)
    results = []
    threads = [threading.Thread(target=lambda: results.append(pool.run(time.sleep, 1.5))) for _ in range(2)]
    for th in threads:
        th.start()
    deadline = time.monotonic() + 5
    while (pool.running, pool.waiting) != (1, 1) and time.monotonic() < deadline:
        time.sleep(0.01)
    with pytest.raises(PoolBusy) as busy:
        pool.run(time.sleep, 0)
    assert busy.value.retry_after >= 1
    for th in threads:
        th.join()
    assert results == [None, None] and pool.started == 2


def test_heavy_pool_hands_back_exceptions_with_their_fields():
    from borgertekst.api.heavy import HeavyPool
    from borgertekst.replies import TemplateDataError

    def fail():
        raise TemplateDataError(["Feltet 'a' mangler.", "Feltet 'b' mangler."])

    with pytest.raises(TemplateDataError) as exc:
        HeavyPool().run(fail)
    assert exc.value.errors == ["Feltet 'a' mangler.", "Feltet 'b' mangler."]


def test_busy_pool_is_a_503_with_retry_after(analyzer, monkeypatch):
    from borgertekst.api import heavy

    def busy(self, *args, **kwargs):
        raise heavy.PoolBusy(7)

    monkeypatch.setattr(heavy.HeavyPool, "run", busy)
    with client(heavy_chars=0) as c:
        r = c.post("/v1/analyze", json={"text": "Hej"})
        assert "Prøv igen" in _problem(r, 503)["detail"] and r.headers["retry-after"] == "7"


# --- logs: one JSON object per line, nothing forged ----------------------------------


def test_log_lines_are_json_and_cannot_be_forged():
    import json

    from borgertekst.api.logs import JsonFormatter, uvicorn_log_config

    record = logging.LogRecord("borgertekst.api", logging.INFO, __file__, 1, "path=%s",
                               ("/static/a\nFORGED level=ERROR\u0000\u2028x",), None)
    line = JsonFormatter().format(record)
    assert "\n" not in line and "\x00" not in line and "\u2028" not in line
    assert json.loads(line)["message"] == "path=/static/a\nFORGED level=ERROR\u0000\u2028x"
    config = uvicorn_log_config("INFO")
    assert config["loggers"]["borgertekst"]["level"] == "INFO"  # worker processes keep their INFO lines


def test_memory_backstop_asks_the_worker_to_stop(monkeypatch):
    import os
    import signal
    import threading

    from borgertekst.api import app as app_module

    sent = []
    done = threading.Event()

    def kill(pid, sig):
        sent.append((pid, sig))
        done.set()

    monkeypatch.setattr(app_module.os, "kill", kill)
    monkeypatch.setattr(app_module, "rss_mb", lambda: 1200.0)
    app_module.watch_memory(1000, every=0.01)
    assert done.wait(10)
    assert sent == [(os.getpid(), signal.SIGTERM)]  # uvicorn finishes the requests, the supervisor replaces it
    from borgertekst.api.settings import Settings, SettingsError

    with pytest.raises(SettingsError, match="mindst 400"):
        Settings.from_env({"BORGERTEKST_MAX_WORKER_MB": "100"})
