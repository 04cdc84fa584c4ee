from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateNaturalPersonResultV1")


@_attrs_define
class CreateNaturalPersonResultV1:
    """
    Attributes:
        natural_person_id (str | Unset):  Example: 123e4567-e89b-12d3-a456-426614174000.
    """

    natural_person_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        natural_person_id = self.natural_person_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if natural_person_id is not UNSET:
            field_dict["naturalPersonId"] = natural_person_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        natural_person_id = d.pop("naturalPersonId", UNSET)

        create_natural_person_result_v1 = cls(
            natural_person_id=natural_person_id,
        )

        create_natural_person_result_v1.additional_properties = d
        return create_natural_person_result_v1

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
