from typing import Literal

CustomerProductStatus = Literal[
    "ACTIVE",
    "BLOCKED",
    "CLOSED",
    "INACTIVE",
    "INVALID",
    "PENDING",
    "RECEIVED",
    "REJECTED",
    "RESTRICTED",
]

CUSTOMER_PRODUCT_STATUS_VALUES: set[CustomerProductStatus] = {
    "ACTIVE",
    "BLOCKED",
    "CLOSED",
    "INACTIVE",
    "INVALID",
    "PENDING",
    "RECEIVED",
    "REJECTED",
    "RESTRICTED",
}


def check_customer_product_status(value: str) -> CustomerProductStatus:
    if value in CUSTOMER_PRODUCT_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CUSTOMER_PRODUCT_STATUS_VALUES!r}"
    )
