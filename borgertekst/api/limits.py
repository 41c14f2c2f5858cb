"""What a request may cost: size per endpoint, rate per client (requests and
characters), content type, and which work runs in the heavy pool.

``RequestLimits`` is an ASGI middleware on every route:

- exemptions by exact path prefix (``/health``, ``/static/``, ``/plugins/``,
  ``/word/``, ``/schema`` and below): no rate limit there;
- requests per minute per client (per valid API key, else per address);
- ``POST`` to a JSON endpoint must say ``Content-Type: application/json`` (415
  otherwise): a page on another site cannot post a plain form to a keyless
  loopback server;
- a body limit per endpoint that fits the work (``Content-Length`` checked up
  front, a streamed body counted as it arrives).

``cost_bounded`` wraps a route handler: it charges the request's characters to
the client's budget per minute (429 with ``Retry-After`` when spent) and runs a
request over ``heavy_chars`` in the heavy pool (``heavy.py``).
"""

from __future__ import annotations

import contextvars
import functools
import hashlib
import inspect
import math
import threading
import time
from copy import copy


from .heavy import HeavyPool
from .problems import DanishHTTPError

# Paths without a rate limit: exact path or a prefix that ends with "/".
EXEMPT_EXACT = ("/health", "/schema")
EXEMPT_PREFIXES = ("/static/", "/plugins/", "/word/", "/schema/")

JSON_MEDIA_TYPE = "application/json"

_scope: contextvars.ContextVar[dict | None] = contextvars.ContextVar("borgertekst_scope", default=None)


def is_exempt(path: str) -> bool:
    return path in EXEMPT_EXACT or path.startswith(EXEMPT_PREFIXES)


class TooManyRequests(Exception):
    def __init__(self, retry_after: int, what: str):
        super().__init__("rate limit")
        self.retry_after = retry_after
        self.what = what  # "requests" or "chars"


class RateLimiter:
    """Fixed one-minute windows per client, for requests and for characters."""

    MAX_CLIENTS = 100_000

    def __init__(self, requests_per_minute: int, chars_per_minute: int, clock=time.monotonic):
        self.requests_per_minute = requests_per_minute
        self.chars_per_minute = chars_per_minute
        self.clock = clock
        self._windows: dict[str, list] = {}  # identity -> [window start, requests, chars]
        self._lock = threading.Lock()

    def _window(self, identity: str, now: float) -> list:
        window = self._windows.get(identity)
        if window is None or now - window[0] >= 60:
            if len(self._windows) >= self.MAX_CLIENTS:
                self._windows = {k: v for k, v in self._windows.items() if now - v[0] < 60}
            window = self._windows[identity] = [now, 0, 0]
        return window

    def _retry(self, window: list, now: float) -> int:
        return max(1, math.ceil(60 - (now - window[0])))

    def hit(self, identity: str) -> None:
        with self._lock:
            now = self.clock()
            window = self._window(identity, now)
            if window[1] >= self.requests_per_minute:
                raise TooManyRequests(self._retry(window, now), "requests")
            window[1] += 1

    def charge(self, identity: str, chars: int) -> None:
        """Count ``chars`` of work; refused when the budget is already spent (one request may
        take the budget over the limit: a single letter is never refused for its size here)."""
        with self._lock:
            now = self.clock()
            window = self._window(identity, now)
            if window[2] >= self.chars_per_minute:
                raise TooManyRequests(self._retry(window, now), "chars")
            window[2] += chars


def client_identity(scope, api_keys: list[str]) -> str:
    """Rate-limit per valid API key (many users can share a proxy's address), else per
    client address, so made-up keys cannot buy extra budget. Only a hash of the key is kept."""
    header = ""
    for name, value in scope.get("headers", []):
        if name == b"authorization":
            header = value.decode("latin-1")
            break
    token = header[7:].strip() if header[:7].lower() == "bearer " else ""
    if token and token in api_keys:
        return "key:" + hashlib.sha256(token.encode()).hexdigest()[:16]
    client = scope.get("client")
    return "addr:" + (client[0] if client else "unknown")


def body_limit(path: str, settings) -> int | None:
    """The body limit of an endpoint (None: the router's own limit applies)."""
    if path == "/v1/rewrite":
        return settings.max_rewrite_bytes
    if path == "/v1/triage":
        return settings.max_message_bytes
    if path.startswith("/v1/templates/") and path.endswith("/render"):
        return settings.max_template_bytes
    return None


def wants_json(path: str, method: str) -> bool:
    return method == "POST" and path.startswith("/v1/") and not path.startswith("/v1/documents")


def _header(scope, name: bytes) -> str | None:
    for key, value in scope.get("headers", []):
        if key == name:
            return value.decode("latin-1")
    return None


def request_limits(app):
    """Litestar middleware factory (see the module docstring)."""

    async def middleware(scope, receive, send):
        if scope["type"] != "http":
            await app(scope, receive, send)
            return
        state = scope["litestar_app"].state
        settings = state.settings
        path = scope.get("path", "")
        method = scope.get("method", "GET")
        token = _scope.set(scope)
        try:
            if not is_exempt(path):
                state.rate_limiter.hit(client_identity(scope, settings.api_keys))
            if wants_json(path, method):
                media = (_header(scope, b"content-type") or "").split(";", 1)[0].strip().lower()
                if media != JSON_MEDIA_TYPE:
                    raise DanishHTTPError(status_code=415, detail="Send forespørgslen som JSON med "
                                          "'Content-Type: application/json'.")
            limit = body_limit(path, settings) if method == "POST" else None
            if limit is not None:
                length = _header(scope, b"content-length")
                if length is not None and length.strip().isdigit() and int(length) > limit:
                    raise DanishHTTPError(status_code=413, detail=_too_big(limit))
                receive = _counting(receive, limit)
            await app(scope, receive, send)
        finally:
            _scope.reset(token)

    return middleware


def _too_big(limit: int) -> str:
    return (f"Forespørgslen er større end grænsen for denne handling ({limit:,} byte). "
            "Send en kortere tekst.").replace(",", ".")


def _counting(receive, limit: int):
    seen = 0

    async def counted():
        nonlocal seen
        message = await receive()
        if message.get("type") == "http.request":
            seen += len(message.get("body", b""))
            if seen > limit:
                raise DanishHTTPError(status_code=413, detail=_too_big(limit))
        return message

    return counted


# --- cost of a handler's work ----------------------------------------------------


def _text(kw) -> int:
    return len(kw["data"].text)


def _paragraphs(kw) -> int:
    return sum(len(p.text) for p in kw["data"].paragraphs)


def _rewrite(kw) -> int:
    return 4 * len(kw["data"].text)  # the rewrite analyses the letter again for each kind of change


def _template(kw) -> int:
    data = kw["data"]
    size = sum(len(str(v)) for v in data.data.values()) if isinstance(data.data, dict) else 0
    return size


def _content_length(kw) -> int:
    scope = _scope.get() or {}
    length = _header(scope, b"content-length") or "0"
    return int(length) if length.isdigit() else 0


# path of the route (as the handler declares it, under its router) -> (cost, always heavy?)
COSTS = {
    "/v1/analyze": (_text, False),
    "/v1/analyze/paragraphs": (_paragraphs, False),
    "/v1/rewrite": (_rewrite, False),
    "/v1/triage": (_text, False),
    "/v1/templates/{name:str}/render": (_template, False),
    "/v1/documents": (_content_length, True),
}


def _always_heavy(route: str, kw) -> bool:
    if route == "/v1/templates/{name:str}/render":
        return kw["data"].format == "docx"  # python-docx builds an XML tree per paragraph
    return COSTS[route][1]


def _encoded(fn, status_code: int, **kwargs):
    """``fn``'s result as a finished JSON response (run in the heavy child: the server process
    then only passes bytes on, instead of unpickling and encoding a big report)."""
    import msgspec
    from litestar import Response

    result = fn(**kwargs)
    if inspect.isawaitable(result):
        import asyncio

        async def wait():
            return await result

        result = asyncio.run(wait())
    if isinstance(result, Response):
        return result
    return Response(content=msgspec.json.encode(result), status_code=status_code, media_type="application/json")


def cost_bounded(handler, route: str):
    """A copy of ``handler`` whose work is charged to the client and, when heavy, runs in the
    app's heavy pool."""
    cost, _ = COSTS[route]
    original = handler.fn
    status_code = handler.status_code

    def plan(kwargs):
        scope = _scope.get()
        if scope is None:  # called outside a request (not through the app)
            return None, False
        state = scope["litestar_app"].state
        chars = cost(kwargs)
        state.rate_limiter.charge(client_identity(scope, state.settings.api_keys), chars)
        heavy = _always_heavy(route, kwargs) or chars > state.settings.heavy_chars
        return state.heavy_pool, heavy

    if inspect.iscoroutinefunction(original):
        from anyio import to_thread

        @functools.wraps(original)
        async def wrapped(**kwargs):
            pool, heavy = plan(kwargs)
            if heavy:
                return await to_thread.run_sync(functools.partial(pool.run, _encoded, original, status_code, **kwargs))
            return await original(**kwargs)
    else:
        @functools.wraps(original)
        def wrapped(**kwargs):
            pool, heavy = plan(kwargs)
            if heavy:
                return pool.run(_encoded, original, status_code, **kwargs)
            return original(**kwargs)

    wrapped.__signature__ = inspect.signature(original)
    bounded = copy(handler)
    bounded._fn = wrapped
    return bounded


def heavy_pool(settings) -> HeavyPool:
    return HeavyPool(workers=settings.heavy_workers, queue=settings.heavy_queue, time_limit=settings.time_limit)
