from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.asset_cost_info import AssetCostInfo
    from ..models.order_cost_info import OrderCostInfo


T = TypeVar("T", bound="ExAnteCostResult")


@_attrs_define
class ExAnteCostResult:
    """
    Attributes:
        ex_ante_id (str | Unset):
        created_on (datetime.datetime | Unset):
        asset (AssetCostInfo | Unset):
        order (OrderCostInfo | Unset):
    """

    ex_ante_id: str | Unset = UNSET
    created_on: datetime.datetime | Unset = UNSET
    asset: AssetCostInfo | Unset = UNSET
    order: OrderCostInfo | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ex_ante_id = self.ex_ante_id

        created_on: str | Unset = UNSET
        if not isinstance(self.created_on, Unset):
            created_on = self.created_on.isoformat()

        asset: dict[str, Any] | Unset = UNSET
        if not isinstance(self.asset, Unset):
            asset = self.asset.to_dict()

        order: dict[str, Any] | Unset = UNSET
        if not isinstance(self.order, Unset):
            order = self.order.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ex_ante_id is not UNSET:
            field_dict["exAnteId"] = ex_ante_id
        if created_on is not UNSET:
            field_dict["createdOn"] = created_on
        if asset is not UNSET:
            field_dict["asset"] = asset
        if order is not UNSET:
            field_dict["order"] = order

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.asset_cost_info import AssetCostInfo  # noqa: PLC0415
        from ..models.order_cost_info import OrderCostInfo  # noqa: PLC0415

        d = dict(src_dict)
        ex_ante_id = d.pop("exAnteId", UNSET)

        _created_on = d.pop("createdOn", UNSET)
        created_on: datetime.datetime | Unset
        if isinstance(_created_on, Unset):
            created_on = UNSET
        else:
            created_on = datetime.datetime.fromisoformat(_created_on)

        _asset = d.pop("asset", UNSET)
        asset: AssetCostInfo | Unset
        if isinstance(_asset, Unset):
            asset = UNSET
        else:
            asset = AssetCostInfo.from_dict(_asset)

        _order = d.pop("order", UNSET)
        order: OrderCostInfo | Unset
        if isinstance(_order, Unset):
            order = UNSET
        else:
            order = OrderCostInfo.from_dict(_order)

        ex_ante_cost_result = cls(
            ex_ante_id=ex_ante_id,
            created_on=created_on,
            asset=asset,
            order=order,
        )

        ex_ante_cost_result.additional_properties = d
        return ex_ante_cost_result

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
