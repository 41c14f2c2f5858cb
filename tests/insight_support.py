"""Shared pieces of the insight tests: a throw-away PostgreSQL cluster and event factories.

The cluster is Debian's ``postgresql`` (``scripts/setup.sh test`` installs it as root), started
with initdb/pg_ctl in a temporary folder on a free loopback port; as root it runs as the
``postgres`` user (PostgreSQL refuses to run as root). Without it the PostgreSQL half of
the suite is skipped with the reason.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _bindir() -> Path | None:
    found = shutil.which("initdb")
    if found:
        return Path(found).resolve().parent
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"),
                        key=lambda p: int(Path(p).parts[-3]) if Path(p).parts[-3].isdigit() else 0)
    return Path(candidates[-1]).parent if candidates else None


class PostgresCluster:
    """A PostgreSQL server of its own; ``url(name)`` makes a fresh database."""

    def __init__(self):
        self.bindir = _bindir()
        if self.bindir is None:
            raise RuntimeError("PostgreSQL is not installed (Debian package 'postgresql'; "
                               "scripts/setup.sh test installs it when run as root)")
        self.run_as: list[str] = []
        self.dir = Path(tempfile.mkdtemp(prefix="borgertekst-pg-"))
        if os.geteuid() == 0:
            try:
                user = pwd.getpwnam("postgres")
            except KeyError:
                raise RuntimeError("running as root and there is no 'postgres' user to run PostgreSQL as") from None
            if not shutil.which("runuser"):
                raise RuntimeError("running as root and 'runuser' is missing")
            os.chown(self.dir, user.pw_uid, user.pw_gid)
            self.run_as = ["runuser", "-u", "postgres", "--"]
        self.port = _free_port()
        data = self.dir / "data"
        self._run([str(self.bindir / "initdb"), "-D", str(data), "-A", "trust", "-U", "borgertekst",
                   "-E", "UTF8", "--locale=C", "--no-sync"])
        options = (f"-p {self.port} -k {self.dir} -c listen_addresses=127.0.0.1 -c fsync=off "
                   "-c synchronous_commit=off -c full_page_writes=off -c max_connections=50")
        self._run([str(self.bindir / "pg_ctl"), "-D", str(data), "-l", str(self.dir / "log"), "-w", "-t", "60",
                   "-o", options, "start"])
        self.data = data
        self._count = 0

    def _run(self, cmd: list[str]) -> None:
        result = subprocess.run(self.run_as + cmd, capture_output=True, text=True, timeout=120, cwd=self.dir)
        if result.returncode != 0:
            log = (self.dir / "log").read_text(errors="replace")[-2000:] if (self.dir / "log").exists() else ""
            raise RuntimeError(f"{Path(cmd[0]).name} failed: {result.stderr.strip()[-2000:]} {log}")

    def url(self, name: str | None = None) -> str:
        import psycopg

        self._count += 1
        name = name or f"t{os.getpid()}_{self._count}"
        with psycopg.connect(host="127.0.0.1", port=self.port, user="borgertekst", dbname="postgres",
                             autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return f"postgresql+psycopg://borgertekst@127.0.0.1:{self.port}/{name}"

    def stop(self) -> None:
        try:
            self._run([str(self.bindir / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "-w", "stop"])
        finally:
            shutil.rmtree(self.dir, ignore_errors=True)


# ---- fixtures shared by the insight tests (import them into the test module) --------------

import atexit  # noqa: E402

import pytest  # noqa: E402

_cluster: PostgresCluster | None = None
_cluster_error: str | None = None


def postgres() -> PostgresCluster:
    """The one cluster of this test process (started on first use, stopped at exit)."""
    global _cluster, _cluster_error
    if _cluster is None and _cluster_error is None:
        try:
            _cluster = PostgresCluster()
            atexit.register(_cluster.stop)
        except (RuntimeError, OSError, subprocess.TimeoutExpired) as exc:
            _cluster_error = str(exc)
    if _cluster is None:
        pytest.skip(f"PostgreSQL cannot be used here: {_cluster_error}")
    return _cluster


BACKENDS = ["sqlite", "postgresql"]


@pytest.fixture(params=BACKENDS)
def db_url(request, tmp_path):
    """A fresh, empty database on each backend."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path}/insight.sqlite3"
    return postgres().url()


def row(action="shown", rule="tone.tryk", *, category="tone", severity="warning", letter_type="afgoerelse",
        client="page", department="", lix=40, words=200):
    from borgertekst.insight.events import Row

    return Row(action=action, rule=rule, category=category, severity=severity, letter_type=letter_type,
               client=client, department=department, lix=lix, words=words)
