"""``borgertekst serve [--host HOST] [--port PORT] [--workers N]``: the API and the web page."""

from __future__ import annotations

from . import UsageError


def register(sub) -> None:
    p = sub.add_parser("serve", help="start serveren med websiden og API'et")
    p.add_argument("--host", default="127.0.0.1",
                   help="adresse at lytte på (standard 127.0.0.1; andre kræver BORGERTEKST_API_KEYS)")
    p.add_argument("--port", type=int, default=8000, help="port (standard 8000)")
    p.add_argument("--workers", type=int, default=1,
                   help="antal serverprocesser (standard 1); flere udnytter flere CPU-kerner, "
                        "men hver proces har sin egen afsnits-cache og hastighedsgrænse")
    p.set_defaults(func=run)


def run(args) -> int:
    import logging

    import uvicorn

    from ..api import Settings, create_app
    from ..api.settings import SettingsError

    try:
        settings = Settings.from_env(host=args.host, port=args.port)
        settings.validate()
    except SettingsError as exc:
        raise UsageError(str(exc)) from exc
    if not 0 < args.port < 65536:
        raise UsageError(f"Porten skal være mellem 1 og 65535, ikke {args.port}.")
    workers = getattr(args, "workers", 1)
    if not 1 <= workers <= 64:
        raise UsageError(f"Antal processer skal være mellem 1 og 64, ikke {workers}.")
    logging.getLogger("borgertekst").setLevel(logging.INFO)
    print(f"borgertekst: websiden kører på http://{args.host}:{args.port}/ (stop med Ctrl+C)")
    options = dict(host=args.host, port=args.port, log_level="info", proxy_headers=False, server_header=False)
    if workers > 1:
        # Each worker process builds its app from the same environment settings.
        uvicorn.run("borgertekst.api.app:create_app", factory=True, workers=workers, **options)
    else:
        uvicorn.run(create_app(settings), **options)
    return 0
