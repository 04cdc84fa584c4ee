from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.quantity_type_enum import QuantityTypeEnum, check_quantity_type_enum
from ..models.trade_side_enum import TradeSideEnum, check_trade_side_enum

T = TypeVar("T", bound="CreateMarketOrderRequest")


@_attrs_define
class CreateMarketOrderRequest:
    """
    Attributes:
        symbol (str): Trading symbol
        quantity (float): Order quantity
        quantity_type (QuantityTypeEnum):
        side (TradeSideEnum):
        external_id (str): External Id in partner's system. This value has to be unique
        wallet_customer_product_id (UUID): Wallet customer product used for the order.
        cash_customer_product_id (UUID): Cash customer product used for the order.
    """

    symbol: str
    quantity: float
    quantity_type: QuantityTypeEnum
    side: TradeSideEnum
    external_id: str
    wallet_customer_product_id: UUID
    cash_customer_product_id: UUID
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        symbol = self.symbol

        quantity = self.quantity

        quantity_type: str = self.quantity_type

        side: str = self.side

        external_id = self.external_id

        wallet_customer_product_id = str(self.wallet_customer_product_id)

        cash_customer_product_id = str(self.cash_customer_product_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "symbol": symbol,
                "quantity": quantity,
                "quantityType": quantity_type,
                "side": side,
                "externalId": external_id,
                "walletCustomerProductId": wallet_customer_product_id,
                "cashCustomerProductId": cash_customer_product_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        symbol = d.pop("symbol")

        quantity = d.pop("quantity")

        quantity_type = check_quantity_type_enum(d.pop("quantityType"))

        side = check_trade_side_enum(d.pop("side"))

        external_id = d.pop("externalId")

        wallet_customer_product_id = UUID(d.pop("walletCustomerProductId"))

        cash_customer_product_id = UUID(d.pop("cashCustomerProductId"))

        create_market_order_request = cls(
            symbol=symbol,
            quantity=quantity,
            quantity_type=quantity_type,
            side=side,
            external_id=external_id,
            wallet_customer_product_id=wallet_customer_product_id,
            cash_customer_product_id=cash_customer_product_id,
        )

        create_market_order_request.additional_properties = d
        return create_market_order_request

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
