from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DocumentV1")


@_attrs_define
class DocumentV1:
    """
    Attributes:
        document_id (str | Unset):  Example: 123e4567-e89b-12d3-a456-426614174000.
        size (int | Unset):  Example: 1.
        status (Any | Unset):
        name (str | Unset):  Example: text.
    """

    document_id: str | Unset = UNSET
    size: int | Unset = UNSET
    status: Any | Unset = UNSET
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        document_id = self.document_id

        size = self.size

        status = self.status

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if document_id is not UNSET:
            field_dict["documentId"] = document_id
        if size is not UNSET:
            field_dict["size"] = size
        if status is not UNSET:
            field_dict["status"] = status
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        document_id = d.pop("documentId", UNSET)

        size = d.pop("size", UNSET)

        status = d.pop("status", UNSET)

        name = d.pop("name", UNSET)

        document_v1 = cls(
            document_id=document_id,
            size=size,
            status=status,
            name=name,
        )

        document_v1.additional_properties = d
        return document_v1

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
