"""A call of one operation through its overlay module (``wawex_partner_api.operations.<tag>.<operation>``):
``sync_detailed`` with a ``PartnerClient``, so the Requestor-ID policy, retries, token handling and typed
errors apply. Only the called operation's module is imported.

The answer is kept as it came (status, raw bytes): the command line prints the partner's JSON, not the
generated model's reading of it. Where the generated model cannot read an answer, the raw answer is still
printed, with a warning.
"""

from __future__ import annotations

import datetime
import importlib
import inspect
import types
import typing
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from wawex_partner_api._json import json_value
from wawex_partner_api.cli.catalog import overlay_module
from wawex_partner_api.cli.exits import CliError, ExitCode
from wawex_partner_api.cli.inputs import Inputs, folded
from wawex_partner_api.cli.specview import OperationView
from wawex_partner_api.client import PartnerClient
from wawex_partner_api.errors import status_error
from wawex_partner_api.paging import next_cursor, page_items


@dataclass(frozen=True)
class Answer:
    status: int
    content: bytes

    @property
    def ok(self) -> bool:
        return 200 <= self.status < 300

    def body(self) -> Any:
        """The answer's JSON; None when it is empty; its bytes when it is not JSON."""
        return json_value(self.content)


class JsonBody:
    """The request body as given (already checked against its schema), where the generated function
    expects a model: it only calls ``to_dict()``."""

    def __init__(self, data: dict[str, Any]) -> None:
        self._data = data

    def to_dict(self) -> dict[str, Any]:
        return self._data


def refuse_token_operations(view: OperationView) -> None:
    """The token operations (Requestor-ID policy ``never``) would print a token: ``wawex token`` checks them."""
    if view.facts.requestor_policy == "never":
        raise CliError(
            f"{view.facts.operation_id} is a token endpoint; the command line never prints tokens: "
            "`wawex token` fetches one with your settings and reports it"
        )


def _convert(value: Any, annotation: Any) -> Any:
    """A JSON value as the generated function's annotation wants it (UUID, datetime, list of them, …)."""
    options = typing.get_args(annotation) if isinstance(annotation, types.UnionType) else (annotation,)
    for option in options:
        origin = typing.get_origin(option)
        if option is uuid.UUID and isinstance(value, str):
            return uuid.UUID(value)
        if option is datetime.datetime and isinstance(value, str):
            return datetime.datetime.fromisoformat(value.upper())
        if option is datetime.date and isinstance(value, str):
            return datetime.date.fromisoformat(value)
        if origin is list and isinstance(value, list):
            (inner,) = typing.get_args(option) or (Any,)
            return [_convert(item, inner) for item in value]
    return value


def _body(data: Any) -> Any:
    if isinstance(data, dict):
        return JsonBody(data)
    if isinstance(data, list):
        return [JsonBody(item) if isinstance(item, dict) else item for item in data]
    return data


def arguments(function: Callable[..., Any], view: OperationView, inputs: Inputs) -> dict[str, Any]:
    """The keyword arguments of the generated function, by matching names (``entityId`` → ``entity_id``)."""
    hints = typing.get_type_hints(function)
    names = {folded(name): name for name in inspect.signature(function).parameters if name not in ("client", "body")}
    kwargs: dict[str, Any] = {}
    for name, value in inputs.values.items():
        keyword = names.get(folded(name))
        if keyword is None:  # the spec and the generated client disagree: a generator bug, not the user's
            raise CliError(f"{view.facts.operation_id}: the client has no argument for {name}", ExitCode.FAILURE)
        kwargs[keyword] = _convert(value, hints.get(keyword))
    if inputs.has_body:
        kwargs["body"] = _body(inputs.body)
    return kwargs


class Caller:
    """Calls one operation with one client; each call's answer, raw."""

    def __init__(self, client: PartnerClient, view: OperationView, inputs: Inputs) -> None:
        self.view = view
        self.inputs = inputs
        self.client = client.with_requestor(inputs.requestor) if inputs.requestor else client
        module = importlib.import_module(overlay_module(view.facts))
        self.function: Callable[..., Any] = module.sync_detailed
        self.kwargs = arguments(self.function, view, inputs)

    def __call__(self, **changes: Any) -> Answer:
        # The answer is printed as it came: the client reads it tolerantly (wawex_partner_api.answers), so what
        # differs from the spec is recorded (shown with -v) and only raises with --strict.
        response = self.function(client=self.client, **{**self.kwargs, **changes})
        return Answer(int(response.status_code), response.content)

    def raise_for_status(self, answer: Answer) -> None:
        if answer.ok:
            return
        facts = self.view.facts
        raise status_error(
            answer.status, answer.content, operation_id=facts.operation_id, method=facts.method, path=facts.path
        )


def items(caller: Caller, on_page: Callable[[int, int], None]) -> Iterator[Any]:
    """Every item of every page, following ``pagination.cursor`` until the API gives none."""
    view = caller.view
    if not view.paginated:
        raise CliError(f"{view.facts.operation_id} is not paginated (no cursor and {{data, pagination}} answer)")
    keyword = next(name for name in inspect.signature(caller.function).parameters if folded(name) == "cursor")
    cursor: str | None = None
    seen: set[str] = set()
    pages = count = 0
    while True:
        answer = caller(**({keyword: cursor} if cursor is not None else {}))
        caller.raise_for_status(answer)
        page = answer.body()
        data = page_items(page)
        if data is None:
            raise CliError(f"{view.facts.operation_id} answered a page without a data list", ExitCode.FAILURE)
        pages, count = pages + 1, count + len(data)
        on_page(pages, count)
        yield from data
        following = next_cursor(page)
        if following is None:
            return
        if following in seen:
            raise CliError(f"{view.facts.operation_id} gave the same cursor twice; stopped", ExitCode.FAILURE)
        seen.add(cursor := following)
