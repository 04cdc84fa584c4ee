from typing import Literal, TypeAlias, cast

from ..types import UnknownValue

QuantityType: TypeAlias = Literal["AMOUNT", "UNIT"] | UnknownValue
"""A value the spec lists, or an ``UnknownValue``: one the partner sent that the spec does not list yet (kept as it
came), or one sent on purpose before the spec knows it."""

QUANTITY_TYPE_VALUES: set[Literal["AMOUNT", "UNIT"]] = {
    "AMOUNT",
    "UNIT",
}


def check_quantity_type(value: str) -> QuantityType:
    if value in QUANTITY_TYPE_VALUES:
        return cast(QuantityType, value)
    if isinstance(value, str):
        return UnknownValue(value)
    raise TypeError(f"QuantityType values are strings, not {type(value).__name__}")
