"""API requests in the sandbox: every operation of the bundled spec, checked as the partner would.

In order: a scripted answer if one is queued; a live bearer token (else 401 ``invalid_token``); a known
operation (else 404); the Requestor-ID policy of the overlay's table (missing where required, or not a
UUID: 400); the request against the spec with openapi-core (else 400 with the details); then the
stateful flow of the operation (``flows.py``, ``subscriptions.py``; what it emits is queued for delivery), or a
minimal valid example of its documented success response. Errors use the partner's ``ErrorMessage`` shape.
"""

from __future__ import annotations

import asyncio
import json
import time
import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from wawex_partner_api.errors import InvalidRequestorError
from wawex_partner_api.requestor import normalize_requestor
from wawex_partner_api.sandbox.flows import FLOWS, Answer, Call, Store, error_message
from wawex_partner_api.sandbox.subscriptions import WEBHOOK_FLOWS

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
        return Response(status_code=status) if answer is None else JSONResponse(answer, status_code=status)
    status, schema = state.spec.success_response(operation)
    if schema is None:
        return Response(status_code=status)
    media_type = state.spec.success_media_type(operation)
    if media_type is not None:  # a non-JSON answer, e.g. an application/pdf order receipt
        return Response(f"sandbox {operation.operation_id}".encode(), status_code=status, media_type=media_type)
    if not schema:  # the page shows no response: say what was received
        return JSONResponse({"operationId": operation.operation_id, "path": request.url.path, "requestorId": requestor})
    return JSONResponse(state.spec.example(schema), status_code=status)


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
