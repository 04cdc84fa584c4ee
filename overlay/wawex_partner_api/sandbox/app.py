"""A local stand-in for the partner: token endpoints, bearer checks, fault knobs and counters.

Token endpoints at ``/oauth2/token`` and ``/connect/token`` take form-encoded ``client_credentials``
with the configured client id and secret and issue opaque random tokens. Every other path is an API
request, served from the bundled partner spec (see ``api.py``).

Tests steer an instance through ``/_sandbox/*`` (JSON): ``POST /_sandbox/reset``, ``POST /_sandbox/settings``
(``expires_in`` as advertised, ``token_lifetime`` as enforced, ``token_delay``, ``api_delay``, extra
``clients``, ``clock_offset``, ``token_paths``, ``token_scope_required``, ``drift`` (a seed, or null), and the
``webhook_*`` delivery knobs of ``deliveries.py``),
``POST /_sandbox/token-script`` and ``/_sandbox/api-script`` (answers to give, in order, before normal
service resumes), ``POST /_sandbox/revoke`` (tokens to reject from now on) and ``GET /_sandbox/stats``
(counters, and a log of requests with the server's monotonic time). Webhook subscriptions and deliveries:
``subscriptions.py`` and ``deliveries.py``.
"""

from __future__ import annotations

import asyncio
import base64
import email.utils
import secrets
import time
from collections import Counter, deque
from typing import Any
from urllib.parse import parse_qs, unquote_plus

import attrs
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response
from starlette.routing import Route
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from wawex_partner_api.sandbox import api
from wawex_partner_api.sandbox.deliveries import Deliveries, control_routes
from wawex_partner_api.sandbox.flows import Store
from wawex_partner_api.sandbox.spec import SandboxSpec

MISSING = "missing"
"""``expires_in`` setting that leaves the field out of token responses."""
TOKEN_PATHS = frozenset({"/oauth2/token", "/connect/token"})
"""The partner's two documented token endpoints: the API reference's and the authentication guide's."""
GUIDE_SCOPE = "tradevest.api"
"""The scope the authentication guide's ``/connect/token`` asks for (required with ``token_scope_required``)."""


@attrs.define
class SandboxState:
    client_id: str
    client_secret: str
    spec: SandboxSpec
    store: Store = attrs.field(factory=Store)
    expires_in: Any = 3600
    token_lifetime: float = 3600.0
    token_delay: float = 0.0
    api_delay: float = 0.0
    clock_offset: float = 0.0
    """Seconds the ``Date`` header of every answer is shifted by, as if the sandbox's clock were off."""
    token_paths: frozenset[str] = TOKEN_PATHS
    """The token endpoints that answer; the others answer 404 like a path that is not there."""
    token_scope_required: bool = False
    """``/connect/token`` refuses a request without ``scope=tradevest.api`` (invalid_scope), as the guide shows it."""
    drift: int | None = None
    """Drift mode's seed: success answers differ from the spec on purpose (``api._drifted``); kept across resets,
    changed with the ``drift`` setting (null turns it off)."""
    clients: dict[str, str] = attrs.field(factory=dict)
    tokens: dict[str, float] = attrs.field(factory=dict)  # token -> monotonic expiry
    token_script: deque[dict[str, Any]] = attrs.field(factory=deque)
    api_script: deque[dict[str, Any]] = attrs.field(factory=deque)
    counters: Counter[str] = attrs.field(factory=Counter)
    log: list[dict[str, Any]] = attrs.field(factory=list)
    deliveries: Deliveries = attrs.field(init=False)

    def __attrs_post_init__(self) -> None:
        self.store.event_types = self.spec.event_types()
        self.deliveries = Deliveries(self.store, self.counters, self.log)

    def reset(self) -> None:
        self.expires_in, self.token_lifetime, self.token_delay, self.api_delay = 3600, 3600.0, 0.0, 0.0
        self.clock_offset, self.token_paths, self.token_scope_required = 0.0, TOKEN_PATHS, False
        self.clients = {self.client_id: self.client_secret}
        for collection in (self.tokens, self.token_script, self.api_script, self.counters, self.log):
            collection.clear()
        self.store.clear()
        self.deliveries.reset()


def _basic_credentials(authorization: str) -> dict[str, str]:
    """client_secret_basic (RFC 6749 §2.3.1), which token endpoints accept besides the form fields."""
    if not authorization.lower().startswith("basic "):
        return {}
    try:
        client_id, _, client_secret = base64.b64decode(authorization[6:]).decode().partition(":")
    except ValueError:
        return {}
    return {"client_id": unquote_plus(client_id), "client_secret": unquote_plus(client_secret)}


class ShiftedDate:
    """Writes the ``Date`` of every answer, off by the state's ``clock_offset`` (the server is started without its
    own ``Date``, see ``__main__``, so an answer carries exactly one)."""

    def __init__(self, app: ASGIApp, state: SandboxState) -> None:
        self.app = app
        self.state = state

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        offset = self.state.clock_offset
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_shifted(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = [(name, value) for name, value in message.get("headers", []) if name.lower() != b"date"]
                headers.append((b"date", email.utils.formatdate(time.time() + offset, usegmt=True).encode()))
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, send_shifted)


def create_app(client_id: str, client_secret: str, *, drift: int | None = None) -> Starlette:
    state = SandboxState(client_id, client_secret, SandboxSpec(), drift=drift)
    state.reset()

    async def token(request: Request) -> Response:
        form = {key: values[0] for key, values in parse_qs((await request.body()).decode("latin-1")).items()}
        form.update(_basic_credentials(request.headers.get("authorization", "")))
        state.counters["token_requests"] += 1
        state.log.append(
            {
                "kind": "token",
                "time": time.monotonic(),
                "path": request.url.path,
                "client_id": form.get("client_id"),
                "form_keys": sorted(form.keys()),
                "requestor_id": request.headers.get("requestor-id"),
            }
        )
        if request.url.path not in state.token_paths:
            return PlainTextResponse("Not Found", status_code=404)
        if state.token_delay:
            await asyncio.sleep(state.token_delay)
        if state.token_script:
            return api.scripted(state.token_script.popleft())
        if form.get("grant_type") != "client_credentials":
            return JSONResponse({"error": "unsupported_grant_type"}, status_code=400)
        known_secret = state.clients.get(str(form.get("client_id")))
        if known_secret is None or form.get("client_secret") != known_secret:
            return JSONResponse({"error": "invalid_client", "error_description": "unknown client"}, status_code=400)
        if state.token_scope_required and request.url.path == "/connect/token" and form.get("scope") != GUIDE_SCOPE:
            description = f"scope {GUIDE_SCOPE} is required"
            return JSONResponse({"error": "invalid_scope", "error_description": description}, status_code=400)
        value = secrets.token_urlsafe(24)
        state.tokens[value] = time.monotonic() + state.token_lifetime
        body: dict[str, Any] = {"access_token": value, "token_type": "Bearer"}
        if state.expires_in != MISSING:
            body["expires_in"] = state.expires_in
        state.counters["tokens_issued"] += 1
        return JSONResponse(body)

    async def serve_api(request: Request) -> Response:
        return await api.handle(state, request)

    async def reset(request: Request) -> Response:
        state.reset()
        return JSONResponse({})

    async def reset_counters(request: Request) -> Response:
        state.counters.clear()
        state.log.clear()
        return JSONResponse({})

    async def settings(request: Request) -> Response:
        changes = await request.json()
        paths = frozenset(changes.get("token_paths", TOKEN_PATHS))
        if not paths <= TOKEN_PATHS:  # refused before anything changes
            unknown = ", ".join(sorted(paths - TOKEN_PATHS))
            return JSONResponse({"error": f"token_paths: not a token endpoint: {unknown}"}, status_code=400)
        for key in ("expires_in", "token_lifetime", "token_delay", "api_delay"):
            if key in changes:
                setattr(state, key, changes[key])
        state.clients.update(changes.get("clients", {}))
        if "clock_offset" in changes:
            state.clock_offset = float(changes["clock_offset"])
        if "token_paths" in changes:
            state.token_paths = paths
        if "token_scope_required" in changes:
            state.token_scope_required = bool(changes["token_scope_required"])
        if "drift" in changes:
            state.drift = None if changes["drift"] is None else int(changes["drift"])
        state.deliveries.configure(changes)
        return JSONResponse({})

    async def revoke(request: Request) -> Response:
        for value in await request.json():
            state.tokens.pop(value, None)
        return JSONResponse({})

    async def token_script(request: Request) -> Response:
        state.token_script.extend(await request.json())
        return JSONResponse({})

    async def api_script(request: Request) -> Response:
        state.api_script.extend(await request.json())
        return JSONResponse({})

    async def stats(request: Request) -> Response:
        return JSONResponse({"counters": dict(state.counters), "log": state.log})

    methods = ["GET", "POST", "PUT", "PATCH", "DELETE"]
    return Starlette(
        middleware=[Middleware(ShiftedDate, state=state)],
        routes=[
            Route("/oauth2/token", token, methods=["POST"]),
            Route("/connect/token", token, methods=["POST"]),
            Route("/_sandbox/reset", reset, methods=["POST"]),
            Route("/_sandbox/reset-counters", reset_counters, methods=["POST"]),
            Route("/_sandbox/settings", settings, methods=["POST"]),
            Route("/_sandbox/token-script", token_script, methods=["POST"]),
            Route("/_sandbox/api-script", api_script, methods=["POST"]),
            Route("/_sandbox/revoke", revoke, methods=["POST"]),
            Route("/_sandbox/stats", stats, methods=["GET"]),
            *control_routes(state.deliveries),
            Route("/{path:path}", serve_api, methods=methods),
        ],
    )
