from typing import Literal, TypeAlias, cast

from ..types import UnknownValue

TraditionalAssetExchangeCodeEnum: TypeAlias = Literal["TGAT", "XFRA"] | UnknownValue
"""A value the spec lists, or an ``UnknownValue``: one the partner sent that the spec does not list yet (kept as it
came), or one sent on purpose before the spec knows it."""

TRADITIONAL_ASSET_EXCHANGE_CODE_ENUM_VALUES: set[Literal["TGAT", "XFRA"]] = {
    "TGAT",
    "XFRA",
}


def check_traditional_asset_exchange_code_enum(
    value: str,
) -> TraditionalAssetExchangeCodeEnum:
    if value in TRADITIONAL_ASSET_EXCHANGE_CODE_ENUM_VALUES:
        return cast(TraditionalAssetExchangeCodeEnum, value)
    if isinstance(value, str):
        return UnknownValue(value)
    raise TypeError(
        f"TraditionalAssetExchangeCodeEnum values are strings, not {type(value).__name__}"
    )
