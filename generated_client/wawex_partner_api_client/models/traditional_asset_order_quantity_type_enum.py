from typing import Literal

TraditionalAssetOrderQuantityTypeEnum = Literal["UNIT"]

TRADITIONAL_ASSET_ORDER_QUANTITY_TYPE_ENUM_VALUES: set[
    TraditionalAssetOrderQuantityTypeEnum
] = {
    "UNIT",
}


def check_traditional_asset_order_quantity_type_enum(
    value: str,
) -> TraditionalAssetOrderQuantityTypeEnum:
    if value in TRADITIONAL_ASSET_ORDER_QUANTITY_TYPE_ENUM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TRADITIONAL_ASSET_ORDER_QUANTITY_TYPE_ENUM_VALUES!r}"
    )
