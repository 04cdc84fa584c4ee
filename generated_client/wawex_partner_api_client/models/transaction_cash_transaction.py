from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TransactionCashTransaction")


@_attrs_define
class TransactionCashTransaction:
    """
    Attributes:
        transfer_id (str | Unset):  Example: 123e4567-e89b-12d3-a456-426614174000.
        reference_message (str | Unset):  Example: text.
        counterparty_name (str | Unset):  Example: text.
        customer_product_id (str | Unset):  Example: 123e4567-e89b-12d3-a456-426614174000.
        iban (str | Unset):  Example: DE39500105172896993442.
        bic (str | Unset):  Example: text.
    """

    transfer_id: str | Unset = UNSET
    reference_message: str | Unset = UNSET
    counterparty_name: str | Unset = UNSET
    customer_product_id: str | Unset = UNSET
    iban: str | Unset = UNSET
    bic: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        transfer_id = self.transfer_id

        reference_message = self.reference_message

        counterparty_name = self.counterparty_name

        customer_product_id = self.customer_product_id

        iban = self.iban

        bic = self.bic

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if transfer_id is not UNSET:
            field_dict["transferId"] = transfer_id
        if reference_message is not UNSET:
            field_dict["referenceMessage"] = reference_message
        if counterparty_name is not UNSET:
            field_dict["counterpartyName"] = counterparty_name
        if customer_product_id is not UNSET:
            field_dict["customerProductId"] = customer_product_id
        if iban is not UNSET:
            field_dict["iban"] = iban
        if bic is not UNSET:
            field_dict["bic"] = bic

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        transfer_id = d.pop("transferId", UNSET)

        reference_message = d.pop("referenceMessage", UNSET)

        counterparty_name = d.pop("counterpartyName", UNSET)

        customer_product_id = d.pop("customerProductId", UNSET)

        iban = d.pop("iban", UNSET)

        bic = d.pop("bic", UNSET)

        transaction_cash_transaction = cls(
            transfer_id=transfer_id,
            reference_message=reference_message,
            counterparty_name=counterparty_name,
            customer_product_id=customer_product_id,
            iban=iban,
            bic=bic,
        )

        transaction_cash_transaction.additional_properties = d
        return transaction_cash_transaction

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
