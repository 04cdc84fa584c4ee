from typing import Literal

QuantityType = Literal["AMOUNT", "UNIT"]

QUANTITY_TYPE_VALUES: set[QuantityType] = {
    "AMOUNT",
    "UNIT",
}


def check_quantity_type(value: str) -> QuantityType:
    if value in QUANTITY_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {QUANTITY_TYPE_VALUES!r}"
    )
