from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.notification_validation_error import NotificationValidationError


T = TypeVar("T", bound="IdentificationVerificationNotification")


@_attrs_define
class IdentificationVerificationNotification:
    """
    Attributes:
        identification_verification_id (str | Unset):  Example: 123e4567-e89b-12d3-a456-426614174000.
        natural_person_id (str | Unset):  Example: 123e4567-e89b-12d3-a456-426614174000.
        modified_on (str | Unset):  Example: 2025-07-10T01:49:17.074Z.
        status (str | Unset):  Example: RECEIVED.
        notification_type (str | Unset):  Example: CREATED.
        validation_error (NotificationValidationError | Unset):
    """

    identification_verification_id: str | Unset = UNSET
    natural_person_id: str | Unset = UNSET
    modified_on: str | Unset = UNSET
    status: str | Unset = UNSET
    notification_type: str | Unset = UNSET
    validation_error: NotificationValidationError | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        identification_verification_id = self.identification_verification_id

        natural_person_id = self.natural_person_id

        modified_on = self.modified_on

        status = self.status

        notification_type = self.notification_type

        validation_error: dict[str, Any] | Unset = UNSET
        if not isinstance(self.validation_error, Unset):
            validation_error = self.validation_error.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if identification_verification_id is not UNSET:
            field_dict["identificationVerificationId"] = identification_verification_id
        if natural_person_id is not UNSET:
            field_dict["naturalPersonId"] = natural_person_id
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
        identification_verification_id = d.pop("identificationVerificationId", UNSET)

        natural_person_id = d.pop("naturalPersonId", UNSET)

        modified_on = d.pop("modifiedOn", UNSET)

        status = d.pop("status", UNSET)

        notification_type = d.pop("notificationType", UNSET)

        _validation_error = d.pop("validationError", UNSET)
        validation_error: NotificationValidationError | Unset
        if isinstance(_validation_error, Unset):
            validation_error = UNSET
        else:
            validation_error = NotificationValidationError.from_dict(_validation_error)

        identification_verification_notification = cls(
            identification_verification_id=identification_verification_id,
            natural_person_id=natural_person_id,
            modified_on=modified_on,
            status=status,
            notification_type=notification_type,
            validation_error=validation_error,
        )

        identification_verification_notification.additional_properties = d
        return identification_verification_notification

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
