"""Exit codes, and every failure as one line on stderr (or one JSON object with ``--json-errors``).

Messages come from the errors themselves, which never hold a secret or a token (see ``errors``), and
are passed through ``redaction.redact`` once more before they are written.
"""

from __future__ import annotations

import enum
import json
import sys
from typing import Any

from wawex_partner_api.errors import (
    APIConnectionError,
    APIStatusError,
    ConfigurationError,
    InvalidClientError,
    InvalidRequestorError,
    InvalidScopeError,
    MissingExtraError,
    MissingRequestorError,
    ResponseValidationError,
    TokenEndpointUnavailable,
    TokenError,
    TokenProtocolError,
    TokenRequestError,
    UnauthorizedClientError,
)
from wawex_partner_api.redaction import redact


class ExitCode(enum.IntEnum):
    OK = 0
    FAILURE = 1
    USAGE = 2
    MISSING_REQUESTOR = 3
    CLIENT_ERROR = 4
    SERVER_ERROR = 5
    CONNECTION = 6
    TOKEN = 7


MEANINGS: dict[ExitCode, str] = {
    ExitCode.OK: "success",
    ExitCode.FAILURE: "any other failure (an answer neither 2xx, 4xx nor 5xx; with --strict, an answer that differs "
    "from the spec; an unexpected error)",
    ExitCode.USAGE: "usage: bad command line, parameter, body, Requestor-ID or configuration; nothing sent",
    ExitCode.MISSING_REQUESTOR: "the operation requires a Requestor-ID (--requestor UUID); nothing sent",
    ExitCode.CLIENT_ERROR: "the API answered 4xx",
    ExitCode.SERVER_ERROR: "the API answered 5xx (after the client's retries)",
    ExitCode.CONNECTION: "the API could not be reached, or a time limit ran out (after the retries)",
    ExitCode.TOKEN: "no access token: the credentials were refused or the token endpoint failed",
}
EXIT_CODES_HELP = "\n".join(f"  {int(code)}  {meaning}" for code, meaning in MEANINGS.items())
"""The table ``wawex --help`` and the README show."""


class CliError(Exception):
    """A failure the command line found itself (a bad parameter, an unknown operation, …)."""

    def __init__(self, message: str, code: ExitCode = ExitCode.USAGE, **fields: Any) -> None:
        super().__init__(message)
        self.code = code
        self.fields = fields


def token_setting(error: TokenError) -> str:
    """Which settings to check when no token could be had."""
    if isinstance(error, InvalidClientError | UnauthorizedClientError):
        return "WAWEX_CLIENT_ID and WAWEX_CLIENT_SECRET"
    if isinstance(error, InvalidScopeError):
        return "WAWEX_SCOPE"
    if isinstance(error, TokenEndpointUnavailable):
        return "WAWEX_TOKEN_URL (or --token-url, --environment) and the network"
    if isinstance(error, TokenRequestError | TokenProtocolError):
        return "WAWEX_TOKEN_URL (or --token-url) and WAWEX_SCOPE"
    return "WAWEX_TOKEN_URL, WAWEX_CLIENT_ID, WAWEX_CLIENT_SECRET and WAWEX_SCOPE"


def _details(error: APIStatusError) -> str:
    """The partner's errorDetails, shortly: ``field: message`` for the first three."""
    parts = []
    for detail in error.error_details[:3]:
        field = detail.get("field") or "request"
        messages = [entry.get("message") for entry in detail.get("errors") or [] if isinstance(entry, dict)]
        said = "; ".join(str(message) for message in messages if message) or str(detail.get("message") or "invalid")
        parts.append(f"{field}: {said}")
    more = len(error.error_details) - len(parts)
    return (" — " + "; ".join(parts) + (f" (and {more} more)" if more > 0 else "")) if parts else ""


def classify(error: BaseException) -> tuple[ExitCode, str, dict[str, Any]]:
    """The exit code, the one-line message and the JSON fields of ``error``."""
    if isinstance(error, CliError):
        return error.code, str(error), dict(error.fields)
    if isinstance(error, MissingRequestorError):
        return (
            ExitCode.MISSING_REQUESTOR,
            f"{error.operation_id} requires --requestor UUID (the natural person acting)",
            {"operation": error.operation_id},
        )
    if isinstance(error, InvalidRequestorError):
        return ExitCode.USAGE, f"--requestor: {error}", {}
    if isinstance(error, ConfigurationError | MissingExtraError):
        return ExitCode.USAGE, str(error), {}
    if isinstance(error, APIStatusError):
        fields = {
            "operation": error.operation_id,
            "status": error.status_code,
            "error_code": error.error_code,
            "request_id": error.request_id,
            "details": error.error_details,
        }
        code = (
            ExitCode.SERVER_ERROR
            if error.status_code >= 500
            else ExitCode.CLIENT_ERROR
            if error.status_code >= 400
            else ExitCode.FAILURE
        )
        return code, f"{error}{_details(error)}", fields
    if isinstance(error, ResponseValidationError):
        problems = [
            {"path": p.path, "kind": p.kind, "observed": p.observed, "expected": p.expected} for p in error.problems
        ]
        return (
            ExitCode.FAILURE,
            str(error),
            {"operation": error.operation_id, "status": error.status_code, "details": problems},
        )
    if isinstance(error, APIConnectionError):
        return (
            ExitCode.CONNECTION,
            f"{error} (check WAWEX_BASE_URL, --base-url or --environment)",
            {"operation": error.operation_id},
        )
    if isinstance(error, TokenError):
        setting = token_setting(error)
        return ExitCode.TOKEN, f"no access token: {error}; check {setting}", {"check": setting}
    return ExitCode.FAILURE, f"unexpected {type(error).__name__}: {error}", {}


def report(error: BaseException, *, json_errors: bool = False, command: str = "wawex") -> int:
    """Write ``error`` to stderr, as one line or one JSON object; the exit code."""
    code, message, fields = classify(error)
    message = redact(" ".join(message.split()))  # one line, whatever the error said
    if json_errors:
        payload = {"error": type(error).__name__, "exit_code": int(code), "message": message}
        payload.update({key: value for key, value in fields.items() if value not in (None, [], {})})
        sys.stderr.write(json.dumps(payload, ensure_ascii=False) + "\n")
    else:
        sys.stderr.write(f"{command}: error: {message}\n")
    sys.stderr.flush()
    return int(code)
