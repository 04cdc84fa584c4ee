"""Every error the client raises, in one hierarchy.

::

    WawexError
    ├── ConfigurationError (also ValueError)      bad settings, refused before any I/O
    ├── InvalidRequestorError (also ValueError)   a Requestor-ID that is not a UUID, refused before any I/O
    ├── MissingRequestorError                     an operation that needs a Requestor-ID was called without one
    ├── MissingExtraError (also ImportError)      an optional part whose extra is not installed (.extra)
    ├── AbsentFieldError (also AttributeError)    a required field the answer lacked (or that did not fit the spec)
    ├── APIConnectionError                        the API could not be reached (after the retries)
    │   └── APITimeoutError                       … because a time limit ran out
    ├── ResponseValidationError                   strict mode: a 2xx answer that differs from the spec (.problems,
    │                                             .status_code, .raw_body())
    ├── APIStatusError                            the API answered with an error status (.status_code, .message,
    │   │                                         .error_code, .request_id, .error_details, .operation_id, …)
    │   ├── BadRequestError                       400
    │   ├── AuthenticationError                   401
    │   ├── PermissionDeniedError                 403
    │   ├── NotFoundError                         404
    │   ├── ConflictError                         409
    │   ├── UnprocessableEntityError              422
    │   ├── RateLimitError                        429
    │   └── ServerError                           5xx
    └── TokenError                                the access token could not be obtained
        ├── TokenRequestError                     the token endpoint refused the grant (RFC 6749 §5.2)
        │   ├── InvalidClientError                invalid_client
        │   ├── InvalidGrantError                 invalid_grant
        │   ├── InvalidRequestError               invalid_request
        │   ├── UnauthorizedClientError           unauthorized_client
        │   ├── UnsupportedGrantTypeError         unsupported_grant_type
        │   └── InvalidScopeError                 invalid_scope
        ├── TokenEndpointUnavailable              network errors, 408/429/5xx, temporarily_unavailable, after retries
        └── TokenProtocolError                    an answer that is not a usable bearer token (HTML, bad JSON, …)

No message, ``repr``, attribute or chained cause of these errors holds the client secret or a token; API
errors keep the partner's ErrorMessage fields, never the request's headers or body; an answer's body is only
reachable through ``ResponseValidationError.raw_body()``, never in a message or ``repr``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from wawex_partner_api._json import json_object

if TYPE_CHECKING:
    from wawex_partner_api.answers.problems import Problem


class WawexError(Exception):
    """Base class of every error raised by this package."""


class ConfigurationError(WawexError, ValueError):
    """A setting is missing or unsafe; raised when the client is built, before any request."""


class InvalidRequestorError(WawexError, ValueError):
    """A Requestor-ID must be a ``uuid.UUID`` or its canonical 36-character text form."""


class MissingExtraError(WawexError, ImportError):
    """An optional part of the package needs modules its extra installs."""

    def __init__(self, part: str, extra: str, missing: list[str]) -> None:
        self.extra = extra
        super().__init__(
            f"{part} needs the [{extra}] extra ({', '.join(missing)} not installed): "
            f"pip install 'wawex-partner-api[{extra}]'"
        )


class MissingRequestorError(WawexError):
    """The operation must carry Requestor-ID and no requestor is bound; nothing was sent."""

    def __init__(self, operation_id: str) -> None:
        self.operation_id = operation_id
        super().__init__(
            f"{operation_id} requires a Requestor-ID (the natural person acting): call it with "
            "client=client.with_requestor(person_id), or inside `with acting_as(person_id):`"
        )


class AbsentFieldError(WawexError, AttributeError):
    """A required field of a model read from an answer that the answer lacked, or whose value did not fit the
    spec; a value that did not fit is kept, as received, in the model's ``additional_properties``."""

    def __init__(self, model: str, field: str) -> None:
        self.model = model
        self.field = field
        super().__init__(
            f"{model}.{field} is absent: the answer lacked it or its value did not fit the spec "
            "(see wawex_partner_api.absent_fields() and the model's additional_properties)",
            name=field,
        )


class TokenError(WawexError):
    """No usable access token could be obtained."""


class TokenRequestError(TokenError):
    """The token endpoint answered with an RFC 6749 §5.2 error; retrying would not help."""

    def __init__(self, error: str, error_description: str | None = None, *, status_code: int | None = None) -> None:
        self.error = error
        self.error_description = error_description
        self.status_code = status_code
        detail = f": {error_description}" if error_description else ""
        super().__init__(f"token endpoint refused the request ({error}){detail}")


class InvalidClientError(TokenRequestError):
    """``invalid_client``: unknown client id or wrong secret."""


class InvalidGrantError(TokenRequestError):
    """``invalid_grant``."""


class InvalidRequestError(TokenRequestError):
    """``invalid_request``."""


class UnauthorizedClientError(TokenRequestError):
    """``unauthorized_client``: this client may not use client_credentials."""


class UnsupportedGrantTypeError(TokenRequestError):
    """``unsupported_grant_type``."""


class InvalidScopeError(TokenRequestError):
    """``invalid_scope``."""


class TokenEndpointUnavailable(TokenError):
    """The token endpoint could not be reached or kept failing (after the configured attempts)."""

    def __init__(self, message: str, *, attempts: int, status_code: int | None = None) -> None:
        self.attempts = attempts
        self.status_code = status_code
        super().__init__(f"{message} (after {attempts} attempt{'s' if attempts != 1 else ''})")


class TokenProtocolError(TokenError):
    """The token endpoint answered, but not with a usable bearer token."""

    def __init__(self, message: str, *, status_code: int | None = None) -> None:
        self.status_code = status_code
        super().__init__(message)


TOKEN_REQUEST_ERRORS: dict[str, type[TokenRequestError]] = {
    "invalid_client": InvalidClientError,
    "invalid_grant": InvalidGrantError,
    "invalid_request": InvalidRequestError,
    "unauthorized_client": UnauthorizedClientError,
    "unsupported_grant_type": UnsupportedGrantTypeError,
    "invalid_scope": InvalidScopeError,
}


class APIError(WawexError):
    """A call to the partner API failed; says which operation."""

    def __init__(self, message: str, *, operation_id: str, method: str, path: str) -> None:
        self.operation_id = operation_id
        self.method = method
        self.path = path
        super().__init__(message)


class ResponseValidationError(APIError):
    """Strict mode: the partner answered with a success status and a body that differs from the spec.

    ``problems`` says where and how (JSONPath, kind, the JSON type observed, what the spec expected); the body
    itself is only reachable through ``raw_body()``: never in the message or ``repr``, since answers hold personal
    data."""

    def __init__(
        self,
        *,
        status_code: int,
        operation_id: str,
        method: str,
        path: str,
        problems: tuple[Problem, ...],
        body: bytes,
    ) -> None:
        self.status_code = status_code
        self.problems = problems
        self._body = body
        shown = "; ".join(f"{p.path} {p.kind}" for p in problems[:5])
        more = f"; and {len(problems) - 5} more" if len(problems) > 5 else ""
        super().__init__(
            f"{operation_id} ({method} {path}) answered {status_code} with {len(problems)} "
            f"difference{'s' if len(problems) != 1 else ''} from the spec: {shown}{more}",
            operation_id=operation_id,
            method=method,
            path=path,
        )

    def raw_body(self) -> bytes:
        """The answer's body as received."""
        return self._body

    def __repr__(self) -> str:
        return (
            f"ResponseValidationError({self.operation_id!r}, status_code={self.status_code}, "
            f"problems={len(self.problems)})"
        )


class APIConnectionError(APIError):
    """The API could not be reached, or the connection failed, after the configured retries."""


class APITimeoutError(APIConnectionError):
    """A connect, read, write or pool time limit ran out."""


class APIStatusError(APIError):
    """The API answered with an error status; the partner's ErrorMessage fields, where it sent them."""

    def __init__(
        self,
        *,
        status_code: int,
        operation_id: str,
        method: str,
        path: str,
        error: dict[str, Any] | None = None,
    ) -> None:
        fields = error or {}
        self.status_code = status_code
        self.message: str | None = _text(fields.get("message"))
        self.error_code: str | None = _text(fields.get("errorCode"))
        self.request_id: str | None = _text(fields.get("requestId"))
        details = fields.get("errorDetails")
        self.error_details: list[dict[str, Any]] = (
            [d for d in details if isinstance(d, dict)] if isinstance(details, list) else []
        )
        said = f": {self.message}" if self.message else ""
        code = f" [{self.error_code}]" if self.error_code else ""
        request = f" (requestId {self.request_id})" if self.request_id else ""
        super().__init__(
            f"{operation_id} ({method} {path}) answered {status_code}{said}{code}{request}",
            operation_id=operation_id,
            method=method,
            path=path,
        )


def _text(value: object) -> str | None:
    return value if isinstance(value, str) else None


class BadRequestError(APIStatusError):
    """400."""


class AuthenticationError(APIStatusError):
    """401 (after the one retry with a fresh token)."""


class PermissionDeniedError(APIStatusError):
    """403."""


class NotFoundError(APIStatusError):
    """404."""


class ConflictError(APIStatusError):
    """409."""


class UnprocessableEntityError(APIStatusError):
    """422."""


class RateLimitError(APIStatusError):
    """429 (after the retries)."""


class ServerError(APIStatusError):
    """5xx (after the retries, where the method allowed them)."""


STATUS_ERRORS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def status_error_class(status_code: int) -> type[APIStatusError]:
    if status_code >= 500:
        return ServerError
    return STATUS_ERRORS.get(status_code, APIStatusError)


def status_error(status_code: int, content: bytes, *, operation_id: str, method: str, path: str) -> APIStatusError:
    """The error for an answer of ``operation_id`` with this status, its body read as the partner's ErrorMessage."""
    return status_error_class(status_code)(
        status_code=status_code, operation_id=operation_id, method=method, path=path, error=json_object(content)
    )
