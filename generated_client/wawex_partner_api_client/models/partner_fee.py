from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PartnerFee")


@_attrs_define
class PartnerFee:
    """
    Attributes:
        partner_fee_id (str | Unset):  Example: 123e4567-e89b-12d3-a456-426614174000.
        product_code (str | Unset):  Example: WALLET.
        partner_fee_category (str | Unset):  Example: ACCOUNT.
        partner_fee_status (str | Unset):  Example: ACTIVE.
        partner_fee_currency (str | Unset):  Example: EUR.
        partner_fee_type (str | Unset):  Example: FIXED.
        partner_fee_trigger (str | Unset):  Example: EVENT_BASED.
        partner_fee_frequency (str | Unset):  Example: MONTHLY.
        partner_fee_collection (str | Unset):  Example: MONTHLY.
        partner_id (str | Unset):  Example: 123e4567-e89b-12d3-a456-426614174000.
        partner_fee_trigger_event (str | Unset):  Example: IDENTIFICATION.
        partner_fixed_fee_amount (float | Unset):  Example: 1.
        partner_fee_ratio (float | Unset):  Example: 1.
        partner_min_fee_amount (float | Unset):  Example: 1.
        partner_max_fee_amount (float | Unset):  Example: 1.
        valid_from (str | Unset):  Example: 2025-06-30.
        valid_until (str | Unset):  Example: 2025-06-30.
        created_on (str | Unset):  Example: 2025-06-30T22:07:50.349Z.
        modified_on (str | Unset):  Example: 2025-06-30T22:07:50.349Z.
    """

    partner_fee_id: str | Unset = UNSET
    product_code: str | Unset = UNSET
    partner_fee_category: str | Unset = UNSET
    partner_fee_status: str | Unset = UNSET
    partner_fee_currency: str | Unset = UNSET
    partner_fee_type: str | Unset = UNSET
    partner_fee_trigger: str | Unset = UNSET
    partner_fee_frequency: str | Unset = UNSET
    partner_fee_collection: str | Unset = UNSET
    partner_id: str | Unset = UNSET
    partner_fee_trigger_event: str | Unset = UNSET
    partner_fixed_fee_amount: float | Unset = UNSET
    partner_fee_ratio: float | Unset = UNSET
    partner_min_fee_amount: float | Unset = UNSET
    partner_max_fee_amount: float | Unset = UNSET
    valid_from: str | Unset = UNSET
    valid_until: str | Unset = UNSET
    created_on: str | Unset = UNSET
    modified_on: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        partner_fee_id = self.partner_fee_id

        product_code = self.product_code

        partner_fee_category = self.partner_fee_category

        partner_fee_status = self.partner_fee_status

        partner_fee_currency = self.partner_fee_currency

        partner_fee_type = self.partner_fee_type

        partner_fee_trigger = self.partner_fee_trigger

        partner_fee_frequency = self.partner_fee_frequency

        partner_fee_collection = self.partner_fee_collection

        partner_id = self.partner_id

        partner_fee_trigger_event = self.partner_fee_trigger_event

        partner_fixed_fee_amount = self.partner_fixed_fee_amount

        partner_fee_ratio = self.partner_fee_ratio

        partner_min_fee_amount = self.partner_min_fee_amount

        partner_max_fee_amount = self.partner_max_fee_amount

        valid_from = self.valid_from

        valid_until = self.valid_until

        created_on = self.created_on

        modified_on = self.modified_on

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if partner_fee_id is not UNSET:
            field_dict["partnerFeeId"] = partner_fee_id
        if product_code is not UNSET:
            field_dict["productCode"] = product_code
        if partner_fee_category is not UNSET:
            field_dict["partnerFeeCategory"] = partner_fee_category
        if partner_fee_status is not UNSET:
            field_dict["partnerFeeStatus"] = partner_fee_status
        if partner_fee_currency is not UNSET:
            field_dict["partnerFeeCurrency"] = partner_fee_currency
        if partner_fee_type is not UNSET:
            field_dict["partnerFeeType"] = partner_fee_type
        if partner_fee_trigger is not UNSET:
            field_dict["partnerFeeTrigger"] = partner_fee_trigger
        if partner_fee_frequency is not UNSET:
            field_dict["partnerFeeFrequency"] = partner_fee_frequency
        if partner_fee_collection is not UNSET:
            field_dict["partnerFeeCollection"] = partner_fee_collection
        if partner_id is not UNSET:
            field_dict["partnerId"] = partner_id
        if partner_fee_trigger_event is not UNSET:
            field_dict["partnerFeeTriggerEvent"] = partner_fee_trigger_event
        if partner_fixed_fee_amount is not UNSET:
            field_dict["partnerFixedFeeAmount"] = partner_fixed_fee_amount
        if partner_fee_ratio is not UNSET:
            field_dict["partnerFeeRatio"] = partner_fee_ratio
        if partner_min_fee_amount is not UNSET:
            field_dict["partnerMinFeeAmount"] = partner_min_fee_amount
        if partner_max_fee_amount is not UNSET:
            field_dict["partnerMaxFeeAmount"] = partner_max_fee_amount
        if valid_from is not UNSET:
            field_dict["validFrom"] = valid_from
        if valid_until is not UNSET:
            field_dict["validUntil"] = valid_until
        if created_on is not UNSET:
            field_dict["createdOn"] = created_on
        if modified_on is not UNSET:
            field_dict["modifiedOn"] = modified_on

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        partner_fee_id = d.pop("partnerFeeId", UNSET)

        product_code = d.pop("productCode", UNSET)

        partner_fee_category = d.pop("partnerFeeCategory", UNSET)

        partner_fee_status = d.pop("partnerFeeStatus", UNSET)

        partner_fee_currency = d.pop("partnerFeeCurrency", UNSET)

        partner_fee_type = d.pop("partnerFeeType", UNSET)

        partner_fee_trigger = d.pop("partnerFeeTrigger", UNSET)

        partner_fee_frequency = d.pop("partnerFeeFrequency", UNSET)

        partner_fee_collection = d.pop("partnerFeeCollection", UNSET)

        partner_id = d.pop("partnerId", UNSET)

        partner_fee_trigger_event = d.pop("partnerFeeTriggerEvent", UNSET)

        partner_fixed_fee_amount = d.pop("partnerFixedFeeAmount", UNSET)

        partner_fee_ratio = d.pop("partnerFeeRatio", UNSET)

        partner_min_fee_amount = d.pop("partnerMinFeeAmount", UNSET)

        partner_max_fee_amount = d.pop("partnerMaxFeeAmount", UNSET)

        valid_from = d.pop("validFrom", UNSET)

        valid_until = d.pop("validUntil", UNSET)

        created_on = d.pop("createdOn", UNSET)

        modified_on = d.pop("modifiedOn", UNSET)

        partner_fee = cls(
            partner_fee_id=partner_fee_id,
            product_code=product_code,
            partner_fee_category=partner_fee_category,
            partner_fee_status=partner_fee_status,
            partner_fee_currency=partner_fee_currency,
            partner_fee_type=partner_fee_type,
            partner_fee_trigger=partner_fee_trigger,
            partner_fee_frequency=partner_fee_frequency,
            partner_fee_collection=partner_fee_collection,
            partner_id=partner_id,
            partner_fee_trigger_event=partner_fee_trigger_event,
            partner_fixed_fee_amount=partner_fixed_fee_amount,
            partner_fee_ratio=partner_fee_ratio,
            partner_min_fee_amount=partner_min_fee_amount,
            partner_max_fee_amount=partner_max_fee_amount,
            valid_from=valid_from,
            valid_until=valid_until,
            created_on=created_on,
            modified_on=modified_on,
        )

        partner_fee.additional_properties = d
        return partner_fee

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
