from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.natural_person_wizard_instance import NaturalPersonWizardInstance


T = TypeVar("T", bound="NaturalPersonWizardInstances")


@_attrs_define
class NaturalPersonWizardInstances:
    """
    Attributes:
        open_wizard_count (int | Unset):
        data (list[NaturalPersonWizardInstance] | Unset):
    """

    open_wizard_count: int | Unset = UNSET
    data: list[NaturalPersonWizardInstance] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        open_wizard_count = self.open_wizard_count

        data: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = []
            for data_item_data in self.data:
                data_item = data_item_data.to_dict()
                data.append(data_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if open_wizard_count is not UNSET:
            field_dict["openWizardCount"] = open_wizard_count
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.natural_person_wizard_instance import NaturalPersonWizardInstance  # noqa: PLC0415

        d = dict(src_dict)
        open_wizard_count = d.pop("openWizardCount", UNSET)

        _data = d.pop("data", UNSET)
        data: list[NaturalPersonWizardInstance] | Unset = UNSET
        if _data is not UNSET:
            data = []
            for data_item_data in _data:
                data_item = NaturalPersonWizardInstance.from_dict(data_item_data)

                data.append(data_item)

        natural_person_wizard_instances = cls(
            open_wizard_count=open_wizard_count,
            data=data,
        )

        natural_person_wizard_instances.additional_properties = d
        return natural_person_wizard_instances

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
