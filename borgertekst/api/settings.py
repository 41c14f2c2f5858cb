"""Server settings from the environment (and ``borgertekst serve`` options).

- ``BORGERTEKST_API_KEYS``: comma-separated bearer keys. Required when the
  server listens beyond loopback; when set, every ``/v1`` call needs one.
- ``BORGERTEKST_CORS_ORIGINS``: comma-separated origins allowed to call the API
  from a browser (the origins of the case system / TinyMCE pages, the Word add-in).
- Request size limits, per kind of work (a caseworker's letter is a few thousand
  characters; a whole book is not a caseworker's job):
  ``BORGERTEKST_MAX_TEXT_BYTES`` (1 MB: /v1/analyze, /v1/analyze/paragraphs),
  ``BORGERTEKST_MAX_DOCX_BYTES`` (10 MB: /v1/documents),
  ``BORGERTEKST_MAX_REWRITE_BYTES`` (200 kB: /v1/rewrite, the slowest work per character),
  ``BORGERTEKST_MAX_MESSAGE_BYTES`` (200 kB: /v1/triage, a citizen's message),
  ``BORGERTEKST_MAX_TEMPLATE_BYTES`` (64 kB: template data for /v1/templates/…/render).
- ``BORGERTEKST_RATE_LIMIT``: requests per minute per client (default 600).
- ``BORGERTEKST_RATE_LIMIT_CHARS``: characters of text per minute per client (default 5,000,000):
  the rate limit counts the cost of the work, not only the requests.
- ``BORGERTEKST_HEAVY_CHARS``: requests with more text than this (default 20,000 characters;
  rewrites count four times) run in a separate process with a lower CPU priority, so small
  requests keep their latency. ``BORGERTEKST_HEAVY_WORKERS`` of them at once per server process
  (default 1: a 1 MB letter's child needs about 700 MB while it runs), ``BORGERTEKST_HEAVY_QUEUE``
  waiting (default 4; beyond that, or when the wait uses up the time budget, 503 with Retry-After).
- ``BORGERTEKST_TIME_LIMIT``: seconds a request may compute (default 30); then the work is
  stopped (the process is killed, the CPU released) and the client gets a Danish 422.
- ``BORGERTEKST_MAX_WORKER_MB``: a server process that grows beyond this resident size (default
  1500 MB) finishes its requests and is replaced (only under ``borgertekst serve``, whose
  supervisor starts the replacement). A backstop: the heavy work's memory is freed with its process.
- ``BORGERTEKST_PARAGRAPH_CACHE``: paragraphs kept in the re-check cache (default 4096).
"""

from __future__ import annotations

import ipaddress
import os
from dataclasses import dataclass, field


class SettingsError(ValueError):
    """Settings that cannot work; the message is Danish and shown as is."""


def _split(value: str | None) -> list[str]:
    return [v.strip() for v in (value or "").split(",") if v.strip()]


def _int(env: dict, name: str, default: int, minimum: int = 1) -> int:
    raw = env.get(name)
    if raw is None or raw == "":
        return default
    try:
        value = int(raw)
    except ValueError as exc:
        raise SettingsError(f"{name} skal være et helt tal, ikke '{raw[:40]}'.") from exc
    if value < minimum:
        raise SettingsError(f"{name} skal være mindst {minimum}.")
    return value


def is_loopback(host: str) -> bool:
    if host in ("localhost", "localhost.localdomain"):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


# environment variable → (field, default, minimum)
ENV = {
    "BORGERTEKST_MAX_TEXT_BYTES": ("max_text_bytes", 1_000_000, 1),
    "BORGERTEKST_MAX_DOCX_BYTES": ("max_docx_bytes", 10_000_000, 1),
    "BORGERTEKST_MAX_REWRITE_BYTES": ("max_rewrite_bytes", 200_000, 1),
    "BORGERTEKST_MAX_MESSAGE_BYTES": ("max_message_bytes", 200_000, 1),
    "BORGERTEKST_MAX_TEMPLATE_BYTES": ("max_template_bytes", 64_000, 1),
    "BORGERTEKST_RATE_LIMIT": ("rate_limit_per_minute", 600, 1),
    "BORGERTEKST_RATE_LIMIT_CHARS": ("rate_limit_chars_per_minute", 5_000_000, 1),
    "BORGERTEKST_HEAVY_CHARS": ("heavy_chars", 20_000, 0),
    "BORGERTEKST_HEAVY_WORKERS": ("heavy_workers", 1, 1),
    "BORGERTEKST_HEAVY_QUEUE": ("heavy_queue", 4, 0),
    "BORGERTEKST_TIME_LIMIT": ("time_limit", 30, 1),
    "BORGERTEKST_MAX_WORKER_MB": ("max_worker_mb", 1000, 400),
    "BORGERTEKST_PARAGRAPH_CACHE": ("paragraph_cache_size", 4096, 1),
}


@dataclass
class Settings:
    host: str = "127.0.0.1"
    port: int = 8000
    api_keys: list[str] = field(default_factory=list)
    cors_origins: list[str] = field(default_factory=list)
    max_text_bytes: int = 1_000_000
    max_docx_bytes: int = 10_000_000
    max_rewrite_bytes: int = 200_000
    max_message_bytes: int = 200_000
    max_template_bytes: int = 64_000
    rate_limit_per_minute: int = 600
    rate_limit_chars_per_minute: int = 5_000_000
    heavy_chars: int = 20_000
    heavy_workers: int = 1
    heavy_queue: int = 4
    time_limit: float = 30
    max_worker_mb: int = 1000
    paragraph_cache_size: int = 4096

    @classmethod
    def from_env(cls, env: dict | None = None, **overrides) -> "Settings":
        env = dict(os.environ if env is None else env)
        values = {name: _int(env, var, default, minimum) for var, (name, default, minimum) in ENV.items()}
        settings = cls(
            api_keys=_split(env.get("BORGERTEKST_API_KEYS")),
            cors_origins=_split(env.get("BORGERTEKST_CORS_ORIGINS")),
            **values,
        )
        for key, value in overrides.items():
            setattr(settings, key, value)
        return settings

    def validate(self) -> None:
        if not is_loopback(self.host) and not self.api_keys:
            raise SettingsError(
                f"Serveren lytter på {self.host}, som kan nås fra andre maskiner. "
                "Sæt BORGERTEKST_API_KEYS (en eller flere nøgler adskilt af komma), "
                "eller lyt kun på 127.0.0.1."
            )
        short = [k for k in self.api_keys if len(k) < 16]
        if short:
            raise SettingsError("API-nøgler skal være mindst 16 tegn lange.")
