from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.natural_person_wizard_instance_tax_data_tax_details_item import (
        NaturalPersonWizardInstanceTaxDataTaxDetailsItem,
    )


T = TypeVar("T", bound="NaturalPersonWizardInstanceTaxData")


@_attrs_define
class NaturalPersonWizardInstanceTaxData:
    """
    Attributes:
        tax_details (list[NaturalPersonWizardInstanceTaxDataTaxDetailsItem] | Unset):
        is_us_nationality (bool | Unset):
    """

    tax_details: list[NaturalPersonWizardInstanceTaxDataTaxDetailsItem] | Unset = UNSET
    is_us_nationality: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tax_details: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tax_details, Unset):
            tax_details = []
            for tax_details_item_data in self.tax_details:
                tax_details_item = tax_details_item_data.to_dict()
                tax_details.append(tax_details_item)

        is_us_nationality = self.is_us_nationality

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if tax_details is not UNSET:
            field_dict["taxDetails"] = tax_details
        if is_us_nationality is not UNSET:
            field_dict["isUsNationality"] = is_us_nationality

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.natural_person_wizard_instance_tax_data_tax_details_item import (
            NaturalPersonWizardInstanceTaxDataTaxDetailsItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _tax_details = d.pop("taxDetails", UNSET)
        tax_details: list[NaturalPersonWizardInstanceTaxDataTaxDetailsItem] | Unset = (
            UNSET
        )
        if _tax_details is not UNSET:
            tax_details = []
            for tax_details_item_data in _tax_details:
                tax_details_item = (
                    NaturalPersonWizardInstanceTaxDataTaxDetailsItem.from_dict(
                        tax_details_item_data
                    )
                )

                tax_details.append(tax_details_item)

        is_us_nationality = d.pop("isUsNationality", UNSET)

        natural_person_wizard_instance_tax_data = cls(
            tax_details=tax_details,
            is_us_nationality=is_us_nationality,
        )

        natural_person_wizard_instance_tax_data.additional_properties = d
        return natural_person_wizard_instance_tax_data

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
