"""``wawex token``: one token fetched with the configured credentials (never from a cache), and reported
without the token itself: token URL, client id, scope, lifetime and expiry, and how long it took."""

from __future__ import annotations

import datetime
import time
from typing import Any

import httpx

from wawex_partner_api import grant
from wawex_partner_api.config import PartnerConfig
from wawex_partner_api.errors import TokenError


def check(config: PartnerConfig) -> dict[str, Any]:
    """Fetch a token (with the client's retries); raises the TokenError when there is none."""
    verify = httpx.create_ssl_context(verify=config.verify)
    started = time.monotonic()
    outcome = grant.fetch_with_retries(config, verify, time.monotonic)
    took = time.monotonic() - started
    if isinstance(outcome, TokenError):
        raise outcome
    lifetime = None if outcome.expires_at is None else outcome.expires_at - outcome.obtained_at
    expires = (
        None
        if lifetime is None
        else (datetime.datetime.now(datetime.UTC) + datetime.timedelta(seconds=lifetime - took))
        .isoformat(timespec="seconds")
        .replace("+00:00", "Z")
    )
    return {
        "token_url": config.token_url,
        "client_id": config.client_id,
        "scope": config.scope,
        "expires_in": None if lifetime is None else round(lifetime),
        "expires_at": expires,
        "took_ms": round(took * 1000),
    }


def lines(report: dict[str, Any]) -> list[str]:
    lifetime = report["expires_in"]
    expiry = (
        "single use (the answer's expires_in is unusable)"
        if lifetime is None
        else (f"in {lifetime} s (at {report['expires_at']})")
    )
    return [
        "token obtained (not shown)",
        f"token URL   {report['token_url']}",
        f"client id   {report['client_id']}",
        f"scope       {report['scope'] or '(none requested)'}",
        f"expires     {expiry}",
        f"took        {report['took_ms']} ms",
    ]
