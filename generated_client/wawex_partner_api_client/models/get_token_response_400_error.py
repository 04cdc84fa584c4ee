from typing import Literal

GetTokenResponse400Error = Literal[
    "invalid_client",
    "invalid_grant",
    "invalid_request",
    "unauthorized_client",
    "unsupported_grant_type",
]

GET_TOKEN_RESPONSE_400_ERROR_VALUES: set[GetTokenResponse400Error] = {
    "invalid_client",
    "invalid_grant",
    "invalid_request",
    "unauthorized_client",
    "unsupported_grant_type",
}


def check_get_token_response_400_error(value: str) -> GetTokenResponse400Error:
    if value in GET_TOKEN_RESPONSE_400_ERROR_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_TOKEN_RESPONSE_400_ERROR_VALUES!r}"
    )
