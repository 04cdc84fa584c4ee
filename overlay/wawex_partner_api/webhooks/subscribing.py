"""Subscribing to a notification (``POST /webhooks``), with the partner's rules checked before any I/O.

The partner keeps one webhook per event type (a new subscription replaces the old), wants an HTTPS URL,
and sends up to 5 static headers ``{name, value}`` with every notification: the only way a receiver can
tell the partner's notifications from anybody's. ``new_header_value()`` makes a value worth that trust.
"""

from __future__ import annotations

import re
import secrets
import typing
from collections.abc import Mapping
from typing import Any, Final

from wawex_partner_api.config import Secret, check_url
from wawex_partner_api.errors import ConfigurationError
from wawex_partner_api_client.models.event_type_enum import EVENT_TYPE_ENUM_VALUES
from wawex_partner_api_client.models.header import Header
from wawex_partner_api_client.models.webhook_data import WebhookData
from wawex_partner_api_client.types import UnknownValue

MAX_HEADERS: Final = 5
EVENT_TYPES: Final[frozenset[str]] = frozenset(EVENT_TYPE_ENUM_VALUES)
HEADER_NAME = re.compile(r"[!#$%&'*+\-.^_`|~0-9A-Za-z]+")  # RFC 9110 field name (a token)
_VALUE = re.compile(r"[\x21-\x7e]+(?:[ \t]+[\x21-\x7e]+)*")  # visible ASCII, no surrounding blanks


def new_header_value() -> Secret:
    """A random value for a subscription header (256 bits, URL-safe)."""
    return Secret(secrets.token_urlsafe(32))


def webhook(event_type: str, url: str, headers: Mapping[str, str | Secret]) -> WebhookData:
    """The body of ``POST /webhooks``; ConfigurationError (never quoting a header value) if the partner refuses it.

    An event type the spec does not list is refused as a likely typo, unless it is an ``UnknownValue``: one the
    partner has announced before the spec knows it."""
    if event_type not in EVENT_TYPES and not isinstance(event_type, UnknownValue):
        raise ConfigurationError(
            f"{event_type!r} is not one of the partner's event types (UnknownValue({event_type!r}) sends it anyway)"
        )
    check_url("url", url)
    if not headers:
        raise ConfigurationError("a webhook needs at least one header: it is how its notifications are authenticated")
    if len(headers) > MAX_HEADERS:
        raise ConfigurationError(f"the partner sends at most {MAX_HEADERS} headers per webhook, not {len(headers)}")
    listed = []
    for name, value in headers.items():
        if not HEADER_NAME.fullmatch(name):
            raise ConfigurationError(f"{name!r} is not a header name (letters, digits and !#$%&'*+-.^_`|~ only)")
        revealed = value.reveal() if isinstance(value, Secret) else value
        if not _VALUE.fullmatch(revealed):
            raise ConfigurationError(f"the value of header {name!r} must be visible ASCII without surrounding blanks")
        listed.append(Header(name=name, value=revealed))
    return WebhookData(event_type=typing.cast(Any, event_type), url=url, headers=listed)


def subscribe(client: Any, event_type: str, url: str, headers: Mapping[str, str | Secret]) -> None:
    """Subscribe ``url`` to ``event_type`` with ``headers`` (checked first; nothing is sent if they fail)."""
    from wawex_partner_api.operations.webhooks import create_or_update_webhook

    create_or_update_webhook.sync(client=client, body=webhook(event_type, url, headers))


async def subscribe_async(client: Any, event_type: str, url: str, headers: Mapping[str, str | Secret]) -> None:
    """The async twin of ``subscribe``."""
    from wawex_partner_api.operations.webhooks import create_or_update_webhook

    await create_or_update_webhook.asyncio(client=client, body=webhook(event_type, url, headers))
