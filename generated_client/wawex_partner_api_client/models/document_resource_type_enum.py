from typing import Literal

DocumentResourceTypeEnum = Literal[
    "CUSTOMER", "LEGAL_ENTITY", "NATURAL_PERSON", "PARTNER_USER", "PROXY"
]

DOCUMENT_RESOURCE_TYPE_ENUM_VALUES: set[DocumentResourceTypeEnum] = {
    "CUSTOMER",
    "LEGAL_ENTITY",
    "NATURAL_PERSON",
    "PARTNER_USER",
    "PROXY",
}


def check_document_resource_type_enum(value: str) -> DocumentResourceTypeEnum:
    if value in DOCUMENT_RESOURCE_TYPE_ENUM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DOCUMENT_RESOURCE_TYPE_ENUM_VALUES!r}"
    )
