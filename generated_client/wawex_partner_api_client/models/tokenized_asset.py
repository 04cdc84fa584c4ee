from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TokenizedAsset")


@_attrs_define
class TokenizedAsset:
    """
    Attributes:
        underlying (Any | Unset): ISIN of the underlying security
        token_symbol (Any | Unset):
        name (Any | Unset):
        quantity (Any | Unset):
        available_quantity (Any | Unset):
        avg_buy_price (Any | Unset):
        current_price (Any | Unset):
        currency (Any | Unset):  Example: EUR.
        modified_on (Any | Unset):
    """

    underlying: Any | Unset = UNSET
    token_symbol: Any | Unset = UNSET
    name: Any | Unset = UNSET
    quantity: Any | Unset = UNSET
    available_quantity: Any | Unset = UNSET
    avg_buy_price: Any | Unset = UNSET
    current_price: Any | Unset = UNSET
    currency: Any | Unset = UNSET
    modified_on: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        underlying = self.underlying

        token_symbol = self.token_symbol

        name = self.name

        quantity = self.quantity

        available_quantity = self.available_quantity

        avg_buy_price = self.avg_buy_price

        current_price = self.current_price

        currency = self.currency

        modified_on = self.modified_on

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if underlying is not UNSET:
            field_dict["underlying"] = underlying
        if token_symbol is not UNSET:
            field_dict["tokenSymbol"] = token_symbol
        if name is not UNSET:
            field_dict["name"] = name
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if available_quantity is not UNSET:
            field_dict["availableQuantity"] = available_quantity
        if avg_buy_price is not UNSET:
            field_dict["avgBuyPrice"] = avg_buy_price
        if current_price is not UNSET:
            field_dict["currentPrice"] = current_price
        if currency is not UNSET:
            field_dict["currency"] = currency
        if modified_on is not UNSET:
            field_dict["modifiedOn"] = modified_on

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        underlying = d.pop("underlying", UNSET)

        token_symbol = d.pop("tokenSymbol", UNSET)

        name = d.pop("name", UNSET)

        quantity = d.pop("quantity", UNSET)

        available_quantity = d.pop("availableQuantity", UNSET)

        avg_buy_price = d.pop("avgBuyPrice", UNSET)

        current_price = d.pop("currentPrice", UNSET)

        currency = d.pop("currency", UNSET)

        modified_on = d.pop("modifiedOn", UNSET)

        tokenized_asset = cls(
            underlying=underlying,
            token_symbol=token_symbol,
            name=name,
            quantity=quantity,
            available_quantity=available_quantity,
            avg_buy_price=avg_buy_price,
            current_price=current_price,
            currency=currency,
            modified_on=modified_on,
        )

        tokenized_asset.additional_properties = d
        return tokenized_asset

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
