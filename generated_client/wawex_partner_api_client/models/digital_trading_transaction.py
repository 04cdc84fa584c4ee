from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DigitalTradingTransaction")


@_attrs_define
class DigitalTradingTransaction:
    """
    Attributes:
        order_id (str | Unset):  Example: 123e4567-e89b-12d3-a456-426614174000.
        wallet_customer_product_id (str | Unset):  Example: 123e4567-e89b-12d3-a456-426614174000.
        cash_customer_product_id (str | Unset):  Example: 123e4567-e89b-12d3-a456-426614174000.
        trade_side (str | Unset):  Example: BUY.
        crypto_symbol (str | Unset):  Example: text.
        asset_type (str | Unset):  Example: CRYPTOCURRENCY.
        quantity (float | Unset):  Example: 1.
        price (float | Unset):  Example: 1.
        quote_id (str | Unset):  Example: 123e4567-e89b-12d3-a456-426614174000.
        amount (float | Unset):  Example: 750.55.
        currency (str | Unset):  Example: EUR.
        external_id (str | Unset):  Example: text.
    """

    order_id: str | Unset = UNSET
    wallet_customer_product_id: str | Unset = UNSET
    cash_customer_product_id: str | Unset = UNSET
    trade_side: str | Unset = UNSET
    crypto_symbol: str | Unset = UNSET
    asset_type: str | Unset = UNSET
    quantity: float | Unset = UNSET
    price: float | Unset = UNSET
    quote_id: str | Unset = UNSET
    amount: float | Unset = UNSET
    currency: str | Unset = UNSET
    external_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order_id = self.order_id

        wallet_customer_product_id = self.wallet_customer_product_id

        cash_customer_product_id = self.cash_customer_product_id

        trade_side = self.trade_side

        crypto_symbol = self.crypto_symbol

        asset_type = self.asset_type

        quantity = self.quantity

        price = self.price

        quote_id = self.quote_id

        amount = self.amount

        currency = self.currency

        external_id = self.external_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if order_id is not UNSET:
            field_dict["orderId"] = order_id
        if wallet_customer_product_id is not UNSET:
            field_dict["walletCustomerProductId"] = wallet_customer_product_id
        if cash_customer_product_id is not UNSET:
            field_dict["cashCustomerProductId"] = cash_customer_product_id
        if trade_side is not UNSET:
            field_dict["tradeSide"] = trade_side
        if crypto_symbol is not UNSET:
            field_dict["cryptoSymbol"] = crypto_symbol
        if asset_type is not UNSET:
            field_dict["assetType"] = asset_type
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if price is not UNSET:
            field_dict["price"] = price
        if quote_id is not UNSET:
            field_dict["quoteId"] = quote_id
        if amount is not UNSET:
            field_dict["amount"] = amount
        if currency is not UNSET:
            field_dict["currency"] = currency
        if external_id is not UNSET:
            field_dict["externalId"] = external_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        order_id = d.pop("orderId", UNSET)

        wallet_customer_product_id = d.pop("walletCustomerProductId", UNSET)

        cash_customer_product_id = d.pop("cashCustomerProductId", UNSET)

        trade_side = d.pop("tradeSide", UNSET)

        crypto_symbol = d.pop("cryptoSymbol", UNSET)

        asset_type = d.pop("assetType", UNSET)

        quantity = d.pop("quantity", UNSET)

        price = d.pop("price", UNSET)

        quote_id = d.pop("quoteId", UNSET)

        amount = d.pop("amount", UNSET)

        currency = d.pop("currency", UNSET)

        external_id = d.pop("externalId", UNSET)

        digital_trading_transaction = cls(
            order_id=order_id,
            wallet_customer_product_id=wallet_customer_product_id,
            cash_customer_product_id=cash_customer_product_id,
            trade_side=trade_side,
            crypto_symbol=crypto_symbol,
            asset_type=asset_type,
            quantity=quantity,
            price=price,
            quote_id=quote_id,
            amount=amount,
            currency=currency,
            external_id=external_id,
        )

        digital_trading_transaction.additional_properties = d
        return digital_trading_transaction

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
