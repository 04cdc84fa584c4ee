from typing import Literal

FsaTypeEnum = Literal["INDIVIDUAL", "JOINT"]

FSA_TYPE_ENUM_VALUES: set[FsaTypeEnum] = {
    "INDIVIDUAL",
    "JOINT",
}


def check_fsa_type_enum(value: str) -> FsaTypeEnum:
    if value in FSA_TYPE_ENUM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FSA_TYPE_ENUM_VALUES!r}"
    )
