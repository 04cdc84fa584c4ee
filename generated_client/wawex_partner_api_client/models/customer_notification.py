from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.notification_validation_error import NotificationValidationError


T = TypeVar("T", bound="CustomerNotification")


@_attrs_define
class CustomerNotification:
    """
    Attributes:
        customer_id (UUID | Unset):
        modified_on (datetime.datetime | Unset):
        status (str | Unset):  Example: CREATED.
        notification_type (str | Unset):  Example: CREATED.
        validation_error (NotificationValidationError | Unset):
    """

    customer_id: UUID | Unset = UNSET
    modified_on: datetime.datetime | Unset = UNSET
    status: str | Unset = UNSET
    notification_type: str | Unset = UNSET
    validation_error: NotificationValidationError | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        customer_id: str | Unset = UNSET
        if not isinstance(self.customer_id, Unset):
            customer_id = str(self.customer_id)

        modified_on: str | Unset = UNSET
        if not isinstance(self.modified_on, Unset):
            modified_on = self.modified_on.isoformat()

        status = self.status

        notification_type = self.notification_type

        validation_error: dict[str, Any] | Unset = UNSET
        if not isinstance(self.validation_error, Unset):
            validation_error = self.validation_error.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if customer_id is not UNSET:
            field_dict["customerId"] = customer_id
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
        from ..models.notification_validation_error import NotificationValidationError  # noqa: PLC0415

        d = dict(src_dict)
        _customer_id = d.pop("customerId", UNSET)
        customer_id: UUID | Unset
        if isinstance(_customer_id, Unset):
            customer_id = UNSET
        else:
            customer_id = UUID(_customer_id)

        _modified_on = d.pop("modifiedOn", UNSET)
        modified_on: datetime.datetime | Unset
        if isinstance(_modified_on, Unset):
            modified_on = UNSET
        else:
            modified_on = datetime.datetime.fromisoformat(_modified_on)

        status = d.pop("status", UNSET)

        notification_type = d.pop("notificationType", UNSET)

        _validation_error = d.pop("validationError", UNSET)
        validation_error: NotificationValidationError | Unset
        if isinstance(_validation_error, Unset):
            validation_error = UNSET
        else:
            validation_error = NotificationValidationError.from_dict(_validation_error)

        customer_notification = cls(
            customer_id=customer_id,
            modified_on=modified_on,
            status=status,
            notification_type=notification_type,
            validation_error=validation_error,
        )

        customer_notification.additional_properties = d
        return customer_notification

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
