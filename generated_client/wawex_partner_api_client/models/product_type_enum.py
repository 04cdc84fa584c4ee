from typing import Literal

ProductTypeEnum = Literal["CASH", "DEPOSITORY", "WALLET"]

PRODUCT_TYPE_ENUM_VALUES: set[ProductTypeEnum] = {
    "CASH",
    "DEPOSITORY",
    "WALLET",
}


def check_product_type_enum(value: str) -> ProductTypeEnum:
    if value in PRODUCT_TYPE_ENUM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PRODUCT_TYPE_ENUM_VALUES!r}"
    )
