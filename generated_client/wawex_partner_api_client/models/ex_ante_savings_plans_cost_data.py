from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ExAnteSavingsPlansCostData")


@_attrs_define
class ExAnteSavingsPlansCostData:
    """
    Attributes:
        isin (Any):
        exchange_code (Any):
        savings_amount (Any):
        interval_period (Any):
        start_date (Any):
        end_date (Any | Unset):
    """

    isin: Any
    exchange_code: Any
    savings_amount: Any
    interval_period: Any
    start_date: Any
    end_date: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        isin = self.isin

        exchange_code = self.exchange_code

        savings_amount = self.savings_amount

        interval_period = self.interval_period

        start_date = self.start_date

        end_date = self.end_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "isin": isin,
                "exchangeCode": exchange_code,
                "savingsAmount": savings_amount,
                "intervalPeriod": interval_period,
                "startDate": start_date,
            }
        )
        if end_date is not UNSET:
            field_dict["endDate"] = end_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        isin = d.pop("isin")

        exchange_code = d.pop("exchangeCode")

        savings_amount = d.pop("savingsAmount")

        interval_period = d.pop("intervalPeriod")

        start_date = d.pop("startDate")

        end_date = d.pop("endDate", UNSET)

        ex_ante_savings_plans_cost_data = cls(
            isin=isin,
            exchange_code=exchange_code,
            savings_amount=savings_amount,
            interval_period=interval_period,
            start_date=start_date,
            end_date=end_date,
        )

        ex_ante_savings_plans_cost_data.additional_properties = d
        return ex_ante_savings_plans_cost_data

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
