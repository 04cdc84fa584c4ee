from typing import Literal, TypeAlias, cast

from ..types import UnknownValue

TraditionalAssetOrderTypeEnum: TypeAlias = (
    Literal["LIMIT", "MARKET", "STOP"] | UnknownValue
)
"""A value the spec lists, or an ``UnknownValue``: one the partner sent that the spec does not list yet (kept as it
came), or one sent on purpose before the spec knows it."""

TRADITIONAL_ASSET_ORDER_TYPE_ENUM_VALUES: set[Literal["LIMIT", "MARKET", "STOP"]] = {
    "LIMIT",
    "MARKET",
    "STOP",
}


def check_traditional_asset_order_type_enum(
    value: str,
) -> TraditionalAssetOrderTypeEnum:
    if value in TRADITIONAL_ASSET_ORDER_TYPE_ENUM_VALUES:
        return cast(TraditionalAssetOrderTypeEnum, value)
    if isinstance(value, str):
        return UnknownValue(value)
    raise TypeError(
        f"TraditionalAssetOrderTypeEnum values are strings, not {type(value).__name__}"
    )
