"""API requests in the sandbox: every operation of the bundled spec, checked as the partner would.

In order: a scripted answer if one is queued; a live bearer token (else 401 ``invalid_token``); a known
operation (else 404); the Requestor-ID policy of the overlay's table (missing where required, or not a
UUID: 400); the request against the spec with openapi-core (else 400 with the details); then the
stateful flow of the operation (``flows.py``, ``subscriptions.py``; what it emits is queued for delivery), or a
minimal valid example of its documented success response. Errors use the partner's ``ErrorMessage`` shape.
In drift mode (a seed), success answers differ from the spec on purpose: see ``_drifted``.
"""

from __future__ import annotations

import asyncio
import json
import random
import time
import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from wawex_partner_api.errors import InvalidRequestorError
from wawex_partner_api.requestor import normalize_requestor
from wawex_partner_api.sandbox import drifting
from wawex_partner_api.sandbox.flows import FLOWS, Answer, Call, Store, error_message
from wawex_partner_api.sandbox.subscriptions import WEBHOOK_FLOWS
from wawex_partner_api_client.shapes import ANSWERS

if TYPE_CHECKING:
    from wawex_partner_api.sandbox.app import SandboxState


INVALID_TOKEN = {"WWW-Authenticate": 'Bearer error="invalid_token"'}
ALL_FLOWS: dict[str, Callable[[Store, Call], Answer]] = {**FLOWS, **WEBHOOK_FLOWS}


def error(
    status: int,
    message: str,
    response_type: str,
    details: list[tuple[str, str]] | None = None,
    headers: dict[str, str] | None = None,
) -> Response:
    return JSONResponse(error_message(message, response_type, details), status_code=status, headers=headers)


async def handle(state: SandboxState, request: Request) -> Response:
    response = await _answer(state, request)
    response.headers.setdefault("X-Request-ID", str(uuid.uuid4()))
    return response


async def _answer(state: SandboxState, request: Request) -> Response:
    state.counters["api_requests"] += 1
    authorization = request.headers.get("authorization", "")
    bearer = authorization[7:] if authorization.startswith("Bearer ") else None
    requestor = request.headers.get("requestor-id")
    entry = {
        "kind": "api",
        "time": time.monotonic(),
        "method": request.method,
        "path": request.url.path,
        "token": bearer,
        "authorization_present": bool(authorization),
        "requestor_id": requestor,
    }
    state.log.append(entry)
    if state.api_delay:
        await asyncio.sleep(state.api_delay)
    if state.api_script:
        return scripted(state.api_script.popleft())

    expiry = state.tokens.get(bearer or "")
    if expiry is None or time.monotonic() >= expiry:
        return error(401, "invalid or missing bearer token", "UNAUTHORIZED", headers=INVALID_TOKEN)
    found = state.spec.route(request.method, request.url.path)
    if found is None:
        return error(404, f"no operation {request.method} {request.url.path}", "NOT_FOUND")
    operation, path_parameters = found
    entry["operation"] = operation.operation_id
    state.counters[f"operation:{operation.operation_id}"] += 1

    if requestor is not None:
        try:
            normalize_requestor(requestor)
        except InvalidRequestorError:
            return error(400, "Requestor-ID must be a UUID", "VALIDATION_ERROR")
    elif operation.requestor_policy == "required":
        return error(400, f"Requestor-ID header is required for {operation.operation_id}", "VALIDATION_ERROR")

    body = await request.body()
    problems = state.spec.request_errors(request, body)
    if problems:
        return error(400, f"invalid request for {operation.operation_id}", "VALIDATION_ERROR", problems)

    flow = ALL_FLOWS.get(operation.operation_id)
    if flow is not None:
        call = Call(path_parameters, dict(request.query_params), json.loads(body) if body else None, requestor)
        status, answer = flow(state.store, call)
        state.deliveries.submit()
        if answer is None:
            return Response(status_code=status)
        return JSONResponse(_drifted(state, entry, operation.operation_id, status, answer), status_code=status)
    status, schema = state.spec.success_response(operation)
    if schema is None:
        return Response(status_code=status)
    media_type = state.spec.success_media_type(operation)
    if media_type is not None:  # a non-JSON answer, e.g. an application/pdf order receipt
        return Response(f"sandbox {operation.operation_id}".encode(), status_code=status, media_type=media_type)
    if not schema:  # the page shows no response: say what was received
        return JSONResponse({"operationId": operation.operation_id, "path": request.url.path, "requestorId": requestor})
    answer = _drifted(state, entry, operation.operation_id, status, None) if state.drift is not None else None
    return JSONResponse(state.spec.example(schema) if answer is None else answer, status_code=status)


def _drifted(state: SandboxState, entry: dict[str, Any], operation_id: str, status: int, body: Any) -> Any:
    """In drift mode (``state.drift``, a seed), the answer with one mutation of ``drifting``: the same one for
    every answer of an operation (drawn from the seed and the operation), as a partner's drift is a habit, not
    chance. ``body`` None: a full sample of the documented shape is mutated (the minimal example has little
    to change). The mutation is logged with the request (``entry["drift"]``)."""
    if state.drift is None:
        return body
    shape = next(
        (e[3] for e in ANSWERS.get(operation_id, ()) if e[2] == "json" and e[0] <= status <= e[1]),
        None,
    )
    if shape is None or not isinstance(shape, tuple):
        return body
    if body is None:
        body = drifting.sample(shape)
    mutation = drifting.choose(shape, body, random.Random(f"{state.drift}:{operation_id}"))  # noqa: S311 - not a secret
    if mutation is None:
        return body
    entry["drift"] = {"kind": mutation.kind, "path": mutation.path, "description": mutation.description}
    state.counters["drifted_answers"] += 1
    return mutation.apply(body)


def scripted(entry: dict[str, Any]) -> Response:
    headers = entry.get("headers", {})
    if "json" in entry:
        return JSONResponse(entry["json"], status_code=entry.get("status", 200), headers=headers)
    return Response(
        entry.get("body", ""),
        status_code=entry.get("status", 200),
        headers=headers,
        media_type=entry.get("media_type", "text/plain"),
    )
