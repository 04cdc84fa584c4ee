from typing import Literal

ProductCodeEnum = Literal[
    "BALANCE_ACCOUNT", "CURRENCY_WALLET", "DEPOSITORY_ACCOUNT", "WALLET"
]

PRODUCT_CODE_ENUM_VALUES: set[ProductCodeEnum] = {
    "BALANCE_ACCOUNT",
    "CURRENCY_WALLET",
    "DEPOSITORY_ACCOUNT",
    "WALLET",
}


def check_product_code_enum(value: str) -> ProductCodeEnum:
    if value in PRODUCT_CODE_ENUM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PRODUCT_CODE_ENUM_VALUES!r}"
    )
