from typing import Literal, TypeAlias, cast

from ..types import UnknownValue

DocumentResourceTypeEnum: TypeAlias = (
    Literal["CUSTOMER", "LEGAL_ENTITY", "NATURAL_PERSON", "PARTNER_USER", "PROXY"]
    | UnknownValue
)
"""A value the spec lists, or an ``UnknownValue``: one the partner sent that the spec does not list yet (kept as it
came), or one sent on purpose before the spec knows it."""

DOCUMENT_RESOURCE_TYPE_ENUM_VALUES: set[
    Literal["CUSTOMER", "LEGAL_ENTITY", "NATURAL_PERSON", "PARTNER_USER", "PROXY"]
] = {
    "CUSTOMER",
    "LEGAL_ENTITY",
    "NATURAL_PERSON",
    "PARTNER_USER",
    "PROXY",
}


def check_document_resource_type_enum(value: str) -> DocumentResourceTypeEnum:
    if value in DOCUMENT_RESOURCE_TYPE_ENUM_VALUES:
        return cast(DocumentResourceTypeEnum, value)
    if isinstance(value, str):
        return UnknownValue(value)
    raise TypeError(
        f"DocumentResourceTypeEnum values are strings, not {type(value).__name__}"
    )
