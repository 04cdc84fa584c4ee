from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TaxDetails")


@_attrs_define
class TaxDetails:
    """
    Attributes:
        tax_id (str | Unset):
        tax_residency (str | Unset):  Example: AF.
        no_tin_confirmation (bool | Unset):
    """

    tax_id: str | Unset = UNSET
    tax_residency: str | Unset = UNSET
    no_tin_confirmation: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tax_id = self.tax_id

        tax_residency = self.tax_residency

        no_tin_confirmation = self.no_tin_confirmation

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if tax_id is not UNSET:
            field_dict["taxId"] = tax_id
        if tax_residency is not UNSET:
            field_dict["taxResidency"] = tax_residency
        if no_tin_confirmation is not UNSET:
            field_dict["noTinConfirmation"] = no_tin_confirmation

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        tax_id = d.pop("taxId", UNSET)

        tax_residency = d.pop("taxResidency", UNSET)

        no_tin_confirmation = d.pop("noTinConfirmation", UNSET)

        tax_details = cls(
            tax_id=tax_id,
            tax_residency=tax_residency,
            no_tin_confirmation=no_tin_confirmation,
        )

        tax_details.additional_properties = d
        return tax_details

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
