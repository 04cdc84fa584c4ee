from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SavingsPlanData")


@_attrs_define
class SavingsPlanData:
    """Savings plan creation model.

    Attributes:
        instrument_type (str): The type of instrument for the savings plan.
        instrument_identifier (str): Instrument identifier. For DIGITAL_ASSET this is the crypto symbol (e.g. BTC). For
            TRADITIONAL_ASSET this is the ISIN (e.g. US38259P5089).
        savings_amount (str): The amount to invest on each savings plan execution. Uses decimal string to avoid floating
            point precision issues. Example: 50.00.
        currency (str): Currency code in ISO 4217 format. Example: EUR.
        interval_period (str): The interval period for savings plan execution.
        interval_day (str): The day of the interval period on which the savings plan executes.
        liquidity_customer_product_id (UUID): The customer product ID of the liquidity account (product_id = 8) used to
            fund the savings plan.
        savings_customer_product_id (UUID): The customer product ID of the savings account. Must be product_id = 2 for
            DIGITAL_ASSET or product_id = 15 for TRADITIONAL_ASSET.
    """

    instrument_type: str
    instrument_identifier: str
    savings_amount: str
    currency: str
    interval_period: str
    interval_day: str
    liquidity_customer_product_id: UUID
    savings_customer_product_id: UUID
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        instrument_type = self.instrument_type

        instrument_identifier = self.instrument_identifier

        savings_amount = self.savings_amount

        currency = self.currency

        interval_period = self.interval_period

        interval_day = self.interval_day

        liquidity_customer_product_id = str(self.liquidity_customer_product_id)

        savings_customer_product_id = str(self.savings_customer_product_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "instrumentType": instrument_type,
                "instrumentIdentifier": instrument_identifier,
                "savingsAmount": savings_amount,
                "currency": currency,
                "intervalPeriod": interval_period,
                "intervalDay": interval_day,
                "liquidityCustomerProductId": liquidity_customer_product_id,
                "savingsCustomerProductId": savings_customer_product_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        instrument_type = d.pop("instrumentType")

        instrument_identifier = d.pop("instrumentIdentifier")

        savings_amount = d.pop("savingsAmount")

        currency = d.pop("currency")

        interval_period = d.pop("intervalPeriod")

        interval_day = d.pop("intervalDay")

        liquidity_customer_product_id = UUID(d.pop("liquidityCustomerProductId"))

        savings_customer_product_id = UUID(d.pop("savingsCustomerProductId"))

        savings_plan_data = cls(
            instrument_type=instrument_type,
            instrument_identifier=instrument_identifier,
            savings_amount=savings_amount,
            currency=currency,
            interval_period=interval_period,
            interval_day=interval_day,
            liquidity_customer_product_id=liquidity_customer_product_id,
            savings_customer_product_id=savings_customer_product_id,
        )

        savings_plan_data.additional_properties = d
        return savings_plan_data

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
