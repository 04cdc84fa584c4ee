from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="NaturalPersonWizardInstanceAssetDisclosuresData")


@_attrs_define
class NaturalPersonWizardInstanceAssetDisclosuresData:
    """
    Attributes:
        annual_income_net (float | Unset):
        source_of_income (list[str] | Unset):
        available_assets (float | Unset):
        origin_of_assets (list[str] | Unset):
    """

    annual_income_net: float | Unset = UNSET
    source_of_income: list[str] | Unset = UNSET
    available_assets: float | Unset = UNSET
    origin_of_assets: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        annual_income_net = self.annual_income_net

        source_of_income: list[str] | Unset = UNSET
        if not isinstance(self.source_of_income, Unset):
            source_of_income = self.source_of_income

        available_assets = self.available_assets

        origin_of_assets: list[str] | Unset = UNSET
        if not isinstance(self.origin_of_assets, Unset):
            origin_of_assets = self.origin_of_assets

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if annual_income_net is not UNSET:
            field_dict["annualIncomeNet"] = annual_income_net
        if source_of_income is not UNSET:
            field_dict["sourceOfIncome"] = source_of_income
        if available_assets is not UNSET:
            field_dict["availableAssets"] = available_assets
        if origin_of_assets is not UNSET:
            field_dict["originOfAssets"] = origin_of_assets

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        annual_income_net = d.pop("annualIncomeNet", UNSET)

        source_of_income = cast(list[str], d.pop("sourceOfIncome", UNSET))

        available_assets = d.pop("availableAssets", UNSET)

        origin_of_assets = cast(list[str], d.pop("originOfAssets", UNSET))

        natural_person_wizard_instance_asset_disclosures_data = cls(
            annual_income_net=annual_income_net,
            source_of_income=source_of_income,
            available_assets=available_assets,
            origin_of_assets=origin_of_assets,
        )

        natural_person_wizard_instance_asset_disclosures_data.additional_properties = d
        return natural_person_wizard_instance_asset_disclosures_data

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
