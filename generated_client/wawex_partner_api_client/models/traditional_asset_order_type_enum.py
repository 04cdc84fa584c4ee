from typing import Literal

TraditionalAssetOrderTypeEnum = Literal["LIMIT", "MARKET", "STOP"]

TRADITIONAL_ASSET_ORDER_TYPE_ENUM_VALUES: set[TraditionalAssetOrderTypeEnum] = {
    "LIMIT",
    "MARKET",
    "STOP",
}


def check_traditional_asset_order_type_enum(
    value: str,
) -> TraditionalAssetOrderTypeEnum:
    if value in TRADITIONAL_ASSET_ORDER_TYPE_ENUM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TRADITIONAL_ASSET_ORDER_TYPE_ENUM_VALUES!r}"
    )
