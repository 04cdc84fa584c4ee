from typing import Literal, TypeAlias, cast

from ..types import UnknownValue

FsaTypeEnum: TypeAlias = Literal["INDIVIDUAL", "JOINT"] | UnknownValue
"""A value the spec lists, or an ``UnknownValue``: one the partner sent that the spec does not list yet (kept as it
came), or one sent on purpose before the spec knows it."""

FSA_TYPE_ENUM_VALUES: set[Literal["INDIVIDUAL", "JOINT"]] = {
    "INDIVIDUAL",
    "JOINT",
}


def check_fsa_type_enum(value: str) -> FsaTypeEnum:
    if value in FSA_TYPE_ENUM_VALUES:
        return cast(FsaTypeEnum, value)
    if isinstance(value, str):
        return UnknownValue(value)
    raise TypeError(f"FsaTypeEnum values are strings, not {type(value).__name__}")
