from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ExAnteSavingsPlansCostResult")


@_attrs_define
class ExAnteSavingsPlansCostResult:
    """
    Attributes:
        ex_ante_id (Any | Unset):
        asset (Any | Unset):
        savings_plans (Any | Unset):
        purchase_costs (Any | Unset):
        product_costs (Any | Unset):
        sale_costs (Any | Unset):
        total (Any | Unset):
        timeline (Any | Unset):
        meta_info (Any | Unset):
    """

    ex_ante_id: Any | Unset = UNSET
    asset: Any | Unset = UNSET
    savings_plans: Any | Unset = UNSET
    purchase_costs: Any | Unset = UNSET
    product_costs: Any | Unset = UNSET
    sale_costs: Any | Unset = UNSET
    total: Any | Unset = UNSET
    timeline: Any | Unset = UNSET
    meta_info: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ex_ante_id = self.ex_ante_id

        asset = self.asset

        savings_plans = self.savings_plans

        purchase_costs = self.purchase_costs

        product_costs = self.product_costs

        sale_costs = self.sale_costs

        total = self.total

        timeline = self.timeline

        meta_info = self.meta_info

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ex_ante_id is not UNSET:
            field_dict["exAnteId"] = ex_ante_id
        if asset is not UNSET:
            field_dict["asset"] = asset
        if savings_plans is not UNSET:
            field_dict["savingsPlans"] = savings_plans
        if purchase_costs is not UNSET:
            field_dict["purchaseCosts"] = purchase_costs
        if product_costs is not UNSET:
            field_dict["productCosts"] = product_costs
        if sale_costs is not UNSET:
            field_dict["saleCosts"] = sale_costs
        if total is not UNSET:
            field_dict["total"] = total
        if timeline is not UNSET:
            field_dict["timeline"] = timeline
        if meta_info is not UNSET:
            field_dict["metaInfo"] = meta_info

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        ex_ante_id = d.pop("exAnteId", UNSET)

        asset = d.pop("asset", UNSET)

        savings_plans = d.pop("savingsPlans", UNSET)

        purchase_costs = d.pop("purchaseCosts", UNSET)

        product_costs = d.pop("productCosts", UNSET)

        sale_costs = d.pop("saleCosts", UNSET)

        total = d.pop("total", UNSET)

        timeline = d.pop("timeline", UNSET)

        meta_info = d.pop("metaInfo", UNSET)

        ex_ante_savings_plans_cost_result = cls(
            ex_ante_id=ex_ante_id,
            asset=asset,
            savings_plans=savings_plans,
            purchase_costs=purchase_costs,
            product_costs=product_costs,
            sale_costs=sale_costs,
            total=total,
            timeline=timeline,
            meta_info=meta_info,
        )

        ex_ante_savings_plans_cost_result.additional_properties = d
        return ex_ante_savings_plans_cost_result

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
