from typing import Literal, TypeAlias, cast

from ..types import UnknownValue

ProductCodeEnum: TypeAlias = (
    Literal["BALANCE_ACCOUNT", "CURRENCY_WALLET", "DEPOSITORY_ACCOUNT", "WALLET"]
    | UnknownValue
)
"""A value the spec lists, or an ``UnknownValue``: one the partner sent that the spec does not list yet (kept as it
came), or one sent on purpose before the spec knows it."""

PRODUCT_CODE_ENUM_VALUES: set[
    Literal["BALANCE_ACCOUNT", "CURRENCY_WALLET", "DEPOSITORY_ACCOUNT", "WALLET"]
] = {
    "BALANCE_ACCOUNT",
    "CURRENCY_WALLET",
    "DEPOSITORY_ACCOUNT",
    "WALLET",
}


def check_product_code_enum(value: str) -> ProductCodeEnum:
    if value in PRODUCT_CODE_ENUM_VALUES:
        return cast(ProductCodeEnum, value)
    if isinstance(value, str):
        return UnknownValue(value)
    raise TypeError(f"ProductCodeEnum values are strings, not {type(value).__name__}")
