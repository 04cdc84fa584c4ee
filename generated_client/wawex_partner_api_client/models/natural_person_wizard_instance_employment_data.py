from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.natural_person_wizard_instance_employment_data_nace_sectors_item import (
        NaturalPersonWizardInstanceEmploymentDataNaceSectorsItem,
    )


T = TypeVar("T", bound="NaturalPersonWizardInstanceEmploymentData")


@_attrs_define
class NaturalPersonWizardInstanceEmploymentData:
    """
    Attributes:
        profession (str | Unset):
        profession_group (str | Unset):  Example: EMPLOYED.
        nace_sectors (list[NaturalPersonWizardInstanceEmploymentDataNaceSectorsItem] | Unset):
    """

    profession: str | Unset = UNSET
    profession_group: str | Unset = UNSET
    nace_sectors: (
        list[NaturalPersonWizardInstanceEmploymentDataNaceSectorsItem] | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        profession = self.profession

        profession_group = self.profession_group

        nace_sectors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.nace_sectors, Unset):
            nace_sectors = []
            for nace_sectors_item_data in self.nace_sectors:
                nace_sectors_item = nace_sectors_item_data.to_dict()
                nace_sectors.append(nace_sectors_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if profession is not UNSET:
            field_dict["profession"] = profession
        if profession_group is not UNSET:
            field_dict["professionGroup"] = profession_group
        if nace_sectors is not UNSET:
            field_dict["naceSectors"] = nace_sectors

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.natural_person_wizard_instance_employment_data_nace_sectors_item import (
            NaturalPersonWizardInstanceEmploymentDataNaceSectorsItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        profession = d.pop("profession", UNSET)

        profession_group = d.pop("professionGroup", UNSET)

        _nace_sectors = d.pop("naceSectors", UNSET)
        nace_sectors: (
            list[NaturalPersonWizardInstanceEmploymentDataNaceSectorsItem] | Unset
        ) = UNSET
        if _nace_sectors is not UNSET:
            nace_sectors = []
            for nace_sectors_item_data in _nace_sectors:
                nace_sectors_item = (
                    NaturalPersonWizardInstanceEmploymentDataNaceSectorsItem.from_dict(
                        nace_sectors_item_data
                    )
                )

                nace_sectors.append(nace_sectors_item)

        natural_person_wizard_instance_employment_data = cls(
            profession=profession,
            profession_group=profession_group,
            nace_sectors=nace_sectors,
        )

        natural_person_wizard_instance_employment_data.additional_properties = d
        return natural_person_wizard_instance_employment_data

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
