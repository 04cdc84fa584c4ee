from typing import Literal, TypeAlias, cast

from ..types import UnknownValue

GetTokenResponse400Error: TypeAlias = (
    Literal[
        "invalid_client",
        "invalid_grant",
        "invalid_request",
        "unauthorized_client",
        "unsupported_grant_type",
    ]
    | UnknownValue
)
"""A value the spec lists, or an ``UnknownValue``: one the partner sent that the spec does not list yet (kept as it
came), or one sent on purpose before the spec knows it."""

GET_TOKEN_RESPONSE_400_ERROR_VALUES: set[
    Literal[
        "invalid_client",
        "invalid_grant",
        "invalid_request",
        "unauthorized_client",
        "unsupported_grant_type",
    ]
] = {
    "invalid_client",
    "invalid_grant",
    "invalid_request",
    "unauthorized_client",
    "unsupported_grant_type",
}


def check_get_token_response_400_error(value: str) -> GetTokenResponse400Error:
    if value in GET_TOKEN_RESPONSE_400_ERROR_VALUES:
        return cast(GetTokenResponse400Error, value)
    if isinstance(value, str):
        return UnknownValue(value)
    raise TypeError(
        f"GetTokenResponse400Error values are strings, not {type(value).__name__}"
    )
