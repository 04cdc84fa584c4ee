from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.digital_trading_transaction import DigitalTradingTransaction
    from ..models.transaction_cash_transaction import TransactionCashTransaction
    from ..models.transaction_traditional_trading_transaction import (
        TransactionTraditionalTradingTransaction,
    )


T = TypeVar("T", bound="Transaction")


@_attrs_define
class Transaction:
    """
    Attributes:
        transaction_id (UUID | Unset): Unique transaction reference number in UUID format
        customer_id (UUID | Unset): Unique customer identification number in UUID format
        created_on (datetime.datetime | Unset): The date denoting when the transaction's record was initially created
        modified_on (datetime.datetime | Unset): The date denoting when the transaction's record was modified
        transaction_type (str | Unset):  Example: TRADE.
        transaction_status (str | Unset):  Example: MODIFIED.
        booking_date (datetime.date | Unset): The booking date is the date when a transaction is recorded in the system.
            It is the date when the system processes the transaction and makes a note of it in the account holder's records.
        value_date (datetime.date | Unset): The value date is the date when the funds from a transaction are actually
            available for use or when they start accruing interest. It determines the effective date of the transaction for
            interest calculations, fund availability, or any other purpose where timing matters.
        digital_trading_transaction (DigitalTradingTransaction | Unset):
        traditional_trading_transaction (TransactionTraditionalTradingTransaction | Unset):
        cash_transaction (TransactionCashTransaction | Unset):
    """

    transaction_id: UUID | Unset = UNSET
    customer_id: UUID | Unset = UNSET
    created_on: datetime.datetime | Unset = UNSET
    modified_on: datetime.datetime | Unset = UNSET
    transaction_type: str | Unset = UNSET
    transaction_status: str | Unset = UNSET
    booking_date: datetime.date | Unset = UNSET
    value_date: datetime.date | Unset = UNSET
    digital_trading_transaction: DigitalTradingTransaction | Unset = UNSET
    traditional_trading_transaction: (
        TransactionTraditionalTradingTransaction | Unset
    ) = UNSET
    cash_transaction: TransactionCashTransaction | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        transaction_id: str | Unset = UNSET
        if not isinstance(self.transaction_id, Unset):
            transaction_id = str(self.transaction_id)

        customer_id: str | Unset = UNSET
        if not isinstance(self.customer_id, Unset):
            customer_id = str(self.customer_id)

        created_on: str | Unset = UNSET
        if not isinstance(self.created_on, Unset):
            created_on = self.created_on.isoformat()

        modified_on: str | Unset = UNSET
        if not isinstance(self.modified_on, Unset):
            modified_on = self.modified_on.isoformat()

        transaction_type = self.transaction_type

        transaction_status = self.transaction_status

        booking_date: str | Unset = UNSET
        if not isinstance(self.booking_date, Unset):
            booking_date = self.booking_date.isoformat()

        value_date: str | Unset = UNSET
        if not isinstance(self.value_date, Unset):
            value_date = self.value_date.isoformat()

        digital_trading_transaction: dict[str, Any] | Unset = UNSET
        if not isinstance(self.digital_trading_transaction, Unset):
            digital_trading_transaction = self.digital_trading_transaction.to_dict()

        traditional_trading_transaction: dict[str, Any] | Unset = UNSET
        if not isinstance(self.traditional_trading_transaction, Unset):
            traditional_trading_transaction = (
                self.traditional_trading_transaction.to_dict()
            )

        cash_transaction: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cash_transaction, Unset):
            cash_transaction = self.cash_transaction.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if transaction_id is not UNSET:
            field_dict["transactionId"] = transaction_id
        if customer_id is not UNSET:
            field_dict["customerId"] = customer_id
        if created_on is not UNSET:
            field_dict["createdOn"] = created_on
        if modified_on is not UNSET:
            field_dict["modifiedOn"] = modified_on
        if transaction_type is not UNSET:
            field_dict["transactionType"] = transaction_type
        if transaction_status is not UNSET:
            field_dict["transactionStatus"] = transaction_status
        if booking_date is not UNSET:
            field_dict["bookingDate"] = booking_date
        if value_date is not UNSET:
            field_dict["valueDate"] = value_date
        if digital_trading_transaction is not UNSET:
            field_dict["digitalTradingTransaction"] = digital_trading_transaction
        if traditional_trading_transaction is not UNSET:
            field_dict["traditionalTradingTransaction"] = (
                traditional_trading_transaction
            )
        if cash_transaction is not UNSET:
            field_dict["cashTransaction"] = cash_transaction

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.digital_trading_transaction import DigitalTradingTransaction  # noqa: PLC0415
        from ..models.transaction_cash_transaction import TransactionCashTransaction  # noqa: PLC0415
        from ..models.transaction_traditional_trading_transaction import (
            TransactionTraditionalTradingTransaction,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _transaction_id = d.pop("transactionId", UNSET)
        transaction_id: UUID | Unset
        if isinstance(_transaction_id, Unset):
            transaction_id = UNSET
        else:
            transaction_id = UUID(_transaction_id)

        _customer_id = d.pop("customerId", UNSET)
        customer_id: UUID | Unset
        if isinstance(_customer_id, Unset):
            customer_id = UNSET
        else:
            customer_id = UUID(_customer_id)

        _created_on = d.pop("createdOn", UNSET)
        created_on: datetime.datetime | Unset
        if isinstance(_created_on, Unset):
            created_on = UNSET
        else:
            created_on = datetime.datetime.fromisoformat(_created_on)

        _modified_on = d.pop("modifiedOn", UNSET)
        modified_on: datetime.datetime | Unset
        if isinstance(_modified_on, Unset):
            modified_on = UNSET
        else:
            modified_on = datetime.datetime.fromisoformat(_modified_on)

        transaction_type = d.pop("transactionType", UNSET)

        transaction_status = d.pop("transactionStatus", UNSET)

        _booking_date = d.pop("bookingDate", UNSET)
        booking_date: datetime.date | Unset
        if isinstance(_booking_date, Unset):
            booking_date = UNSET
        else:
            booking_date = datetime.date.fromisoformat(_booking_date)

        _value_date = d.pop("valueDate", UNSET)
        value_date: datetime.date | Unset
        if isinstance(_value_date, Unset):
            value_date = UNSET
        else:
            value_date = datetime.date.fromisoformat(_value_date)

        _digital_trading_transaction = d.pop("digitalTradingTransaction", UNSET)
        digital_trading_transaction: DigitalTradingTransaction | Unset
        if isinstance(_digital_trading_transaction, Unset):
            digital_trading_transaction = UNSET
        else:
            digital_trading_transaction = DigitalTradingTransaction.from_dict(
                _digital_trading_transaction
            )

        _traditional_trading_transaction = d.pop("traditionalTradingTransaction", UNSET)
        traditional_trading_transaction: (
            TransactionTraditionalTradingTransaction | Unset
        )
        if isinstance(_traditional_trading_transaction, Unset):
            traditional_trading_transaction = UNSET
        else:
            traditional_trading_transaction = (
                TransactionTraditionalTradingTransaction.from_dict(
                    _traditional_trading_transaction
                )
            )

        _cash_transaction = d.pop("cashTransaction", UNSET)
        cash_transaction: TransactionCashTransaction | Unset
        if isinstance(_cash_transaction, Unset):
            cash_transaction = UNSET
        else:
            cash_transaction = TransactionCashTransaction.from_dict(_cash_transaction)

        transaction = cls(
            transaction_id=transaction_id,
            customer_id=customer_id,
            created_on=created_on,
            modified_on=modified_on,
            transaction_type=transaction_type,
            transaction_status=transaction_status,
            booking_date=booking_date,
            value_date=value_date,
            digital_trading_transaction=digital_trading_transaction,
            traditional_trading_transaction=traditional_trading_transaction,
            cash_transaction=cash_transaction,
        )

        transaction.additional_properties = d
        return transaction

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
