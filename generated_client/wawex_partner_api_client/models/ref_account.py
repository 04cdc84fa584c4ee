from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RefAccount")


@_attrs_define
class RefAccount:
    """
    Attributes:
        bank_name (str | Unset):  Example: text.
        iban (str | Unset):  Example: text.
        bic (str | Unset):  Example: text.
        type_ (str | Unset):  Example: PRIMARY.
        owner_name (str | Unset):  Example: text.
    """

    bank_name: str | Unset = UNSET
    iban: str | Unset = UNSET
    bic: str | Unset = UNSET
    type_: str | Unset = UNSET
    owner_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bank_name = self.bank_name

        iban = self.iban

        bic = self.bic

        type_ = self.type_

        owner_name = self.owner_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if bank_name is not UNSET:
            field_dict["bankName"] = bank_name
        if iban is not UNSET:
            field_dict["iban"] = iban
        if bic is not UNSET:
            field_dict["bic"] = bic
        if type_ is not UNSET:
            field_dict["type"] = type_
        if owner_name is not UNSET:
            field_dict["ownerName"] = owner_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        bank_name = d.pop("bankName", UNSET)

        iban = d.pop("iban", UNSET)

        bic = d.pop("bic", UNSET)

        type_ = d.pop("type", UNSET)

        owner_name = d.pop("ownerName", UNSET)

        ref_account = cls(
            bank_name=bank_name,
            iban=iban,
            bic=bic,
            type_=type_,
            owner_name=owner_name,
        )

        ref_account.additional_properties = d
        return ref_account

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
