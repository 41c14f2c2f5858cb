"""Structured logs: one JSON object per line.

Every field is JSON-escaped (``ensure_ascii``), so nothing a client sends (a path
with ``%0a``, a NUL byte, a Unicode line separator) can start a line of its own
or put raw control characters in the log. ``uvicorn_log_config`` is handed to
uvicorn, which applies it in every worker process, so the workers' lines
(``borgertekst.*`` at INFO) reach the log too.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import traceback

LOGGERS = ("borgertekst", "uvicorn", "uvicorn.error", "uvicorn.access")


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        try:
            message = record.getMessage()
        except Exception:  # a broken format string must not lose the record
            message = f"{record.msg!r} {record.args!r}"
        out = {
            "time": dt.datetime.fromtimestamp(record.created, dt.timezone.utc).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "pid": os.getpid(),
            "message": message,
        }
        if record.exc_info:
            # the exception's type and where it happened; the message of an exception could
            # quote a letter, so only the traceback's frames are kept
            exc_type = record.exc_info[0]
            out["exception"] = exc_type.__name__ if exc_type else "?"
            out["traceback"] = "".join(traceback.format_tb(record.exc_info[2]))
        return json.dumps(out, ensure_ascii=True)


def uvicorn_log_config(level: str = "INFO") -> dict:
    """``logging.config.dictConfig`` for uvicorn: JSON lines on standard error for uvicorn's
    and borgertekst's loggers, in the supervisor and in every worker process."""
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "formatters": {"json": {"()": "borgertekst.api.logs.JsonFormatter"}},
        "handlers": {"json": {"class": "logging.StreamHandler", "formatter": "json", "stream": "ext://sys.stderr"}},
        "root": {"handlers": ["json"], "level": "WARNING"},
        "loggers": {
            "borgertekst": {"handlers": ["json"], "level": level, "propagate": False},
            "uvicorn": {"handlers": ["json"], "level": level, "propagate": False},
            "uvicorn.error": {"level": level},
            "uvicorn.access": {"handlers": ["json"], "level": level, "propagate": False},
        },
    }


def configure(level: str = "INFO") -> None:
    """The same set-up in this process (for tools that run the app without uvicorn's config)."""
    import logging.config

    logging.config.dictConfig(uvicorn_log_config(level))
