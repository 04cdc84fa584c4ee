from typing import Literal, TypeAlias, cast

from ..types import UnknownValue

DocumentStatusEnum: TypeAlias = (
    Literal[
        "APPROVED", "ARCHIVED", "CREATED", "INVALID", "PENDING", "RECEIVED", "REJECTED"
    ]
    | UnknownValue
)
"""A value the spec lists, or an ``UnknownValue``: one the partner sent that the spec does not list yet (kept as it
came), or one sent on purpose before the spec knows it."""

DOCUMENT_STATUS_ENUM_VALUES: set[
    Literal[
        "APPROVED", "ARCHIVED", "CREATED", "INVALID", "PENDING", "RECEIVED", "REJECTED"
    ]
] = {
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
        return cast(DocumentStatusEnum, value)
    if isinstance(value, str):
        return UnknownValue(value)
    raise TypeError(
        f"DocumentStatusEnum values are strings, not {type(value).__name__}"
    )
