from typing import Literal, TypeAlias, cast

from ..types import UnknownValue

TraditionalAssetOrderQuantityTypeEnum: TypeAlias = Literal["UNIT"] | UnknownValue
"""A value the spec lists, or an ``UnknownValue``: one the partner sent that the spec does not list yet (kept as it
came), or one sent on purpose before the spec knows it."""

TRADITIONAL_ASSET_ORDER_QUANTITY_TYPE_ENUM_VALUES: set[Literal["UNIT"]] = {
    "UNIT",
}


def check_traditional_asset_order_quantity_type_enum(
    value: str,
) -> TraditionalAssetOrderQuantityTypeEnum:
    if value in TRADITIONAL_ASSET_ORDER_QUANTITY_TYPE_ENUM_VALUES:
        return cast(TraditionalAssetOrderQuantityTypeEnum, value)
    if isinstance(value, str):
        return UnknownValue(value)
    raise TypeError(
        f"TraditionalAssetOrderQuantityTypeEnum values are strings, not {type(value).__name__}"
    )
