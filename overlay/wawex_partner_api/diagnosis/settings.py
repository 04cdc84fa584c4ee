"""Check 1: the settings load (``PartnerConfig`` refuses unsafe URLs with ``config.check_url``), and which
environment and hosts they name.

The secret is never described, not even its length: only that it is set.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from urllib.parse import urlsplit

from wawex_partner_api.config import ENVIRONMENTS, PartnerConfig, is_loopback
from wawex_partner_api.diagnosis.result import Cause, Check
from wawex_partner_api.errors import ConfigurationError
from wawex_partner_api.redaction import redact

NAME = "settings"
ConfigSource = PartnerConfig | Callable[[], PartnerConfig] | None

_MISSING = re.compile(r"missing environment variable\(s\): (.+)")
_URL = "https:// is required, plain http only for loopback hosts (the local sandbox)"
# The fix for a ConfigurationError by the setting its message names; the first match wins.
_FIXES = (
    ("base_url", f"check WAWEX_BASE_URL (base_url): {_URL}"),
    ("token_url", f"check WAWEX_TOKEN_URL (token_url): {_URL}"),
    ("environment", "set WAWEX_ENVIRONMENT to sandbox or production"),
    ("client_secret", "check WAWEX_CLIENT_SECRET"),
    ("client_id", "check WAWEX_CLIENT_ID: not empty, no surrounding whitespace"),
    ("TLS verification", "pass verify a CA bundle path or an ssl.SSLContext: TLS verification stays on"),
)


def load(source: ConfigSource) -> tuple[Check, PartnerConfig | None]:
    """The configuration (``PartnerConfig.from_env()`` when none is given) and check 1's verdict on it."""
    try:
        if source is None:
            config = PartnerConfig.from_env()
        elif isinstance(source, PartnerConfig):
            config = source
        else:
            config = source()
    except ConfigurationError as error:
        message = redact(str(error))
        return Check.fail(NAME, f"the settings do not load: {message}", _fix(message), Cause.SETTINGS), None
    except (TypeError, ValueError) as error:
        detail = f"the settings do not load ({type(error).__name__})"
        return Check.fail(NAME, detail, "see README 'Configuration' for the settings", Cause.SETTINGS), None
    return describe(config), config


def _fix(message: str) -> str:
    missing = _MISSING.search(message)
    if missing:
        return f"set {' and '.join(name.strip() for name in missing[1].split(','))}"
    for word, fix in _FIXES:
        if word in message:
            return fix
    return "see README 'Configuration' for the settings"


def environment_of(url: str, kind: int) -> str | None:
    """Which of the partner's environments a URL belongs to (kind 0: API host, 1: authentication host)."""
    host = urlsplit(url).hostname
    for name, hosts in ENVIRONMENTS.items():
        if urlsplit(hosts[kind]).hostname == host:
            return name
    return None


def is_local(config: PartnerConfig) -> bool:
    """A loopback base URL: a local sandbox, where the diagnosis may change state."""
    return is_loopback(urlsplit(config.base_url).hostname or "")


def describe(config: PartnerConfig) -> Check:
    api_environment = environment_of(config.base_url, 0)
    token_environment = environment_of(config.token_url, 1)
    if is_local(config):
        where = "a local sandbox (loopback)"
    elif api_environment and api_environment == token_environment:
        where = f"the partner's {api_environment}"
    else:
        where = "custom hosts"
    plain = [name for name, url in (("API", config.base_url), ("token", config.token_url)) if url.startswith("http:")]
    safety = f"plain HTTP to loopback for {' and '.join(plain)}" if plain else "https with TLS verification"
    detail = (
        f"{where}: API {config.base_url}, token {config.token_url} ({safety}); client id {config.client_id}, "
        f"{f'scope {config.scope}' if config.scope else 'no scope'}, client secret set"
    )
    if api_environment and token_environment and api_environment != token_environment:
        return Check.warn(
            NAME,
            f"{detail}; the API host is the partner's {api_environment}, the token host its {token_environment}",
            "tokens of one environment are not valid in the other: set WAWEX_ENVIRONMENT and unset WAWEX_BASE_URL "
            "and WAWEX_TOKEN_URL, or make them name the same environment",
        )
    return Check.ok(NAME, detail)
