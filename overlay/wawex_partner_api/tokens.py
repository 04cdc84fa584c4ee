"""The life of an access token: fetched lazily, shared, refreshed once, never sent expired.

States, by the time left before expiry (monotonic clock):

- fresh: more than ``advisory_window`` left; used as is.
- advisory: less than ``advisory_window``; the first caller to notice refreshes, everyone else keeps
  using the cached token without waiting. A failed refresh logs one WARNING and is not retried for
  ``retry_failed_refresh_after`` seconds; the cached token stays in use.
- mandatory: less than ``mandatory_window``; callers wait for the refresh, and a failure raises.
- missing: none yet, expired, or invalidated after a 401; callers wait for a token or an error.

One refresh at a time per token (single flight, ``wawex_partner_api.flight``): whoever finds it needed
first, a thread or a task of any event loop, leads it; everyone else who needs the token waits for its
outcome and re-checks. Callers that waited while a refresh failed get that failure instead of starting
another. A token that arrives already inside a window (or the same token again), and a single-use token
fetched in the advisory window, start a pause of ``retry_failed_refresh_after`` seconds in which the
cached token is used without another request.

With a shared cache (``wawex_partner_api.token_cache``) the leader of a refresh asks it first, and it
makes the single flight fleet-wide. A usable local copy never touches it.
"""

from __future__ import annotations

import ssl
import threading
import time
from collections.abc import Callable
from typing import Final, Literal, TypeVar

import httpx

from wawex_partner_api import grant
from wawex_partner_api._compat import authlib_httpx_client
from wawex_partner_api.config import PartnerConfig
from wawex_partner_api.errors import TokenError
from wawex_partner_api.flight import Flight
from wawex_partner_api.grant import AccessToken
from wawex_partner_api.redaction import get_logger
from wawex_partner_api.sharing import INTERIM_RECHECK, Interim, Need, Outcome, SharedTokens

logger = get_logger("wawex_partner_api.auth")

State = Literal["fresh", "advisory", "mandatory", "missing"]
Clock = Callable[[], float]
_E = TypeVar("_E", bound=BaseException)

_ABANDONED: Final = object()
"""The outcome of a flight whose leader was cancelled or interrupted: the waiters try again."""


def token_state(config: PartnerConfig, token: AccessToken | None, now: float) -> State:
    """Where ``token`` stands at ``now`` in ``config``'s windows."""
    if token is None or token.expires_at is None or now >= token.expires_at:
        return "missing"
    remaining = token.expires_at - now
    if remaining <= config.mandatory_window:
        return "mandatory"
    return "advisory" if remaining <= config.advisory_window else "fresh"


def _copy_error(error: _E) -> _E:
    """The same error for another waiter (raising one instance in many threads would tangle tracebacks)."""
    clone = type(error).__new__(type(error))
    clone.__dict__.update(error.__dict__)
    clone.args = error.args
    return clone


class TokenSource:
    """The token of one (token URL, client id, secret, scope), for any number of clients and threads."""

    def __init__(
        self, config: PartnerConfig, *, clock: Clock = time.monotonic, shared: SharedTokens | None = None
    ) -> None:
        self._config = config
        self._clock = clock
        self._shared = shared
        # Done once, here: loading CA certificates and importing Authlib block, and must not happen on
        # an event loop that a thousand tasks share.
        self._verify: ssl.SSLContext = httpx.create_ssl_context(verify=config.verify)
        authlib_httpx_client()
        self._token: AccessToken | None = None
        self._not_before = 0.0
        self._rejected: AccessToken | None = None
        self._flight: Flight | None = None
        self._guard = threading.Lock()  # held only to read or change the fields above, never across I/O

    def __repr__(self) -> str:
        shared = f" shared={self._shared!r}" if self._shared is not None else ""
        return f"<TokenSource client_id={self._config.client_id!r} token_url={self._config.token_url!r}{shared}>"

    @property
    def current(self) -> AccessToken | None:
        """The cached token, if any (whatever its state)."""
        return self._token

    @property
    def ssl_context(self) -> ssl.SSLContext:
        """The TLS settings of the configuration, loaded once; the API clients share it."""
        return self._verify

    def state(self, token: AccessToken | None, now: float) -> State:
        return token_state(self._config, token, now)

    def _usable(self, token: AccessToken | None, now: float) -> bool:
        """Good to send without refreshing first (a token that came in inside a window counts, for a while)."""
        state = self.state(token, now)
        return state == "fresh" or (state in ("advisory", "mandatory") and now < self._not_before)

    def invalidate(self, token: AccessToken) -> None:
        """Forget ``token`` after the API rejected it, unless it has already been replaced."""
        with self._guard:
            if self._token is token:
                self._token = None
            if self._shared is not None:
                self._rejected = token

    # -- the two paths -----------------------------------------------------------------------------

    def get(self) -> AccessToken:
        token = self._token
        if self._usable(token, self._clock()):
            assert token is not None
            return token
        while True:
            joined = self._join()
            if isinstance(joined, AccessToken):
                return joined
            flight, leading = joined
            if leading:
                need = self._need(flight)
                try:
                    outcome: object = self._refresh(need)
                except BaseException:
                    self._land(flight, _ABANDONED, need)
                    raise
                self._land(flight, outcome, need)
            elif flight.leader_thread == threading.get_ident():
                # The leader is a task of the event loop this thread runs, and cannot finish while we block it.
                outcome = grant.fetch_with_retries(self._config, self._verify, self._clock)
                with self._guard:
                    self._apply(outcome, advisory=False)
                leading = True
            else:
                outcome = flight.wait()
            result = self._after(flight, outcome, leading)
            if result is not None:
                return result

    async def get_async(self) -> AccessToken:
        token = self._token
        if self._usable(token, self._clock()):
            assert token is not None
            return token
        while True:
            joined = self._join()
            if isinstance(joined, AccessToken):
                return joined
            flight, leading = joined
            if leading:
                need = self._need(flight)
                try:
                    outcome: object = await self._refresh_async(need)
                except BaseException:
                    self._land(flight, _ABANDONED, need)
                    raise
                self._land(flight, outcome, need)
            else:
                outcome = await flight.wait_async()
            result = self._after(flight, outcome, leading)
            if result is not None:
                return result

    def _refresh(self, need: Need) -> Outcome | Interim:
        def fetch() -> Outcome:
            return grant.fetch_with_retries(self._config, self._verify, self._clock)

        return fetch() if self._shared is None else self._shared.refresh(need, fetch)

    async def _refresh_async(self, need: Need) -> Outcome | Interim:
        async def fetch() -> Outcome:
            return await grant.fetch_with_retries_async(self._config, self._verify, self._clock)

        return await (fetch() if self._shared is None else self._shared.refresh_async(need, fetch))

    # -- shared by both paths ----------------------------------------------------------------------

    def _join(self) -> AccessToken | tuple[Flight, bool]:
        """A usable token, or the flight to wait for (advisory: the cached token instead), or a new one to lead."""
        with self._guard:
            token, now = self._token, self._clock()
            advisory = self.state(token, now) == "advisory"
            if token is not None and (self._usable(token, now) or (advisory and self._flight is not None)):
                return token
            if self._flight is not None:
                return self._flight, False
            self._flight = Flight(advisory=advisory, cached=token)
            return self._flight, True

    def _need(self, flight: Flight) -> Need:
        return Need(advisory=flight.advisory, cached=flight.cached, rejected=self._rejected)

    def _land(self, flight: Flight, outcome: object, need: Need) -> None:
        with self._guard:
            self._flight = None
            if outcome is not _ABANDONED:
                self._apply(outcome, advisory=flight.advisory)
                if self._rejected is need.rejected:
                    self._rejected = None
        flight.finish(outcome)

    def _apply(self, outcome: object, *, advisory: bool) -> None:
        """Record a refresh's outcome (called with the guard held)."""
        now = self._clock()
        pause = now + self._config.retry_failed_refresh_after
        if isinstance(outcome, Interim):
            self._token, self._not_before = outcome.token, now + INTERIM_RECHECK
        elif isinstance(outcome, AccessToken):
            if outcome.expires_at is not None:
                self._token = outcome
                if self.state(outcome, now) != "fresh":
                    self._not_before = pause
            elif advisory:
                self._not_before = pause  # single use: the cached token serves on, no request per call meanwhile
        elif isinstance(outcome, TokenError) and advisory:
            self._not_before = pause
            logger.warning(
                "token refresh failed (%s); the cached token stays in use, next attempt in %.0f s",
                outcome,
                self._config.retry_failed_refresh_after,
            )

    def _after(self, flight: Flight, outcome: object, leading: bool) -> AccessToken | None:
        """What a caller gets once a flight has landed; None: try again."""
        if isinstance(outcome, TokenError) and not flight.advisory:
            raise outcome if leading else _copy_error(outcome)
        token = self._token
        if self._usable(token, self._clock()):
            return token
        if isinstance(outcome, Interim):
            return outcome.token
        if leading and isinstance(outcome, AccessToken):
            return outcome  # single use: handed to the caller that fetched it, never cached
        return None


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
                source = TokenSource(config, clock=self._clock, shared=self._shared_for(config))
                self._sources[config.cache_key] = source
            return source

    def _shared_for(self, config: PartnerConfig) -> SharedTokens | None:
        """The shared cache entry of ``config``'s token; none in a process-local cache."""
        return None


DEFAULT_TOKEN_CACHE = TokenCache()
