from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DigitalAssetsOrderExecutionData")


@_attrs_define
class DigitalAssetsOrderExecutionData:
    """
    Attributes:
        quantity (float | Unset):
        execution_price (float | Unset):
        execution_amount (float | Unset):
    """

    quantity: float | Unset = UNSET
    execution_price: float | Unset = UNSET
    execution_amount: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        quantity = self.quantity

        execution_price = self.execution_price

        execution_amount = self.execution_amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if execution_price is not UNSET:
            field_dict["executionPrice"] = execution_price
        if execution_amount is not UNSET:
            field_dict["executionAmount"] = execution_amount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        quantity = d.pop("quantity", UNSET)

        execution_price = d.pop("executionPrice", UNSET)

        execution_amount = d.pop("executionAmount", UNSET)

        digital_assets_order_execution_data = cls(
            quantity=quantity,
            execution_price=execution_price,
            execution_amount=execution_amount,
        )

        digital_assets_order_execution_data.additional_properties = d
        return digital_assets_order_execution_data

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
