from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Offboarding")


@_attrs_define
class Offboarding:
    """
    Attributes:
        offboarding_id (str | Unset):  Example: 123e4567-e89b-12d3-a456-426614174000.
        status (str | Unset):  Example: RECEIVED.
        entity_type (str | Unset):  Example: CUSTOMER.
        entity_id (str | Unset):  Example: 123e4567-e89b-12d3-a456-426614174000.
        reason (str | Unset):  Example: CUSTOMER_REQUEST_IMMEDIATE.
        created_on (str | Unset):  Example: 2025-11-18T09:13:16.352Z.
        modified_on (str | Unset):  Example: 2025-11-18T09:13:16.352Z.
    """

    offboarding_id: str | Unset = UNSET
    status: str | Unset = UNSET
    entity_type: str | Unset = UNSET
    entity_id: str | Unset = UNSET
    reason: str | Unset = UNSET
    created_on: str | Unset = UNSET
    modified_on: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        offboarding_id = self.offboarding_id

        status = self.status

        entity_type = self.entity_type

        entity_id = self.entity_id

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
        if entity_type is not UNSET:
            field_dict["entityType"] = entity_type
        if entity_id is not UNSET:
            field_dict["entityId"] = entity_id
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

        entity_type = d.pop("entityType", UNSET)

        entity_id = d.pop("entityId", UNSET)

        reason = d.pop("reason", UNSET)

        created_on = d.pop("createdOn", UNSET)

        modified_on = d.pop("modifiedOn", UNSET)

        offboarding = cls(
            offboarding_id=offboarding_id,
            status=status,
            entity_type=entity_type,
            entity_id=entity_id,
            reason=reason,
            created_on=created_on,
            modified_on=modified_on,
        )

        offboarding.additional_properties = d
        return offboarding

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
