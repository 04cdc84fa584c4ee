from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="NaturalPersonDataV1TaxDetailsItem")


@_attrs_define
class NaturalPersonDataV1TaxDetailsItem:
    """
    Attributes:
        tax_id (str | Unset):
        tax_residency (str | Unset):  Example: AF.
    """

    tax_id: str | Unset = UNSET
    tax_residency: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tax_id = self.tax_id

        tax_residency = self.tax_residency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if tax_id is not UNSET:
            field_dict["taxId"] = tax_id
        if tax_residency is not UNSET:
            field_dict["taxResidency"] = tax_residency

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        tax_id = d.pop("taxId", UNSET)

        tax_residency = d.pop("taxResidency", UNSET)

        natural_person_data_v1_tax_details_item = cls(
            tax_id=tax_id,
            tax_residency=tax_residency,
        )

        natural_person_data_v1_tax_details_item.additional_properties = d
        return natural_person_data_v1_tax_details_item

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
