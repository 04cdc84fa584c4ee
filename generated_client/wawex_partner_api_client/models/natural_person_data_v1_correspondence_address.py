from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="NaturalPersonDataV1CorrespondenceAddress")


@_attrs_define
class NaturalPersonDataV1CorrespondenceAddress:
    """
    Attributes:
        street (str | Unset):
        street_number (str | Unset):
        city (str | Unset):
        zip_ (str | Unset):
        country (str | Unset):  Example: AF.
        additional_info (str | Unset):
    """

    street: str | Unset = UNSET
    street_number: str | Unset = UNSET
    city: str | Unset = UNSET
    zip_: str | Unset = UNSET
    country: str | Unset = UNSET
    additional_info: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        street = self.street

        street_number = self.street_number

        city = self.city

        zip_ = self.zip_

        country = self.country

        additional_info = self.additional_info

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if street is not UNSET:
            field_dict["street"] = street
        if street_number is not UNSET:
            field_dict["streetNumber"] = street_number
        if city is not UNSET:
            field_dict["city"] = city
        if zip_ is not UNSET:
            field_dict["zip"] = zip_
        if country is not UNSET:
            field_dict["country"] = country
        if additional_info is not UNSET:
            field_dict["additionalInfo"] = additional_info

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        street = d.pop("street", UNSET)

        street_number = d.pop("streetNumber", UNSET)

        city = d.pop("city", UNSET)

        zip_ = d.pop("zip", UNSET)

        country = d.pop("country", UNSET)

        additional_info = d.pop("additionalInfo", UNSET)

        natural_person_data_v1_correspondence_address = cls(
            street=street,
            street_number=street_number,
            city=city,
            zip_=zip_,
            country=country,
            additional_info=additional_info,
        )

        natural_person_data_v1_correspondence_address.additional_properties = d
        return natural_person_data_v1_correspondence_address

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
