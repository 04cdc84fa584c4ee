from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SavingsPlansNotification")


@_attrs_define
class SavingsPlansNotification:
    """
    Attributes:
        savings_plan_id (Any | Unset):
        customer_id (Any | Unset):
        external_id (Any | Unset):
        modified_on (Any | Unset):
        status (Any | Unset):
        notification_type (Any | Unset):
        validation_error (Any | Unset):
    """

    savings_plan_id: Any | Unset = UNSET
    customer_id: Any | Unset = UNSET
    external_id: Any | Unset = UNSET
    modified_on: Any | Unset = UNSET
    status: Any | Unset = UNSET
    notification_type: Any | Unset = UNSET
    validation_error: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        savings_plan_id = self.savings_plan_id

        customer_id = self.customer_id

        external_id = self.external_id

        modified_on = self.modified_on

        status = self.status

        notification_type = self.notification_type

        validation_error = self.validation_error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if savings_plan_id is not UNSET:
            field_dict["savingsPlanId"] = savings_plan_id
        if customer_id is not UNSET:
            field_dict["customerId"] = customer_id
        if external_id is not UNSET:
            field_dict["externalId"] = external_id
        if modified_on is not UNSET:
            field_dict["modifiedOn"] = modified_on
        if status is not UNSET:
            field_dict["status"] = status
        if notification_type is not UNSET:
            field_dict["notificationType"] = notification_type
        if validation_error is not UNSET:
            field_dict["validationError"] = validation_error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        savings_plan_id = d.pop("savingsPlanId", UNSET)

        customer_id = d.pop("customerId", UNSET)

        external_id = d.pop("externalId", UNSET)

        modified_on = d.pop("modifiedOn", UNSET)

        status = d.pop("status", UNSET)

        notification_type = d.pop("notificationType", UNSET)

        validation_error = d.pop("validationError", UNSET)

        savings_plans_notification = cls(
            savings_plan_id=savings_plan_id,
            customer_id=customer_id,
            external_id=external_id,
            modified_on=modified_on,
            status=status,
            notification_type=notification_type,
            validation_error=validation_error,
        )

        savings_plans_notification.additional_properties = d
        return savings_plans_notification

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
