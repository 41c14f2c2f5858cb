"""`borgertekst serve --workers 2` with insight: both worker processes take events at the same
time and write them to one database; none is lost, also not at shutdown (counted)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import threading
import time

import httpx
import pytest

from insight_support import db_url  # noqa: F401  (fixture)

REQUESTS, EVENTS = 60, 25


def _serve(tmp_path, env):
    log = open(tmp_path / "server.log", "w")
    proc = subprocess.Popen([sys.executable, "-m", "borgertekst", "serve", "--port", "0", "--workers", "2"],
                            stdout=subprocess.PIPE, stderr=log, text=True, env=env)
    match = re.search(r"http://127\.0\.0\.1:(\d+)/", proc.stdout.readline())
    assert match, (tmp_path / "server.log").read_text()[-3000:]
    url = f"http://127.0.0.1:{match.group(1)}"
    deadline = time.monotonic() + 180
    while True:
        try:
            if httpx.get(url + "/health", timeout=5).status_code == 200:
                return proc, url, log
        except httpx.TransportError:
            pass
        assert proc.poll() is None, (tmp_path / "server.log").read_text()[-3000:]
        assert time.monotonic() < deadline, "the server did not start"
        time.sleep(0.5)


def test_two_workers_store_every_event(db_url, tmp_path):
    env = dict(os.environ, BORGERTEKST_DATABASE_URL=db_url, BORGERTEKST_INSIGHT_DEPARTMENT="Jobcenter",
               BORGERTEKST_RATE_LIMIT="1000000")
    env.pop("BORGERTEKST_INSIGHT", None)
    proc, url, log = _serve(tmp_path, env)
    statuses: list[int] = []
    lock = threading.Lock()

    def send(k: int) -> None:
        for i in range(k, REQUESTS, 6):
            body = [{"action": ("shown", "ignored", "applied")[(i + j) % 3], "rule": "tone.tryk", "lix": 40,
                     "words": 200} for j in range(EVENTS)]
            # a new connection per request, so the requests spread over both processes
            status = httpx.post(url + "/v1/insight/events", json=body, timeout=60).status_code
            with lock:
                statuses.append(status)

    try:
        threads = [threading.Thread(target=send, args=(k,)) for k in range(6)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(300)
        assert statuses == [202] * REQUESTS
    finally:
        proc.terminate()  # the workers write what they still hold before they exit
        try:
            proc.wait(60)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(10)
        log.close()
    from borgertekst.insight.store import InsightStore

    store = InsightStore(db_url)
    try:
        assert store.total() == REQUESTS * EVENTS
        assert store.aggregate(["department"]) == {("Jobcenter",): REQUESTS * EVENTS}
    finally:
        store.close()
    server_log = (tmp_path / "server.log").read_text()
    assert "not stored" not in server_log and "Traceback" not in server_log, server_log[-3000:]
    started = [line for line in server_log.splitlines() if "insight on: database=" in line]
    assert len({re.search(r'"pid": (\d+)', line).group(1) for line in started}) == 2  # both workers
    written = [int(n) for n in re.findall(r"insight writer stopped: written=(\d+) dropped=0", server_log)]
    assert len(written) == 2 and sum(written) == REQUESTS * EVENTS, written  # flushed at shutdown
