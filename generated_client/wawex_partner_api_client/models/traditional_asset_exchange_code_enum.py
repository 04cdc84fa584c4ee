from typing import Literal

TraditionalAssetExchangeCodeEnum = Literal["TGAT", "XFRA"]

TRADITIONAL_ASSET_EXCHANGE_CODE_ENUM_VALUES: set[TraditionalAssetExchangeCodeEnum] = {
    "TGAT",
    "XFRA",
}


def check_traditional_asset_exchange_code_enum(
    value: str,
) -> TraditionalAssetExchangeCodeEnum:
    if value in TRADITIONAL_ASSET_EXCHANGE_CODE_ENUM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TRADITIONAL_ASSET_EXCHANGE_CODE_ENUM_VALUES!r}"
    )
