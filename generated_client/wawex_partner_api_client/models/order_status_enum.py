from typing import Literal, TypeAlias, cast

from ..types import UnknownValue

OrderStatusEnum: TypeAlias = (
    Literal[
        "CANCELED",
        "CORRECTED",
        "FILLED",
        "INVALID",
        "PENDING",
        "RECEIVED",
        "REJECTED",
        "SETTLED",
    ]
    | UnknownValue
)
"""A value the spec lists, or an ``UnknownValue``: one the partner sent that the spec does not list yet (kept as it
came), or one sent on purpose before the spec knows it."""

ORDER_STATUS_ENUM_VALUES: set[
    Literal[
        "CANCELED",
        "CORRECTED",
        "FILLED",
        "INVALID",
        "PENDING",
        "RECEIVED",
        "REJECTED",
        "SETTLED",
    ]
] = {
    "CANCELED",
    "CORRECTED",
    "FILLED",
    "INVALID",
    "PENDING",
    "RECEIVED",
    "REJECTED",
    "SETTLED",
}


def check_order_status_enum(value: str) -> OrderStatusEnum:
    if value in ORDER_STATUS_ENUM_VALUES:
        return cast(OrderStatusEnum, value)
    if isinstance(value, str):
        return UnknownValue(value)
    raise TypeError(f"OrderStatusEnum values are strings, not {type(value).__name__}")
