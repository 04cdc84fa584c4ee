from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateOrderData")


@_attrs_define
class UpdateOrderData:
    """
    Attributes:
        quantity_type (str | Unset):  Example: UNIT.
        quantity (float | Unset): Number of shares or order amount
        currency (str | Unset): Currency of the product's balance. Currency code in ISO 4217 Example: EUR.
        order_type (str | Unset):  Example: LIMIT.
        limit_price (float | Unset): The limit price for orders of the type 'limit'.
        stop_price (float | Unset): The stop price for orders of the type 'stop'.
        expiry_date (datetime.date | Unset): The order expiration date (last day the order can trade) in the YYYY-MM-DD
            format. Default value is T+1 year.
    """

    quantity_type: str | Unset = UNSET
    quantity: float | Unset = UNSET
    currency: str | Unset = UNSET
    order_type: str | Unset = UNSET
    limit_price: float | Unset = UNSET
    stop_price: float | Unset = UNSET
    expiry_date: datetime.date | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        quantity_type = self.quantity_type

        quantity = self.quantity

        currency = self.currency

        order_type = self.order_type

        limit_price = self.limit_price

        stop_price = self.stop_price

        expiry_date: str | Unset = UNSET
        if not isinstance(self.expiry_date, Unset):
            expiry_date = self.expiry_date.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if quantity_type is not UNSET:
            field_dict["quantityType"] = quantity_type
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if currency is not UNSET:
            field_dict["currency"] = currency
        if order_type is not UNSET:
            field_dict["orderType"] = order_type
        if limit_price is not UNSET:
            field_dict["limitPrice"] = limit_price
        if stop_price is not UNSET:
            field_dict["stopPrice"] = stop_price
        if expiry_date is not UNSET:
            field_dict["expiryDate"] = expiry_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        quantity_type = d.pop("quantityType", UNSET)

        quantity = d.pop("quantity", UNSET)

        currency = d.pop("currency", UNSET)

        order_type = d.pop("orderType", UNSET)

        limit_price = d.pop("limitPrice", UNSET)

        stop_price = d.pop("stopPrice", UNSET)

        _expiry_date = d.pop("expiryDate", UNSET)
        expiry_date: datetime.date | Unset
        if isinstance(_expiry_date, Unset):
            expiry_date = UNSET
        else:
            expiry_date = datetime.date.fromisoformat(_expiry_date)

        update_order_data = cls(
            quantity_type=quantity_type,
            quantity=quantity,
            currency=currency,
            order_type=order_type,
            limit_price=limit_price,
            stop_price=stop_price,
            expiry_date=expiry_date,
        )

        update_order_data.additional_properties = d
        return update_order_data

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
