from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DigitalAssetsMarketOrderData")


@_attrs_define
class DigitalAssetsMarketOrderData:
    """
    Attributes:
        symbol (str | Unset):
        asset_type (str | Unset):  Example: CRYPTOCURRENCY.
        quantity_type (str | Unset):  Example: UNIT.
        quantity (float | Unset):
    """

    symbol: str | Unset = UNSET
    asset_type: str | Unset = UNSET
    quantity_type: str | Unset = UNSET
    quantity: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        symbol = self.symbol

        asset_type = self.asset_type

        quantity_type = self.quantity_type

        quantity = self.quantity

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if symbol is not UNSET:
            field_dict["symbol"] = symbol
        if asset_type is not UNSET:
            field_dict["assetType"] = asset_type
        if quantity_type is not UNSET:
            field_dict["quantityType"] = quantity_type
        if quantity is not UNSET:
            field_dict["quantity"] = quantity

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        symbol = d.pop("symbol", UNSET)

        asset_type = d.pop("assetType", UNSET)

        quantity_type = d.pop("quantityType", UNSET)

        quantity = d.pop("quantity", UNSET)

        digital_assets_market_order_data = cls(
            symbol=symbol,
            asset_type=asset_type,
            quantity_type=quantity_type,
            quantity=quantity,
        )

        digital_assets_market_order_data.additional_properties = d
        return digital_assets_market_order_data

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
