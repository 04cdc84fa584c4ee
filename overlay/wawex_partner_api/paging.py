"""Page and item iterators for cursor-paginated operations (a ``{data, pagination}`` answer), and the
reading of one such page, as a generated model or as JSON.

Each takes the operation's ``sync`` / ``asyncio`` (errors raise) and follows ``pagination.cursor`` until
the partner gives none; the call's keyword arguments are kept, ``cursor`` replaced.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from typing import Any, ParamSpec, TypeVar

from wawex_partner_api_client.types import UNSET

P = ParamSpec("P")
T = TypeVar("T")
I = TypeVar("I")  # noqa: E741 - the item type


def pages(fetch: Callable[P, Any], page: type[T]) -> Callable[P, Iterator[T]]:
    def iterate(*args: P.args, **kwargs: P.kwargs) -> Iterator[T]:
        while True:
            current = fetch(*args, **kwargs)
            if not isinstance(current, page):
                return
            yield current
            cursor = next_cursor(current)
            if cursor is None:
                return
            kwargs["cursor"] = cursor

    return iterate


def items(fetch: Callable[P, Any], page: type[Any], item: type[I]) -> Callable[P, Iterator[I]]:
    every_page = pages(fetch, page)

    def iterate(*args: P.args, **kwargs: P.kwargs) -> Iterator[I]:
        for current in every_page(*args, **kwargs):
            yield from _data(current)

    return iterate


def async_pages(fetch: Callable[P, Awaitable[Any]], page: type[T]) -> Callable[P, AsyncIterator[T]]:
    async def iterate(*args: P.args, **kwargs: P.kwargs) -> AsyncIterator[T]:
        while True:
            current = await fetch(*args, **kwargs)
            if not isinstance(current, page):
                return
            yield current
            cursor = next_cursor(current)
            if cursor is None:
                return
            kwargs["cursor"] = cursor

    return iterate


def async_items(fetch: Callable[P, Awaitable[Any]], page: type[Any], item: type[I]) -> Callable[P, AsyncIterator[I]]:
    every_page = async_pages(fetch, page)

    async def iterate(*args: P.args, **kwargs: P.kwargs) -> AsyncIterator[I]:
        async for current in every_page(*args, **kwargs):
            for entry in _data(current):
                yield entry

    return iterate


def next_cursor(page: object) -> str | None:
    """The cursor of the page after ``page`` (a generated page model or its JSON), or None on the last."""
    cursor = _field(_field(page, "pagination"), "cursor")
    return cursor if isinstance(cursor, str) and cursor else None


def page_items(page: object) -> list[Any] | None:
    """The items of ``page`` (a generated page model or its JSON), or None when it has no data list."""
    data = _field(page, "data")
    return list(data) if isinstance(data, list) else None


def _field(value: object, name: str) -> object:
    return value.get(name, UNSET) if isinstance(value, dict) else getattr(value, name, UNSET)


def _data(page: object) -> list[Any]:
    return page_items(page) or []
