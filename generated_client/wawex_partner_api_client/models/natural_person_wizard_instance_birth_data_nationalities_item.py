from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="NaturalPersonWizardInstanceBirthDataNationalitiesItem")


@_attrs_define
class NaturalPersonWizardInstanceBirthDataNationalitiesItem:
    """
    Attributes:
        country_code (str | Unset):  Example: AF.
        national_identifier (str | Unset):
        national_identifier_type (str | Unset):  Example: CONCAT.
    """

    country_code: str | Unset = UNSET
    national_identifier: str | Unset = UNSET
    national_identifier_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        country_code = self.country_code

        national_identifier = self.national_identifier

        national_identifier_type = self.national_identifier_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if country_code is not UNSET:
            field_dict["countryCode"] = country_code
        if national_identifier is not UNSET:
            field_dict["nationalIdentifier"] = national_identifier
        if national_identifier_type is not UNSET:
            field_dict["nationalIdentifierType"] = national_identifier_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        country_code = d.pop("countryCode", UNSET)

        national_identifier = d.pop("nationalIdentifier", UNSET)

        national_identifier_type = d.pop("nationalIdentifierType", UNSET)

        natural_person_wizard_instance_birth_data_nationalities_item = cls(
            country_code=country_code,
            national_identifier=national_identifier,
            national_identifier_type=national_identifier_type,
        )

        natural_person_wizard_instance_birth_data_nationalities_item.additional_properties = d
        return natural_person_wizard_instance_birth_data_nationalities_item

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
