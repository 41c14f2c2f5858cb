"""Hostile input.

``hostile_timings``: how long hostile-but-accepted inputs take in-process: the
largest accepted text, and runs of punctuation or emoji without spaces, which
spaCy's tokenizer splits one character at a time (time grows with the square of
the run length; see explosion/spaCy#1768 and #4362).

``python -m bench.hostile``: the hostile HTTP set of issue 16 against a real
``borgertekst serve`` (static paths with NUL bytes and over-long names, a
multipart field of bytes that are not UTF-8, control characters and a
4,301-digit number in template data, 20,000- and 100,000-item lists, a 1 MB
rewrite, wrong content types, deep JSON nesting, a refused CORS preflight, a
.docx holding 55 MB of XML, invalid HTTP, log forging with ``%0a`` and NUL).
Reports every status, every 5xx (the target is none), every 4xx that is not a
problem document, whether a marker sent in a request came back, whether every
log line is one JSON object, and the worker's memory before and after.
"""

from __future__ import annotations

import io
import json
import socket
import sys
import time
import zipfile
from collections import Counter
from pathlib import Path

from borgertekst.document import MAX_TEXT_CHARS

from .letters import make_letters

MARKER = "Zyxqvørmarkør"


def _time(analyzer, text: str) -> float:
    c = time.thread_time()
    analyzer.analyze(text)
    return time.thread_time() - c


def hostile_timings(analyzer, quick: bool = False) -> dict:
    runs = (1000, 2000, 4000) if quick else (1000, 2000, 4000, 8000)
    out: dict = {"runs": {}}
    for ch, label in (("!", "exclamation marks"), ("😀", "emoji"), ("a", "one letter (one long word)")):
        out["runs"][label] = {n: _time(analyzer, ch * n) for n in runs}
    size = 200_000 if quick else MAX_TEXT_CHARS
    text = "\n\n".join(make_letters(size // 2000 + 10, 400, seed=13))[:size]
    out["largest_accepted"] = {"chars": len(text), "cpu_s": _time(analyzer, text)}
    return out


# --- the HTTP set -----------------------------------------------------------------------


SENTENCES = sorted({s.strip() + "." for t in make_letters(40, 400, seed=3) for s in t.split(".") if len(s) > 20})


def _docx_with_xml(megabytes: int, incompressible: bool) -> bytes:
    """A .docx whose word/document.xml is ``megabytes`` MB of paragraphs: one sentence over and
    over (compresses like a zip bomb), or sentences in random order (compresses like a big real file)."""
    import random

    rng = random.Random(5)
    para = "<w:p><w:r><w:t>{}</w:t></w:r></w:p>"
    words = []
    size = 0
    while size < megabytes * 1_000_000:
        text = (" ".join(rng.choice(SENTENCES) for _ in range(5)) if incompressible
                else "Vi har modtaget din ansøgning. " * 12)
        chunk = para.format(text)
        words.append(chunk)
        size += len(chunk)
    xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.'
           'openxmlformats.org/wordprocessingml/2006/main"><w:body>' + "".join(words) + "</w:body></w:document>")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/'
                   'package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>')
        z.writestr("word/document.xml", xml)
    return buf.getvalue()


def hostile_set(templates: list[dict]) -> list[tuple[str, str, str, dict]]:
    """(label, method, path, httpx keyword arguments)."""
    out: list[tuple[str, str, str, dict]] = []
    for path in ("/static/%00", "/plugins/a%00", "/word/taskpane.html%00", "/static/" + "a" * 256,
                 "/plugins/" + "b" * 1000, "/schema/findes-ikke", "/static/..%2f..%2fetc%2fpasswd",
                 "/static/a%0a%7B%22level%22%3A%22ERROR%22%7D%00", "/v1/rules/x%0aFORGED%00"):
        out.append((f"GET {path[:40]}", "GET", path, {}))
    out.append(("HEAD /", "HEAD", "/", {}))
    multipart = b'--b\r\nContent-Disposition: form-data; name="file"\r\n\r\n\xff\xfe\x00\xc3(\r\n--b--\r\n'
    out.append(("multipart field without filename, not UTF-8", "POST", "/v1/documents",
                {"content": multipart, "headers": {"content-type": "multipart/form-data; boundary=b"}}))
    by_type: dict[str, tuple[str, dict, str]] = {}
    for info in templates:
        for field in info["fields"]:
            by_type.setdefault(field["type"], (info["name"], info["example"], field["name"]))
    if "str" in by_type:
        name, example, field = by_type["str"]
        for ch in ("\u0000", "\u0001", "\u000b", "\u000c", "\ufffe"):
            out.append((f"render .docx, U+{ord(ch):04X} in a field", "POST", f"/v1/templates/{name}/render",
                        {"json": {"data": {**example, field: f"{MARKER}{ch}"}, "format": "docx"}}))
    if "int" in by_type:
        name, example, field = by_type["int"]
        out.append(("integer field as a 4,301-digit string", "POST", f"/v1/templates/{name}/render",
                    {"json": {"data": {**example, field: "7" * 4301}}}))
    if "list" in by_type:
        name, example, field = by_type["list"]
        for n in (60, 20_000, 100_000):
            out.append((f"render .docx with a {n:,}-item list", "POST", f"/v1/templates/{name}/render",
                        {"json": {"data": {**example, field: [MARKER] * n}, "format": "docx"}}))
    if "date" in by_type:
        name, example, field = by_type["date"]
        out.append(("date field with case text", "POST", f"/v1/templates/{name}/render",
                    {"json": {"data": {**example, field: f"i går {MARKER}"}}}))
    out += [
        ("1 MB rewrite", "POST", "/v1/rewrite", {"json": {"text": "Såfremt De har spørgsmål. " * 40_000}}),
        ("analyze as text/plain", "POST", "/v1/analyze",
         {"content": b'{"text": "Hej"}', "headers": {"content-type": "text/plain"}}),
        ("analyze as a form post", "POST", "/v1/analyze",
         {"content": b"text=Hej", "headers": {"content-type": "application/x-www-form-urlencoded"}}),
        ("JSON nested 100,000 deep", "POST", "/v1/analyze",
         {"content": b"[" * 100_000, "headers": {"content-type": "application/json"}}),
        ("broken JSON with case text", "POST", "/v1/analyze",
         {"content": ('{"text": "' + MARKER).encode(), "headers": {"content-type": "application/json"}}),
        ("enum value with case text", "POST", "/v1/analyze", {"json": {"text": "Hej", "letter_type": MARKER}}),
        ("CORS preflight from another origin", "OPTIONS", "/v1/analyze",
         {"headers": {"Origin": "https://ond.example", "Access-Control-Request-Method": "POST"}}),
        (".docx with 55 MB of compressible XML (zip bomb)", "POST", "/v1/documents",
         {"files": {"file": ("bombe.docx", _docx_with_xml(55, incompressible=False))}}),
        (".docx of a few MB holding 55 MB of XML", "POST", "/v1/documents",
         {"files": {"file": ("stor.docx", _docx_with_xml(55, incompressible=True))}}),
    ]
    return out


def _invalid_http(url: str) -> tuple[int, bool]:
    host, port = url.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=30) as s:
        s.sendall(b"GARBAGE \x00 \r\n\r\n")
        answer = b""
        while chunk := s.recv(4096):
            answer += chunk
    head = answer.split(b"\r\n", 1)[0]
    status = int(head.split()[1]) if len(head.split()) > 1 else 0
    return status, b"application/problem+json" in answer


def run_hostile(url: str) -> dict:
    import httpx

    results = []
    with httpx.Client(base_url=url, timeout=120) as client:
        templates = client.get("/v1/templates").json()
        for label, method, path, kwargs in hostile_set(templates):
            t = time.perf_counter()
            try:
                r = client.request(method, path, **kwargs)
                status, ctype, body = r.status_code, r.headers.get("content-type", ""), r.text
            except httpx.HTTPError as exc:
                status, ctype, body = 0, "", type(exc).__name__
            results.append({"label": label, "status": status, "s": round(time.perf_counter() - t, 2),
                            "problem": ctype.startswith("application/problem+json"),
                            "marker_echoed": MARKER in body})
        health = client.get("/health").json()
    status, problem = _invalid_http(url)
    results.append({"label": "invalid HTTP", "status": status, "s": 0.0, "problem": problem, "marker_echoed": False})
    statuses = Counter(r["status"] for r in results)
    return {
        "requests": len(results), "statuses": {str(k): v for k, v in sorted(statuses.items())},
        "server_errors": [r for r in results if r["status"] >= 500 or r["status"] == 0],
        "not_problem_4xx": [r["label"] for r in results if 400 <= r["status"] < 500 and not r["problem"]],
        "marker_echoed": [r["label"] for r in results if r["marker_echoed"]],
        "health_fields_without_key": sorted(health), "results": results,
    }


def main(argv: list[str] | None = None) -> int:
    import os
    import tempfile

    from .http_bench import OUT, Server

    log = Path(tempfile.mkdtemp()) / "server.log"
    env = {"BORGERTEKST_CORS_ORIGINS": "https://sag.kommune.dk", "BORGERTEKST_RATE_LIMIT": "100000"}
    with Server(env=env, log=log) as server:
        before = server.worker_rss_mb()
        out = run_hostile(server.url)
        time.sleep(1.0)
        out["worker_rss_mb"] = {"before": before, "after": server.worker_rss_mb()}
    lines = log.read_bytes().splitlines()
    bad = []
    for line in lines:
        try:
            json.loads(line)
        except ValueError:
            bad.append(line[:200].decode("utf-8", "replace"))
    out["log"] = {"lines": len(lines), "not_json": bad, "raw_nul": sum(b"\x00" in line for line in lines),
                  "marker_logged": sum(MARKER.encode() in line for line in lines)}
    out["load_avg"] = os.getloadavg()
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "hostile.json").write_text(json.dumps(out, indent=1, ensure_ascii=False))
    for r in out["results"]:
        print(f"{r['status']:>4} {'problem' if r['problem'] else '       '} {r['s']:>6.2f} s  {r['label']}")
    summary = {k: v for k, v in out.items() if k != "results"}
    print(json.dumps(summary, indent=1, ensure_ascii=False))
    return 1 if out["server_errors"] or out["not_problem_4xx"] or out["marker_echoed"] or bad else 0


if __name__ == "__main__":
    sys.exit(main())
