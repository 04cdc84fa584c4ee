from typing import Literal

QuantityTypeEnum = Literal["UNIT"]

QUANTITY_TYPE_ENUM_VALUES: set[QuantityTypeEnum] = {
    "UNIT",
}


def check_quantity_type_enum(value: str) -> QuantityTypeEnum:
    if value in QUANTITY_TYPE_ENUM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {QUANTITY_TYPE_ENUM_VALUES!r}"
    )
