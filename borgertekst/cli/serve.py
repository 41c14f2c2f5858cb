"""``borgertekst serve [--host HOST] [--port PORT] [--workers N]``: the API and the web page.

The server processes run under uvicorn's supervisor (also with one worker), so a
worker that stops is replaced: the backstop for memory (``BORGERTEKST_MAX_WORKER_MB``).
Logs are JSON lines on standard error from the supervisor and every worker.
"""

from __future__ import annotations

import os

from . import UsageError


def register(sub) -> None:
    p = sub.add_parser("serve", help="start serveren med websiden og API'et")
    p.add_argument("--host", default="127.0.0.1",
                   help="adresse at lytte på (standard 127.0.0.1; andre kræver BORGERTEKST_API_KEYS)")
    p.add_argument("--port", type=int, default=8000, help="port (standard 8000; 0 vælger en ledig port)")
    p.add_argument("--workers", type=int, default=1,
                   help="antal serverprocesser (standard 1); flere udnytter flere CPU-kerner, "
                        "men hver proces har sin egen afsnits-cache og hastighedsgrænse")
    p.set_defaults(func=run)


def run(args) -> int:
    import uvicorn
    from uvicorn.supervisors import Multiprocess

    from ..api import Settings
    from ..api.logs import uvicorn_log_config
    from ..api.settings import SettingsError

    try:
        settings = Settings.from_env(host=args.host, port=args.port)
        settings.validate()
    except SettingsError as exc:
        raise UsageError(str(exc)) from exc
    if not 0 <= args.port < 65536:
        raise UsageError(f"Porten skal være mellem 1 og 65535, ikke {args.port}.")
    workers = getattr(args, "workers", 1)
    if not 1 <= workers <= 64:
        raise UsageError(f"Antal processer skal være mellem 1 og 64, ikke {workers}.")
    # each worker process builds its app from these environment settings
    os.environ["BORGERTEKST_SUPERVISED"] = "1"
    config = uvicorn.Config(
        "borgertekst.api.app:create_app", factory=True, host=args.host, port=args.port, workers=workers,
        log_config=uvicorn_log_config("INFO"), log_level="info", proxy_headers=False, server_header=False,
        http="borgertekst.api.protocol:ProblemH11Protocol", timeout_graceful_shutdown=int(settings.time_limit) + 5,
        # the supervisor pings its workers; a worker loading the language layer on a busy machine can
        # take longer than uvicorn's 5 s to answer, and would be killed and restarted over and over
        timeout_worker_healthcheck=60,
    )
    sock = config.bind_socket()
    # uvicorn's socket is made with proto 0, so asyncio's own TCP_NODELAY (set only when
    # proto is IPPROTO_TCP) never reaches the connections: a response written as headers and
    # body in two sends then waited ~40 ms for the client's delayed ACK (Nagle). Accepted
    # sockets inherit the option from the listening one.
    _no_delay(sock)
    port = sock.getsockname()[1]
    print(f"borgertekst: websiden kører på http://{args.host}:{port}/ (stop med Ctrl+C)", flush=True)
    try:
        Multiprocess(config, sockets=[sock]).run()
    except KeyboardInterrupt:
        pass
    return 0


def _no_delay(sock) -> None:
    import socket

    if sock.family in (socket.AF_INET, socket.AF_INET6):
        try:
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        except OSError:  # pragma: no cover - a platform without the option
            pass
