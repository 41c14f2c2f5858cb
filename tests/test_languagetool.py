"""The LanguageTool adapter against a local stand-in server that speaks
LanguageTool's documented HTTP API (GET /v2/languages, POST /v2/check).
It has not been run against a real LanguageTool server here."""

import json
import threading
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from borgertekst.checks.stavning import LanguageToolAdapter


def _utf16_len(s: str) -> int:
    return len(s.encode("utf-16-le")) // 2


class _Handler(BaseHTTPRequestHandler):
    received: list[dict] = []

    def log_message(self, *args):  # keep test output quiet
        pass

    def _json(self, payload):
        body = json.dumps(payload).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        if self.path.startswith("/v2/languages"):
            self._json([{"name": "Danish", "code": "da", "longCode": "da-DK"}])
        else:
            self.send_error(404)

    def do_POST(self):
        if not self.path.startswith("/v2/check"):
            self.send_error(404)
            return
        length = int(self.headers["Content-Length"])
        form = urllib.parse.parse_qs(self.rfile.read(length).decode())
        text = form["text"][0]
        _Handler.received.append({k: v[0] for k, v in form.items()})
        matches = []
        word = "tilbagemelding"
        i = text.find(word)
        if i >= 0:
            # Java counts UTF-16 units: emoji before the word take two.
            offset = _utf16_len(text[:i])
            matches.append({
                "message": "Overvej et kortere ord.",
                "shortMessage": "",
                "replacements": [{"value": "svar"}],
                "offset": offset,
                "length": _utf16_len(word),
                "context": {"text": text, "offset": offset, "length": _utf16_len(word)},
                "sentence": text,
                "type": {"typeName": "Other"},
                "rule": {"id": "DA_TEST_RULE", "description": "test", "issueType": "style",
                         "category": {"id": "STYLE", "name": "Stil"}},
                "ignoreForIncompleteSentence": False,
                "contextForSureMatch": 0,
            })
        self._json({"software": {"name": "LanguageTool"}, "language": {"code": "da-DK"}, "matches": matches})


@pytest.fixture()
def lt_server():
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()


@pytest.mark.parametrize("prefix", ["Tak for din ", "Tak 🙂 for din ", "Tak 👍🏽 for dïn ", "Tak e\u0301 for din "])
def test_adapter_maps_utf16_offsets_to_code_points(lt_server, prefix):
    text = prefix + "tilbagemelding på sagen."
    matches = LanguageToolAdapter(lt_server, "da-DK").check(text)
    assert len(matches) == 1
    start, end, message, replacements, rule_id = matches[0]
    assert text[start:end] == "tilbagemelding"
    assert replacements == ["svar"]
    assert rule_id == "DA_TEST_RULE"
    assert _Handler.received[-1]["language"] == "da-DK"


def test_engine_uses_languagetool_only_when_configured(lt_server, monkeypatch):
    from borgertekst.engine import Analyzer

    text = "Tak for din tilbagemelding."
    monkeypatch.delenv("BORGERTEKST_LANGUAGETOOL_URL", raising=False)
    assert not [f for f in Analyzer().analyze(text).findings if f.rule == "stavning.languagetool"]

    monkeypatch.setenv("BORGERTEKST_LANGUAGETOOL_URL", lt_server)
    found = [f for f in Analyzer().analyze(text).findings if f.rule == "stavning.languagetool"]
    assert [f.text for f in found] == ["tilbagemelding"]
    assert found[0].suggestions == ["svar"]


def test_unreachable_server_gives_notice_not_crash(monkeypatch):
    from borgertekst.engine import Analyzer

    monkeypatch.setenv("BORGERTEKST_LANGUAGETOOL_URL", "http://127.0.0.1:9/")
    report = Analyzer().analyze("Tak for din mail.")
    assert any("LanguageTool" in n for n in report.notices)
