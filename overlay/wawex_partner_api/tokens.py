"""The life of an access token: fetched lazily, shared, refreshed once, never sent expired.

States, by the time left before expiry (monotonic clock):

- fresh: more than ``advisory_window`` left; used as is.
- advisory: less than ``advisory_window``; the first caller to notice refreshes, everyone else keeps
  using the cached token without waiting. A failed refresh logs one WARNING and is not retried for
  ``retry_failed_refresh_after`` seconds; the cached token stays in use.
- mandatory: less than ``mandatory_window``; callers wait for the refresh, and a failure raises.
- missing: none yet, expired, or invalidated after a 401; callers wait for a token or an error.

One refresh at a time per token (single flight): threads share a ``threading.Lock``, tasks an
``asyncio.Lock`` of their event loop, and everyone re-checks after getting the lock. Callers that
waited while a refresh failed get that failure instead of starting another. A token that arrives
already inside a window (or the same token again) is used until it expires, with no new request for
``retry_failed_refresh_after`` seconds.
"""

from __future__ import annotations

import random
import ssl
import threading
import time
import weakref
from collections.abc import Callable
from typing import TYPE_CHECKING, Literal, TypeVar

import httpx

from wawex_partner_api import grant
from wawex_partner_api._compat import authlib_httpx_client
from wawex_partner_api.config import PartnerConfig
from wawex_partner_api.errors import TokenError
from wawex_partner_api.grant import AccessToken, RetryableFailure

if TYPE_CHECKING:
    import asyncio
from wawex_partner_api.redaction import get_logger

logger = get_logger("wawex_partner_api.auth")

State = Literal["fresh", "advisory", "mandatory", "missing"]
Clock = Callable[[], float]
_E = TypeVar("_E", bound=BaseException)


def _copy_error(error: _E) -> _E:
    """The same error for another waiter (raising one instance in many threads would tangle tracebacks)."""
    clone = type(error).__new__(type(error))
    clone.__dict__.update(error.__dict__)
    clone.args = error.args
    return clone


class TokenSource:
    """The token of one (token URL, client id, secret, scope), for any number of clients and threads."""

    def __init__(self, config: PartnerConfig, *, clock: Clock = time.monotonic) -> None:
        self._config = config
        self._clock = clock
        # Done once, here: loading CA certificates and importing Authlib block, and must not happen on
        # an event loop that a thousand tasks share.
        self._verify: ssl.SSLContext = httpx.create_ssl_context(verify=config.verify)
        authlib_httpx_client()
        self._token: AccessToken | None = None
        self._not_before = 0.0
        self._completed = 0  # refresh attempts finished, successful or not
        self._last_failure: TokenError | None = None
        self._thread_lock = threading.Lock()
        self._loop_locks: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Lock] = (
            weakref.WeakKeyDictionary()
        )
        self._loop_locks_guard = threading.Lock()

    def __repr__(self) -> str:
        return f"<TokenSource client_id={self._config.client_id!r} token_url={self._config.token_url!r}>"

    @property
    def current(self) -> AccessToken | None:
        """The cached token, if any (whatever its state)."""
        return self._token

    @property
    def ssl_context(self) -> ssl.SSLContext:
        """The TLS settings of the configuration, loaded once; the API clients share it."""
        return self._verify

    # -- state -------------------------------------------------------------------------------------

    def state(self, token: AccessToken | None, now: float) -> State:
        if token is None or token.expires_at is None or now >= token.expires_at:
            return "missing"
        remaining = token.expires_at - now
        if remaining <= self._config.mandatory_window:
            return "mandatory"
        return "advisory" if remaining <= self._config.advisory_window else "fresh"

    def _usable(self, token: AccessToken | None, now: float) -> bool:
        """Good to send without refreshing first (a token that came in inside a window counts, for a while)."""
        state = self.state(token, now)
        return state == "fresh" or (state in ("advisory", "mandatory") and now < self._not_before)

    def invalidate(self, token: AccessToken) -> None:
        """Forget ``token`` after the API rejected it, unless it has already been replaced."""
        if self._token is token:
            self._token = None

    # -- sync --------------------------------------------------------------------------------------

    def get(self) -> AccessToken:
        token, now = self._token, self._clock()
        if self._usable(token, now):
            assert token is not None
            return token
        if self.state(token, now) == "advisory":
            assert token is not None
            if self._thread_lock.acquire(blocking=False):
                try:
                    if self._needs_advisory_refresh():
                        self._advisory_refresh(self._fetch_with_retries())
                finally:
                    self._thread_lock.release()
            return self._token or token
        seen = self._completed
        with self._thread_lock:
            return self._after_wait(seen) or self._remember(self._fetch_with_retries())

    def _fetch_with_retries(self) -> AccessToken | TokenError:
        for attempt in range(1, self._config.token_attempts + 1):
            try:
                return grant.fetch_token(self._config, self._verify, self._clock)
            except RetryableFailure as failure:
                if attempt == self._config.token_attempts:
                    return grant.unavailable(failure, attempt)
                time.sleep(self._delay(failure, attempt))
            except TokenError as error:
                return error
        raise AssertionError("unreachable")  # pragma: no cover

    # -- async -------------------------------------------------------------------------------------

    async def get_async(self) -> AccessToken:
        token, now = self._token, self._clock()
        if self._usable(token, now):
            assert token is not None
            return token
        lock = self._loop_lock()
        if self.state(token, now) == "advisory":
            assert token is not None
            if not lock.locked():
                async with lock:
                    if self._needs_advisory_refresh():
                        self._advisory_refresh(await self._fetch_with_retries_async())
            return self._token or token
        seen = self._completed
        async with lock:
            return self._after_wait(seen) or self._remember(await self._fetch_with_retries_async())

    async def _fetch_with_retries_async(self) -> AccessToken | TokenError:
        for attempt in range(1, self._config.token_attempts + 1):
            try:
                return await grant.fetch_token_async(self._config, self._verify, self._clock)
            except RetryableFailure as failure:
                if attempt == self._config.token_attempts:
                    return grant.unavailable(failure, attempt)
                import asyncio

                await asyncio.sleep(self._delay(failure, attempt))
            except TokenError as error:
                return error
        raise AssertionError("unreachable")  # pragma: no cover

    def _loop_lock(self) -> asyncio.Lock:
        import asyncio  # here, not at the top: sync-only programs need not pay for importing it (~50 ms)

        loop = asyncio.get_running_loop()
        with self._loop_locks_guard:
            lock = self._loop_locks.get(loop)
            if lock is None:
                lock = self._loop_locks[loop] = asyncio.Lock()
            return lock

    # -- shared by both paths, called with the path's lock held --------------------------------------

    def _needs_advisory_refresh(self) -> bool:
        token, now = self._token, self._clock()
        return self.state(token, now) == "advisory" and not self._usable(token, now)

    def _advisory_refresh(self, outcome: AccessToken | TokenError) -> None:
        self._completed += 1
        if isinstance(outcome, AccessToken):
            self._store(outcome)
            return
        self._not_before = self._clock() + self._config.retry_failed_refresh_after
        logger.warning(
            "token refresh failed (%s); the cached token stays in use, next attempt in %.0f s",
            outcome,
            self._config.retry_failed_refresh_after,
        )

    def _after_wait(self, seen: int) -> AccessToken | None:
        """After getting the lock: a token someone else fetched meanwhile, or the error they met."""
        token = self._token
        if self._usable(token, self._clock()):
            return token
        if self._completed != seen and self._last_failure is not None:
            raise _copy_error(self._last_failure)
        return None

    def _remember(self, outcome: AccessToken | TokenError) -> AccessToken:
        """Record a required refresh's outcome: the token for the caller, or the error for the waiters too."""
        self._completed += 1
        if isinstance(outcome, TokenError):
            self._last_failure = outcome
            raise outcome
        self._last_failure = None
        self._store(outcome)
        return outcome

    def _store(self, token: AccessToken) -> None:
        if token.expires_at is None:
            return  # single use: handed to the caller that fetched it, never cached
        self._token = token
        now = self._clock()
        if self.state(token, now) != "fresh":
            self._not_before = now + self._config.retry_failed_refresh_after

    def _delay(self, failure: RetryableFailure, attempt: int) -> float:
        if failure.retry_after is not None:
            return min(failure.retry_after, self._config.retry_after_cap)
        jitter = random.uniform(0.9, 1.1)  # noqa: S311 - jitter, not cryptography
        delay = self._config.token_backoff * float(2 ** (attempt - 1)) * jitter
        logger.debug("token request attempt %d failed (%s); retrying in %.2f s", attempt, failure, delay)
        return delay


class TokenCache:
    """Token sources by (token URL, client id, secret fingerprint, scope): clients with the same
    credentials share one token. The first client's settings (windows, timeouts) govern a source."""

    def __init__(self, *, clock: Clock = time.monotonic) -> None:
        self._clock = clock
        self._sources: dict[tuple[str, str, str, str | None], TokenSource] = {}
        self._lock = threading.Lock()

    def source_for(self, config: PartnerConfig) -> TokenSource:
        with self._lock:
            source = self._sources.get(config.cache_key)
            if source is None:
                source = self._sources[config.cache_key] = TokenSource(config, clock=self._clock)
            return source


DEFAULT_TOKEN_CACHE = TokenCache()
