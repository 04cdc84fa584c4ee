from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TransactionTraditionalTradingTransactionExecutionData")


@_attrs_define
class TransactionTraditionalTradingTransactionExecutionData:
    """
    Attributes:
        quantity (float | Unset):  Example: 1.
        execution_price (float | Unset):  Example: 1.
        execution_amount (float | Unset):  Example: 750.55.
        remaining_quantity (float | Unset):  Example: 1.
        fee_description (str | Unset):  Example: text.
        fee_amount (float | Unset):  Example: 1.
        external_id (str | Unset):  Example: text.
        german_cit (float | Unset):  Example: 1.
        solidarity_surcharge (float | Unset):  Example: 1.
        church_tax (float | Unset):  Example: 1.
    """

    quantity: float | Unset = UNSET
    execution_price: float | Unset = UNSET
    execution_amount: float | Unset = UNSET
    remaining_quantity: float | Unset = UNSET
    fee_description: str | Unset = UNSET
    fee_amount: float | Unset = UNSET
    external_id: str | Unset = UNSET
    german_cit: float | Unset = UNSET
    solidarity_surcharge: float | Unset = UNSET
    church_tax: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        quantity = self.quantity

        execution_price = self.execution_price

        execution_amount = self.execution_amount

        remaining_quantity = self.remaining_quantity

        fee_description = self.fee_description

        fee_amount = self.fee_amount

        external_id = self.external_id

        german_cit = self.german_cit

        solidarity_surcharge = self.solidarity_surcharge

        church_tax = self.church_tax

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if execution_price is not UNSET:
            field_dict["executionPrice"] = execution_price
        if execution_amount is not UNSET:
            field_dict["executionAmount"] = execution_amount
        if remaining_quantity is not UNSET:
            field_dict["remainingQuantity"] = remaining_quantity
        if fee_description is not UNSET:
            field_dict["feeDescription"] = fee_description
        if fee_amount is not UNSET:
            field_dict["feeAmount"] = fee_amount
        if external_id is not UNSET:
            field_dict["externalId"] = external_id
        if german_cit is not UNSET:
            field_dict["germanCit"] = german_cit
        if solidarity_surcharge is not UNSET:
            field_dict["solidaritySurcharge"] = solidarity_surcharge
        if church_tax is not UNSET:
            field_dict["churchTax"] = church_tax

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        quantity = d.pop("quantity", UNSET)

        execution_price = d.pop("executionPrice", UNSET)

        execution_amount = d.pop("executionAmount", UNSET)

        remaining_quantity = d.pop("remainingQuantity", UNSET)

        fee_description = d.pop("feeDescription", UNSET)

        fee_amount = d.pop("feeAmount", UNSET)

        external_id = d.pop("externalId", UNSET)

        german_cit = d.pop("germanCit", UNSET)

        solidarity_surcharge = d.pop("solidaritySurcharge", UNSET)

        church_tax = d.pop("churchTax", UNSET)

        transaction_traditional_trading_transaction_execution_data = cls(
            quantity=quantity,
            execution_price=execution_price,
            execution_amount=execution_amount,
            remaining_quantity=remaining_quantity,
            fee_description=fee_description,
            fee_amount=fee_amount,
            external_id=external_id,
            german_cit=german_cit,
            solidarity_surcharge=solidarity_surcharge,
            church_tax=church_tax,
        )

        transaction_traditional_trading_transaction_execution_data.additional_properties = d
        return transaction_traditional_trading_transaction_execution_data

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
