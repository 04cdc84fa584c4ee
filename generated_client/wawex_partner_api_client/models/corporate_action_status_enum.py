from typing import Literal, TypeAlias, cast

from ..types import UnknownValue

CorporateActionStatusEnum: TypeAlias = (
    Literal["ANNOUNCED", "PENDING", "REJECTED", "SETTLED"] | UnknownValue
)
"""A value the spec lists, or an ``UnknownValue``: one the partner sent that the spec does not list yet (kept as it
came), or one sent on purpose before the spec knows it."""

CORPORATE_ACTION_STATUS_ENUM_VALUES: set[
    Literal["ANNOUNCED", "PENDING", "REJECTED", "SETTLED"]
] = {
    "ANNOUNCED",
    "PENDING",
    "REJECTED",
    "SETTLED",
}


def check_corporate_action_status_enum(value: str) -> CorporateActionStatusEnum:
    if value in CORPORATE_ACTION_STATUS_ENUM_VALUES:
        return cast(CorporateActionStatusEnum, value)
    if isinstance(value, str):
        return UnknownValue(value)
    raise TypeError(
        f"CorporateActionStatusEnum values are strings, not {type(value).__name__}"
    )
