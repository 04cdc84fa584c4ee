"""Settings of a partner client: where to connect, which credentials, which time limits.

The environments are the partner's (docs.tradevest.ai "Partner API Authentication"). The token path
defaults to ``/oauth2/token``: it is the token operation of the partner's API reference on both brands
(``get-token``, no scope). The authentication guide shows ``/connect/token`` with
``scope=tradevest.api`` instead; set ``token_url`` and ``scope`` (or ``WAWEX_TOKEN_URL`` /
``WAWEX_SCOPE``) to use that.
"""

from __future__ import annotations

import hashlib
import ipaddress
import os
import ssl
from collections.abc import Mapping
from typing import Final
from urllib.parse import urlsplit

import attrs
import httpx

from wawex_partner_api.errors import ConfigurationError

ENVIRONMENTS: Final[dict[str, tuple[str, str]]] = {
    # name: (API base URL, authentication host)
    "sandbox": ("https://tvda-api.platform-test.tradevest.ai", "https://b2b.auth.platform-test.tradevest.ai"),
    "production": ("https://tvda-api.platform-prod.tradevest.ai", "https://b2b.auth.platform-prod.tradevest.ai"),
}
DEFAULT_TOKEN_PATH: Final = "/oauth2/token"  # noqa: S105 - a URL path, not a password
DEFAULT_TIMEOUT: Final = httpx.Timeout(30.0, connect=5.0, pool=5.0)
"""API calls: 5 s to connect or get a pooled connection, 30 s to read or write (the generated client has none)."""
DEFAULT_LIMITS: Final = httpx.Limits(max_connections=100, max_keepalive_connections=100, keepalive_expiry=5.0)
"""As many keep-alive connections as connections: httpcore 1.0.9's sync pool can close an idle connection it
has just handed to a waiting request when it trims surplus keep-alive connections (encode/httpcore#1110),
which a burst of threads meets as ``ReadError: Bad file descriptor``; with no surplus, there is no trimming."""


class Secret:
    """A string that never shows itself in ``repr``, ``str`` or f-strings; ``reveal()`` gives it back."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value

    def reveal(self) -> str:
        return self._value

    def fingerprint(self) -> str:
        """sha256 of the value: identifies a secret (e.g. in cache keys) without holding it."""
        return hashlib.sha256(self._value.encode()).hexdigest()

    def __repr__(self) -> str:
        return "Secret('********')"

    __str__ = __repr__

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Secret) and other._value == self._value

    def __hash__(self) -> int:
        return hash(self._value)

    def __reduce__(self) -> str:  # never pickled along with a config by accident
        raise TypeError("Secret cannot be pickled")


def _to_secret(value: str | Secret) -> Secret:
    return value if isinstance(value, Secret) else Secret(value)


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def check_url(name: str, url: str) -> str:
    """Accept https URLs, and http only for loopback hosts (the local sandbox); refuse anything else."""
    parts = urlsplit(url)
    if parts.username or parts.password:
        raise ConfigurationError(f"{name} must not carry credentials")  # and the URL is not quoted: it has them
    if parts.scheme not in ("https", "http") or not parts.hostname:
        raise ConfigurationError(f"{name} must be an absolute https URL, got {url!r}")
    if parts.scheme == "http" and not is_loopback(parts.hostname):
        raise ConfigurationError(
            f"{name} uses http:// for {parts.hostname!r}; plain HTTP is only allowed for loopback hosts "
            "(127.0.0.1, ::1, localhost)"
        )
    return url.rstrip("/")


def _positive(instance: object, attribute: attrs.Attribute[float], value: float) -> None:
    if value < 0:
        raise ConfigurationError(f"{attribute.name} must not be negative, got {value}")


@attrs.frozen(kw_only=True)
class PartnerConfig:
    """Everything a client needs to know; immutable, and safe to print (the secret is hidden)."""

    client_id: str
    client_secret: Secret = attrs.field(converter=_to_secret)
    base_url: str
    token_url: str
    scope: str | None = None
    timeout: httpx.Timeout = DEFAULT_TIMEOUT
    limits: httpx.Limits = DEFAULT_LIMITS
    token_timeout: float = attrs.field(default=10.0, validator=_positive)
    """Each token request may take this long (connect and read)."""
    advisory_window: float = attrs.field(default=300.0, validator=_positive)
    """Seconds before expiry from which one caller refreshes while the others keep using the cached token."""
    mandatory_window: float = attrs.field(default=60.0, validator=_positive)
    """Seconds before expiry from which callers wait for a fresh token; a failed refresh raises."""
    retry_failed_refresh_after: float = attrs.field(default=30.0, validator=_positive)
    """After a failed advisory refresh (or a refresh that brought nothing new), wait this long before the next."""
    token_attempts: int = 3
    token_backoff: float = attrs.field(default=1.0, validator=_positive)
    """Wait before the second token attempt; doubles for each further attempt (with ±10% jitter)."""
    retry_after_cap: float = attrs.field(default=30.0, validator=_positive)
    """The longest ``Retry-After`` of the token endpoint that is honoured."""
    max_retries: int = 2
    """Retries of an API request after the first attempt (see wawex_partner_api.retries for which)."""
    retry_backoff: float = attrs.field(default=0.5, validator=_positive)
    """Wait before the first retry; doubles for each further one (with ±25% jitter)."""
    retry_max_wait: float = attrs.field(default=30.0, validator=_positive)
    """The longest wait between API attempts, ``Retry-After`` included."""
    verify: ssl.SSLContext | str | bool = True
    """TLS verification: True (system/certifi CAs), a CA bundle path or an SSLContext; never False."""
    strict: bool = False
    """A success answer that differs from the spec raises ResponseValidationError instead of being read as far as
    it fits (see wawex_partner_api.answers); ``with_options(strict=…)`` overrides it per view."""
    drift_file: str | None = None
    """A JSON Lines file that records of answers differing from the spec are appended to, shared safely by any
    number of processes; ``make spec-drift DRIFT=<file>`` turns them into a proposed spec fix."""

    def __attrs_post_init__(self) -> None:
        if not self.client_id or self.client_id != self.client_id.strip():
            raise ConfigurationError("client_id must be a non-empty string without surrounding whitespace")
        if not self.client_secret.reveal():
            raise ConfigurationError("client_secret must not be empty")
        object.__setattr__(self, "base_url", check_url("base_url", self.base_url))
        object.__setattr__(self, "token_url", check_url("token_url", self.token_url))
        if self.mandatory_window > self.advisory_window:
            raise ConfigurationError("mandatory_window must not be longer than advisory_window")
        if not 1 <= self.token_attempts <= 10:
            raise ConfigurationError("token_attempts must be between 1 and 10")
        if not 0 <= self.max_retries <= 10:
            raise ConfigurationError("max_retries must be between 0 and 10")
        if self.verify is False:
            raise ConfigurationError(
                "TLS verification cannot be turned off; pass a CA bundle path or an ssl.SSLContext to trust another CA"
            )

    @classmethod
    def for_environment(
        cls, environment: str, *, client_id: str, client_secret: str | Secret, **settings: object
    ) -> PartnerConfig:
        """The partner's ``sandbox`` or ``production`` hosts; any other setting may be overridden."""
        if environment not in ENVIRONMENTS:
            raise ConfigurationError(f"environment must be one of {sorted(ENVIRONMENTS)}, got {environment!r}")
        api, auth = ENVIRONMENTS[environment]
        defaults: dict[str, object] = {"base_url": api, "token_url": auth + DEFAULT_TOKEN_PATH}
        return cls(client_id=client_id, client_secret=client_secret, **{**defaults, **settings})  # type: ignore[arg-type]

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None, **settings: object) -> PartnerConfig:
        """Read ``WAWEX_CLIENT_ID``, ``WAWEX_CLIENT_SECRET``, ``WAWEX_ENVIRONMENT`` (sandbox|production,
        default sandbox), ``WAWEX_BASE_URL``, ``WAWEX_TOKEN_URL``, ``WAWEX_SCOPE`` and ``WAWEX_DRIFT_FILE``;
        keyword arguments win."""
        env = os.environ if environ is None else environ
        missing = [name for name in ("WAWEX_CLIENT_ID", "WAWEX_CLIENT_SECRET") if not env.get(name)]
        if missing and not {"client_id", "client_secret"} <= settings.keys():
            raise ConfigurationError(f"missing environment variable(s): {', '.join(missing)}")
        from_environment = {
            key: env[name]
            for key, name in (
                ("base_url", "WAWEX_BASE_URL"),
                ("token_url", "WAWEX_TOKEN_URL"),
                ("scope", "WAWEX_SCOPE"),
                ("drift_file", "WAWEX_DRIFT_FILE"),
            )
            if env.get(name)
        }
        credentials = {"client_id": env.get("WAWEX_CLIENT_ID", ""), "client_secret": env.get("WAWEX_CLIENT_SECRET", "")}
        merged: dict[str, object] = {**credentials, **from_environment, **settings}
        client_id, client_secret = merged.pop("client_id"), merged.pop("client_secret")
        return cls.for_environment(
            env.get("WAWEX_ENVIRONMENT", "sandbox"),
            client_id=str(client_id),
            client_secret=client_secret if isinstance(client_secret, Secret) else str(client_secret),
            **merged,
        )

    @property
    def cache_key(self) -> tuple[str, str, str, str | None]:
        """Tokens are shared by clients with the same token URL, client id, secret and scope."""
        return (self.token_url, self.client_id, self.client_secret.fingerprint(), self.scope)
