from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.product_code_enum import ProductCodeEnum, check_product_code_enum
from ..types import UNSET, Unset

T = TypeVar("T", bound="FeeInstance")


@_attrs_define
class FeeInstance:
    """
    Attributes:
        fee_instance_id (UUID): Unique identification number in UUID format.
        product_code (ProductCodeEnum): Product code
        category (str): The category of the fee
        status (str): The status of the fee instance
        currency (str): Currency of the product's balance. Currency code in ISO 4217
        fee_type (str): The type of the fee
        fee_trigger (str): The trigger of the fee
        fee_collection (str): The collection of the fee
        partner_id (UUID): Unique identification number in UUID format.
        fee_frequency (str | Unset): The frequency of the fee
        fee_trigger_event (str | Unset): Fee trigger event, only applicable if feeTrigger = EVENT_BASED
        fixed_fee_amount (float | Unset): Fee amount in currency, only applicable if feeType = FIXED
        inducement_amount (float | Unset): Inducement amount, only applicable if feeType = FIXED
        fee_ratio (float | Unset): Fee amount in percentage, only applicable if feeType = VARIABLE
        min_fee_amount (float | Unset): Minimum fee amount to be charged, only applicable if feeType = VARIABLE
    """

    fee_instance_id: UUID
    product_code: ProductCodeEnum
    category: str
    status: str
    currency: str
    fee_type: str
    fee_trigger: str
    fee_collection: str
    partner_id: UUID
    fee_frequency: str | Unset = UNSET
    fee_trigger_event: str | Unset = UNSET
    fixed_fee_amount: float | Unset = UNSET
    inducement_amount: float | Unset = UNSET
    fee_ratio: float | Unset = UNSET
    min_fee_amount: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        fee_instance_id = str(self.fee_instance_id)

        product_code: str = self.product_code

        category = self.category

        status = self.status

        currency = self.currency

        fee_type = self.fee_type

        fee_trigger = self.fee_trigger

        fee_collection = self.fee_collection

        partner_id = str(self.partner_id)

        fee_frequency = self.fee_frequency

        fee_trigger_event = self.fee_trigger_event

        fixed_fee_amount = self.fixed_fee_amount

        inducement_amount = self.inducement_amount

        fee_ratio = self.fee_ratio

        min_fee_amount = self.min_fee_amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "feeInstanceId": fee_instance_id,
                "productCode": product_code,
                "category": category,
                "status": status,
                "currency": currency,
                "feeType": fee_type,
                "feeTrigger": fee_trigger,
                "feeCollection": fee_collection,
                "partnerId": partner_id,
            }
        )
        if fee_frequency is not UNSET:
            field_dict["feeFrequency"] = fee_frequency
        if fee_trigger_event is not UNSET:
            field_dict["feeTriggerEvent"] = fee_trigger_event
        if fixed_fee_amount is not UNSET:
            field_dict["fixedFeeAmount"] = fixed_fee_amount
        if inducement_amount is not UNSET:
            field_dict["inducementAmount"] = inducement_amount
        if fee_ratio is not UNSET:
            field_dict["feeRatio"] = fee_ratio
        if min_fee_amount is not UNSET:
            field_dict["minFeeAmount"] = min_fee_amount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        fee_instance_id = UUID(d.pop("feeInstanceId"))

        product_code = check_product_code_enum(d.pop("productCode"))

        category = d.pop("category")

        status = d.pop("status")

        currency = d.pop("currency")

        fee_type = d.pop("feeType")

        fee_trigger = d.pop("feeTrigger")

        fee_collection = d.pop("feeCollection")

        partner_id = UUID(d.pop("partnerId"))

        fee_frequency = d.pop("feeFrequency", UNSET)

        fee_trigger_event = d.pop("feeTriggerEvent", UNSET)

        fixed_fee_amount = d.pop("fixedFeeAmount", UNSET)

        inducement_amount = d.pop("inducementAmount", UNSET)

        fee_ratio = d.pop("feeRatio", UNSET)

        min_fee_amount = d.pop("minFeeAmount", UNSET)

        fee_instance = cls(
            fee_instance_id=fee_instance_id,
            product_code=product_code,
            category=category,
            status=status,
            currency=currency,
            fee_type=fee_type,
            fee_trigger=fee_trigger,
            fee_collection=fee_collection,
            partner_id=partner_id,
            fee_frequency=fee_frequency,
            fee_trigger_event=fee_trigger_event,
            fixed_fee_amount=fixed_fee_amount,
            inducement_amount=inducement_amount,
            fee_ratio=fee_ratio,
            min_fee_amount=min_fee_amount,
        )

        fee_instance.additional_properties = d
        return fee_instance

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
