from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.transaction_traditional_trading_transaction_execution_data import (
        TransactionTraditionalTradingTransactionExecutionData,
    )
    from ..models.transaction_traditional_trading_transaction_partial_executions_item import (
        TransactionTraditionalTradingTransactionPartialExecutionsItem,
    )


T = TypeVar("T", bound="TransactionTraditionalTradingTransaction")


@_attrs_define
class TransactionTraditionalTradingTransaction:
    """
    Attributes:
        order_id (str | Unset):  Example: 123e4567-e89b-12d3-a456-426614174000.
        depository_customer_product_id (str | Unset):  Example: 123e4567-e89b-12d3-a456-426614174000.
        cash_customer_product_id (str | Unset):  Example: 123e4567-e89b-12d3-a456-426614174000.
        isin (str | Unset):  Example: text.
        exchange_code (str | Unset):  Example: TGAT.
        asset_type (str | Unset):  Example: BOND.
        trade_side (str | Unset):  Example: BUY.
        quantity_type (str | Unset):  Example: UNIT.
        quantity (float | Unset):  Example: 1.
        currency (str | Unset):  Example: EUR.
        order_type (str | Unset):  Example: LIMIT.
        limit_price (float | Unset):  Example: 1.
        stop_price (float | Unset):  Example: 1.
        expiry_date (str | Unset):  Example: 2025-11-18.
        order_status (str | Unset):  Example: RECEIVED.
        external_id (str | Unset):  Example: text.
        execution_data (TransactionTraditionalTradingTransactionExecutionData | Unset):
        partial_executions (list[TransactionTraditionalTradingTransactionPartialExecutionsItem] | Unset):
    """

    order_id: str | Unset = UNSET
    depository_customer_product_id: str | Unset = UNSET
    cash_customer_product_id: str | Unset = UNSET
    isin: str | Unset = UNSET
    exchange_code: str | Unset = UNSET
    asset_type: str | Unset = UNSET
    trade_side: str | Unset = UNSET
    quantity_type: str | Unset = UNSET
    quantity: float | Unset = UNSET
    currency: str | Unset = UNSET
    order_type: str | Unset = UNSET
    limit_price: float | Unset = UNSET
    stop_price: float | Unset = UNSET
    expiry_date: str | Unset = UNSET
    order_status: str | Unset = UNSET
    external_id: str | Unset = UNSET
    execution_data: TransactionTraditionalTradingTransactionExecutionData | Unset = (
        UNSET
    )
    partial_executions: (
        list[TransactionTraditionalTradingTransactionPartialExecutionsItem] | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order_id = self.order_id

        depository_customer_product_id = self.depository_customer_product_id

        cash_customer_product_id = self.cash_customer_product_id

        isin = self.isin

        exchange_code = self.exchange_code

        asset_type = self.asset_type

        trade_side = self.trade_side

        quantity_type = self.quantity_type

        quantity = self.quantity

        currency = self.currency

        order_type = self.order_type

        limit_price = self.limit_price

        stop_price = self.stop_price

        expiry_date = self.expiry_date

        order_status = self.order_status

        external_id = self.external_id

        execution_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.execution_data, Unset):
            execution_data = self.execution_data.to_dict()

        partial_executions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.partial_executions, Unset):
            partial_executions = []
            for partial_executions_item_data in self.partial_executions:
                partial_executions_item = partial_executions_item_data.to_dict()
                partial_executions.append(partial_executions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if order_id is not UNSET:
            field_dict["orderId"] = order_id
        if depository_customer_product_id is not UNSET:
            field_dict["depositoryCustomerProductId"] = depository_customer_product_id
        if cash_customer_product_id is not UNSET:
            field_dict["cashCustomerProductId"] = cash_customer_product_id
        if isin is not UNSET:
            field_dict["isin"] = isin
        if exchange_code is not UNSET:
            field_dict["exchangeCode"] = exchange_code
        if asset_type is not UNSET:
            field_dict["assetType"] = asset_type
        if trade_side is not UNSET:
            field_dict["tradeSide"] = trade_side
        if quantity_type is not UNSET:
            field_dict["quantityType"] = quantity_type
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if currency is not UNSET:
            field_dict["currency"] = currency
        if order_type is not UNSET:
            field_dict["orderType"] = order_type
        if limit_price is not UNSET:
            field_dict["limitPrice"] = limit_price
        if stop_price is not UNSET:
            field_dict["stopPrice"] = stop_price
        if expiry_date is not UNSET:
            field_dict["expiryDate"] = expiry_date
        if order_status is not UNSET:
            field_dict["orderStatus"] = order_status
        if external_id is not UNSET:
            field_dict["externalId"] = external_id
        if execution_data is not UNSET:
            field_dict["executionData"] = execution_data
        if partial_executions is not UNSET:
            field_dict["partialExecutions"] = partial_executions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.transaction_traditional_trading_transaction_execution_data import (
            TransactionTraditionalTradingTransactionExecutionData,  # noqa: PLC0415
        )
        from ..models.transaction_traditional_trading_transaction_partial_executions_item import (
            TransactionTraditionalTradingTransactionPartialExecutionsItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        order_id = d.pop("orderId", UNSET)

        depository_customer_product_id = d.pop("depositoryCustomerProductId", UNSET)

        cash_customer_product_id = d.pop("cashCustomerProductId", UNSET)

        isin = d.pop("isin", UNSET)

        exchange_code = d.pop("exchangeCode", UNSET)

        asset_type = d.pop("assetType", UNSET)

        trade_side = d.pop("tradeSide", UNSET)

        quantity_type = d.pop("quantityType", UNSET)

        quantity = d.pop("quantity", UNSET)

        currency = d.pop("currency", UNSET)

        order_type = d.pop("orderType", UNSET)

        limit_price = d.pop("limitPrice", UNSET)

        stop_price = d.pop("stopPrice", UNSET)

        expiry_date = d.pop("expiryDate", UNSET)

        order_status = d.pop("orderStatus", UNSET)

        external_id = d.pop("externalId", UNSET)

        _execution_data = d.pop("executionData", UNSET)
        execution_data: TransactionTraditionalTradingTransactionExecutionData | Unset
        if isinstance(_execution_data, Unset):
            execution_data = UNSET
        else:
            execution_data = (
                TransactionTraditionalTradingTransactionExecutionData.from_dict(
                    _execution_data
                )
            )

        _partial_executions = d.pop("partialExecutions", UNSET)
        partial_executions: (
            list[TransactionTraditionalTradingTransactionPartialExecutionsItem] | Unset
        ) = UNSET
        if _partial_executions is not UNSET:
            partial_executions = []
            for partial_executions_item_data in _partial_executions:
                partial_executions_item = TransactionTraditionalTradingTransactionPartialExecutionsItem.from_dict(
                    partial_executions_item_data
                )

                partial_executions.append(partial_executions_item)

        transaction_traditional_trading_transaction = cls(
            order_id=order_id,
            depository_customer_product_id=depository_customer_product_id,
            cash_customer_product_id=cash_customer_product_id,
            isin=isin,
            exchange_code=exchange_code,
            asset_type=asset_type,
            trade_side=trade_side,
            quantity_type=quantity_type,
            quantity=quantity,
            currency=currency,
            order_type=order_type,
            limit_price=limit_price,
            stop_price=stop_price,
            expiry_date=expiry_date,
            order_status=order_status,
            external_id=external_id,
            execution_data=execution_data,
            partial_executions=partial_executions,
        )

        transaction_traditional_trading_transaction.additional_properties = d
        return transaction_traditional_trading_transaction

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
