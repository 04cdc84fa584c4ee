"""A local stand-in for the partner: token endpoints, bearer checks, fault knobs and counters.

Token endpoints at ``/oauth2/token`` and ``/connect/token`` take form-encoded ``client_credentials``
with the configured client id and secret and issue opaque random tokens. Every other path is an API
request, served from the bundled partner spec (see ``api.py``).

Tests steer an instance through ``/_sandbox/*`` (JSON): ``POST /_sandbox/reset``, ``POST /_sandbox/settings``
(``expires_in`` as advertised, ``token_lifetime`` as enforced, ``token_delay``, ``api_delay``, extra
``clients``, and the ``webhook_*`` delivery knobs of ``deliveries.py``),
``POST /_sandbox/token-script`` and ``/_sandbox/api-script`` (answers to give, in order, before normal
service resumes), ``POST /_sandbox/revoke`` (tokens to reject from now on) and ``GET /_sandbox/stats``
(counters, and a log of requests with the server's monotonic time). Webhook subscriptions and deliveries:
``subscriptions.py`` and ``deliveries.py``.
"""

from __future__ import annotations

import asyncio
import base64
import secrets
import time
from collections import Counter, deque
from typing import Any
from urllib.parse import parse_qs, unquote_plus

import attrs
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from wawex_partner_api.sandbox import api
from wawex_partner_api.sandbox.deliveries import Deliveries, control_routes
from wawex_partner_api.sandbox.flows import Store
from wawex_partner_api.sandbox.spec import SandboxSpec

MISSING = "missing"
"""``expires_in`` setting that leaves the field out of token responses."""


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


def create_app(client_id: str, client_secret: str) -> Starlette:
    state = SandboxState(client_id, client_secret, SandboxSpec())
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
        if state.token_delay:
            await asyncio.sleep(state.token_delay)
        if state.token_script:
            return api.scripted(state.token_script.popleft())
        if form.get("grant_type") != "client_credentials":
            return JSONResponse({"error": "unsupported_grant_type"}, status_code=400)
        known_secret = state.clients.get(str(form.get("client_id")))
        if known_secret is None or form.get("client_secret") != known_secret:
            return JSONResponse({"error": "invalid_client", "error_description": "unknown client"}, status_code=400)
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
        for key in ("expires_in", "token_lifetime", "token_delay", "api_delay"):
            if key in changes:
                setattr(state, key, changes[key])
        state.clients.update(changes.get("clients", {}))
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
        ]
    )
