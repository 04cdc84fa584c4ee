from typing import Literal

TradeSideEnum = Literal["BUY", "SELL"]

TRADE_SIDE_ENUM_VALUES: set[TradeSideEnum] = {
    "BUY",
    "SELL",
}


def check_trade_side_enum(value: str) -> TradeSideEnum:
    if value in TRADE_SIDE_ENUM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TRADE_SIDE_ENUM_VALUES!r}"
    )
