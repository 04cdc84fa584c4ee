from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateTaxExemptionOrderData")


@_attrs_define
class UpdateTaxExemptionOrderData:
    """
    Attributes:
        fsa_amount (float | Unset): The amount to allocate for FSA (must be positive)
        fsa_valid_until (datetime.date | Unset): Date until which the allocation is valid (optional, must be December
            31st if provided)
    """

    fsa_amount: float | Unset = UNSET
    fsa_valid_until: datetime.date | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        fsa_amount = self.fsa_amount

        fsa_valid_until: str | Unset = UNSET
        if not isinstance(self.fsa_valid_until, Unset):
            fsa_valid_until = self.fsa_valid_until.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if fsa_amount is not UNSET:
            field_dict["fsaAmount"] = fsa_amount
        if fsa_valid_until is not UNSET:
            field_dict["fsaValidUntil"] = fsa_valid_until

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        fsa_amount = d.pop("fsaAmount", UNSET)

        _fsa_valid_until = d.pop("fsaValidUntil", UNSET)
        fsa_valid_until: datetime.date | Unset
        if isinstance(_fsa_valid_until, Unset):
            fsa_valid_until = UNSET
        else:
            fsa_valid_until = datetime.date.fromisoformat(_fsa_valid_until)

        update_tax_exemption_order_data = cls(
            fsa_amount=fsa_amount,
            fsa_valid_until=fsa_valid_until,
        )

        update_tax_exemption_order_data.additional_properties = d
        return update_tax_exemption_order_data

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
