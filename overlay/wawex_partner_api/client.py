"""``PartnerClient``: what every generated operation accepts as ``client=``, with the token handled.

from wawex_partner_api import PartnerClient
from wawex_partner_api.operations.natural_persons import get_natural_person

client = PartnerClient.from_env()                      # WAWEX_CLIENT_ID, WAWEX_CLIENT_SECRET, …
person = get_natural_person.sync(client=client.with_requestor(person_id), natural_person_id=person_id)
"""

from __future__ import annotations

import copy
import threading
import uuid
import weakref
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

import attrs
import httpx

from wawex_partner_api.answers.drift import DriftLog, Tally
from wawex_partner_api.auth import AsyncOriginGuard, OriginGuard, PartnerAuth
from wawex_partner_api.config import PartnerConfig, Secret
from wawex_partner_api.cookieless import AsyncCookielessClient, CookielessClient
from wawex_partner_api.errors import ConfigurationError
from wawex_partner_api.options import NO_OPTIONS, CallOptions
from wawex_partner_api.requestor import normalize_requestor
from wawex_partner_api.retries import AsyncRetryingTransport, RetryingTransport
from wawex_partner_api.slot_pool import pooled
from wawex_partner_api.token_cache import token_cache_from_env
from wawex_partner_api.tokens import DEFAULT_TOKEN_CACHE, TokenCache, TokenSource
from wawex_partner_api_client.client import Client

if TYPE_CHECKING:
    import asyncio


class _Connections:
    """The httpx clients (and so the connection pools) of a client and all its views."""

    def __init__(self, config: PartnerConfig, tokens: TokenSource, headers: dict[str, str]) -> None:
        self._config = config
        self._tokens = tokens
        self._headers = headers
        self._auth = PartnerAuth(tokens, config.base_url)
        self._lock = threading.Lock()
        self._sync: httpx.Client | None = None
        self._per_loop: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, httpx.AsyncClient] = (
            weakref.WeakKeyDictionary()
        )

    def _settings(self) -> dict[str, Any]:
        return {
            "base_url": self._config.base_url,
            "timeout": self._config.timeout,
            "follow_redirects": False,
            "auth": self._auth,
            "headers": self._headers,
        }

    def sync_client(self) -> httpx.Client:
        if self._sync is not None:  # every call comes here: no lock once the client exists
            return self._sync
        with self._lock:
            if self._sync is None:
                verify = self._tokens.ssl_context
                transport = pooled(
                    self._config.limits, lambda limits: httpx.HTTPTransport(verify=verify, limits=limits)
                )
                guarded = OriginGuard(RetryingTransport(transport, self._config), self._config.base_url)
                self._sync = CookielessClient(transport=guarded, **self._settings())
            return self._sync

    def async_client(self) -> httpx.AsyncClient:
        import asyncio  # here, not at the top: sync-only programs need not pay for importing it (~50 ms)

        loop = asyncio.get_running_loop()
        with self._lock:
            client = self._per_loop.get(loop)
            if client is None:
                from wawex_partner_api.async_slot_pool import async_pooled  # imports asyncio: see above

                verify = self._tokens.ssl_context
                transport = async_pooled(
                    self._config.limits, lambda limits: httpx.AsyncHTTPTransport(verify=verify, limits=limits)
                )
                guarded = AsyncOriginGuard(AsyncRetryingTransport(transport, self._config), self._config.base_url)
                client = AsyncCookielessClient(transport=guarded, **self._settings())
                self._per_loop[loop] = client
            return client

    def close(self) -> None:
        with self._lock:
            client, self._sync = self._sync, None
        if client is not None:
            client.close()

    async def aclose(self) -> None:
        import asyncio

        with self._lock:
            client = self._per_loop.pop(asyncio.get_running_loop(), None)
        if client is not None:
            await client.aclose()


@attrs.define(init=False, repr=False)
class PartnerClient(Client):
    """An authenticated client for the partner API, for sync and async operations alike.

    One ``httpx.Client`` for sync calls and one ``httpx.AsyncClient`` per event loop (so the client
    survives ``asyncio.run()`` being called more than once). Tokens come from a TokenSource shared by
    every client with the same credentials. ``with_requestor()`` and ``with_options()`` give views that
    share all of it.
    """

    _config: PartnerConfig = attrs.field(alias="config")
    _tokens: TokenSource = attrs.field(alias="tokens")
    _connections: _Connections = attrs.field(alias="connections")
    _requestor: str | None = attrs.field(alias="requestor")
    _options: CallOptions = attrs.field(alias="options")
    _drift: DriftLog = attrs.field(alias="drift")

    def __init__(self, config: PartnerConfig, *, token_cache: TokenCache | None = None) -> None:
        tokens = (token_cache or DEFAULT_TOKEN_CACHE).source_for(config)
        headers: dict[str, str] = {}
        self.__attrs_init__(
            base_url=config.base_url,
            headers=headers,
            timeout=config.timeout,
            verify_ssl=config.verify,
            follow_redirects=False,
            config=config,
            tokens=tokens,
            connections=_Connections(config, tokens, headers),
            requestor=None,
            options=NO_OPTIONS,
            drift=DriftLog(config.drift_file),
        )

    @classmethod
    def from_env(
        cls, environ: Mapping[str, str] | None = None, *, token_cache: TokenCache | None = None, **settings: Any
    ) -> Self:
        """A client configured by ``WAWEX_*`` environment variables (see PartnerConfig.from_env); with
        ``WAWEX_TOKEN_CACHE_URL`` set and no ``token_cache`` given, tokens are shared through that Redis."""
        config = PartnerConfig.from_env(environ, **settings)
        return cls(config, token_cache=token_cache or token_cache_from_env(environ))

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

    def with_requestor(self, person_id: uuid.UUID | str) -> Self:
        """A view of this client acting for ``person_id``: same connections and token, cheap to make per call.

        The id must be a ``uuid.UUID`` or its canonical 36-character form; anything else raises
        InvalidRequestorError (a ValueError) here, before any I/O.
        """
        view = self._view()
        view._requestor = normalize_requestor(person_id)
        return view

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict: bool | None = None,
    ) -> Self:
        """A view of this client whose calls use this timeout, number of retries and strictness in reading success
        answers (``strict=True``: one that differs from the spec raises ResponseValidationError); the client is
        unchanged."""
        view = self._view()
        view._options = self._options.merged(CallOptions(timeout=timeout, max_retries=max_retries, strict=strict))
        return view

    def _view(self) -> Self:
        if type(self) is not PartnerClient:  # a subclass may hold more than the fields: copy all of it
            return copy.copy(self)
        # Views are made per call: field by field is half the cost of copy.copy's __reduce_ex__ round trip.
        view = object.__new__(type(self))
        for name in _FIELDS:
            object.__setattr__(view, name, object.__getattribute__(self, name))
        return view

    def with_timeout(self, timeout: httpx.Timeout) -> Self:
        """Same as ``with_options(timeout=timeout)`` (the generated client's name for it)."""
        return self.with_options(timeout=timeout)

    def with_headers(self, headers: dict[str, str]) -> Self:
        """Not supported: the generated version changes the headers of connections every view shares."""
        raise ConfigurationError(
            "PartnerClient does not take extra headers per view; Requestor-ID comes from with_requestor(), "
            "timeouts and retries from with_options()"
        )

    def with_cookies(self, cookies: dict[str, str]) -> Self:
        """Not supported, for the same reason as with_headers()."""
        raise ConfigurationError("PartnerClient does not take cookies per view")

    @property
    def options(self) -> CallOptions:
        """The per-call options of this view (unset fields: the configuration's)."""
        return self._options

    @property
    def requestor(self) -> str | None:
        """The Requestor-ID this view sends, if any."""
        return self._requestor

    @property
    def strict(self) -> bool:
        """Whether this view's calls raise ResponseValidationError for a success answer that differs from the spec."""
        return self._options.strict if self._options.strict is not None else self._config.strict

    @property
    def drift_log(self) -> DriftLog:
        """Where this client and its views count the answers that differed from the spec."""
        return self._drift

    def drift(self) -> list[Tally]:
        """What the partner's answers to this client (and its views) said that the spec does not: one entry per
        distinct record, with its count and when it was first and last seen, most frequent first."""
        return self._drift.snapshot()

    @property
    def config(self) -> PartnerConfig:
        return self._config

    @property
    def tokens(self) -> TokenSource:
        return self._tokens

    def __repr__(self) -> str:
        acting = f", requestor={self._requestor!r}" if self._requestor else ""
        return f"PartnerClient(base_url={self._config.base_url!r}, client_id={self._config.client_id!r}{acting})"

    # The generated operations get their httpx clients from these two methods.

    def get_httpx_client(self) -> httpx.Client:
        return self._connections.sync_client()

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        return self._connections.async_client()

    def close(self) -> None:
        """Close the sync connections (shared with every view of this client)."""
        self._connections.close()

    async def aclose(self) -> None:
        """Close this event loop's connections (shared with every view of this client)."""
        await self._connections.aclose()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *args: object) -> None:
        self.close()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *args: object) -> None:
        await self.aclose()


_FIELDS = tuple(field.name for field in attrs.fields(PartnerClient))
