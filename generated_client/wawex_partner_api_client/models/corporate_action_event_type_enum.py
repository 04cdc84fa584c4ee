from typing import Literal, TypeAlias, cast

from ..types import UnknownValue

CorporateActionEventTypeEnum: TypeAlias = (
    Literal[
        "BONU",
        "CHDV",
        "DVCA",
        "DVOP",
        "DVSE",
        "EXRI",
        "INTR",
        "LIQU",
        "MEET",
        "REDM",
        "SPLF",
        "TEND",
    ]
    | UnknownValue
)
"""A value the spec lists, or an ``UnknownValue``: one the partner sent that the spec does not list yet (kept as it
came), or one sent on purpose before the spec knows it."""

CORPORATE_ACTION_EVENT_TYPE_ENUM_VALUES: set[
    Literal[
        "BONU",
        "CHDV",
        "DVCA",
        "DVOP",
        "DVSE",
        "EXRI",
        "INTR",
        "LIQU",
        "MEET",
        "REDM",
        "SPLF",
        "TEND",
    ]
] = {
    "BONU",
    "CHDV",
    "DVCA",
    "DVOP",
    "DVSE",
    "EXRI",
    "INTR",
    "LIQU",
    "MEET",
    "REDM",
    "SPLF",
    "TEND",
}


def check_corporate_action_event_type_enum(value: str) -> CorporateActionEventTypeEnum:
    if value in CORPORATE_ACTION_EVENT_TYPE_ENUM_VALUES:
        return cast(CorporateActionEventTypeEnum, value)
    if isinstance(value, str):
        return UnknownValue(value)
    raise TypeError(
        f"CorporateActionEventTypeEnum values are strings, not {type(value).__name__}"
    )
