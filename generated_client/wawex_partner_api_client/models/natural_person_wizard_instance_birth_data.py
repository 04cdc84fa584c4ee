from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.natural_person_wizard_instance_birth_data_nationalities_item import (
        NaturalPersonWizardInstanceBirthDataNationalitiesItem,
    )


T = TypeVar("T", bound="NaturalPersonWizardInstanceBirthData")


@_attrs_define
class NaturalPersonWizardInstanceBirthData:
    """
    Attributes:
        birth_day (str | Unset):  Example: 2025-07-10.
        birth_place (str | Unset):
        birth_country (str | Unset):  Example: AF.
        nationalities (list[NaturalPersonWizardInstanceBirthDataNationalitiesItem] | Unset):
        language (str | Unset):  Example: da.
    """

    birth_day: str | Unset = UNSET
    birth_place: str | Unset = UNSET
    birth_country: str | Unset = UNSET
    nationalities: (
        list[NaturalPersonWizardInstanceBirthDataNationalitiesItem] | Unset
    ) = UNSET
    language: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        birth_day = self.birth_day

        birth_place = self.birth_place

        birth_country = self.birth_country

        nationalities: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.nationalities, Unset):
            nationalities = []
            for nationalities_item_data in self.nationalities:
                nationalities_item = nationalities_item_data.to_dict()
                nationalities.append(nationalities_item)

        language = self.language

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if birth_day is not UNSET:
            field_dict["birthDay"] = birth_day
        if birth_place is not UNSET:
            field_dict["birthPlace"] = birth_place
        if birth_country is not UNSET:
            field_dict["birthCountry"] = birth_country
        if nationalities is not UNSET:
            field_dict["nationalities"] = nationalities
        if language is not UNSET:
            field_dict["language"] = language

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.natural_person_wizard_instance_birth_data_nationalities_item import (
            NaturalPersonWizardInstanceBirthDataNationalitiesItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        birth_day = d.pop("birthDay", UNSET)

        birth_place = d.pop("birthPlace", UNSET)

        birth_country = d.pop("birthCountry", UNSET)

        _nationalities = d.pop("nationalities", UNSET)
        nationalities: (
            list[NaturalPersonWizardInstanceBirthDataNationalitiesItem] | Unset
        ) = UNSET
        if _nationalities is not UNSET:
            nationalities = []
            for nationalities_item_data in _nationalities:
                nationalities_item = (
                    NaturalPersonWizardInstanceBirthDataNationalitiesItem.from_dict(
                        nationalities_item_data
                    )
                )

                nationalities.append(nationalities_item)

        language = d.pop("language", UNSET)

        natural_person_wizard_instance_birth_data = cls(
            birth_day=birth_day,
            birth_place=birth_place,
            birth_country=birth_country,
            nationalities=nationalities,
            language=language,
        )

        natural_person_wizard_instance_birth_data.additional_properties = d
        return natural_person_wizard_instance_birth_data

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
