from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="OffboardingData")


@_attrs_define
class OffboardingData:
    """
    Attributes:
        entity_type (str):  Example: CUSTOMER.
        entity_id (UUID): Identification number in UUID format of customer, proxy or beneficial owner depending on the
            value of entityType
        reason (str):  Example: CUSTOMER_REQUEST_IMMEDIATE.
    """

    entity_type: str
    entity_id: UUID
    reason: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        entity_type = self.entity_type

        entity_id = str(self.entity_id)

        reason = self.reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "entityType": entity_type,
                "entityId": entity_id,
                "reason": reason,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        entity_type = d.pop("entityType")

        entity_id = UUID(d.pop("entityId"))

        reason = d.pop("reason")

        offboarding_data = cls(
            entity_type=entity_type,
            entity_id=entity_id,
            reason=reason,
        )

        offboarding_data.additional_properties = d
        return offboarding_data

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
