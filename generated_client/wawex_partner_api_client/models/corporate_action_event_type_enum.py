from typing import Literal

CorporateActionEventTypeEnum = Literal[
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

CORPORATE_ACTION_EVENT_TYPE_ENUM_VALUES: set[CorporateActionEventTypeEnum] = {
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
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CORPORATE_ACTION_EVENT_TYPE_ENUM_VALUES!r}"
    )
