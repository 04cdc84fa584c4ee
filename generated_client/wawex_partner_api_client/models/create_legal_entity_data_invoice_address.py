from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateLegalEntityDataInvoiceAddress")


@_attrs_define
class CreateLegalEntityDataInvoiceAddress:
    """
    Attributes:
        street (str | Unset):
        street_number (str | Unset):
        city (str | Unset):
        zip_ (str | Unset):
    """

    street: str | Unset = UNSET
    street_number: str | Unset = UNSET
    city: str | Unset = UNSET
    zip_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        street = self.street

        street_number = self.street_number

        city = self.city

        zip_ = self.zip_

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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        street = d.pop("street", UNSET)

        street_number = d.pop("streetNumber", UNSET)

        city = d.pop("city", UNSET)

        zip_ = d.pop("zip", UNSET)

        create_legal_entity_data_invoice_address = cls(
            street=street,
            street_number=street_number,
            city=city,
            zip_=zip_,
        )

        create_legal_entity_data_invoice_address.additional_properties = d
        return create_legal_entity_data_invoice_address

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
