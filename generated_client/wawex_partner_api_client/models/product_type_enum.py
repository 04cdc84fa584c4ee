from typing import Literal, TypeAlias, cast

from ..types import UnknownValue

ProductTypeEnum: TypeAlias = Literal["CASH", "DEPOSITORY", "WALLET"] | UnknownValue
"""A value the spec lists, or an ``UnknownValue``: one the partner sent that the spec does not list yet (kept as it
came), or one sent on purpose before the spec knows it."""

PRODUCT_TYPE_ENUM_VALUES: set[Literal["CASH", "DEPOSITORY", "WALLET"]] = {
    "CASH",
    "DEPOSITORY",
    "WALLET",
}


def check_product_type_enum(value: str) -> ProductTypeEnum:
    if value in PRODUCT_TYPE_ENUM_VALUES:
        return cast(ProductTypeEnum, value)
    if isinstance(value, str):
        return UnknownValue(value)
    raise TypeError(f"ProductTypeEnum values are strings, not {type(value).__name__}")
