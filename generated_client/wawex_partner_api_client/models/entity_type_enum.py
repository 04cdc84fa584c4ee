from typing import Literal, TypeAlias, cast

from ..types import UnknownValue

EntityTypeEnum: TypeAlias = (
    Literal[
        "BENEFICIAL_OWNER",
        "JOINT_PERSON",
        "LEGAL_ENTITY",
        "LEGAL_REPRESENTATIVE",
        "NATURAL_PERSON",
    ]
    | UnknownValue
)
"""A value the spec lists, or an ``UnknownValue``: one the partner sent that the spec does not list yet (kept as it
came), or one sent on purpose before the spec knows it."""

ENTITY_TYPE_ENUM_VALUES: set[
    Literal[
        "BENEFICIAL_OWNER",
        "JOINT_PERSON",
        "LEGAL_ENTITY",
        "LEGAL_REPRESENTATIVE",
        "NATURAL_PERSON",
    ]
] = {
    "BENEFICIAL_OWNER",
    "JOINT_PERSON",
    "LEGAL_ENTITY",
    "LEGAL_REPRESENTATIVE",
    "NATURAL_PERSON",
}


def check_entity_type_enum(value: str) -> EntityTypeEnum:
    if value in ENTITY_TYPE_ENUM_VALUES:
        return cast(EntityTypeEnum, value)
    if isinstance(value, str):
        return UnknownValue(value)
    raise TypeError(f"EntityTypeEnum values are strings, not {type(value).__name__}")
