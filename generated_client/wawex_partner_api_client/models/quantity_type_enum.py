from typing import Literal, TypeAlias, cast

from ..types import UnknownValue

QuantityTypeEnum: TypeAlias = Literal["UNIT"] | UnknownValue
"""A value the spec lists, or an ``UnknownValue``: one the partner sent that the spec does not list yet (kept as it
came), or one sent on purpose before the spec knows it."""

QUANTITY_TYPE_ENUM_VALUES: set[Literal["UNIT"]] = {
    "UNIT",
}


def check_quantity_type_enum(value: str) -> QuantityTypeEnum:
    if value in QUANTITY_TYPE_ENUM_VALUES:
        return cast(QuantityTypeEnum, value)
    if isinstance(value, str):
        return UnknownValue(value)
    raise TypeError(f"QuantityTypeEnum values are strings, not {type(value).__name__}")
