from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WawexMarketOrderDetails")


@_attrs_define
class WawexMarketOrderDetails:
    """
    Attributes:
        symbol (str | Unset):
        quantity_type (str | Unset):  Example: UNIT.
        quantity (float | Unset):
        asset_type (str | Unset):  Example: CRYPTOCURRENCY.
    """

    symbol: str | Unset = UNSET
    quantity_type: str | Unset = UNSET
    quantity: float | Unset = UNSET
    asset_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        symbol = self.symbol

        quantity_type = self.quantity_type

        quantity = self.quantity

        asset_type = self.asset_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if symbol is not UNSET:
            field_dict["symbol"] = symbol
        if quantity_type is not UNSET:
            field_dict["quantityType"] = quantity_type
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if asset_type is not UNSET:
            field_dict["assetType"] = asset_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        symbol = d.pop("symbol", UNSET)

        quantity_type = d.pop("quantityType", UNSET)

        quantity = d.pop("quantity", UNSET)

        asset_type = d.pop("assetType", UNSET)

        wawex_market_order_details = cls(
            symbol=symbol,
            quantity_type=quantity_type,
            quantity=quantity,
            asset_type=asset_type,
        )

        wawex_market_order_details.additional_properties = d
        return wawex_market_order_details

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
