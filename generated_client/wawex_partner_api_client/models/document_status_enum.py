from typing import Literal

DocumentStatusEnum = Literal[
    "APPROVED", "ARCHIVED", "CREATED", "INVALID", "PENDING", "RECEIVED", "REJECTED"
]

DOCUMENT_STATUS_ENUM_VALUES: set[DocumentStatusEnum] = {
    "APPROVED",
    "ARCHIVED",
    "CREATED",
    "INVALID",
    "PENDING",
    "RECEIVED",
    "REJECTED",
}


def check_document_status_enum(value: str) -> DocumentStatusEnum:
    if value in DOCUMENT_STATUS_ENUM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DOCUMENT_STATUS_ENUM_VALUES!r}"
    )
