"""The Redis commands a shared token entry needs, on redis-py clients: sync, async, and sync-in-a-thread.

Clients built here from a URL fail fast: connect and command time limits in tens of milliseconds and
one immediate retry (a connection broken by a Redis restart is replaced without an outage), so a Redis
that is down or slow costs a refresh milliseconds, never an API call. Clients the user builds keep
their own settings (Sentinel, Cluster, ACLs, TLS).
"""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING, Any, Final, Protocol
from urllib.parse import parse_qs, urlsplit

from wawex_partner_api.errors import ConfigurationError

if TYPE_CHECKING:
    import redis
    import redis.asyncio

# Deletes the entry only while it still holds the value the caller read: a token another process has
# written since is never removed by a stale 401.
_DELETE_IF_UNCHANGED: Final = """
if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) end
return 0
"""
SCHEMES: Final = ("redis", "rediss", "unix")


class Store(Protocol):
    def read(self, key: str) -> tuple[bytes | None, int]: ...
    def write(self, key: str, value: bytes, ttl_ms: int) -> None: ...
    def lock(self, name: str, ttl: float) -> Any: ...
    def unlock(self, lock: Any) -> None: ...
    def delete_if_unchanged(self, key: str, value: bytes) -> None: ...


class AsyncStore(Protocol):
    async def read(self, key: str) -> tuple[bytes | None, int]: ...
    async def write(self, key: str, value: bytes, ttl_ms: int) -> None: ...
    async def lock(self, name: str, ttl: float) -> Any: ...
    async def unlock(self, lock: Any) -> None: ...
    async def delete_if_unchanged(self, key: str, value: bytes) -> None: ...


class RedisStore:
    """``Store`` on a ``redis.Redis``: the entry with its remaining time (the server's clock), a lock, a write."""

    def __init__(self, client: redis.Redis) -> None:
        self._client = client
        self._delete_if_unchanged = client.register_script(_DELETE_IF_UNCHANGED)

    def read(self, key: str) -> tuple[bytes | None, int]:
        with self._client.pipeline(transaction=True) as pipe:
            pipe.get(key)
            pipe.pttl(key)
            value, ttl_ms = pipe.execute()
        return value, ttl_ms

    def write(self, key: str, value: bytes, ttl_ms: int) -> None:
        self._client.set(key, value, px=ttl_ms)

    def lock(self, name: str, ttl: float) -> Any:
        lock = self._client.lock(name, timeout=ttl, blocking=False, thread_local=False)
        return lock if lock.acquire() else None

    def unlock(self, lock: Any) -> None:
        lock.release()

    def delete_if_unchanged(self, key: str, value: bytes) -> None:
        self._delete_if_unchanged(keys=[key], args=[value])


class AsyncRedisStore:
    """``AsyncStore`` on a ``redis.asyncio.Redis`` (bound to the event loop it was made on)."""

    def __init__(self, client: redis.asyncio.Redis) -> None:
        self._client = client
        self._delete_if_unchanged = client.register_script(_DELETE_IF_UNCHANGED)

    async def read(self, key: str) -> tuple[bytes | None, int]:
        async with self._client.pipeline(transaction=True) as pipe:
            pipe.get(key)
            pipe.pttl(key)
            value, ttl_ms = await pipe.execute()
        return value, ttl_ms

    async def write(self, key: str, value: bytes, ttl_ms: int) -> None:
        await self._client.set(key, value, px=ttl_ms)

    async def lock(self, name: str, ttl: float) -> Any:
        lock = self._client.lock(name, timeout=ttl, blocking=False, thread_local=False)
        return lock if await lock.acquire() else None

    async def unlock(self, lock: Any) -> None:
        await lock.release()

    async def delete_if_unchanged(self, key: str, value: bytes) -> None:
        await self._delete_if_unchanged(keys=[key], args=[value])


class ThreadedStore:
    """``AsyncStore`` over a sync ``Store``, each command in a worker thread (when no async client is given)."""

    def __init__(self, store: Store) -> None:
        self._store = store

    async def read(self, key: str) -> tuple[bytes | None, int]:
        return await asyncio.to_thread(self._store.read, key)

    async def write(self, key: str, value: bytes, ttl_ms: int) -> None:
        await asyncio.to_thread(self._store.write, key, value, ttl_ms)

    async def lock(self, name: str, ttl: float) -> Any:
        return await asyncio.to_thread(self._store.lock, name, ttl)

    async def unlock(self, lock: Any) -> None:
        await asyncio.to_thread(self._store.unlock, lock)

    async def delete_if_unchanged(self, key: str, value: bytes) -> None:
        await asyncio.to_thread(self._store.delete_if_unchanged, key, value)


def check_url(url: str) -> str:
    """``url`` if it can name a Redis server, else ConfigurationError (never quoting it: it may hold a password)."""
    try:
        parts = urlsplit(url)
    except ValueError:
        raise ConfigurationError("WAWEX_TOKEN_CACHE_URL is not a URL") from None
    if parts.scheme not in SCHEMES:
        raise ConfigurationError(
            f"WAWEX_TOKEN_CACHE_URL must start with redis://, rediss:// or unix://, not {parts.scheme!r}"
        )
    if parts.scheme == "unix" and not parts.path:
        raise ConfigurationError("WAWEX_TOKEN_CACHE_URL: a unix:// URL needs the socket's path")
    if parts.scheme != "unix" and not parts.hostname:
        raise ConfigurationError("WAWEX_TOKEN_CACHE_URL needs a host")
    requirement = parse_qs(parts.query).get("ssl_cert_reqs", ["required"])[-1].lower()
    if requirement != "required":
        raise ConfigurationError("WAWEX_TOKEN_CACHE_URL: TLS certificate verification cannot be turned off")
    return url


def describe(client: redis.Redis | redis.asyncio.Redis) -> str:
    """Where a client connects, without credentials (for log messages)."""
    settings = getattr(getattr(client, "connection_pool", None), "connection_kwargs", {})
    if settings.get("path"):
        return f"unix://{settings['path']}"
    if settings.get("host"):
        return f"redis://{settings['host']}:{settings.get('port', 6379)}/{settings.get('db', 0)}"
    return type(client).__name__


def fail_fast(connect_timeout: float, command_timeout: float) -> dict[str, Any]:
    """redis-py settings of the clients built from a URL: one immediate retry for a broken connection (a
    restarted Redis), none for a command that timed out (a stalled Redis would cost the time limit twice)."""
    from redis.backoff import NoBackoff
    from redis.exceptions import ConnectionError
    from redis.retry import Retry

    return {
        "socket_connect_timeout": connect_timeout,
        "socket_timeout": command_timeout,
        "retry": Retry(NoBackoff(), 1, supported_errors=(ConnectionError,)),
        "client_name": "wawex-partner-api",
    }
