from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="NaturalPersonRolesItem")


@_attrs_define
class NaturalPersonRolesItem:
    """
    Attributes:
        role_name (str | Unset):  Example: CUSTOMER.
        role_id (str | Unset):  Example: 123e4567-e89b-12d3-a456-426614174000.
        related_customer_id (str | Unset):  Example: 123e4567-e89b-12d3-a456-426614174000.
    """

    role_name: str | Unset = UNSET
    role_id: str | Unset = UNSET
    related_customer_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        role_name = self.role_name

        role_id = self.role_id

        related_customer_id = self.related_customer_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if role_name is not UNSET:
            field_dict["roleName"] = role_name
        if role_id is not UNSET:
            field_dict["roleId"] = role_id
        if related_customer_id is not UNSET:
            field_dict["relatedCustomerId"] = related_customer_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        role_name = d.pop("roleName", UNSET)

        role_id = d.pop("roleId", UNSET)

        related_customer_id = d.pop("relatedCustomerId", UNSET)

        natural_person_roles_item = cls(
            role_name=role_name,
            role_id=role_id,
            related_customer_id=related_customer_id,
        )

        natural_person_roles_item.additional_properties = d
        return natural_person_roles_item

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
