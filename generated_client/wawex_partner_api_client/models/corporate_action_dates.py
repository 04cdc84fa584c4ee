from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CorporateActionDates")


@_attrs_define
class CorporateActionDates:
    """
    Attributes:
        ex_date (datetime.datetime | Unset):
        payment_date (str | Unset):
    """

    ex_date: datetime.datetime | Unset = UNSET
    payment_date: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ex_date: str | Unset = UNSET
        if not isinstance(self.ex_date, Unset):
            ex_date = self.ex_date.isoformat()

        payment_date = self.payment_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ex_date is not UNSET:
            field_dict["exDate"] = ex_date
        if payment_date is not UNSET:
            field_dict["paymentDate"] = payment_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _ex_date = d.pop("exDate", UNSET)
        ex_date: datetime.datetime | Unset
        if isinstance(_ex_date, Unset):
            ex_date = UNSET
        else:
            ex_date = datetime.datetime.fromisoformat(_ex_date)

        payment_date = d.pop("paymentDate", UNSET)

        corporate_action_dates = cls(
            ex_date=ex_date,
            payment_date=payment_date,
        )

        corporate_action_dates.additional_properties = d
        return corporate_action_dates

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
