"""`borgertekst serve --workers 2` serves from several processes."""

import socket
import subprocess
import sys
import time

import httpx


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_serve_with_two_workers_answers_analyze():
    port = _free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "borgertekst", "serve", "--port", str(port), "--workers", "2"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 90
        while True:
            try:
                r = httpx.post(f"http://127.0.0.1:{port}/v1/analyze", json={"text": "Såfremt De har spørgsmål."}, timeout=10)
                break
            except httpx.TransportError:
                assert proc.poll() is None, "the server stopped"
                assert time.monotonic() < deadline, "the server did not start"
                time.sleep(0.5)
        assert r.status_code == 200
        assert any(f["rule"] == "klarsprog.kancellisprog" for f in r.json()["findings"])
    finally:
        proc.terminate()
        proc.wait(30)


def test_worker_count_is_checked(capsys):
    from borgertekst.cli import main

    assert main(["serve", "--workers", "0"]) == 2
    assert "processer" in capsys.readouterr().err
