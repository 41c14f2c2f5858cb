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
