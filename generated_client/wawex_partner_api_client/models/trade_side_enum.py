from typing import Literal, TypeAlias, cast

from ..types import UnknownValue

TradeSideEnum: TypeAlias = Literal["BUY", "SELL"] | UnknownValue
"""A value the spec lists, or an ``UnknownValue``: one the partner sent that the spec does not list yet (kept as it
came), or one sent on purpose before the spec knows it."""

TRADE_SIDE_ENUM_VALUES: set[Literal["BUY", "SELL"]] = {
    "BUY",
    "SELL",
}


def check_trade_side_enum(value: str) -> TradeSideEnum:
    if value in TRADE_SIDE_ENUM_VALUES:
        return cast(TradeSideEnum, value)
    if isinstance(value, str):
        return UnknownValue(value)
    raise TypeError(f"TradeSideEnum values are strings, not {type(value).__name__}")
