from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TraditionalAsset")


@_attrs_define
class TraditionalAsset:
    """
    Attributes:
        isin (str | Unset):  Example: text.
        quantity (float | Unset):  Example: 1.
        available_quantity (float | Unset):  Example: 1.
        modified_on (str | Unset):  Example: 2025-06-30T21:21:31.503Z.
    """

    isin: str | Unset = UNSET
    quantity: float | Unset = UNSET
    available_quantity: float | Unset = UNSET
    modified_on: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        isin = self.isin

        quantity = self.quantity

        available_quantity = self.available_quantity

        modified_on = self.modified_on

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if isin is not UNSET:
            field_dict["isin"] = isin
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if available_quantity is not UNSET:
            field_dict["availableQuantity"] = available_quantity
        if modified_on is not UNSET:
            field_dict["modifiedOn"] = modified_on

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        isin = d.pop("isin", UNSET)

        quantity = d.pop("quantity", UNSET)

        available_quantity = d.pop("availableQuantity", UNSET)

        modified_on = d.pop("modifiedOn", UNSET)

        traditional_asset = cls(
            isin=isin,
            quantity=quantity,
            available_quantity=available_quantity,
            modified_on=modified_on,
        )

        traditional_asset.additional_properties = d
        return traditional_asset

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
