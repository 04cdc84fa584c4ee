"""WAWEX Partner API client.

The typed operations are generated into ``wawex_partner_api_client`` from the partner's OpenAPI
documents; this package is the layer users import: ``wawex_partner_api.operations`` (every operation,
with its Requestor-ID policy), an authenticated client they all accept, its settings and errors, and
facts about the API release the code corresponds to.
"""

from wawex_partner_api.answers import absent_fields, raw
from wawex_partner_api.client import PartnerClient
from wawex_partner_api.config import ENVIRONMENTS, PartnerConfig, Secret
from wawex_partner_api.diagnosis import Check, Diagnosis, diagnose
from wawex_partner_api.errors import (
    AbsentFieldError,
    APIConnectionError,
    APIError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConfigurationError,
    ConflictError,
    InvalidClientError,
    InvalidGrantError,
    InvalidRequestError,
    InvalidRequestorError,
    InvalidScopeError,
    MissingExtraError,
    MissingRequestorError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ResponseValidationError,
    ServerError,
    TokenEndpointUnavailable,
    TokenError,
    TokenProtocolError,
    TokenRequestError,
    UnauthorizedClientError,
    UnprocessableEntityError,
    UnsupportedGrantTypeError,
    WawexError,
)
from wawex_partner_api.options import CallOptions
from wawex_partner_api.redaction import RedactingFilter, install_log_redaction
from wawex_partner_api.requestor import acting_as, normalize_requestor
from wawex_partner_api.token_cache import RedisTokenCache
from wawex_partner_api.tokens import TokenCache
from wawex_partner_api_client.metadata import API_RELEASE, OPERATIONS, SPEC_SHA256, OperationMetadata, __version__
from wawex_partner_api_client.types import UnknownValue

__all__ = [
    "API_RELEASE",
    "ENVIRONMENTS",
    "OPERATIONS",
    "SPEC_SHA256",
    "APIConnectionError",
    "APIError",
    "APIStatusError",
    "APITimeoutError",
    "AbsentFieldError",
    "AuthenticationError",
    "BadRequestError",
    "CallOptions",
    "Check",
    "ConfigurationError",
    "ConflictError",
    "Diagnosis",
    "InvalidClientError",
    "InvalidGrantError",
    "InvalidRequestError",
    "InvalidRequestorError",
    "InvalidScopeError",
    "MissingExtraError",
    "MissingRequestorError",
    "NotFoundError",
    "OperationMetadata",
    "PartnerClient",
    "PartnerConfig",
    "PermissionDeniedError",
    "RateLimitError",
    "RedactingFilter",
    "RedisTokenCache",
    "ResponseValidationError",
    "Secret",
    "ServerError",
    "TokenCache",
    "TokenEndpointUnavailable",
    "TokenError",
    "TokenProtocolError",
    "TokenRequestError",
    "UnauthorizedClientError",
    "UnknownValue",
    "UnprocessableEntityError",
    "UnsupportedGrantTypeError",
    "WawexError",
    "__version__",
    "absent_fields",
    "acting_as",
    "diagnose",
    "install_log_redaction",
    "normalize_requestor",
    "raw",
]

install_log_redaction()
