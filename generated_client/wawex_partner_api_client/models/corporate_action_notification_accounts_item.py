from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CorporateActionNotificationAccountsItem")


@_attrs_define
class CorporateActionNotificationAccountsItem:
    """
    Attributes:
        customer_product_id (str | Unset):  Example: 123e4567-e89b-12d3-a456-426614174000.
        old_quantity (str | Unset):
        new_quantity (str | Unset):
        gross_amount (float | Unset):  Example: 1.
        net_amount (float | Unset):  Example: 1.
        currency (str | Unset):  Example: EUR.
    """

    customer_product_id: str | Unset = UNSET
    old_quantity: str | Unset = UNSET
    new_quantity: str | Unset = UNSET
    gross_amount: float | Unset = UNSET
    net_amount: float | Unset = UNSET
    currency: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        customer_product_id = self.customer_product_id

        old_quantity = self.old_quantity

        new_quantity = self.new_quantity

        gross_amount = self.gross_amount

        net_amount = self.net_amount

        currency = self.currency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if customer_product_id is not UNSET:
            field_dict["customerProductId"] = customer_product_id
        if old_quantity is not UNSET:
            field_dict["oldQuantity"] = old_quantity
        if new_quantity is not UNSET:
            field_dict["newQuantity"] = new_quantity
        if gross_amount is not UNSET:
            field_dict["grossAmount"] = gross_amount
        if net_amount is not UNSET:
            field_dict["netAmount"] = net_amount
        if currency is not UNSET:
            field_dict["currency"] = currency

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        customer_product_id = d.pop("customerProductId", UNSET)

        old_quantity = d.pop("oldQuantity", UNSET)

        new_quantity = d.pop("newQuantity", UNSET)

        gross_amount = d.pop("grossAmount", UNSET)

        net_amount = d.pop("netAmount", UNSET)

        currency = d.pop("currency", UNSET)

        corporate_action_notification_accounts_item = cls(
            customer_product_id=customer_product_id,
            old_quantity=old_quantity,
            new_quantity=new_quantity,
            gross_amount=gross_amount,
            net_amount=net_amount,
            currency=currency,
        )

        corporate_action_notification_accounts_item.additional_properties = d
        return corporate_action_notification_accounts_item

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
