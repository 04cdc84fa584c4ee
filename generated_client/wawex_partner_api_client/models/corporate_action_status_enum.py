from typing import Literal

CorporateActionStatusEnum = Literal["ANNOUNCED", "PENDING", "REJECTED", "SETTLED"]

CORPORATE_ACTION_STATUS_ENUM_VALUES: set[CorporateActionStatusEnum] = {
    "ANNOUNCED",
    "PENDING",
    "REJECTED",
    "SETTLED",
}


def check_corporate_action_status_enum(value: str) -> CorporateActionStatusEnum:
    if value in CORPORATE_ACTION_STATUS_ENUM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CORPORATE_ACTION_STATUS_ENUM_VALUES!r}"
    )
