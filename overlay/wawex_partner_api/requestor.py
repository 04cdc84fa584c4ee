"""Requestor-ID: the UUID of the natural person on whose behalf a call is made.

A requestor is bound to a call by the client it goes through (``client.with_requestor(person_id)``)
or, failing that, by the surrounding ``with acting_as(person_id):`` block (a context variable, so each
thread and each asyncio task has its own). ``operation(operation_id)`` wraps a generated operation
function with that operation's policy (``generator/requestor-policy.yaml``):

- required: no requestor bound → MissingRequestorError, before any I/O;
- optional: sent when a requestor is bound;
- never: not sent.

The header itself is added by the client's auth flow, and only for the API's own origin.
"""

from __future__ import annotations

import contextvars
import functools
import inspect
import re
import uuid
from collections.abc import Callable, Coroutine, Iterator
from contextlib import contextmanager
from typing import Any, ParamSpec, TypeVar, overload

from wawex_partner_api.errors import InvalidRequestorError, MissingRequestorError
from wawex_partner_api_client.metadata import OPERATIONS

HEADER = "Requestor-ID"
_CANONICAL = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")

_acting_as: contextvars.ContextVar[str | None] = contextvars.ContextVar("wawex_acting_as", default=None)
outgoing_requestor: contextvars.ContextVar[str | None] = contextvars.ContextVar("wawex_requestor", default=None)
"""The Requestor-ID of the operation call in progress in this thread or task (read by the auth flow)."""

P = ParamSpec("P")
R = TypeVar("R")


def normalize_requestor(value: uuid.UUID | str) -> str:
    """The canonical lowercase 36-character form; anything else raises InvalidRequestorError (a ValueError)."""
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, str) and value.isascii() and _CANONICAL.match(value):
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


def _requestor_for_call(operation_id: str, policy: str, client: object) -> str | None:
    if policy == "never":
        return None
    requestor = getattr(client, "requestor", None) or _acting_as.get()
    if requestor is None and policy == "required":
        raise MissingRequestorError(operation_id)
    return requestor


class operation:
    """Apply an operation's Requestor-ID policy to a generated function, keeping its exact signature."""

    def __init__(self, operation_id: str) -> None:
        self.operation_id = operation_id
        self.policy = OPERATIONS[operation_id].requestor_policy

    @overload
    def __call__(self, function: Callable[P, Coroutine[Any, Any, R]]) -> Callable[P, Coroutine[Any, Any, R]]: ...

    @overload
    def __call__(self, function: Callable[P, R]) -> Callable[P, R]: ...

    def __call__(self, function: Callable[P, Any]) -> Callable[P, Any]:
        operation_id, policy = self.operation_id, self.policy

        if inspect.iscoroutinefunction(function):

            @functools.wraps(function)
            async def call_async(*args: P.args, **kwargs: P.kwargs) -> Any:
                token = outgoing_requestor.set(_requestor_for_call(operation_id, policy, kwargs.get("client")))
                try:
                    return await function(*args, **kwargs)
                finally:
                    outgoing_requestor.reset(token)

            return call_async

        @functools.wraps(function)
        def call(*args: P.args, **kwargs: P.kwargs) -> Any:
            token = outgoing_requestor.set(_requestor_for_call(operation_id, policy, kwargs.get("client")))
            try:
                return function(*args, **kwargs)
            finally:
                outgoing_requestor.reset(token)

        return call
