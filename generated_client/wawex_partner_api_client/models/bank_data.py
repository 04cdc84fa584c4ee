from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BankData")


@_attrs_define
class BankData:
    """
    Attributes:
        bic (str | Unset): The BIC code of the issuing bank/branch or institution.
        bank (str | Unset): The name of the bank/institution that issued the IBAN
        bank_code (str | Unset): The code of the bank/institution that issued the IBAN
        country (str | Unset): Full name of the country of origin e.g. “United States”
        country_iso (str | Unset): Two letter abbreviation of the country code e.g. US, UK, AU, FR … etc.
    """

    bic: str | Unset = UNSET
    bank: str | Unset = UNSET
    bank_code: str | Unset = UNSET
    country: str | Unset = UNSET
    country_iso: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bic = self.bic

        bank = self.bank

        bank_code = self.bank_code

        country = self.country

        country_iso = self.country_iso

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if bic is not UNSET:
            field_dict["bic"] = bic
        if bank is not UNSET:
            field_dict["bank"] = bank
        if bank_code is not UNSET:
            field_dict["bank_code"] = bank_code
        if country is not UNSET:
            field_dict["country"] = country
        if country_iso is not UNSET:
            field_dict["country_iso"] = country_iso

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        bic = d.pop("bic", UNSET)

        bank = d.pop("bank", UNSET)

        bank_code = d.pop("bank_code", UNSET)

        country = d.pop("country", UNSET)

        country_iso = d.pop("country_iso", UNSET)

        bank_data = cls(
            bic=bic,
            bank=bank,
            bank_code=bank_code,
            country=country,
            country_iso=country_iso,
        )

        bank_data.additional_properties = d
        return bank_data

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
