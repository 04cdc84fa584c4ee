"""The bearer token on every API request, as an ``httpx.Auth`` flow (sync and async twins).

The token goes only to the API's own origin. A 401 that says the token is invalid (``error="invalid_token"``
in ``WWW-Authenticate``, or no challenge at all) drops that token, unless it was already replaced,
fetches or waits for a new one, and sends the request once more; a second 401 is the caller's. A 403
never refreshes.
"""

from __future__ import annotations

import re
from collections.abc import AsyncGenerator, Generator

import httpx

from wawex_partner_api.tokens import TokenSource

_CHALLENGE_ERROR = re.compile(r'(?:^|[\s,])error\s*=\s*"?([A-Za-z_]+)')


def origin(url: str | httpx.URL) -> tuple[str, str, int | None]:
    """(scheme, host, port) with the scheme's default port filled in."""
    parts = httpx.URL(url)
    return (parts.scheme, parts.host, parts.port or {"http": 80, "https": 443}.get(parts.scheme))


def _token_rejected(response: httpx.Response) -> bool:
    if response.status_code != 401:
        return False
    error = _CHALLENGE_ERROR.search(response.headers.get("www-authenticate", ""))
    return error is None or error[1] == "invalid_token"


class BearerTokenAuth(httpx.Auth):
    """Adds ``Authorization: Bearer …`` from a TokenSource to requests for the API origin only."""

    requires_request_body = True  # the retry after a 401 sends the same body again

    def __init__(self, tokens: TokenSource, api_base_url: str) -> None:
        self._tokens = tokens
        self._origin = origin(api_base_url)

    def __repr__(self) -> str:
        return f"<BearerTokenAuth origin={self._origin!r}>"

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        if origin(request.url) != self._origin:
            yield request
            return
        token = self._tokens.get()
        request.headers["Authorization"] = token.authorization
        response = yield request
        if _token_rejected(response):
            response.read()
            self._tokens.invalidate(token)
            request.headers["Authorization"] = self._tokens.get().authorization
            yield request

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        if origin(request.url) != self._origin:
            yield request
            return
        token = await self._tokens.get_async()
        request.headers["Authorization"] = token.authorization
        response = yield request
        if _token_rejected(response):
            await response.aread()
            self._tokens.invalidate(token)
            request.headers["Authorization"] = (await self._tokens.get_async()).authorization
            yield request
