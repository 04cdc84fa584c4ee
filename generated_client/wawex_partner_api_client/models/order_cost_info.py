from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderCostInfo")


@_attrs_define
class OrderCostInfo:
    """
    Attributes:
        quantity (float | Unset):
        trade_side (str | Unset):  Example: BUY.
        exchange_code (str | Unset):  Example: TGAT.
        gross_amount (float | Unset):
        price_per_unit (float | Unset):
        currency (str | Unset):  Example: EUR.
    """

    quantity: float | Unset = UNSET
    trade_side: str | Unset = UNSET
    exchange_code: str | Unset = UNSET
    gross_amount: float | Unset = UNSET
    price_per_unit: float | Unset = UNSET
    currency: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        quantity = self.quantity

        trade_side = self.trade_side

        exchange_code = self.exchange_code

        gross_amount = self.gross_amount

        price_per_unit = self.price_per_unit

        currency = self.currency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if trade_side is not UNSET:
            field_dict["tradeSide"] = trade_side
        if exchange_code is not UNSET:
            field_dict["exchangeCode"] = exchange_code
        if gross_amount is not UNSET:
            field_dict["grossAmount"] = gross_amount
        if price_per_unit is not UNSET:
            field_dict["pricePerUnit"] = price_per_unit
        if currency is not UNSET:
            field_dict["currency"] = currency

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        quantity = d.pop("quantity", UNSET)

        trade_side = d.pop("tradeSide", UNSET)

        exchange_code = d.pop("exchangeCode", UNSET)

        gross_amount = d.pop("grossAmount", UNSET)

        price_per_unit = d.pop("pricePerUnit", UNSET)

        currency = d.pop("currency", UNSET)

        order_cost_info = cls(
            quantity=quantity,
            trade_side=trade_side,
            exchange_code=exchange_code,
            gross_amount=gross_amount,
            price_per_unit=price_per_unit,
            currency=currency,
        )

        order_cost_info.additional_properties = d
        return order_cost_info

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
