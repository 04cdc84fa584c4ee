"""One token for the whole fleet: a token cache that every process and machine shares through Redis.

    pip install 'wawex-partner-api[redis]'
    export WAWEX_TOKEN_CACHE_URL=redis://cache.internal:6379/0   # or rediss://…, unix:///run/redis.sock
    client = PartnerClient.from_env()

or with Redis clients of your own (Sentinel, Cluster, ACLs, your TLS settings):

    cache = RedisTokenCache(redis.Redis(...), async_client=redis.asyncio.Redis(...))
    client = PartnerClient(config, token_cache=cache)

Each process keeps its own copy of the token and asks Redis only when that copy is missing or inside a
window, so a call costs the same as without Redis. One process at a time refreshes (a lock with an owner
and a TTL), the others wait for and use its token; the token is stored sealed with a key derived from the
client secret (``sealing.py``). Whatever happens to Redis, API calls go on: each process then fetches
its own tokens, as it would without a shared cache (``slot.py``).
"""

from __future__ import annotations

import importlib.util
import re
import threading
import time
from collections.abc import Mapping
from typing import TYPE_CHECKING, Final

from wawex_partner_api.config import PartnerConfig
from wawex_partner_api.errors import ConfigurationError, MissingExtraError
from wawex_partner_api.tokens import Clock, TokenCache

if TYPE_CHECKING:
    import redis
    import redis.asyncio

    from wawex_partner_api.token_cache.slot import Outage, SharedSlot
    from wawex_partner_api.token_cache.stores import AsyncStore

__all__ = ["ENVIRONMENT_VARIABLE", "RedisTokenCache", "token_cache_from_env"]

ENVIRONMENT_VARIABLE: Final = "WAWEX_TOKEN_CACHE_URL"
DEFAULT_PREFIX: Final = "wawex:"
_PREFIX = re.compile(r"[A-Za-z0-9:_.{}-]{0,64}")
_EXTRA_MODULES: Final = ("redis", "cryptography")


def require_redis_extra() -> None:
    """Raise MissingExtraError, naming the extra, unless redis-py and cryptography are installed."""
    missing = [name for name in _EXTRA_MODULES if importlib.util.find_spec(name) is None]
    if missing:
        raise MissingExtraError("the shared token cache", "redis", missing)


class RedisTokenCache(TokenCache):
    """A TokenCache whose tokens are shared through Redis by every process that uses the same credentials.

    ``client`` serves sync callers, and async ones too, from a worker thread, unless ``async_client`` is
    given. A worker thread is the default because a command's time limit is then measured on its socket:
    on an event loop busy with hundreds of tasks, a reply that came in time may be read too late, and a
    healthy Redis would be taken for a slow one. Settings of clients you build are yours: give them short
    time limits (``from_url`` uses 50 ms) and no long retries, since a refresh waits for them.
    """

    def __init__(
        self,
        client: redis.Redis,
        *,
        async_client: redis.asyncio.Redis | None = None,
        prefix: str = DEFAULT_PREFIX,
        clock: Clock = time.monotonic,
        wall_clock: Clock = time.time,
    ) -> None:
        require_redis_extra()
        if not _PREFIX.fullmatch(prefix):
            raise ConfigurationError("prefix may only hold letters, digits and :_.{}- (at most 64)")
        super().__init__(clock=clock)
        from wawex_partner_api.token_cache.slot import Outage
        from wawex_partner_api.token_cache.stores import AsyncRedisStore, RedisStore, ThreadedStore, describe

        self._where = describe(client)
        self._prefix = prefix
        self._wall_clock = wall_clock
        self._store = RedisStore(client)
        self._outage: Outage = Outage(self._where, clock)
        self._async_commands: AsyncStore = (
            AsyncRedisStore(async_client) if async_client is not None else ThreadedStore(self._store)
        )

    @classmethod
    def from_url(
        cls,
        url: str,
        *,
        prefix: str = DEFAULT_PREFIX,
        connect_timeout: float = 0.05,
        command_timeout: float = 0.05,
        clock: Clock = time.monotonic,
        wall_clock: Clock = time.time,
    ) -> RedisTokenCache:
        """A cache on the Redis of ``url`` (redis://, rediss:// or unix://), with clients that fail fast."""
        from wawex_partner_api.token_cache.stores import check_url, fail_fast

        check_url(url)
        require_redis_extra()
        import redis

        client = redis.Redis.from_url(url, **fail_fast(connect_timeout, command_timeout))
        return cls(client, prefix=prefix, clock=clock, wall_clock=wall_clock)

    def __repr__(self) -> str:
        return f"<RedisTokenCache {self._where} prefix={self._prefix!r}>"

    def _shared_for(self, config: PartnerConfig) -> SharedSlot:
        from wawex_partner_api.token_cache.slot import SharedSlot

        return SharedSlot(
            config,
            prefix=self._prefix,
            store=self._store,
            async_store=self._async_commands,
            outage=self._outage,
            clock=self._clock,
            wall_clock=self._wall_clock,
        )


_BY_URL: dict[str, RedisTokenCache] = {}
_BY_URL_LOCK = threading.Lock()


def token_cache_from_env(environ: Mapping[str, str] | None = None) -> RedisTokenCache | None:
    """The shared cache that ``WAWEX_TOKEN_CACHE_URL`` names (one per URL in a process), or None if unset."""
    import os

    url = (os.environ if environ is None else environ).get(ENVIRONMENT_VARIABLE)
    if not url:
        return None
    with _BY_URL_LOCK:
        cache = _BY_URL.get(url)
        if cache is None:
            cache = _BY_URL[url] = RedisTokenCache.from_url(url)
        return cache
