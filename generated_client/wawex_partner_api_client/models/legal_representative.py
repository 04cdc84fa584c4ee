from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LegalRepresentative")


@_attrs_define
class LegalRepresentative:
    """
    Attributes:
        first_name (str | Unset):
        last_name (str | Unset):
        birth_day (str | Unset):  Example: 2025-08-29.
        birth_place (str | Unset):
        birth_country (str | Unset):
    """

    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    birth_day: str | Unset = UNSET
    birth_place: str | Unset = UNSET
    birth_country: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        first_name = self.first_name

        last_name = self.last_name

        birth_day = self.birth_day

        birth_place = self.birth_place

        birth_country = self.birth_country

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if first_name is not UNSET:
            field_dict["firstName"] = first_name
        if last_name is not UNSET:
            field_dict["lastName"] = last_name
        if birth_day is not UNSET:
            field_dict["birthDay"] = birth_day
        if birth_place is not UNSET:
            field_dict["birthPlace"] = birth_place
        if birth_country is not UNSET:
            field_dict["birthCountry"] = birth_country

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        first_name = d.pop("firstName", UNSET)

        last_name = d.pop("lastName", UNSET)

        birth_day = d.pop("birthDay", UNSET)

        birth_place = d.pop("birthPlace", UNSET)

        birth_country = d.pop("birthCountry", UNSET)

        legal_representative = cls(
            first_name=first_name,
            last_name=last_name,
            birth_day=birth_day,
            birth_place=birth_place,
            birth_country=birth_country,
        )

        legal_representative.additional_properties = d
        return legal_representative

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
