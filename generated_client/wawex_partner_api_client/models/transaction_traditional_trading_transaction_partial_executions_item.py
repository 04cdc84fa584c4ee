from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TransactionTraditionalTradingTransactionPartialExecutionsItem")


@_attrs_define
class TransactionTraditionalTradingTransactionPartialExecutionsItem:
    """
    Attributes:
        execution_id (str | Unset):  Example: 123e4567-e89b-12d3-a456-426614174000.
        execution_price (float | Unset):  Example: 1.
        execution_quantity (float | Unset):  Example: 1.
        amount (float | Unset):
    """

    execution_id: str | Unset = UNSET
    execution_price: float | Unset = UNSET
    execution_quantity: float | Unset = UNSET
    amount: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        execution_id = self.execution_id

        execution_price = self.execution_price

        execution_quantity = self.execution_quantity

        amount = self.amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if execution_id is not UNSET:
            field_dict["executionId"] = execution_id
        if execution_price is not UNSET:
            field_dict["executionPrice"] = execution_price
        if execution_quantity is not UNSET:
            field_dict["executionQuantity"] = execution_quantity
        if amount is not UNSET:
            field_dict["amount"] = amount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        execution_id = d.pop("executionId", UNSET)

        execution_price = d.pop("executionPrice", UNSET)

        execution_quantity = d.pop("executionQuantity", UNSET)

        amount = d.pop("amount", UNSET)

        transaction_traditional_trading_transaction_partial_executions_item = cls(
            execution_id=execution_id,
            execution_price=execution_price,
            execution_quantity=execution_quantity,
            amount=amount,
        )

        transaction_traditional_trading_transaction_partial_executions_item.additional_properties = d
        return transaction_traditional_trading_transaction_partial_executions_item

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
