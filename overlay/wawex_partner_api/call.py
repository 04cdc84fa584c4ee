"""What happens around every operation call: the wrappers in ``wawex_partner_api.operations`` use this.

For each call: the Requestor-ID policy (see ``requestor``), the call's options (``client.with_options``),
connection failures as typed errors, one INFO log line, the answer read by ``answers`` (what differs from
the spec recorded as drift, and raised as ``ResponseValidationError`` in strict mode), and for ``sync`` /
``asyncio`` an error status raised as a typed ``APIStatusError`` (the ``_detailed`` functions return every
response).
Paginated operations also get page and item iterators.
"""

from __future__ import annotations

import functools
import logging
import sys
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Coroutine, Iterator
from http import HTTPStatus
from typing import Any, ParamSpec, TypeVar, overload

import httpx

from wawex_partner_api import paging
from wawex_partner_api._compat import TIMEOUT_ERRORS, TRANSPORT_ERRORS
from wawex_partner_api._json import json_value
from wawex_partner_api.answers.answer import read_answer, requestor_refusal
from wawex_partner_api.answers.drift import PROCESS_LOG, Drift
from wawex_partner_api.client import PartnerClient
from wawex_partner_api.errors import (
    APIConnectionError,
    APITimeoutError,
    ConfigurationError,
    ResponseValidationError,
    status_error,
)
from wawex_partner_api.options import NO_OPTIONS, current_options
from wawex_partner_api.redaction import get_logger
from wawex_partner_api.requestor import outgoing_requestor, requestor_for_call
from wawex_partner_api_client.metadata import OPERATIONS
from wawex_partner_api_client.types import Response

logger = get_logger("wawex_partner_api.http")

P = ParamSpec("P")
R = TypeVar("R")
T = TypeVar("T")
I = TypeVar("I")  # noqa: E741 - the item type


def _request_id(response: Response[Any]) -> str | None:
    for name in ("x-request-id", "request-id", "requestid"):
        if name in response.headers:
            return str(response.headers[name])
    return None


class operation:
    """The call machinery of one operation, applied to its generated functions with their exact signatures."""

    def __init__(self, operation_id: str) -> None:
        facts = OPERATIONS[operation_id]
        self.operation_id, self.policy = operation_id, facts.requestor_policy
        self.method, self.path = facts.method, facts.path

    # -- bookkeeping shared by every wrapper --------------------------------------------------------

    def _enter(self, client: object) -> tuple[Any, Any]:
        requestor = requestor_for_call(self.operation_id, self.policy, client)
        if requestor is not None and not isinstance(client, PartnerClient):
            # Only PartnerClient's auth flow puts the header on the wire: refuse rather than drop it silently.
            raise ConfigurationError(
                f"{self.operation_id}: a Requestor-ID is bound but {type(client).__name__} cannot send it; "
                "call it with a wawex_partner_api.PartnerClient"
            )
        options = getattr(client, "options", NO_OPTIONS)
        return outgoing_requestor.set(requestor), current_options.set(options)

    def _exit(self, tokens: tuple[Any, Any]) -> None:
        outgoing_requestor.reset(tokens[0])
        current_options.reset(tokens[1])

    def _failed(self, error: Exception) -> Exception:
        """The typed error for a transport failure, by type name only: httpx's message can quote the request's
        headers, token included (``Illegal header value b'Bearer …'``), so it is neither quoted nor chained."""
        kind = APITimeoutError if isinstance(error, TIMEOUT_ERRORS) else APIConnectionError
        return kind(
            f"{self.operation_id} ({self.method} {self.path}) failed: {type(error).__name__}",
            operation_id=self.operation_id,
            method=self.method,
            path=self.path,
        )

    def _log(self, response: Response[Any], started: float) -> None:
        if not logger.isEnabledFor(logging.INFO):  # the hot path pays nothing when INFO is off
            return
        logger.info(
            "%s %s %s -> %d in %.0f ms%s",
            self.operation_id,
            self.method,
            self.path,
            response.status_code,
            (time.perf_counter() - started) * 1000,
            f" (requestId {request_id})" if (request_id := _request_id(response)) else "",
        )

    def _raise_for_status(self, response: Response[Any]) -> None:
        if 200 <= response.status_code < 300:
            return
        raise status_error(
            response.status_code, response.content, operation_id=self.operation_id, method=self.method, path=self.path
        )

    def _answered(self, client: object, response: httpx.Response, sent_requestor: bool) -> Response[Any]:
        """The generated Response for ``response``, its body read by ``answers`` (never a bare parsing error);
        what differed from the spec is recorded, and raised in strict mode for a success status."""
        reading = read_answer(self.operation_id, response)
        problems = reading.problems
        if not sent_requestor and self.policy != "required" and response.status_code >= 400:
            refusal = requestor_refusal(response.status_code, response.content)
            if refusal is not None:
                problems = (*problems, refusal)
        success = 200 <= response.status_code < 300
        if problems:
            log = client.drift_log if isinstance(client, PartnerClient) else PROCESS_LOG
            log.record([Drift.of(self.operation_id, response.status_code, problem) for problem in problems])
            strict = client.strict if isinstance(client, PartnerClient) else False
            if success and (strict or not reading.usable):
                raise ResponseValidationError(
                    status_code=response.status_code,
                    operation_id=self.operation_id,
                    method=self.method,
                    path=self.path,
                    problems=problems,
                    body=response.content,
                )
        return Response(
            status_code=_status(response.status_code),
            content=response.content,
            headers=response.headers,
            parsed=reading.parsed,
        )

    # -- the generated functions, wrapped ---------------------------------------------------------

    @overload
    def detailed(
        self, function: Callable[P, Coroutine[Any, Any, Response[R]]]
    ) -> Callable[P, Coroutine[Any, Any, Response[R]]]: ...

    @overload
    def detailed(self, function: Callable[P, Response[R]]) -> Callable[P, Response[R]]: ...

    def detailed(self, function: Callable[P, Any]) -> Callable[P, Any]:
        """``sync_detailed`` / ``asyncio_detailed``: every response returned, its body read by ``answers``."""
        return self._detailed(function)

    def _detailed(self, function: Callable[P, Any]) -> Callable[P, Any]:
        # The generated function's own request builder, with the same parameters: the request is sent here so
        # that the answer is read here, not by the generated parser (which raises on the first surprise).
        request_of: Callable[..., dict[str, Any]] = sys.modules[function.__module__]._get_kwargs

        if _is_async(function):

            @functools.wraps(function)
            async def call_async(*args: P.args, **kwargs: P.kwargs) -> Any:
                client = _client_of(kwargs)
                tokens, started = self._enter(client), time.perf_counter()
                failure: Exception | None = None
                try:
                    response = await client.get_async_httpx_client().request(**request_of(*args, **kwargs))
                except TRANSPORT_ERRORS as error:
                    failure = self._failed(error)
                finally:
                    sent = outgoing_requestor.get() is not None
                    self._exit(tokens)
                if failure is not None:
                    raise failure  # outside the except block: see _failed
                self._log(response, started)
                return self._answered(client, response, sent)

            return call_async

        @functools.wraps(function)
        def call(*args: P.args, **kwargs: P.kwargs) -> Any:
            client = _client_of(kwargs)
            tokens, started = self._enter(client), time.perf_counter()
            failure: Exception | None = None
            try:
                response = client.get_httpx_client().request(**request_of(*args, **kwargs))
            except TRANSPORT_ERRORS as error:
                failure = self._failed(error)
            finally:
                sent = outgoing_requestor.get() is not None
                self._exit(tokens)
            if failure is not None:
                raise failure  # outside the except block: see _failed
            self._log(response, started)
            return self._answered(client, response, sent)

        return call

    def parsed(self, detailed: Callable[P, Any], like: Callable[..., Any] | None = None) -> Callable[P, Any]:
        """``sync`` / ``asyncio``: the parsed body of a 2xx answer (any other status raises APIStatusError).

        Typed by the generated module's stubs (the 2xx types only), so this is not generic; ``like`` is the
        generated function whose name and docstring it takes."""
        return self._answer(detailed, lambda response: response.parsed, like)

    def json(self, detailed: Callable[P, Any], like: Callable[..., Any] | None = None) -> Callable[P, Any]:
        """``sync`` / ``asyncio`` of an operation whose success body the partner does not show: the answer's
        JSON, or None when it has no body."""
        return self._answer(detailed, lambda response: json_value(response.content), like)

    def _answer(
        self, detailed: Callable[P, Any], read: Callable[[Response[Any]], Any], like: Callable[..., Any] | None
    ) -> Callable[P, Any]:
        wrapped_detailed = self._detailed(detailed)
        if _is_async(detailed):

            @functools.wraps(like or detailed)
            async def call_async(*args: P.args, **kwargs: P.kwargs) -> Any:
                response = await wrapped_detailed(*args, **kwargs)
                self._raise_for_status(response)
                return read(response)

            return call_async

        @functools.wraps(like or detailed)
        def call(*args: P.args, **kwargs: P.kwargs) -> Any:
            response = wrapped_detailed(*args, **kwargs)
            self._raise_for_status(response)
            return read(response)

        return call

    # -- pagination (operations with cursor/limit and a {data, pagination} answer) -----------------

    def pages(self, detailed: Callable[P, Response[Any]], page: type[T]) -> Callable[P, Iterator[T]]:
        """Every page, following ``pagination.cursor`` until the partner gives none; errors raise."""
        return paging.pages(self.parsed(detailed), page)

    def items(self, detailed: Callable[P, Response[Any]], page: type[T], item: type[I]) -> Callable[P, Iterator[I]]:
        """Every item of every page."""
        return paging.items(self.parsed(detailed), page, item)

    def async_pages(
        self, detailed: Callable[P, Awaitable[Response[Any]]], page: type[T]
    ) -> Callable[P, AsyncIterator[T]]:
        """The async twin of ``pages``."""
        return paging.async_pages(self.parsed(detailed), page)

    def async_items(
        self, detailed: Callable[P, Awaitable[Response[Any]]], page: type[T], item: type[I]
    ) -> Callable[P, AsyncIterator[I]]:
        """The async twin of ``items``."""
        return paging.async_items(self.parsed(detailed), page, item)


def _client_of(kwargs: dict[str, Any]) -> Any:
    client = kwargs.pop("client", None)
    if client is None:
        raise TypeError("missing required keyword argument: 'client'")
    return client


def _status(code: int) -> HTTPStatus:
    try:
        return HTTPStatus(code)
    except ValueError:  # a code HTTPStatus does not know (299, 520, …): kept as the number it is
        return code  # type: ignore[return-value]


def _is_async(function: Callable[..., Any]) -> bool:
    import inspect

    return inspect.iscoroutinefunction(function)
