"""Requestor-ID: the UUID of the natural person on whose behalf a call is made.

A requestor is bound to a call by the client it goes through (``client.with_requestor(person_id)``)
or, failing that, by the surrounding ``with acting_as(person_id):`` block (a context variable, so each
thread and each asyncio task has its own). Each operation has a policy (``generator/requestor-policy.yaml``),
applied by the operation wrappers (``wawex_partner_api.call``):

- required: no requestor bound → MissingRequestorError, before any I/O;
- optional: sent when a requestor is bound;
- never: not sent.

The header itself is added by the client's auth flow, and only for the API's own origin.
"""

from __future__ import annotations

import contextvars
import re
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

from wawex_partner_api.errors import InvalidRequestorError, MissingRequestorError

HEADER = "Requestor-ID"
# Used with fullmatch: "$" would also match before a final newline.
_CANONICAL = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")

_acting_as: contextvars.ContextVar[str | None] = contextvars.ContextVar("wawex_acting_as", default=None)
outgoing_requestor: contextvars.ContextVar[str | None] = contextvars.ContextVar("wawex_requestor", default=None)
"""The Requestor-ID of the operation call in progress in this thread or task (read by the auth flow)."""


def normalize_requestor(value: uuid.UUID | str) -> str:
    """The canonical lowercase 36-character form; anything else raises InvalidRequestorError (a ValueError)."""
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, str) and value.isascii() and _CANONICAL.fullmatch(value):
        return value.lower()
    raise InvalidRequestorError(
        "a Requestor-ID must be a uuid.UUID or a UUID in its 36-character form "
        "(8-4-4-4-12 hexadecimal digits, nothing around it)"
    )


@contextmanager
def acting_as(person_id: uuid.UUID | str) -> Iterator[str]:
    """Bind a requestor to the calls made inside the block (in this thread or task only)."""
    token = _acting_as.set(normalize_requestor(person_id))
    try:
        yield _acting_as.get() or ""
    finally:
        _acting_as.reset(token)


def requestor_for_call(operation_id: str, policy: str, client: object) -> str | None:
    """The Requestor-ID to send for a call: the client view's, else the ``acting_as`` block's; by policy."""
    if policy == "never":
        return None
    requestor = getattr(client, "requestor", None) or _acting_as.get()
    if requestor is None and policy == "required":
        raise MissingRequestorError(operation_id)
    return requestor
