from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CorporateActionNotificationDates")


@_attrs_define
class CorporateActionNotificationDates:
    """
    Attributes:
        ex_date (str | Unset):  Example: 2025-12-04.
        pay_date (str | Unset):  Example: 2025-12-04.
        effective_date (str | Unset):  Example: 2025-12-04.
    """

    ex_date: str | Unset = UNSET
    pay_date: str | Unset = UNSET
    effective_date: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ex_date = self.ex_date

        pay_date = self.pay_date

        effective_date = self.effective_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ex_date is not UNSET:
            field_dict["exDate"] = ex_date
        if pay_date is not UNSET:
            field_dict["payDate"] = pay_date
        if effective_date is not UNSET:
            field_dict["effectiveDate"] = effective_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        ex_date = d.pop("exDate", UNSET)

        pay_date = d.pop("payDate", UNSET)

        effective_date = d.pop("effectiveDate", UNSET)

        corporate_action_notification_dates = cls(
            ex_date=ex_date,
            pay_date=pay_date,
            effective_date=effective_date,
        )

        corporate_action_notification_dates.additional_properties = d
        return corporate_action_notification_dates

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
