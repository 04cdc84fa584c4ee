"""httpx clients that keep no cookies: one PartnerClient and its views serve every requestor of a partner.

httpx stores each response's ``Set-Cookie`` in its client's jar and sends it with the later requests of
that client, so a cookie that one requestor's call received would go out with another requestor's calls.
The partner API authenticates each call with a bearer token and documents no cookie, so these clients
drop every cookie they are sent. It is also the largest cost httpx adds per response: to look for
``Set-Cookie`` it wraps every response and its request in ``urllib`` objects (about 20 µs of CPU).
"""

from __future__ import annotations

from typing import Any

import httpx

from wawex_partner_api.errors import ConfigurationError


class _DroppedCookies(httpx.Cookies):
    """A jar that keeps none of the cookies responses set."""

    def extract_cookies(self, response: httpx.Response) -> None:
        return None


class _KeepsNoCookies:
    """What both clients below add to httpx's: a jar of their own that keeps nothing, and no other jar."""

    def __init__(self, **settings: Any) -> None:
        super().__init__(**settings)
        self._dropped = _DroppedCookies()

    @property
    def cookies(self) -> httpx.Cookies:
        return self._dropped

    @cookies.setter
    def cookies(self, value: object) -> None:
        raise ConfigurationError("a PartnerClient keeps no cookies: the API authenticates each call with its token")


class CookielessClient(_KeepsNoCookies, httpx.Client):
    """``httpx.Client`` whose jar keeps none of the cookies responses set (``cookies`` cannot be replaced)."""


class AsyncCookielessClient(_KeepsNoCookies, httpx.AsyncClient):
    """The async twin of CookielessClient."""
