from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="RoleOffboardingData")


@_attrs_define
class RoleOffboardingData:
    """
    Attributes:
        role_type (str):  Example: CUSTOMER.
        role_id (UUID): Identification number in UUID format of the role (customer or proxy)
        reason (str):  Example: CUSTOMER_REQUEST_IMMEDIATE.
    """

    role_type: str
    role_id: UUID
    reason: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        role_type = self.role_type

        role_id = str(self.role_id)

        reason = self.reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "roleType": role_type,
                "roleId": role_id,
                "reason": reason,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        role_type = d.pop("roleType")

        role_id = UUID(d.pop("roleId"))

        reason = d.pop("reason")

        role_offboarding_data = cls(
            role_type=role_type,
            role_id=role_id,
            reason=reason,
        )

        role_offboarding_data.additional_properties = d
        return role_offboarding_data

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
