from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="User")


@_attrs_define
class User:
    """
    Attributes:
        user_id (str | Unset):  Example: 123e4567-e89b-12d3-a456-426614174000.
        global_id (str | Unset):  Example: text.
        status (str | Unset):  Example: RECEIVED.
        created_on (str | Unset):  Example: 2025-06-13T06:35:28.018Z.
        modified_on (str | Unset):  Example: 2025-06-13T06:35:28.018Z.
        gender (str | Unset):  Example: MALE.
        first_name (str | Unset):  Example: text.
    """

    user_id: str | Unset = UNSET
    global_id: str | Unset = UNSET
    status: str | Unset = UNSET
    created_on: str | Unset = UNSET
    modified_on: str | Unset = UNSET
    gender: str | Unset = UNSET
    first_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        global_id = self.global_id

        status = self.status

        created_on = self.created_on

        modified_on = self.modified_on

        gender = self.gender

        first_name = self.first_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if user_id is not UNSET:
            field_dict["userId"] = user_id
        if global_id is not UNSET:
            field_dict["globalId"] = global_id
        if status is not UNSET:
            field_dict["status"] = status
        if created_on is not UNSET:
            field_dict["createdOn"] = created_on
        if modified_on is not UNSET:
            field_dict["modifiedOn"] = modified_on
        if gender is not UNSET:
            field_dict["gender"] = gender
        if first_name is not UNSET:
            field_dict["firstName"] = first_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        user_id = d.pop("userId", UNSET)

        global_id = d.pop("globalId", UNSET)

        status = d.pop("status", UNSET)

        created_on = d.pop("createdOn", UNSET)

        modified_on = d.pop("modifiedOn", UNSET)

        gender = d.pop("gender", UNSET)

        first_name = d.pop("firstName", UNSET)

        user = cls(
            user_id=user_id,
            global_id=global_id,
            status=status,
            created_on=created_on,
            modified_on=modified_on,
            gender=gender,
            first_name=first_name,
        )

        user.additional_properties = d
        return user

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
