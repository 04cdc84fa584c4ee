from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SepaData")


@_attrs_define
class SepaData:
    """
    Attributes:
        sct (str | Unset): Whether this bank supports SEPA Credit Transfer (YES or NO).
        sdd (str | Unset):
    """

    sct: str | Unset = UNSET
    sdd: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sct = self.sct

        sdd = self.sdd

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sct is not UNSET:
            field_dict["SCT"] = sct
        if sdd is not UNSET:
            field_dict["SDD"] = sdd

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        sct = d.pop("SCT", UNSET)

        sdd = d.pop("SDD", UNSET)

        sepa_data = cls(
            sct=sct,
            sdd=sdd,
        )

        sepa_data.additional_properties = d
        return sepa_data

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
