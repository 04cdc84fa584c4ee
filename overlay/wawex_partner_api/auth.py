"""What every API request carries, as an ``httpx.Auth`` flow (sync and async twins), and what never
leaves for another origin.

The flow adds ``Authorization: Bearer …`` and, when the operation call in progress has one,
``Requestor-ID`` — only for the API's own origin. A 401 that says the token is invalid
(``error="invalid_token"`` in ``WWW-Authenticate``, or no challenge at all) drops that token, unless
it was already replaced, fetches or waits for a new one, and sends the request once more; a second
401 is the caller's. A 403 never refreshes.

``OriginGuard`` wraps the transport and takes both headers off any request for another origin, so
that nothing — a redirect followed by hand, a header set by the caller — carries them elsewhere.
"""

from __future__ import annotations

import re
from collections.abc import AsyncGenerator, Generator

import httpx

from wawex_partner_api.requestor import HEADER as REQUESTOR_HEADER
from wawex_partner_api.requestor import outgoing_requestor
from wawex_partner_api.tokens import TokenSource

_CHALLENGE_ERROR = re.compile(r'(?:^|[\s,])error\s*=\s*"?([A-Za-z_]+)')
SENSITIVE_HEADERS = ("Authorization", REQUESTOR_HEADER)

Origin = tuple[str, str, int | None]


def origin(url: str | httpx.URL) -> Origin:
    """(scheme, host, port) with the scheme's default port filled in."""
    parts = url if isinstance(url, httpx.URL) else httpx.URL(url)  # twice per request: no copy of a URL
    return (parts.scheme, parts.host, parts.port or {"http": 80, "https": 443}.get(parts.scheme))


def _token_rejected(response: httpx.Response, api_origin: Origin) -> bool:
    # The answer of another origin (at the end of a redirect followed by hand) says nothing about our token.
    if response.status_code != 401 or origin(response.request.url) != api_origin:
        return False
    error = _CHALLENGE_ERROR.search(response.headers.get("www-authenticate", ""))
    return error is None or error[1] == "invalid_token"


class PartnerAuth(httpx.Auth):
    """Bearer token from a TokenSource, and the call's Requestor-ID, for requests to the API origin."""

    requires_request_body = True  # the retry after a 401 sends the same body again

    def __init__(self, tokens: TokenSource, api_base_url: str) -> None:
        self._tokens = tokens
        self._origin = origin(api_base_url)

    def __repr__(self) -> str:
        return f"<PartnerAuth origin={self._origin!r}>"

    def _for_api(self, request: httpx.Request) -> bool:
        if origin(request.url) != self._origin:
            return False
        requestor = outgoing_requestor.get()
        if requestor is not None:
            request.headers[REQUESTOR_HEADER] = requestor
        return True

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        if not self._for_api(request):
            yield request
            return
        token = self._tokens.get()
        request.headers["Authorization"] = token.authorization
        response = yield request
        if _token_rejected(response, self._origin):
            response.read()
            self._tokens.invalidate(token)
            request.headers["Authorization"] = self._tokens.get().authorization
            yield request

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        if not self._for_api(request):
            yield request
            return
        token = await self._tokens.get_async()
        request.headers["Authorization"] = token.authorization
        response = yield request
        if _token_rejected(response, self._origin):
            await response.aread()
            self._tokens.invalidate(token)
            request.headers["Authorization"] = (await self._tokens.get_async()).authorization
            yield request


def _strip_for_other_origins(request: httpx.Request, api_origin: Origin) -> None:
    if origin(request.url) != api_origin:
        for name in SENSITIVE_HEADERS:
            request.headers.pop(name, None)


class OriginGuard(httpx.BaseTransport):
    """A transport that never sends Authorization or Requestor-ID to an origin other than the API's."""

    def __init__(self, inner: httpx.BaseTransport, api_base_url: str) -> None:
        self._inner = inner
        self._origin = origin(api_base_url)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        _strip_for_other_origins(request, self._origin)
        return self._inner.handle_request(request)

    def close(self) -> None:
        self._inner.close()


class AsyncOriginGuard(httpx.AsyncBaseTransport):
    """The async twin of OriginGuard."""

    def __init__(self, inner: httpx.AsyncBaseTransport, api_base_url: str) -> None:
        self._inner = inner
        self._origin = origin(api_base_url)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        _strip_for_other_origins(request, self._origin)
        return await self._inner.handle_async_request(request)

    async def aclose(self) -> None:
        await self._inner.aclose()
