from typing import Literal

OrderStatusEnum = Literal[
    "CANCELED",
    "CORRECTED",
    "FILLED",
    "INVALID",
    "PENDING",
    "RECEIVED",
    "REJECTED",
    "SETTLED",
]

ORDER_STATUS_ENUM_VALUES: set[OrderStatusEnum] = {
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
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ORDER_STATUS_ENUM_VALUES!r}"
    )
