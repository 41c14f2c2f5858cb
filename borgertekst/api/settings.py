"""Server settings from the environment (and ``borgertekst serve`` options).

- ``BORGERTEKST_API_KEYS``: comma-separated bearer keys. Required when the
  server listens beyond loopback; when set, every ``/v1`` call needs one.
- ``BORGERTEKST_CORS_ORIGINS``: comma-separated origins allowed to call the API
  from a browser (the origins of the case system / TinyMCE pages, the Word add-in).
- ``BORGERTEKST_MAX_TEXT_BYTES`` (default 1 MB), ``BORGERTEKST_MAX_DOCX_BYTES``
  (default 10 MB): request body limits.
- ``BORGERTEKST_RATE_LIMIT``: requests per minute per client (default 600).
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


def _int(env: dict, name: str, default: int) -> int:
    raw = env.get(name)
    if raw is None or raw == "":
        return default
    try:
        value = int(raw)
    except ValueError as exc:
        raise SettingsError(f"{name} skal være et helt tal, ikke '{raw}'.") from exc
    if value <= 0:
        raise SettingsError(f"{name} skal være større end 0.")
    return value


def is_loopback(host: str) -> bool:
    if host in ("localhost", "localhost.localdomain"):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


@dataclass
class Settings:
    host: str = "127.0.0.1"
    port: int = 8000
    api_keys: list[str] = field(default_factory=list)
    cors_origins: list[str] = field(default_factory=list)
    max_text_bytes: int = 1_000_000
    max_docx_bytes: int = 10_000_000
    rate_limit_per_minute: int = 600
    paragraph_cache_size: int = 4096

    @classmethod
    def from_env(cls, env: dict | None = None, **overrides) -> "Settings":
        env = dict(os.environ if env is None else env)
        settings = cls(
            api_keys=_split(env.get("BORGERTEKST_API_KEYS")),
            cors_origins=_split(env.get("BORGERTEKST_CORS_ORIGINS")),
            max_text_bytes=_int(env, "BORGERTEKST_MAX_TEXT_BYTES", 1_000_000),
            max_docx_bytes=_int(env, "BORGERTEKST_MAX_DOCX_BYTES", 10_000_000),
            rate_limit_per_minute=_int(env, "BORGERTEKST_RATE_LIMIT", 600),
            paragraph_cache_size=_int(env, "BORGERTEKST_PARAGRAPH_CACHE", 4096),
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
