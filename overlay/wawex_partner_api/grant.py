"""One ``client_credentials`` grant, done by Authlib, and the reading of its answer.

Authlib builds and sends the request (``client_secret_post``: ``grant_type``, ``client_id``,
``client_secret`` and ``scope`` in a form body). Its ``access_token_response`` compliance hook hands
us the raw answer first, so the status, ``Retry-After`` and the body are judged here: retryable
failures, RFC 6749 §5.2 errors, answers that are not a usable bearer token, and ``expires_in``, which
is read against the monotonic clock instead of Authlib's wall-clock ``expires_at``.
"""

from __future__ import annotations

import math
import random
import re
import ssl
import time
from collections.abc import Callable, Mapping
from typing import Any, Protocol

import attrs

from wawex_partner_api._compat import TRANSPORT_ERRORS, authlib_httpx_client
from wawex_partner_api._json import json_object
from wawex_partner_api.config import PartnerConfig
from wawex_partner_api.errors import (
    TOKEN_REQUEST_ERRORS,
    TokenEndpointUnavailable,
    TokenError,
    TokenProtocolError,
    TokenRequestError,
)
from wawex_partner_api.redaction import get_logger
from wawex_partner_api.retries import retry_after

logger = get_logger("wawex_partner_api.auth")

DEFAULT_EXPIRES_IN = 3600.0
MAX_EXPIRES_IN = 24 * 3600.0
# Both used with fullmatch: "$" would also match before a final newline, and a token ending in one is
# refused by httpx only when it is sent, after it has been cached.
BEARER_TOKEN = re.compile(r"[A-Za-z0-9\-._~+/]+=*")  # RFC 6750 b64token: safe in an HTTP header
_NUMBER = re.compile(r"\s*-?\d+(\.\d+)?\s*")
_RETRYABLE_STATUS = frozenset({408, 429, 500, 502, 503, 504})


@attrs.frozen
class AccessToken:
    """A bearer token and when it stops being usable (monotonic seconds; None: use once, do not cache)."""

    value: str = attrs.field(repr=False)
    expires_at: float | None
    obtained_at: float

    @property
    def authorization(self) -> str:
        return f"Bearer {self.value}"


class RetryableFailure(Exception):
    """A failed attempt worth repeating (network error, 408/429/5xx, ``temporarily_unavailable``)."""

    def __init__(self, reason: str, status_code: int | None = None, retry_after: float | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.status_code = status_code
        self.retry_after = retry_after


class _Response(Protocol):
    status_code: int
    headers: Mapping[str, str]
    content: bytes


def read_token_response(response: _Response, sent_at: float) -> AccessToken:
    """Judge one answer of the token endpoint; ``sent_at`` is the monotonic time the request left."""
    status = response.status_code
    if 300 <= status < 400:
        raise TokenProtocolError(
            f"token endpoint answered {status} (a redirect); token requests never follow redirects",
            status_code=status,
        )
    payload = json_object(response.content)
    if status in _RETRYABLE_STATUS or (payload or {}).get("error") == "temporarily_unavailable":
        raise RetryableFailure(f"token endpoint answered {status}", status, retry_after(response.headers))
    if status >= 400:
        error = (payload or {}).get("error")
        if not isinstance(error, str):
            raise TokenProtocolError(f"token endpoint answered {status} without an OAuth error", status_code=status)
        description = payload.get("error_description") if payload else None
        error_class = TOKEN_REQUEST_ERRORS.get(error, TokenRequestError)
        raise error_class(error, description if isinstance(description, str) else None, status_code=status)
    if payload is None:
        raise TokenProtocolError(f"token endpoint answered {status} with a body that is not a JSON object")
    return _access_token(payload, sent_at)


def _access_token(payload: dict[str, Any], sent_at: float) -> AccessToken:
    value = payload.get("access_token")
    if not isinstance(value, str) or not value:
        raise TokenProtocolError("token response has no access_token")
    if not BEARER_TOKEN.fullmatch(value):
        raise TokenProtocolError("token response's access_token has characters a bearer token cannot have")
    token_type = payload.get("token_type")
    if not isinstance(token_type, str) or token_type.lower() != "bearer":
        raise TokenProtocolError(f"token response's token_type is {token_type!r}, not 'Bearer'")
    lifetime = _lifetime(payload.get("expires_in"), "expires_in" in payload)
    return AccessToken(value, None if lifetime is None else sent_at + lifetime, sent_at)


def _lifetime(expires_in: object, present: bool) -> float | None:
    """Seconds the token may be cached, or None when it may only be used once."""
    if not present:
        logger.warning("token response has no expires_in; assuming %d s", DEFAULT_EXPIRES_IN)
        return DEFAULT_EXPIRES_IN
    if isinstance(expires_in, bool) or not isinstance(expires_in, int | float | str):
        seconds = math.nan
    elif isinstance(expires_in, str):
        seconds = float(expires_in) if _NUMBER.fullmatch(expires_in) else math.nan
    else:
        seconds = float(expires_in)
    if not math.isfinite(seconds) or seconds < 1:  # under a second (1e-308 too) it cannot serve a second call
        logger.warning("token response's expires_in is unusable (%r); the token is used once, not cached", expires_in)
        return None
    return min(seconds, MAX_EXPIRES_IN)


def _authlib_kwargs(config: PartnerConfig, verify: ssl.SSLContext) -> dict[str, Any]:
    return {
        "client_id": config.client_id,
        "client_secret": config.client_secret.reveal(),
        "scope": config.scope,
        "token_endpoint_auth_method": "client_secret_post",
        "timeout": config.token_timeout,
        "follow_redirects": False,
        "verify": verify,
    }


def _hook(sent_at: Callable[[], float], result: list[AccessToken]) -> Callable[[Any], Any]:
    def judge(response: Any) -> Any:
        token = read_token_response(response, sent_at())
        result.append(token)
        # Authlib still parses the answer; it gets it without expires_in, which is ours to interpret
        # (it would compute a wall-clock expiry, and fail on values like "abc").
        return type(response)(200, json={"access_token": token.value, "token_type": "Bearer"})

    return judge


def fetch_token(config: PartnerConfig, verify: ssl.SSLContext, clock: Callable[[], float]) -> AccessToken:
    """One attempt, blocking. Raises RetryableFailure or a TokenError."""
    sent: list[float] = []
    result: list[AccessToken] = []
    oauth_client = authlib_httpx_client().OAuth2Client(**_authlib_kwargs(config, verify))
    oauth_client.register_compliance_hook("access_token_response", _hook(lambda: sent[0], result))
    with oauth_client:
        try:
            sent.append(clock())
            oauth_client.fetch_token(config.token_url, grant_type="client_credentials")
        except TRANSPORT_ERRORS as exc:
            raise RetryableFailure(f"token endpoint unreachable ({type(exc).__name__})") from None
    return result[0]


async def fetch_token_async(config: PartnerConfig, verify: ssl.SSLContext, clock: Callable[[], float]) -> AccessToken:
    """One attempt, without blocking the event loop. Raises RetryableFailure or a TokenError."""
    sent: list[float] = []
    result: list[AccessToken] = []
    oauth_client = authlib_httpx_client().AsyncOAuth2Client(**_authlib_kwargs(config, verify))
    oauth_client.register_compliance_hook("access_token_response", _hook(lambda: sent[0], result))
    async with oauth_client:
        try:
            sent.append(clock())
            await oauth_client.fetch_token(config.token_url, grant_type="client_credentials")
        except TRANSPORT_ERRORS as exc:
            raise RetryableFailure(f"token endpoint unreachable ({type(exc).__name__})") from None
    return result[0]


def unavailable(failure: RetryableFailure, attempts: int) -> TokenEndpointUnavailable:
    return TokenEndpointUnavailable(failure.reason, attempts=attempts, status_code=failure.status_code)


def fetch_with_retries(
    config: PartnerConfig, verify: ssl.SSLContext, clock: Callable[[], float]
) -> AccessToken | TokenError:
    """Up to ``token_attempts`` attempts with backoff (or the endpoint's ``Retry-After``); the error, not raised."""
    for attempt in range(1, config.token_attempts + 1):
        try:
            return fetch_token(config, verify, clock)
        except RetryableFailure as failure:
            if attempt == config.token_attempts:
                return unavailable(failure, attempt)
            time.sleep(_delay(config, failure, attempt))
        except TokenError as error:
            return error
    raise AssertionError("unreachable")  # pragma: no cover


async def fetch_with_retries_async(
    config: PartnerConfig, verify: ssl.SSLContext, clock: Callable[[], float]
) -> AccessToken | TokenError:
    """The async twin of fetch_with_retries."""
    import asyncio  # here, not at the top: sync-only programs need not pay for importing it

    for attempt in range(1, config.token_attempts + 1):
        try:
            return await fetch_token_async(config, verify, clock)
        except RetryableFailure as failure:
            if attempt == config.token_attempts:
                return unavailable(failure, attempt)
            await asyncio.sleep(_delay(config, failure, attempt))
        except TokenError as error:
            return error
    raise AssertionError("unreachable")  # pragma: no cover


def _delay(config: PartnerConfig, failure: RetryableFailure, attempt: int) -> float:
    if failure.retry_after is not None:
        return min(failure.retry_after, config.retry_after_cap)
    jitter = random.uniform(0.9, 1.1)  # noqa: S311 - jitter, not cryptography
    delay = config.token_backoff * float(2 ** (attempt - 1)) * jitter
    logger.debug("token request attempt %d failed (%s); retrying in %.2f s", attempt, failure, delay)
    return delay


def longest_refresh(config: PartnerConfig) -> float:
    """How long fetch_with_retries may take at most without Retry-After: every attempt's time limit and backoff."""
    backoff = sum(config.token_backoff * 2.0**attempt * 1.1 for attempt in range(config.token_attempts - 1))
    return config.token_timeout * config.token_attempts + backoff
