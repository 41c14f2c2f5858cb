"""``borgertekst serve``'s listening socket: connections answer without Nagle's delay.

uvicorn binds its socket with proto 0, so asyncio never sets TCP_NODELAY on the
connections, and a response written as headers and body in two sends waited for the
client's delayed ACK (about 40 ms per keep-alive request). ``serve`` sets the option on
the listening socket; accepted connections inherit it."""

from __future__ import annotations

import socket
import sys
from types import SimpleNamespace

import pytest

from borgertekst.cli import serve

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="inheritance checked on Linux")


def test_serve_listens_with_tcp_nodelay(monkeypatch):
    seen = {}

    class FakeSupervisor:
        def __init__(self, config, sockets):
            seen["sockets"] = sockets

        def run(self):
            sock = seen["sockets"][0]
            sock.listen()  # uvicorn listens when its server starts
            client = socket.create_connection(sock.getsockname()[:2])
            conn, _ = sock.accept()
            seen["listen"] = sock.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY)
            seen["accepted"] = conn.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY)
            conn.close()
            client.close()
            sock.close()

    import uvicorn.supervisors

    monkeypatch.setattr(uvicorn.supervisors, "Multiprocess", FakeSupervisor)
    monkeypatch.setenv("BORGERTEKST_SUPERVISED", "0")
    assert serve.run(SimpleNamespace(host="127.0.0.1", port=0, workers=1)) == 0
    assert seen["listen"] != 0
    assert seen["accepted"] != 0
