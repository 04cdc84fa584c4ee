from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.trade_side_enum import TradeSideEnum, check_trade_side_enum
from ..models.traditional_asset_exchange_code_enum import (
    TraditionalAssetExchangeCodeEnum,
    check_traditional_asset_exchange_code_enum,
)
from ..models.traditional_asset_order_quantity_type_enum import (
    TraditionalAssetOrderQuantityTypeEnum,
    check_traditional_asset_order_quantity_type_enum,
)
from ..models.traditional_asset_order_type_enum import (
    TraditionalAssetOrderTypeEnum,
    check_traditional_asset_order_type_enum,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ExAnteCostData")


@_attrs_define
class ExAnteCostData:
    """
    Attributes:
        depository_customer_product_id (UUID):
        cash_customer_product_id (UUID):
        trade_side (TradeSideEnum):
        quantity_type (TraditionalAssetOrderQuantityTypeEnum):
        exchange_code (TraditionalAssetExchangeCodeEnum):
        order_type (TraditionalAssetOrderTypeEnum):
        isin (str):
        quantity (float):
        price (float | Unset): This property represents the limit or stop price depending on the order type. It is
            required for stop/limit orders.
    """

    depository_customer_product_id: UUID
    cash_customer_product_id: UUID
    trade_side: TradeSideEnum
    quantity_type: TraditionalAssetOrderQuantityTypeEnum
    exchange_code: TraditionalAssetExchangeCodeEnum
    order_type: TraditionalAssetOrderTypeEnum
    isin: str
    quantity: float
    price: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        depository_customer_product_id = str(self.depository_customer_product_id)

        cash_customer_product_id = str(self.cash_customer_product_id)

        trade_side: str = self.trade_side

        quantity_type: str = self.quantity_type

        exchange_code: str = self.exchange_code

        order_type: str = self.order_type

        isin = self.isin

        quantity = self.quantity

        price = self.price

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "depositoryCustomerProductId": depository_customer_product_id,
                "cashCustomerProductId": cash_customer_product_id,
                "tradeSide": trade_side,
                "quantityType": quantity_type,
                "exchangeCode": exchange_code,
                "orderType": order_type,
                "isin": isin,
                "quantity": quantity,
            }
        )
        if price is not UNSET:
            field_dict["price"] = price

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        depository_customer_product_id = UUID(d.pop("depositoryCustomerProductId"))

        cash_customer_product_id = UUID(d.pop("cashCustomerProductId"))

        trade_side = check_trade_side_enum(d.pop("tradeSide"))

        quantity_type = check_traditional_asset_order_quantity_type_enum(
            d.pop("quantityType")
        )

        exchange_code = check_traditional_asset_exchange_code_enum(
            d.pop("exchangeCode")
        )

        order_type = check_traditional_asset_order_type_enum(d.pop("orderType"))

        isin = d.pop("isin")

        quantity = d.pop("quantity")

        price = d.pop("price", UNSET)

        ex_ante_cost_data = cls(
            depository_customer_product_id=depository_customer_product_id,
            cash_customer_product_id=cash_customer_product_id,
            trade_side=trade_side,
            quantity_type=quantity_type,
            exchange_code=exchange_code,
            order_type=order_type,
            isin=isin,
            quantity=quantity,
            price=price,
        )

        ex_ante_cost_data.additional_properties = d
        return ex_ante_cost_data

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
