from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Onboarding")


@_attrs_define
class Onboarding:
    """
    Attributes:
        onboarding_id (str | Unset):  Example: 123e4567-e89b-12d3-a456-426614174000.
        status (str | Unset):  Example: CREATED.
        entity_type (str | Unset):  Example: CUSTOMER.
        entity_id (str | Unset):  Example: 123e4567-e89b-12d3-a456-426614174000.
        created_on (str | Unset):  Example: 2025-07-10T02:30:11.402Z.
        modified_on (str | Unset):  Example: 2025-07-10T02:30:11.402Z.
    """

    onboarding_id: str | Unset = UNSET
    status: str | Unset = UNSET
    entity_type: str | Unset = UNSET
    entity_id: str | Unset = UNSET
    created_on: str | Unset = UNSET
    modified_on: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        onboarding_id = self.onboarding_id

        status = self.status

        entity_type = self.entity_type

        entity_id = self.entity_id

        created_on = self.created_on

        modified_on = self.modified_on

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if onboarding_id is not UNSET:
            field_dict["onboardingId"] = onboarding_id
        if status is not UNSET:
            field_dict["status"] = status
        if entity_type is not UNSET:
            field_dict["entityType"] = entity_type
        if entity_id is not UNSET:
            field_dict["entityId"] = entity_id
        if created_on is not UNSET:
            field_dict["createdOn"] = created_on
        if modified_on is not UNSET:
            field_dict["modifiedOn"] = modified_on

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        onboarding_id = d.pop("onboardingId", UNSET)

        status = d.pop("status", UNSET)

        entity_type = d.pop("entityType", UNSET)

        entity_id = d.pop("entityId", UNSET)

        created_on = d.pop("createdOn", UNSET)

        modified_on = d.pop("modifiedOn", UNSET)

        onboarding = cls(
            onboarding_id=onboarding_id,
            status=status,
            entity_type=entity_type,
            entity_id=entity_id,
            created_on=created_on,
            modified_on=modified_on,
        )

        onboarding.additional_properties = d
        return onboarding

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
