from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="StrategyCashWeight")


@_attrs_define
class StrategyCashWeight:
    """
    Attributes:
        cash_weight (float | Unset):
        cash_currency (str | Unset):  Example: EUR.
    """

    cash_weight: float | Unset = UNSET
    cash_currency: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cash_weight = self.cash_weight

        cash_currency = self.cash_currency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cash_weight is not UNSET:
            field_dict["cashWeight"] = cash_weight
        if cash_currency is not UNSET:
            field_dict["cashCurrency"] = cash_currency

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cash_weight = d.pop("cashWeight", UNSET)

        cash_currency = d.pop("cashCurrency", UNSET)

        strategy_cash_weight = cls(
            cash_weight=cash_weight,
            cash_currency=cash_currency,
        )

        strategy_cash_weight.additional_properties = d
        return strategy_cash_weight

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
