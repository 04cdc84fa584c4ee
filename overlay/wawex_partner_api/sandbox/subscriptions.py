"""Webhook subscriptions in the sandbox: the Webhooks operations, with state.

- ``POST /webhooks`` (create-or-update-webhook): one webhook per event type, replacing the one before (the
  partner: "replacing the webhook for this event type if one already exists"); a replacement keeps
  ``createdOn`` and moves ``modifiedOn``. The partner requires an HTTPS ``url``; the sandbox also takes
  ``http://`` for loopback hosts (a receiver on this machine) and refuses anything else with a 400. At most
  5 ``headers`` (``Webhook.headers`` has ``maxItems: 5``), each a valid HTTP header (400 otherwise: their
  values are sent as they are, and the sandbox will not send a header it cannot).
- ``GET /webhooks``, ``GET /webhooks/{eventType}`` (404 when none), ``DELETE /webhooks/{eventType}`` (200
  whether or not one was there: the page documents no other answer); an ``eventType`` that is not in the
  spec's ``EventTypeEnum`` gets a 400.
- ``GET /webhooks-missing``: ``[{"eventType": ...}]`` (``MissingWebhook``), every event type without a webhook,
  in the spec's order.
- ``GET /undelivered-webhooks`` (``limit``, ``cursor``, ``startDate``): the notifications that were not
  delivered (see ``deliveries.py``), oldest first, in the sandbox's ``{data, pagination}`` page, ``startDate``
  keeping those created at or after it. **The item shape is the sandbox's own**: the partner's pages do not
  show this response (an open question), so each item is
  ``{"eventType", "url", "payload": <the notification body>, "createdOn"}``. Items stay after a later
  successful delivery (the partner keeps them 30 days); the sandbox drops them only on reset.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable
from typing import Any
from urllib.parse import urlsplit

from wawex_partner_api.config import is_loopback
from wawex_partner_api.sandbox.flows import Answer, Call, Store, error_message, not_found, now, page
from wawex_partner_api.webhooks.subscribing import HEADER_NAME

MAX_HEADERS = 5
HEADER_VALUE = re.compile(r"[\t\x20-\x7e]*")  # printable ASCII: no CR, LF or NUL


def invalid(message: str, field: str) -> Answer:
    return 400, error_message(message, "VALIDATION_ERROR", [(field, message)])


def url_problem(url: str) -> str | None:
    """Why the sandbox will not deliver to ``url``, or None."""
    try:
        parts = urlsplit(url)
        host, _ = parts.hostname, parts.port
    except ValueError:
        return "url is not a valid URL"
    if not host:
        return "url must be an absolute HTTPS URL"
    if parts.scheme == "https" or (parts.scheme == "http" and is_loopback(host)):
        return None
    return "url must be HTTPS (the partner requires it); the sandbox accepts http:// only for loopback hosts"


def headers_problem(headers: list[dict[str, Any]]) -> str | None:
    """Why the sandbox will not send these headers, or None. Never quotes a value: values are credentials."""
    if len(headers) > MAX_HEADERS:
        return f"at most {MAX_HEADERS} headers, got {len(headers)}"
    for index, header in enumerate(headers):
        if not HEADER_NAME.fullmatch(header["name"]):
            return f"headers[{index}].name is not a valid HTTP header name"
        if not HEADER_VALUE.fullmatch(header["value"]):
            return f"headers[{index}].value is not a valid HTTP header value (printable ASCII only)"
    return None


def create_or_update_webhook(store: Store, call: Call) -> Answer:
    body = call.body or {}
    problem = url_problem(body["url"])
    if problem:
        return invalid(problem, "url")
    headers = [{"name": header["name"], "value": header["value"]} for header in body.get("headers") or []]
    problem = headers_problem(headers)
    if problem:
        return invalid(problem, "headers")
    event_type, moment = body["eventType"], now()
    previous = store.webhooks.get(event_type)
    webhook: dict[str, Any] = {
        "createdOn": previous["createdOn"] if previous else moment,
        "modifiedOn": moment,
        "eventType": event_type,
        "url": body["url"],
    }
    if "headers" in body:
        webhook["headers"] = headers
    store.webhooks[event_type] = webhook
    return 200, None


def get_all_webhooks(store: Store, call: Call) -> Answer:
    return 200, list(store.webhooks.values())


def _event_type(store: Store, call: Call) -> tuple[str, Answer | None]:
    event_type = call.path["eventType"]
    if event_type not in store.event_types:
        return event_type, invalid("eventType is not a value of EventTypeEnum", "eventType")
    return event_type, None


def get_webhook(store: Store, call: Call) -> Answer:
    event_type, refused = _event_type(store, call)
    if refused:
        return refused
    webhook = store.webhooks.get(event_type)
    return (200, webhook) if webhook else not_found(f"webhook for {event_type}")


def delete_webhook(store: Store, call: Call) -> Answer:
    event_type, refused = _event_type(store, call)
    if refused:
        return refused
    store.webhooks.pop(event_type, None)
    return 200, None


def get_all_missing_webhooks(store: Store, call: Call) -> Answer:
    return 200, [{"eventType": event_type} for event_type in store.event_types if event_type not in store.webhooks]


def _instant(text: str) -> datetime.datetime:
    moment = datetime.datetime.fromisoformat(text)
    return moment if moment.tzinfo else moment.replace(tzinfo=datetime.UTC)


def get_undelivered_webhooks(store: Store, call: Call) -> Answer:
    items = store.undelivered
    start = call.query.get("startDate")
    if start:
        try:
            since = _instant(start)
        except ValueError:
            return invalid("startDate must be a date-time", "startDate")
        items = [item for item in items if _instant(item["createdOn"]) >= since]
    return 200, page(items, call)


WEBHOOK_FLOWS: dict[str, Callable[[Store, Call], Answer]] = {
    "create-or-update-webhook": create_or_update_webhook,
    "get-all-webhooks": get_all_webhooks,
    "get-webhook": get_webhook,
    "delete-webhook": delete_webhook,
    "get-all-missing-webhooks": get_all_missing_webhooks,
    "get-undelivered-webhooks": get_undelivered_webhooks,
}
