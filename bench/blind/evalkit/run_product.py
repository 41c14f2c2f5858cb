"""EVAL runner: measure one commit of borgertekst on an EVAL set.

    python3 run_product.py --set bench/blind/eval11 COMMIT OUTDIR [--no-web]

git archive COMMIT -> /tmp/<set>-src-<sha>, start `borgertekst serve` from there (the team's .venv python with
PYTHONPATH set to the archive), then through the HTTP API:
  letters   -> POST /v1/analyze (type detected)            -> raw/letters.json
  tone.tsv  -> POST /v1/analyze per sentence              -> raw/tone.json
  messages  -> POST /v1/triage                            -> raw/messages.json
  rewrite   -> POST /v1/rewrite only_span for every finding marked rewritable -> raw/rewrite.json
  web page  -> web_walk.py (playwright + Debian chromium) -> raw/web.json
"""
from __future__ import annotations

import csv
import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path


from evalset import NAME, SET as HERE, labels as set_labels  # noqa: E402  (--set DIR)
PY = "/work/main/.venv/bin/python"


def sh(*a, **kw):
    return subprocess.run(a, check=True, capture_output=True, text=True, **kw).stdout


def archive(commit: str) -> Path:
    sha = sh("git", "-C", "/work/main", "rev-parse", commit).strip()
    dest = Path(f"/tmp/{NAME}-src-{sha[:12]}")
    if not (dest / "borgertekst").is_dir():
        dest.mkdir(parents=True, exist_ok=True)
        p1 = subprocess.Popen(["git", "-C", "/work/main", "archive", sha], stdout=subprocess.PIPE)
        subprocess.run(["tar", "-x", "-C", str(dest)], stdin=p1.stdout, check=True)
        p1.wait()
    return dest


def env_for(src: Path) -> dict:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(src)
    env["BORGERTEKST_CACHE_DIR"] = f"/tmp/{NAME}-cache"
    env["BORGERTEKST_RATE_LIMIT"] = "100000"
    env["BORGERTEKST_RATE_LIMIT_CHARS"] = "1000000000"
    return env


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start(src: Path):
    port = free_port()
    log = open(f"/tmp/{NAME}-serve-{port}.log", "w")
    proc = subprocess.Popen([PY, "-m", "borgertekst", "serve", "--host", "127.0.0.1", "--port", str(port),
                             "--workers", "1"], cwd=src, env=env_for(src), stdout=log, stderr=log,
                            start_new_session=True)
    url = f"http://127.0.0.1:{port}"
    end = time.monotonic() + 600
    while time.monotonic() < end:
        if proc.poll() is not None:
            raise SystemExit(f"server stopped, see /tmp/{NAME}-serve-{port}.log")
        try:
            with urllib.request.urlopen(url + "/health", timeout=2):
                return url, proc
        except OSError:
            time.sleep(0.5)
    os.killpg(proc.pid, signal.SIGTERM)
    raise SystemExit("server did not start")


def post(url: str, path: str, body: dict):
    req = urllib.request.Request(url + path, data=json.dumps(body).encode(), method="POST",
                                 headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(req, timeout=120) as r:
            return r.status, json.loads(r.read())
    except urllib.error.HTTPError as e:
        return e.code, {"error": e.read().decode(errors="replace")[:500]}


def main():
    commit, out = sys.argv[1], Path(sys.argv[2])
    web = "--no-web" not in sys.argv
    raw = out / "raw"
    raw.mkdir(parents=True, exist_ok=True)
    src = archive(commit)
    sha = sh("git", "-C", "/work/main", "rev-parse", commit).strip()
    check = subprocess.run([PY, "-c", "import borgertekst; print(borgertekst.__file__)"], env=env_for(src),
                           cwd="/tmp", capture_output=True, text=True).stdout.strip()
    meta = {"commit": sha, "src": str(src), "import_check": check, "started": time.strftime("%H:%M:%S", time.gmtime())}
    print(meta, flush=True)
    assert check.startswith(str(src)), check
    labels = set_labels()
    url, proc = start(src)
    try:
        letters = {}
        for l in labels:
            text = (HERE / "letters" / l["file"]).read_text(encoding="utf-8")
            st, rep = post(url, "/v1/analyze", {"text": text})
            letters[l["id"]] = {"status": st, "report": rep}
        (raw / "letters.json").write_text(json.dumps(letters, ensure_ascii=False, indent=1))
        print("letters done", flush=True)
        tone = []
        with open(HERE / "tone.tsv", encoding="utf-8") as f:
            for row in csv.DictReader(f, delimiter="\t"):
                st, rep = post(url, "/v1/analyze", {"text": row["sentence"]})
                tone.append({"row": row, "status": st, "report": rep})
        (raw / "tone.json").write_text(json.dumps(tone, ensure_ascii=False, indent=1))
        print("tone done", flush=True)
        msgs = []
        with open(HERE / "messages.tsv", encoding="utf-8") as f:
            for row in csv.DictReader(f, delimiter="\t"):
                text = row["message"].replace("\\n", "\n")
                st, rep = post(url, "/v1/triage", {"text": text})
                msgs.append({"row": row, "status": st, "result": rep})
        (raw / "messages.json").write_text(json.dumps(msgs, ensure_ascii=False, indent=1))
        print("messages done", flush=True)
        rw = []
        for l in labels:
            text = (HERE / "letters" / l["file"]).read_text(encoding="utf-8")
            rep = letters[l["id"]]["report"]
            for f in rep.get("findings", []):
                if not f.get("rewritable"):
                    continue
                st, res = post(url, "/v1/rewrite", {"text": text, "only_span": [f["start"], f["end"]]})
                changed = st == 200 and (res.get("text") != text) and bool(res.get("changes"))
                rw.append({"id": l["id"], "rule": f["rule"], "severity": f["severity"], "text": f["text"],
                           "start": f["start"], "end": f["end"], "status": st, "changed": changed,
                           "changes": [(c.get("rule"), c.get("old"), c.get("new")) for c in res.get("changes", [])]
                           if st == 200 else res})
        (raw / "rewrite.json").write_text(json.dumps(rw, ensure_ascii=False, indent=1))
        print("rewrite done", flush=True)
        if web:
            r = subprocess.run([PY, str(Path(__file__).resolve().parent / "web_walk.py"), "--set", str(HERE), url, str(raw / "web.json")], env=env_for(src),
                               capture_output=True, text=True, timeout=3000)
            print("web:", r.returncode, r.stdout[-2000:], r.stderr[-2000:], flush=True)
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
    meta["finished"] = time.strftime("%H:%M:%S", time.gmtime())
    (out / "meta.json").write_text(json.dumps(meta, indent=1))
    print(meta)


if __name__ == "__main__":
    main()
