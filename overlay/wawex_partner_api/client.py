"""``PartnerClient``: what every generated operation accepts as ``client=``, with the token handled.

from wawex_partner_api import PartnerClient
from wawex_partner_api_client.api.natural_persons import get_natural_persons

client = PartnerClient.from_env()          # WAWEX_CLIENT_ID, WAWEX_CLIENT_SECRET, …
page = get_natural_persons.sync(client=client, limit=20)
"""

from __future__ import annotations

import asyncio
import threading
import weakref
from collections.abc import Mapping
from typing import Any, Self

import attrs
import httpx

from wawex_partner_api.auth import BearerTokenAuth
from wawex_partner_api.config import PartnerConfig, Secret
from wawex_partner_api.tokens import DEFAULT_TOKEN_CACHE, TokenCache, TokenSource
from wawex_partner_api_client.client import Client


@attrs.define(init=False, repr=False)
class PartnerClient(Client):
    """An authenticated client for the partner API, for sync and async operations alike.

    One ``httpx.Client`` for sync calls and one ``httpx.AsyncClient`` per event loop (so the client
    survives ``asyncio.run()`` being called more than once). Tokens come from a TokenSource shared by
    every client with the same credentials.
    """

    _config: PartnerConfig = attrs.field(alias="config")
    _tokens: TokenSource = attrs.field(alias="tokens")
    _auth: BearerTokenAuth = attrs.field(alias="auth")
    _clients_lock: threading.Lock = attrs.field(alias="clients_lock")
    _loop_clients: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, httpx.AsyncClient] = attrs.field(
        alias="loop_clients"
    )

    def __init__(self, config: PartnerConfig, *, token_cache: TokenCache | None = None) -> None:
        tokens = (token_cache or DEFAULT_TOKEN_CACHE).source_for(config)
        self.__attrs_init__(
            base_url=config.base_url,
            timeout=config.timeout,
            verify_ssl=config.verify,
            follow_redirects=False,
            config=config,
            tokens=tokens,
            auth=BearerTokenAuth(tokens, config.base_url),
            clients_lock=threading.Lock(),
            loop_clients=weakref.WeakKeyDictionary(),
        )

    @classmethod
    def from_env(
        cls, environ: Mapping[str, str] | None = None, *, token_cache: TokenCache | None = None, **settings: Any
    ) -> Self:
        """A client configured by ``WAWEX_*`` environment variables (see PartnerConfig.from_env)."""
        return cls(PartnerConfig.from_env(environ, **settings), token_cache=token_cache)

    @classmethod
    def for_environment(
        cls,
        environment: str,
        *,
        client_id: str,
        client_secret: str | Secret,
        token_cache: TokenCache | None = None,
        **settings: Any,
    ) -> Self:
        """A client for the partner's ``sandbox`` or ``production`` hosts."""
        config = PartnerConfig.for_environment(
            environment, client_id=client_id, client_secret=client_secret, **settings
        )
        return cls(config, token_cache=token_cache)

    @property
    def config(self) -> PartnerConfig:
        return self._config

    @property
    def tokens(self) -> TokenSource:
        return self._tokens

    def __repr__(self) -> str:
        return f"PartnerClient(base_url={self._config.base_url!r}, client_id={self._config.client_id!r})"

    # The generated operations get their httpx clients from these two methods.

    def get_httpx_client(self) -> httpx.Client:
        with self._clients_lock:
            if self._client is None:
                self._client = httpx.Client(**self._httpx_settings())
            return self._client

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        loop = asyncio.get_running_loop()
        with self._clients_lock:
            client = self._loop_clients.get(loop)
            if client is None:
                client = self._loop_clients[loop] = httpx.AsyncClient(**self._httpx_settings())
            return client

    def _httpx_settings(self) -> dict[str, Any]:
        return {
            "base_url": self._config.base_url,
            "timeout": self._config.timeout,
            "limits": self._config.limits,
            "verify": self._tokens.ssl_context,
            "follow_redirects": False,
            "auth": self._auth,
            "headers": self._headers,
        }

    def close(self) -> None:
        with self._clients_lock:
            client, self._client = self._client, None
        if client is not None:
            client.close()

    async def aclose(self) -> None:
        loop = asyncio.get_running_loop()
        with self._clients_lock:
            client = self._loop_clients.pop(loop, None)
        if client is not None:
            await client.aclose()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *args: object) -> None:
        self.close()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *args: object) -> None:
        await self.aclose()
