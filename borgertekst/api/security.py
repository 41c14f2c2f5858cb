"""API keys, security headers and the content security policy."""

from __future__ import annotations

import hmac

from litestar.connection import ASGIConnection
from litestar.exceptions import NotAuthorizedException
from litestar.handlers import BaseRouteHandler

# The page and the task panes load only their own files; no inline scripts or styles.
STRICT_CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; "
    "form-action 'self'; frame-ancestors 'none'"
)
# Word loads the task pane in a frame and it needs Microsoft's office.js.
WORD_CSP = (
    "default-src 'self'; script-src 'self' https://appsforoffice.microsoft.com; style-src 'self'; "
    "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
    "frame-ancestors 'self' https://*.office.com https://*.officeapps.live.com https://*.microsoft.com "
    "https://*.sharepoint.com"
)


def has_valid_key(header: str, keys: list[str]) -> bool:
    """True when ``header`` (the Authorization header) is ``Bearer <one of keys>``;
    compared in constant time."""
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token:
        return False
    given = token.strip().encode()
    return any(hmac.compare_digest(given, key.encode()) for key in keys)


def api_key_guard(keys: list[str]):
    def guard(connection: ASGIConnection, _: BaseRouteHandler) -> None:
        if not has_valid_key(connection.headers.get("authorization", ""), keys):
            raise NotAuthorizedException()

    return guard


def security_headers(message, scope) -> None:
    """``before_send`` hook: headers on every response, error responses included."""
    if message["type"] != "http.response.start":
        return
    path = scope.get("path", "")
    headers = [(k, v) for k, v in message.get("headers", [])
               if k.lower() not in (b"x-frame-options", b"content-security-policy")]
    word = path.startswith("/word/")
    shared = path.startswith("/plugins/") or path == "/static/insight.js"  # also loaded by pages embedding the plugins
    headers += [
        (b"content-security-policy", (WORD_CSP if word else STRICT_CSP).encode()),
        (b"x-content-type-options", b"nosniff"),
        (b"referrer-policy", b"no-referrer"),
        (b"permissions-policy", b"camera=(), microphone=(), geolocation=()"),
        (b"cross-origin-opener-policy", b"same-origin"),
        (b"cross-origin-resource-policy", b"cross-origin" if shared else b"same-origin"),
    ]
    if not word:
        headers.append((b"x-frame-options", b"DENY"))
    if path.startswith("/v1/"):
        headers.append((b"cache-control", b"no-store"))
    message["headers"] = headers
