from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.error_details import ErrorDetails


T = TypeVar("T", bound="ErrorMessage")


@_attrs_define
class ErrorMessage:
    """
    Attributes:
        message (str):
        response_type (str):
        request_id (str):
        validation_string (str | Unset):
        error_code (str | Unset):
        error_details (list[ErrorDetails] | Unset):
    """

    message: str
    response_type: str
    request_id: str
    validation_string: str | Unset = UNSET
    error_code: str | Unset = UNSET
    error_details: list[ErrorDetails] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        response_type = self.response_type

        request_id = self.request_id

        validation_string = self.validation_string

        error_code = self.error_code

        error_details: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.error_details, Unset):
            error_details = []
            for error_details_item_data in self.error_details:
                error_details_item = error_details_item_data.to_dict()
                error_details.append(error_details_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message": message,
                "responseType": response_type,
                "requestId": request_id,
            }
        )
        if validation_string is not UNSET:
            field_dict["validationString"] = validation_string
        if error_code is not UNSET:
            field_dict["errorCode"] = error_code
        if error_details is not UNSET:
            field_dict["errorDetails"] = error_details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.error_details import ErrorDetails  # noqa: PLC0415

        d = dict(src_dict)
        message = d.pop("message")

        response_type = d.pop("responseType")

        request_id = d.pop("requestId")

        validation_string = d.pop("validationString", UNSET)

        error_code = d.pop("errorCode", UNSET)

        _error_details = d.pop("errorDetails", UNSET)
        error_details: list[ErrorDetails] | Unset = UNSET
        if _error_details is not UNSET:
            error_details = []
            for error_details_item_data in _error_details:
                error_details_item = ErrorDetails.from_dict(error_details_item_data)

                error_details.append(error_details_item)

        error_message = cls(
            message=message,
            response_type=response_type,
            request_id=request_id,
            validation_string=validation_string,
            error_code=error_code,
            error_details=error_details,
        )

        error_message.additional_properties = d
        return error_message

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
