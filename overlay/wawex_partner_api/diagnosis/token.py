"""Check 3: a token, fetched by the client's own machinery (``TokenSource`` and ``grant``) with the configured
settings, never shown.

Where the configured endpoint answers like no token endpoint (404, 405, an answer that is not a token) or
rejects the form of the request (invalid_scope, invalid_request, unsupported_grant_type), the partner's other
documented form is tried on the same host: the API reference's ``/oauth2/token`` without a scope, and the
authentication guide's ``/connect/token`` with ``scope=tradevest.api`` (see ``config``). The one that gives a
token is named with the exact settings, and the checks after this one use it.
"""

from __future__ import annotations

import contextlib
import logging
import threading
import time
from collections.abc import Callable, Iterator
from urllib.parse import urlsplit, urlunsplit

import attrs

from wawex_partner_api.client import PartnerClient
from wawex_partner_api.config import PartnerConfig
from wawex_partner_api.diagnosis.result import Cause, Check
from wawex_partner_api.errors import (
    InvalidClientError,
    InvalidGrantError,
    InvalidRequestError,
    InvalidScopeError,
    TokenEndpointUnavailable,
    TokenError,
    TokenProtocolError,
    TokenRequestError,
    UnauthorizedClientError,
    UnsupportedGrantTypeError,
)
from wawex_partner_api.grant import AccessToken
from wawex_partner_api.redaction import redact

NAME = "token"
GUIDE_SCOPE = "tradevest.api"
FORMS = (
    ("/oauth2/token", None, "the API reference's form"),
    ("/connect/token", GUIDE_SCOPE, "the authentication guide's form"),
)
"""The partner's two documented token requests: path, scope, where it is documented."""
_WRONG_FORM = (TokenProtocolError, InvalidScopeError, InvalidRequestError, UnsupportedGrantTypeError)
"""Refusals that say the endpoint or the shape of the request is wrong, not the credentials."""


@attrs.frozen
class Attempt:
    config: PartnerConfig
    outcome: AccessToken | TokenError
    warnings: tuple[str, ...]
    """What the token machinery warned about while reading the answer (e.g. a missing expires_in)."""
    took: float


@attrs.frozen
class Obtained:
    check: Check
    client: PartnerClient | None
    """The client whose token works (the configured one, or the other documented form's): later checks use it."""
    attempt: Attempt | None


class _Warnings(logging.Handler):
    """Collects the warnings the token machinery logs in this thread, credentials masked."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.thread = threading.get_ident()
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        if record.thread == self.thread:
            self.messages.append(redact(record.getMessage()))


@contextlib.contextmanager
def _token_warnings() -> Iterator[list[str]]:
    logger = logging.getLogger("wawex_partner_api.auth")
    handler = _Warnings()
    logger.addHandler(handler)
    try:
        yield handler.messages
    finally:
        logger.removeHandler(handler)


def fetch(client: PartnerClient) -> Attempt:
    """One token of ``client``'s own TokenSource (with its attempts and backoff), or the TokenError."""
    started = time.monotonic()
    with _token_warnings() as said:
        try:
            outcome: AccessToken | TokenError = client.tokens.get()
        except TokenError as error:
            outcome = error
    return Attempt(client.config, outcome, tuple(said), time.monotonic() - started)


def form_of(config: PartnerConfig) -> str:
    return f"{config.token_url} " + (f"with scope {config.scope}" if config.scope else "without a scope")


def documented_forms(config: PartnerConfig) -> list[tuple[PartnerConfig, str]]:
    """``config`` with each documented form on its token host (under the same path prefix, if the configured
    path ends in a documented one), and where the form is documented."""
    parts = urlsplit(config.token_url)
    prefix = next((parts.path[: -len(path)] for path, _, _ in FORMS if parts.path.endswith(path)), "")
    return [
        (
            attrs.evolve(
                config, token_url=urlunsplit((parts.scheme, parts.netloc, prefix + path, "", "")), scope=scope
            ),
            documented,
        )
        for path, scope, documented in FORMS
    ]


def alternatives(config: PartnerConfig) -> list[tuple[PartnerConfig, str]]:
    """The documented forms that differ from the configured one; one at the configured URL first (the smallest
    change of settings)."""
    found = [
        (other, documented)
        for other, documented in documented_forms(config)
        if (other.token_url, other.scope) != (config.token_url, config.scope)
    ]
    return sorted(found, key=lambda candidate: candidate[0].token_url != config.token_url)


def obtain(client: PartnerClient, make_client: Callable[[PartnerConfig], PartnerClient]) -> Obtained:
    config = client.config
    attempt = fetch(client)
    if isinstance(attempt.outcome, AccessToken):
        detail = f"a token from {form_of(config)} in {attempt.took * 1000:.0f} ms (not shown)"
        return Obtained(Check.ok(NAME, detail), client, attempt)
    error = attempt.outcome
    if not isinstance(error, _WRONG_FORM):
        return Obtained(refused(config, error), None, None)
    tried: list[Attempt] = []
    for other, documented in alternatives(config):
        other_client = make_client(other)
        other_attempt = fetch(other_client)
        if isinstance(other_attempt.outcome, AccessToken):
            detail = (
                f"{form_of(config)}: {_said(error)}; {documented}, {form_of(other)}, gives a token "
                "(the checks below use it)"
            )
            return Obtained(
                Check.fail(NAME, detail, settings_for(config, other), Cause.AUTH), other_client, other_attempt
            )
        tried.append(other_attempt)
    return Obtained(_no_form_works(config, error, tried), None, None)


def settings_for(configured: PartnerConfig, working: PartnerConfig) -> str:
    """The exact settings that turn ``configured`` into ``working``."""
    to_set, to_unset = [], []
    if working.token_url != configured.token_url:
        to_set.append(f"WAWEX_TOKEN_URL={working.token_url}")
    if working.scope != configured.scope:
        if working.scope:
            to_set.append(f"WAWEX_SCOPE={working.scope}")
        else:
            to_unset.append("WAWEX_SCOPE")
    said = [f"{verb} {' and '.join(names)}" for verb, names in (("set", to_set), ("unset", to_unset)) if names]
    return " and ".join(said)


def _said(error: TokenError) -> str:
    said = redact(str(error))
    if isinstance(error, TokenProtocolError) and error.status_code in (404, 405):
        said += " (no token endpoint there)"
    return said


def _no_form_works(configured: PartnerConfig, error: TokenError, tried: list[Attempt]) -> Check:
    others = "; ".join(f"{form_of(attempt.config)}: {_said(_error(attempt))}" for attempt in tried)
    detail = f"{form_of(configured)}: {_said(error)}" + (f"; {others}" if others else "")
    endpoint = next((a for a in tried if isinstance(a.outcome, TokenRequestError)), None)
    if endpoint is not None:  # an OAuth answer: a token endpoint, refusing something else
        fix = (
            f"{settings_for(configured, endpoint.config)}: it answers as a token endpoint; then "
            f"{_fix_for(endpoint.config, _error(endpoint))}"
        )
    else:
        documented = " or ".join(
            other.token_url + (f" with WAWEX_SCOPE={other.scope}" if other.scope else "")
            for other, _ in documented_forms(configured)
        )
        fix = f"check WAWEX_TOKEN_URL (or WAWEX_ENVIRONMENT): the partner documents {documented}"
    return Check.fail(NAME, detail, fix, Cause.AUTH)


def _error(attempt: Attempt) -> TokenError:
    assert isinstance(attempt.outcome, TokenError)
    return attempt.outcome


def refused(config: PartnerConfig, error: TokenError) -> Check:
    """No token, for a reason another form of the request would not change."""
    detail = f"{form_of(config)}: {_said(error)}"
    if isinstance(error, InvalidClientError):
        detail += ": the client id or the secret is wrong (invalid client)"
    cause = Cause.NETWORK if isinstance(error, TokenEndpointUnavailable) and error.status_code is None else Cause.AUTH
    return Check.fail(NAME, detail, _fix_for(config, error), cause)


def _fix_for(config: PartnerConfig, error: TokenError) -> str:
    host = urlsplit(config.token_url).hostname
    if isinstance(error, InvalidClientError | InvalidGrantError):
        return (
            f"check WAWEX_CLIENT_SECRET and WAWEX_CLIENT_ID (client id {config.client_id}): they must be the "
            f"credentials the partner issued for {host}"
        )
    if isinstance(error, UnauthorizedClientError):
        return (
            f"client id {config.client_id} may not use the client_credentials grant: check WAWEX_CLIENT_ID and "
            "WAWEX_CLIENT_SECRET, or ask the partner to enable it"
        )
    if isinstance(error, InvalidScopeError):
        return f"check WAWEX_SCOPE: the API reference's form takes none, the guide's form {GUIDE_SCOPE}"
    if isinstance(error, TokenEndpointUnavailable):
        if error.status_code is None:
            return "check WAWEX_TOKEN_URL, the network and any proxy (HTTPS_PROXY, NO_PROXY)"
        return f"the token endpoint at {host} is failing: try again later; check WAWEX_TOKEN_URL"
    return "check WAWEX_TOKEN_URL and WAWEX_SCOPE"
