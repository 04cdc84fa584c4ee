"""Checks 5 and 6: one read through the typed operations, and the Requestor-ID rule seen from both sides.

Every call runs in an empty ``contextvars.Context``, so no ``acting_as`` block of the caller binds a requestor.
The Requestor-ID probes: the client refuses a requiring operation before any I/O (``MissingRequestorError``);
the partner accepts an exempt one without the header (it creates a natural person: sent only to a local
sandbox); and the partner refuses the requiring one sent without the header — sent with the generated
operation's own request builder on the client's httpx client, past the client's check, to see the partner's
own answer. The read and the requiring probe have no side effects.
"""

from __future__ import annotations

import contextvars
import time
from urllib.parse import urlsplit

import httpx

from wawex_partner_api._compat import TRANSPORT_ERRORS
from wawex_partner_api.client import PartnerClient
from wawex_partner_api.diagnosis.result import Cause, Check
from wawex_partner_api.diagnosis.settings import is_local
from wawex_partner_api.errors import (
    APIConnectionError,
    APIError,
    MissingRequestorError,
    TokenError,
    WawexError,
    status_error,
)
from wawex_partner_api.redaction import redact
from wawex_partner_api_client.metadata import OPERATIONS

READ = "read-call"
CLIENT_CHECK = "requestor-client"
EXEMPT_CHECK = "requestor-exempt"
REQUIRED_CHECK = "requestor-required"
READ_OPERATION = "get-natural-persons"
EXEMPT = "create-natural-person"
REQUIRING = "get-identification-verifications"
PROBE_PERSON = {
    "gender": "FEMALE",
    "firstName": "Doctor",
    "lastName": "Probe",
    "birthDay": "1990-01-01",
    "birthPlace": "Berlin",
    "birthCountry": "DE",
    "isUsNationality": False,
}
"""The natural person the exempt probe creates in a local sandbox."""


class Traffic:
    """What the diagnosis's client sent and received (httpx event hooks): requests, and each answer's receipt
    time with its ``Date`` values."""

    def __init__(self, client: PartnerClient) -> None:
        self.requests = 0
        self.answers: list[tuple[float, tuple[str, ...]]] = []
        hooks = client.get_httpx_client().event_hooks
        hooks["request"].append(self._sent)
        hooks["response"].append(self._received)

    def _sent(self, request: httpx.Request) -> None:
        self.requests += 1

    def _received(self, response: httpx.Response) -> None:
        self.answers.append((time.time(), tuple(response.headers.get_list("date"))))


def answered(operation_id: str, status: int, content: bytes) -> str:
    """``400: message [errorCode] (requestId …)`` of an answer, read as the partner's ErrorMessage."""
    facts = OPERATIONS[operation_id]
    error = status_error(status, content, operation_id=operation_id, method=facts.method, path=facts.path)
    said = f": {error.message}" if error.message else ""
    code = f" [{error.error_code}]" if error.error_code else ""
    request = f" (requestId {error.request_id})" if error.request_id else ""
    return redact(f"{status}{said}{code}{request}")


def read_call(client: PartnerClient) -> Check:
    from wawex_partner_api.operations.natural_persons import get_natural_persons

    facts = OPERATIONS[READ_OPERATION]
    shown = f"{READ_OPERATION} ({facts.method} {facts.path}, limit=1, no Requestor-ID)"
    started = time.monotonic()
    try:
        response = contextvars.Context().run(get_natural_persons.sync_detailed, client=client, limit=1)
    except WawexError as error:
        return _call_failed(READ, shown, error, client)
    took = (time.monotonic() - started) * 1000
    status = int(response.status_code)
    if 200 <= status < 300:
        return Check.ok(READ, f"{shown} answered {status} in {took:.0f} ms")
    return judged(READ, READ_OPERATION, status, response.content, client)


def _call_failed(name: str, shown: str, error: WawexError, client: PartnerClient) -> Check:
    config = client.config
    said = redact(str(error))
    if isinstance(error, APIConnectionError):
        fix = f"check WAWEX_BASE_URL ({config.base_url}), the network and any firewall"
        return Check.fail(name, f"{shown}: {said}", fix, Cause.NETWORK)
    if isinstance(error, TokenError):
        return Check.fail(name, f"{shown}: no token: {said}", "see the token check above", Cause.AUTH)
    status = getattr(error, "status_code", None)
    if isinstance(error, APIError) and isinstance(status, int) and 200 <= status < 300:
        # A success answer the client could not read as the spec says: the call itself works.
        fix = "nothing to change in your settings; the answer differs from the partner's spec: report it"
        return Check.warn(name, f"{shown}: {said}", fix)
    return Check.fail(name, f"{shown}: {type(error).__name__}: {said}", "report this line", Cause.OTHER)


def judged(name: str, operation_id: str, status: int, content: bytes, client: PartnerClient) -> Check:
    """A failed check for an answer that is not 2xx, saying what the status most likely means."""
    config = client.config
    facts = OPERATIONS[operation_id]
    said = f"{operation_id} ({facts.method} {facts.path}) answered {answered(operation_id, status, content)}"
    token_host = urlsplit(config.token_url).hostname
    if status == 401:
        fix = (
            f"the API does not accept tokens from {token_host}: WAWEX_BASE_URL and WAWEX_TOKEN_URL must name the "
            f"same environment (WAWEX_ENVIRONMENT); else ask the partner whether client id {config.client_id} may "
            "use the API"
        )
        return Check.fail(name, f"{said}: the token was refused", fix, Cause.AUTH)
    if status == 403:
        fix = (
            f"client id {config.client_id} may not call {operation_id}: ask the partner to grant it "
            "(with the guide's token form, WAWEX_SCOPE=tradevest.api)"
        )
        return Check.fail(name, f"{said}: permission denied", fix, Cause.AUTH)
    if status == 404:
        fix = f"check WAWEX_BASE_URL ({config.base_url}): it must be the API's base URL"
        return Check.fail(name, said, fix, Cause.API)
    if 400 <= status < 500:
        return Check.fail(name, said, "see the partner's message; the request was the client's own", Cause.API)
    if status >= 500:
        return Check.fail(name, said, "the partner's API is failing: try again later", Cause.SERVER)
    fix = f"check WAWEX_BASE_URL ({config.base_url}): the client does not follow redirects"
    return Check.fail(name, said, fix, Cause.OTHER)


def client_refuses(client: PartnerClient, traffic: Traffic) -> Check:
    """The client refuses a requiring operation without a requestor, and sends nothing."""
    from wawex_partner_api.operations.natural_persons import get_identification_verifications

    if OPERATIONS[REQUIRING].requestor_policy != "required":
        return Check.skip(CLIENT_CHECK, f"{REQUIRING} no longer requires a Requestor-ID (OPERATIONS)")
    before = traffic.requests
    fix = "report it: the client must refuse operations that require a Requestor-ID when none is bound"
    try:
        contextvars.Context().run(get_identification_verifications.sync_detailed, client=client, limit=1)
    except MissingRequestorError:
        if traffic.requests == before:
            detail = f"{REQUIRING} (Requestor-ID required) without one: MissingRequestorError, nothing sent"
            return Check.ok(CLIENT_CHECK, detail)
        return Check.fail(CLIENT_CHECK, f"{REQUIRING}: refused, but after a request was sent", fix, Cause.OTHER)
    except WawexError as error:
        detail = f"{REQUIRING} without a Requestor-ID raised {type(error).__name__}, not MissingRequestorError"
        return Check.fail(CLIENT_CHECK, detail, fix, Cause.OTHER)
    return Check.fail(CLIENT_CHECK, f"{REQUIRING} was sent without a Requestor-ID", fix, Cause.OTHER)


def partner_accepts_exempt(client: PartnerClient) -> Check:
    """The exempt operation, without a requestor, is accepted (a local sandbox only: it creates a person)."""
    if not is_local(client.config):
        host = urlsplit(client.config.base_url).hostname
        reason = (
            f"{EXEMPT} changes state: sent only to a local sandbox (loopback base URL), not to {host}; "
            f"the read call went without a Requestor-ID"
        )
        return Check.skip(EXEMPT_CHECK, reason)
    from wawex_partner_api.operations.natural_persons import create_natural_person
    from wawex_partner_api_client.models.natural_person_data import NaturalPersonData

    policy = OPERATIONS[EXEMPT].requestor_policy
    shown = f"{EXEMPT} (exempt: Requestor-ID {policy}) without one"
    body = NaturalPersonData.from_dict(PROBE_PERSON)
    try:
        response = contextvars.Context().run(create_natural_person.sync_detailed, client=client, body=body)
    except WawexError as error:
        return _call_failed(EXEMPT_CHECK, shown, error, client)
    status = int(response.status_code)
    if 200 <= status < 300:
        return Check.ok(EXEMPT_CHECK, f"{shown}: accepted by the local sandbox ({status})")
    if status == 400:
        said = answered(EXEMPT, status, response.content)
        fix = (
            "bind one for it (client.with_requestor(person_id)); the partner's rule differs from the client's "
            "table (generator/requestor-policy.yaml): report it"
        )
        return Check.fail(EXEMPT_CHECK, f"{shown}: refused: {said}", fix, Cause.API)
    return judged(EXEMPT_CHECK, EXEMPT, status, response.content, client)


def partner_refuses_required(client: PartnerClient) -> Check:
    """The requiring operation, sent past the client's check without the header, is refused by the partner."""
    from wawex_partner_api_client.api.natural_persons import get_identification_verifications as generated

    shown = f"{REQUIRING} sent without a Requestor-ID (past the client's check)"
    try:
        response = contextvars.Context().run(client.get_httpx_client().request, **generated._get_kwargs(limit=1))
    except TRANSPORT_ERRORS as error:  # by type name only: httpx's message can quote request headers
        detail = f"{shown}: {type(error).__name__}"
        return Check.fail(REQUIRED_CHECK, detail, f"check WAWEX_BASE_URL ({client.config.base_url})", Cause.NETWORK)
    except TokenError as error:
        return Check.fail(REQUIRED_CHECK, f"{shown}: no token: {redact(str(error))}", "see the token check", Cause.AUTH)
    status = response.status_code
    said = answered(REQUIRING, status, response.content)
    if status == 400:
        return Check.ok(REQUIRED_CHECK, f"{shown}: refused by the partner: {said}")
    if status in (401, 403) or status >= 500:
        return judged(REQUIRED_CHECK, REQUIRING, status, response.content, client)
    fix = (
        "nothing to change: the client keeps requiring it (its table follows the partner's page); "
        "tell the partner if it should"
    )
    detail = f"{shown}: the partner answered {said}, not the refusal its rule predicts"
    return Check.warn(REQUIRED_CHECK, detail, fix)
