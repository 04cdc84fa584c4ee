from typing import Literal

EntityTypeEnum = Literal[
    "BENEFICIAL_OWNER",
    "JOINT_PERSON",
    "LEGAL_ENTITY",
    "LEGAL_REPRESENTATIVE",
    "NATURAL_PERSON",
]

ENTITY_TYPE_ENUM_VALUES: set[EntityTypeEnum] = {
    "BENEFICIAL_OWNER",
    "JOINT_PERSON",
    "LEGAL_ENTITY",
    "LEGAL_REPRESENTATIVE",
    "NATURAL_PERSON",
}


def check_entity_type_enum(value: str) -> EntityTypeEnum:
    if value in ENTITY_TYPE_ENUM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ENTITY_TYPE_ENUM_VALUES!r}"
    )
