from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RoleOffboarding")


@_attrs_define
class RoleOffboarding:
    """
    Attributes:
        offboarding_id (str | Unset):  Example: 123e4567-e89b-12d3-a456-426614174000.
        status (str | Unset):  Example: RECEIVED.
        role_type (str | Unset):  Example: CUSTOMER.
        role_id (str | Unset):  Example: 123e4567-e89b-12d3-a456-426614174000.
        reason (str | Unset):  Example: CUSTOMER_REQUEST_IMMEDIATE.
        created_on (str | Unset):  Example: 2025-12-04T15:59:40.705Z.
        modified_on (str | Unset):  Example: 2025-12-04T15:59:40.705Z.
    """

    offboarding_id: str | Unset = UNSET
    status: str | Unset = UNSET
    role_type: str | Unset = UNSET
    role_id: str | Unset = UNSET
    reason: str | Unset = UNSET
    created_on: str | Unset = UNSET
    modified_on: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        offboarding_id = self.offboarding_id

        status = self.status

        role_type = self.role_type

        role_id = self.role_id

        reason = self.reason

        created_on = self.created_on

        modified_on = self.modified_on

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if offboarding_id is not UNSET:
            field_dict["offboardingId"] = offboarding_id
        if status is not UNSET:
            field_dict["status"] = status
        if role_type is not UNSET:
            field_dict["roleType"] = role_type
        if role_id is not UNSET:
            field_dict["roleId"] = role_id
        if reason is not UNSET:
            field_dict["reason"] = reason
        if created_on is not UNSET:
            field_dict["createdOn"] = created_on
        if modified_on is not UNSET:
            field_dict["modifiedOn"] = modified_on

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        offboarding_id = d.pop("offboardingId", UNSET)

        status = d.pop("status", UNSET)

        role_type = d.pop("roleType", UNSET)

        role_id = d.pop("roleId", UNSET)

        reason = d.pop("reason", UNSET)

        created_on = d.pop("createdOn", UNSET)

        modified_on = d.pop("modifiedOn", UNSET)

        role_offboarding = cls(
            offboarding_id=offboarding_id,
            status=status,
            role_type=role_type,
            role_id=role_id,
            reason=reason,
            created_on=created_on,
            modified_on=modified_on,
        )

        role_offboarding.additional_properties = d
        return role_offboarding

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
