"""Old spellings of renamed operations and parameters, kept working for a while with a DeprecationWarning.

The partner renames things (a path parameter ``id`` becomes ``orderId``, an operation moves to another
tag). Where that happens inside one API release, the client keeps the old spelling for the client
revisions declared in ``generator/compat.yaml``; the generated operation modules use these helpers.
Type checkers see only the new spelling, so they point at the code to change.
"""

from __future__ import annotations

import functools
import inspect
import warnings
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

F = TypeVar("F", bound=Callable[..., Any])


def renamed_parameters(function: F, renames: Mapping[str, str], *, operation_id: str, removed_in: str) -> F:
    """``function`` also accepting each old keyword of ``renames`` (old -> new), with a DeprecationWarning."""

    def translate(kwargs: dict[str, Any]) -> dict[str, Any]:
        for old, new in renames.items():
            if old not in kwargs:
                continue
            if new in kwargs:
                raise TypeError(f"{operation_id}: got both {old!r} and its new name {new!r}")
            warnings.warn(
                f"{operation_id}: the argument {old!r} is now {new!r}; {old!r} stops working in {removed_in}",
                DeprecationWarning,
                stacklevel=3,
            )
            kwargs[new] = kwargs.pop(old)
        return kwargs

    if inspect.iscoroutinefunction(function):

        @functools.wraps(function)
        async def call_async(*args: Any, **kwargs: Any) -> Any:
            return await function(*args, **translate(kwargs))

        return call_async  # type: ignore[return-value]  # same signature as ``function`` (functools.wraps)

    @functools.wraps(function)
    def call(*args: Any, **kwargs: Any) -> Any:
        return function(*args, **translate(kwargs))

    return call  # type: ignore[return-value]


def moved(function: F, *, old: str, new: str, removed_in: str) -> F:
    """``function`` (of module ``new``) served from its old module ``old``, warning on each call."""
    message = f"{old} moved to {new}; the old module is removed in {removed_in}"

    if inspect.iscoroutinefunction(function):

        @functools.wraps(function)
        async def call_async(*args: Any, **kwargs: Any) -> Any:
            warnings.warn(message, DeprecationWarning, stacklevel=2)
            return await function(*args, **kwargs)

        return call_async  # type: ignore[return-value]  # same signature as ``function`` (functools.wraps)

    @functools.wraps(function)
    def call(*args: Any, **kwargs: Any) -> Any:
        warnings.warn(message, DeprecationWarning, stacklevel=2)
        return function(*args, **kwargs)

    return call  # type: ignore[return-value]
