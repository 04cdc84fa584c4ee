"""One shared token entry: the refresh plan run against Redis, sync and async, and everything that can go wrong.

Any failure of Redis (down, slow, restarted, full, refusing the password, answering nonsense) makes the
step it happened in answer ``DOWN``: the plan falls back to fetching as if it were alone, and the outage
is logged once (WARNING), as is its end (INFO). While Redis is known to be down it is not asked again
for ``RETRY_OUTAGE_AFTER`` seconds. A value that does not open with these credentials is treated as
absent and reported once; the next refresh overwrites it.
"""

from __future__ import annotations

import hashlib
import threading
import time
from collections.abc import Awaitable, Callable
from typing import Any, Final, cast

from wawex_partner_api.config import PartnerConfig
from wawex_partner_api.grant import MAX_EXPIRES_IN, AccessToken, longest_refresh
from wawex_partner_api.redaction import get_logger
from wawex_partner_api.sharing import Interim, Need, Outcome
from wawex_partner_api.token_cache import plan
from wawex_partner_api.token_cache.sealing import Sealer
from wawex_partner_api.token_cache.stores import AsyncStore, Store
from wawex_partner_api.tokens import token_state

logger = get_logger("wawex_partner_api.token_cache")

Answer = Callable[[Any], tuple[object, Any]]
RETRY_OUTAGE_AFTER: Final = 5.0
CLOCK_SKEW_ALLOWANCE: Final = 60.0
"""A sealed expiry may be this far behind the reader's wall clock (clocks of machines differ); the
remaining lifetime itself comes from Redis's own clock (PTTL), which every process shares."""


class Outage:
    """Whether a Redis server is usable, logged once per change; shared by every entry on that server."""

    def __init__(self, where: str, clock: Callable[[], float] = time.monotonic) -> None:
        self._where = where
        self._clock = clock
        self._down = False
        self._retry_at = 0.0
        self._lock = threading.Lock()

    def skipping(self) -> bool:
        return self._down and self._clock() < self._retry_at

    def failed(self, error: BaseException) -> None:
        with self._lock:
            first, self._down = not self._down, True
            self._retry_at = self._clock() + RETRY_OUTAGE_AFTER
        if first:
            logger.warning(
                "shared token cache %s unavailable (%s); this process fetches its own tokens until it is back",
                self._where,
                type(error).__name__,
            )

    def recovered(self) -> None:
        if self._down:
            with self._lock:
                was_down, self._down = self._down, False
            if was_down:
                logger.info("shared token cache %s is back", self._where)


class SharedSlot:
    """``SharedTokens`` for one (token URL, client id, secret, scope) on one Redis."""

    def __init__(
        self,
        config: PartnerConfig,
        *,
        prefix: str,
        store: Store,
        async_store: AsyncStore,
        outage: Outage,
        clock: Callable[[], float],
        wall_clock: Callable[[], float],
    ) -> None:
        self._config = config
        self._sealer = Sealer(config, prefix)
        self._store = store
        self._async_store = async_store
        self._outage = outage
        self._clock = clock
        self._wall_clock = wall_clock
        self._lock_ttl = longest_refresh(config) + 1.0
        self._sealed: dict[str, bytes] = {}  # token -> the value it was read from or written as (for 401s)
        self._reported: set[str] = set()

    def __repr__(self) -> str:
        return f"<SharedSlot {self._sealer.entry!r}>"

    @property
    def entry(self) -> str:
        return self._sealer.entry

    def _plan(self, need: Need) -> plan.Plan:
        return plan.refresh(need, state=self._state, clock=self._clock, lock_ttl=self._lock_ttl)

    def _state(self, token: AccessToken | None) -> str:
        return token_state(self._config, token, self._clock())

    # -- drivers: the same plan, sync and async -----------------------------------------------------

    def refresh(self, need: Need, fetch: Callable[[], Outcome]) -> Outcome | Interim:
        steps, reply, held = self._plan(need), cast(object, None), cast(Any, None)
        try:
            while True:
                step = steps.send(reply)
                if isinstance(step, plan.Fetch):
                    reply = fetch()
                elif isinstance(step, plan.Sleep):
                    time.sleep(step.seconds)
                elif (command := self._command(step, held)) is not None:
                    name, arguments, answer = command
                    try:
                        reply, held = answer(getattr(self._store, name)(*arguments))
                        self._outage.recovered()
                    except Exception as error:  # whatever Redis does, the API call goes on without it
                        reply = self._failed(error)
                else:
                    reply = plan.DOWN if self._outage.skipping() else None
        except StopIteration as done:
            return done.value  # type: ignore[no-any-return]
        finally:
            if held is not None:
                try:
                    self._store.unlock(held)
                except Exception as error:  # it expires by its TTL
                    self._failed(error)

    async def refresh_async(self, need: Need, fetch: Callable[[], Awaitable[Outcome]]) -> Outcome | Interim:
        import asyncio

        steps, reply, held = self._plan(need), cast(object, None), cast(Any, None)
        store = self._async_store
        try:
            while True:
                step = steps.send(reply)
                if isinstance(step, plan.Fetch):
                    reply = await fetch()
                elif isinstance(step, plan.Sleep):
                    await asyncio.sleep(step.seconds)
                elif (command := self._command(step, held)) is not None:
                    name, arguments, answer = command
                    try:
                        reply, held = answer(await getattr(store, name)(*arguments))
                        self._outage.recovered()
                    except Exception as error:
                        reply = self._failed(error)
                else:
                    reply = plan.DOWN if self._outage.skipping() else None
        except StopIteration as done:
            return done.value  # type: ignore[no-any-return]
        finally:
            if held is not None:
                try:
                    await store.unlock(held)
                except Exception as error:
                    self._failed(error)

    def _command(self, step: plan.Step, held: Any) -> tuple[str, tuple[Any, ...], Answer] | None:
        """The store method and arguments that carry out ``step``, and how its result answers the plan;
        None when there is nothing to send (Redis known to be down, or nothing to write or drop)."""
        if self._outage.skipping():
            return None
        entry = self._sealer.entry
        if isinstance(step, plan.Read):
            return "read", (entry,), lambda answer: (self._opened(*answer), held)
        if isinstance(step, plan.Lock):
            return "lock", (self._sealer.lock, self._lock_ttl), lambda lock: (lock is not None, lock)
        if isinstance(step, plan.Unlock):
            return "unlock", (held,), lambda _: (None, None)
        if isinstance(step, plan.Write):
            sealed = self._sealed_value(step.token)
            return None if sealed is None else ("write", (entry, *sealed), lambda _: (None, held))
        assert isinstance(step, plan.DropRejected)
        value = self._sealed.get(step.token.value)
        return None if value is None else ("delete_if_unchanged", (entry, value), lambda _: (None, held))

    def _failed(self, error: Exception) -> object:
        self._outage.failed(error)
        return plan.DOWN

    # -- values ------------------------------------------------------------------------------------

    def _sealed_value(self, token: AccessToken) -> tuple[bytes, int] | None:
        """The value to store for ``token`` and its time to live in ms (None: too close to expiry to share)."""
        assert token.expires_at is not None
        remaining = token.expires_at - self._clock()
        if remaining < 1.0:
            return None
        value = self._sealer.seal(token.value, self._wall_clock() + remaining)
        self._remember(token.value, value)
        return value, int(remaining * 1000)

    def _opened(self, value: object, ttl_ms: object) -> AccessToken | None:
        if value is None:
            return None
        opened = self._sealer.open(value) if isinstance(value, bytes) else None
        if opened is None or not isinstance(value, bytes):
            self._report(value)
            return None
        remaining = min(opened.expires_at - self._wall_clock() + CLOCK_SKEW_ALLOWANCE, MAX_EXPIRES_IN)
        if isinstance(ttl_ms, int) and ttl_ms > 0:
            remaining = min(remaining, ttl_ms / 1000)
        if remaining <= 0:
            return None  # expired: as good as absent
        self._remember(opened.token, value)
        now = self._clock()
        return AccessToken(opened.token, now + remaining, now)

    def _remember(self, token: str, value: bytes) -> None:
        if len(self._sealed) >= 4:
            self._sealed.pop(next(iter(self._sealed)))
        self._sealed[token] = value

    def _report(self, value: object) -> None:
        digest = hashlib.sha256(repr(value).encode()).hexdigest()
        if digest not in self._reported:
            self._reported.add(digest)
            logger.warning(
                "shared token cache entry %s holds a value these credentials did not seal; it is ignored "
                "and will be replaced",
                self._sealer.entry,
            )
