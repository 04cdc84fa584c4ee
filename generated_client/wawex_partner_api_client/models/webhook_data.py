from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.event_type_enum import EventTypeEnum, check_event_type_enum
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.header import Header


T = TypeVar("T", bound="WebhookData")


@_attrs_define
class WebhookData:
    """
    Attributes:
        event_type (EventTypeEnum):
        url (str): The URL must be HTTPS.
        headers (list[Header] | Unset):
    """

    event_type: EventTypeEnum
    url: str
    headers: list[Header] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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
        event_type = check_event_type_enum(d.pop("eventType"))

        url = d.pop("url")

        _headers = d.pop("headers", UNSET)
        headers: list[Header] | Unset = UNSET
        if _headers is not UNSET:
            headers = []
            for headers_item_data in _headers:
                headers_item = Header.from_dict(headers_item_data)

                headers.append(headers_item)

        webhook_data = cls(
            event_type=event_type,
            url=url,
            headers=headers,
        )

        webhook_data.additional_properties = d
        return webhook_data

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
