from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="NaturalPersonWizardInstancePersonalData")


@_attrs_define
class NaturalPersonWizardInstancePersonalData:
    """
    Attributes:
        gender (str | Unset):  Example: MALE.
        title (str | Unset):  Example: PROFESSOR.
        first_name (str | Unset):
        last_name (str | Unset):
        middle_name (str | Unset):
        marital_status (str | Unset):  Example: MARRIED.
    """

    gender: str | Unset = UNSET
    title: str | Unset = UNSET
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    middle_name: str | Unset = UNSET
    marital_status: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        gender = self.gender

        title = self.title

        first_name = self.first_name

        last_name = self.last_name

        middle_name = self.middle_name

        marital_status = self.marital_status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if gender is not UNSET:
            field_dict["gender"] = gender
        if title is not UNSET:
            field_dict["title"] = title
        if first_name is not UNSET:
            field_dict["firstName"] = first_name
        if last_name is not UNSET:
            field_dict["lastName"] = last_name
        if middle_name is not UNSET:
            field_dict["middleName"] = middle_name
        if marital_status is not UNSET:
            field_dict["maritalStatus"] = marital_status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        gender = d.pop("gender", UNSET)

        title = d.pop("title", UNSET)

        first_name = d.pop("firstName", UNSET)

        last_name = d.pop("lastName", UNSET)

        middle_name = d.pop("middleName", UNSET)

        marital_status = d.pop("maritalStatus", UNSET)

        natural_person_wizard_instance_personal_data = cls(
            gender=gender,
            title=title,
            first_name=first_name,
            last_name=last_name,
            middle_name=middle_name,
            marital_status=marital_status,
        )

        natural_person_wizard_instance_personal_data.additional_properties = d
        return natural_person_wizard_instance_personal_data

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
