from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.event_type_enum import EventTypeEnum, check_event_type_enum
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.header import Header


T = TypeVar("T", bound="Webhook")


@_attrs_define
class Webhook:
    """
    Attributes:
        created_on (datetime.datetime):
        modified_on (datetime.datetime):
        event_type (EventTypeEnum):
        url (str): The URL must be HTTPS.
        headers (list[Header] | Unset): List of headers which should be sent to the webhook.
    """

    created_on: datetime.datetime
    modified_on: datetime.datetime
    event_type: EventTypeEnum
    url: str
    headers: list[Header] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_on = self.created_on.isoformat()

        modified_on = self.modified_on.isoformat()

        event_type: str = self.event_type

        url = self.url

        headers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.headers, Unset):
            headers = []
            for headers_item_data in self.headers:
                headers_item = headers_item_data.to_dict()
                headers.append(headers_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "createdOn": created_on,
                "modifiedOn": modified_on,
                "eventType": event_type,
                "url": url,
            }
        )
        if headers is not UNSET:
            field_dict["headers"] = headers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.header import Header  # noqa: PLC0415

        d = dict(src_dict)
        created_on = datetime.datetime.fromisoformat(d.pop("createdOn"))

        modified_on = datetime.datetime.fromisoformat(d.pop("modifiedOn"))

        event_type = check_event_type_enum(d.pop("eventType"))

        url = d.pop("url")

        _headers = d.pop("headers", UNSET)
        headers: list[Header] | Unset = UNSET
        if _headers is not UNSET:
            headers = []
            for headers_item_data in _headers:
                headers_item = Header.from_dict(headers_item_data)

                headers.append(headers_item)

        webhook = cls(
            created_on=created_on,
            modified_on=modified_on,
            event_type=event_type,
            url=url,
            headers=headers,
        )

        webhook.additional_properties = d
        return webhook

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
