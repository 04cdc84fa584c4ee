"""``recover``: after an outage, the notifications the partner could not deliver, through the same handlers.

The partner keeps undelivered notifications 30 days and lists them at ``GET /undelivered-webhooks``
(cursor-paginated). Each goes through ``Receiver.replay``: the same parsing and dedupe as a delivery, so
running ``recover`` again, or after the partner redelivered some, handles nothing twice.

Open: the partner's pages do not show that list's item shape. Items are read by ``read_item``; the
default reads ``{"eventType": …, "payload": {…}}``, the local sandbox's shape, and skips anything else.
``GET /webhooks-missing`` names the event types without a subscription: reported, since no notification
of theirs can arrive.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from typing import Any

import attrs

from wawex_partner_api.paging import next_cursor, page_items
from wawex_partner_api.webhooks.receiver import Receiver

ItemReader = Callable[[Any], tuple[str, Any] | None]


@attrs.frozen
class Recovered:
    handled: int
    """Notifications whose handlers ran now."""
    already_handled: int
    failed: int
    """Refused (400/404) or failing handlers (500): still to be dealt with."""
    unreadable: int
    """Items ``read_item`` could not read."""
    unsubscribed: tuple[str, ...]
    """Event types with no webhook (``GET /webhooks-missing``)."""


def sandbox_item(item: Any) -> tuple[str, Any] | None:
    if isinstance(item, dict) and isinstance(item.get("eventType"), str) and "payload" in item:
        return item["eventType"], item["payload"]
    return None


def recover(
    client: Any,
    receiver: Receiver,
    *,
    since: datetime.datetime | None = None,
    read_item: ItemReader = sandbox_item,
    page_size: int = 100,
) -> Recovered:
    from wawex_partner_api.operations.webhooks import get_all_missing_webhooks, get_undelivered_webhooks
    from wawex_partner_api_client.types import UNSET

    counts = {"handled": 0, "already_handled": 0, "failed": 0, "unreadable": 0}
    cursor: str | None = None
    while True:
        page = get_undelivered_webhooks.sync(
            client=client, limit=page_size, cursor=cursor or UNSET, start_date=since or UNSET
        )
        data = page_items(page) or []
        for item in data:
            read = read_item(item)
            if read is None:
                counts["unreadable"] += 1
                continue
            reply = receiver.replay(*read)
            outcome = "failed" if reply.status != 200 else "already_handled" if reply.duplicate else "handled"
            counts[outcome] += 1
        cursor = next_cursor(page)
        if not cursor or not data:
            break
    missing = get_all_missing_webhooks.sync(client=client)
    unsubscribed = tuple(str(entry.event_type) for entry in missing if getattr(entry, "event_type", None))
    return Recovered(**counts, unsubscribed=unsubscribed)
