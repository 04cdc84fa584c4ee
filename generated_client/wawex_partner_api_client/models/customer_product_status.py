from typing import Literal, TypeAlias, cast

from ..types import UnknownValue

CustomerProductStatus: TypeAlias = (
    Literal[
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
    | UnknownValue
)
"""A value the spec lists, or an ``UnknownValue``: one the partner sent that the spec does not list yet (kept as it
came), or one sent on purpose before the spec knows it."""

CUSTOMER_PRODUCT_STATUS_VALUES: set[
    Literal[
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
] = {
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
        return cast(CustomerProductStatus, value)
    if isinstance(value, str):
        return UnknownValue(value)
    raise TypeError(
        f"CustomerProductStatus values are strings, not {type(value).__name__}"
    )
