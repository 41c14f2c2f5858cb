"""`borgertekst serve --workers 2`: several processes, each following rule changes,
each reporting the rule set it serves; JSON log lines from every process."""

import json
import os
import re
import shutil
import socket
import subprocess
import sys
import threading
import time
from collections import Counter
from pathlib import Path

import httpx
import pytest

from borgertekst.rulebook.loader import shipped_rules_dir
from borgertekst.api.rulestore import files_hash


class Served:
    """``borgertekst serve --port 0`` in a child process; the port it printed."""

    def __init__(self, tmp_path: Path, workers: int, env: dict):
        self.log = tmp_path / "server.log"
        self._err = open(self.log, "w")
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "borgertekst", "serve", "--port", "0", "--workers", str(workers)],
            stdout=subprocess.PIPE, stderr=self._err, text=True, env=env,
        )
        line = self.proc.stdout.readline()
        match = re.search(r"http://127\.0\.0\.1:(\d+)/", line)
        assert match, line
        self.url = f"http://127.0.0.1:{match.group(1)}"
        deadline = time.monotonic() + 120
        while True:
            try:
                if httpx.get(self.url + "/health", timeout=5).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            assert self.proc.poll() is None, self.log.read_text()[-3000:]
            assert time.monotonic() < deadline, "the server did not start"
            time.sleep(0.5)

    def health(self) -> dict:
        # a new connection each time, so the requests spread over the worker processes
        return httpx.get(self.url + "/health", timeout=10).json()

    def close(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(30)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait(10)
        self._err.close()


def _env(tmp_path: Path, rules: Path) -> dict:
    env = dict(os.environ, BORGERTEKST_RULES=str(rules), XDG_CONFIG_HOME=str(tmp_path / "config"),
               BORGERTEKST_RATE_LIMIT="1000000")
    for name in ("BORGERTEKST_API_KEYS", "BORGERTEKST_RULES_LOCAL"):
        env.pop(name, None)
    return env


class Contention:
    """How much slower than on an otherwise idle machine the server runs now, from the processes
    that are ready to run: ``max(1, all / CPUs) / max(1, ours / CPUs)``, where ``ours`` are the
    threads of this test and of the server's process tree. 1.0 when nothing else competes for
    the CPUs (then a limit means exactly what it says); 3.0 when other work leaves the server a
    third of the CPU time it would have. Linux only (elsewhere always 1.0). Averaged over the
    samples taken while waiting, so a time limit holds for the machine as it is."""

    def __init__(self, server_pid: int):
        self.root = server_pid
        self.cpus = os.cpu_count() or 1
        self.samples: list[float] = []

    @staticmethod
    def _stat(path: Path) -> list[str] | None:
        try:
            return path.read_text().rsplit(")", 1)[1].split()  # after "(comm)": state, ppid, …
        except (OSError, IndexError):
            return None

    def _ours(self) -> set[int]:
        children: dict[int, list[int]] = {}
        for proc in Path("/proc").iterdir():
            if proc.name.isdigit() and (fields := self._stat(proc / "stat")):
                children.setdefault(int(fields[1]), []).append(int(proc.name))
        ours, todo = {os.getpid()}, [self.root]
        while todo:
            pid = todo.pop()
            ours.add(pid)
            todo.extend(children.get(pid, []))
        return ours

    def sample(self) -> None:
        try:
            stat = Path("/proc/stat").read_text()
        except OSError:
            return
        found = re.search(r"^procs_running (\d+)", stat, re.MULTILINE)
        if not found:
            return
        ours = 0
        for pid in self._ours():
            try:
                tasks = list(Path(f"/proc/{pid}/task").iterdir())
            except OSError:
                continue
            ours += sum(1 for task in tasks if (fields := self._stat(task / "stat")) and fields[0] == "R")
        everyone = max(int(found.group(1)), ours)
        self.samples.append(max(1.0, everyone / self.cpus) / max(1.0, ours / self.cpus))

    def factor(self) -> float:
        return sum(self.samples) / len(self.samples) if self.samples else 1.0


def _until(predicate, seconds: float, what, contention: Contention | None = None) -> float:
    """Wait until ``predicate()``; fail after ``seconds`` times the contention from other work
    on the machine (``Contention``: exactly ``seconds`` on an otherwise idle machine). Returns
    the time it took, in seconds as the server would have seen them without that other work."""
    started = time.monotonic()
    while True:
        if contention is not None:
            contention.sample()
        factor = contention.factor() if contention is not None else 1.0
        elapsed = time.monotonic() - started
        if predicate():
            return elapsed / factor
        if elapsed > seconds * factor:
            pytest.fail(f"not within {seconds} s (× {factor:.1f} for other work on the machine): {what()}")
        time.sleep(0.05)


def _per_worker(server: Served, want: int = 2, seconds: float = 30, contention: Contention | None = None) -> dict:
    seen: dict[int, dict] = {}

    def poll():
        h = server.health()
        seen[h["worker"]] = h
        return len(seen) >= want

    _until(poll, seconds, lambda: f"{want} worker processes answering /health (seen {list(seen)})", contention)
    return seen


def test_rule_changes_reach_every_worker_under_load(tmp_path):
    rules = tmp_path / "rules"
    shutil.copytree(shipped_rules_dir(), rules)
    server = Served(tmp_path, 2, _env(tmp_path, rules))
    stop = threading.Event()
    statuses: Counter = Counter()

    def load():
        with httpx.Client(base_url=server.url, timeout=30) as c:
            while not stop.is_set():
                statuses[c.post("/v1/analyze", json={"text": "Såfremt De har spørgsmål, kan De ringe."}).status_code] += 1

    threads = [threading.Thread(target=load) for _ in range(2)]
    contention = Contention(server.proc.pid)
    try:
        for th in threads:
            th.start()
        first = _per_worker(server, contention=contention)
        start_hash = files_hash(rules.rglob("*.yaml"))
        assert {h["rules_hash"] for h in first.values()} == {start_hash}

        # two changes in quick succession, the second of the same size (a check by modification
        # time and size can miss it); both workers must serve the second within 10 s
        target = sorted(rules.rglob("*.yaml"))[0]
        original = target.read_text(encoding="utf-8")
        target.write_text(original + "\n# ændring 1\n", encoding="utf-8")
        time.sleep(0.05)
        target.write_text(original + "\n# ændring 2\n", encoding="utf-8")
        expected = files_hash(rules.rglob("*.yaml"))
        assert expected != start_hash
        latest: dict[int, str] = {}

        def all_new():
            h = server.health()
            latest[h["worker"]] = h["rules_hash"]
            return len(latest) >= 2 and set(latest.values()) == {expected}

        # 10 s on an otherwise idle machine; under other work, 10 s of the CPU share the server gets
        reload = Contention(server.proc.pid)
        took = _until(all_new, 10, lambda: f"both workers on {expected} (seen {latest})", reload)
        assert took <= 10, (took, reload.factor())

        # a broken change: both workers stay on the last good set and say so
        target.write_text("id: [ikke gyldig\n", encoding="utf-8")
        status: dict[int, dict] = {}

        def all_refused():
            h = server.health()
            status[h["worker"]] = h
            return len(status) >= 2 and all(s["status"] == "refused" for s in status.values())

        _until(all_refused, 10, lambda: f"both workers refusing the broken change (seen {status})",
               Contention(server.proc.pid))
        assert {s["rules_hash"] for s in status.values()} == {expected}
        assert all("ugyldig YAML" in s["rules_error"] for s in status.values())
    finally:
        stop.set()
        for th in threads:
            th.join(30)
        server.close()
    assert statuses[200] > 0 and set(statuses) == {200}, statuses

    # every line of the log is one JSON object; the workers' own INFO lines are there
    lines = [json.loads(line) for line in server.log.read_text().splitlines() if line.strip()]
    pids = {rec["pid"] for rec in lines if rec["logger"].startswith("borgertekst") and rec["level"] == "INFO"}
    assert len(pids & set(first)) == 2, pids
    assert any("refused" in rec["message"] for rec in lines)


def test_serve_with_two_workers_answers_analyze_and_bad_http_with_a_problem(tmp_path):
    server = Served(tmp_path, 2, _env(tmp_path, shipped_rules_dir()))
    try:
        r = httpx.post(server.url + "/v1/analyze", json={"text": "Såfremt De har spørgsmål."}, timeout=30)
        assert r.status_code == 200
        assert any(f["rule"] == "klarsprog.kancellisprog" for f in r.json()["findings"])
        host, port = server.url.removeprefix("http://").split(":")
        with socket.create_connection((host, int(port)), timeout=10) as s:
            s.sendall(b"GARBAGE \x00\r\n\r\n")
            answer = b""
            while chunk := s.recv(4096):
                answer += chunk
        head, _, body = answer.partition(b"\r\n\r\n")
        assert head.startswith(b"HTTP/1.1 400") and b"application/problem+json" in head
        assert "gyldig HTTP" in json.loads(body)["detail"]
    finally:
        server.close()


def test_worker_count_is_checked(capsys):
    from borgertekst.cli import main

    assert main(["serve", "--workers", "0"]) == 2
    assert "processer" in capsys.readouterr().err
