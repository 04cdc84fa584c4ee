from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.notification_validation_error import NotificationValidationError


T = TypeVar("T", bound="LabelsUpdateNotification")


@_attrs_define
class LabelsUpdateNotification:
    """
    Attributes:
        updated_customers (list[str] | Unset):
        notification_type (str | Unset):  Example: CREATED.
        validation_error (NotificationValidationError | Unset):
    """

    updated_customers: list[str] | Unset = UNSET
    notification_type: str | Unset = UNSET
    validation_error: NotificationValidationError | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        updated_customers: list[str] | Unset = UNSET
        if not isinstance(self.updated_customers, Unset):
            updated_customers = self.updated_customers

        notification_type = self.notification_type

        validation_error: dict[str, Any] | Unset = UNSET
        if not isinstance(self.validation_error, Unset):
            validation_error = self.validation_error.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if updated_customers is not UNSET:
            field_dict["updatedCustomers"] = updated_customers
        if notification_type is not UNSET:
            field_dict["notificationType"] = notification_type
        if validation_error is not UNSET:
            field_dict["validationError"] = validation_error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.notification_validation_error import NotificationValidationError  # noqa: PLC0415

        d = dict(src_dict)
        updated_customers = cast(list[str], d.pop("updatedCustomers", UNSET))

        notification_type = d.pop("notificationType", UNSET)

        _validation_error = d.pop("validationError", UNSET)
        validation_error: NotificationValidationError | Unset
        if isinstance(_validation_error, Unset):
            validation_error = UNSET
        else:
            validation_error = NotificationValidationError.from_dict(_validation_error)

        labels_update_notification = cls(
            updated_customers=updated_customers,
            notification_type=notification_type,
            validation_error=validation_error,
        )

        labels_update_notification.additional_properties = d
        return labels_update_notification

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
