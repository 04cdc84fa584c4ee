from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AccountData")


@_attrs_define
class AccountData:
    """
    Attributes:
        iban (str | Unset):  Example: text.
        bic (str | Unset):  Example: text.
        available_balance (float | Unset):  Example: 1.
        withdrawable_balance (float | Unset):  Example: 1.
        modified_on (str | Unset):  Example: 2025-06-30T21:21:31.503Z.
    """

    iban: str | Unset = UNSET
    bic: str | Unset = UNSET
    available_balance: float | Unset = UNSET
    withdrawable_balance: float | Unset = UNSET
    modified_on: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        iban = self.iban

        bic = self.bic

        available_balance = self.available_balance

        withdrawable_balance = self.withdrawable_balance

        modified_on = self.modified_on

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if iban is not UNSET:
            field_dict["iban"] = iban
        if bic is not UNSET:
            field_dict["bic"] = bic
        if available_balance is not UNSET:
            field_dict["availableBalance"] = available_balance
        if withdrawable_balance is not UNSET:
            field_dict["withdrawableBalance"] = withdrawable_balance
        if modified_on is not UNSET:
            field_dict["modifiedOn"] = modified_on

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        iban = d.pop("iban", UNSET)

        bic = d.pop("bic", UNSET)

        available_balance = d.pop("availableBalance", UNSET)

        withdrawable_balance = d.pop("withdrawableBalance", UNSET)

        modified_on = d.pop("modifiedOn", UNSET)

        account_data = cls(
            iban=iban,
            bic=bic,
            available_balance=available_balance,
            withdrawable_balance=withdrawable_balance,
            modified_on=modified_on,
        )

        account_data.additional_properties = d
        return account_data

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
