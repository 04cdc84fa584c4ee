from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PartnerDocument")


@_attrs_define
class PartnerDocument:
    """
    Attributes:
        document_id (UUID):
        size (int): file size in kB
        version (int): document version
        name (str):
        type_ (str): This list may change in the future.
        created_on (datetime.datetime):
        modified_on (datetime.datetime):
        valid_from (datetime.date | Unset):
        valid_until (datetime.date | Unset):
        description (str | Unset):
    """

    document_id: UUID
    size: int
    version: int
    name: str
    type_: str
    created_on: datetime.datetime
    modified_on: datetime.datetime
    valid_from: datetime.date | Unset = UNSET
    valid_until: datetime.date | Unset = UNSET
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        document_id = str(self.document_id)

        size = self.size

        version = self.version

        name = self.name

        type_ = self.type_

        created_on = self.created_on.isoformat()

        modified_on = self.modified_on.isoformat()

        valid_from: str | Unset = UNSET
        if not isinstance(self.valid_from, Unset):
            valid_from = self.valid_from.isoformat()

        valid_until: str | Unset = UNSET
        if not isinstance(self.valid_until, Unset):
            valid_until = self.valid_until.isoformat()

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "documentId": document_id,
                "size": size,
                "version": version,
                "name": name,
                "type": type_,
                "createdOn": created_on,
                "modifiedOn": modified_on,
            }
        )
        if valid_from is not UNSET:
            field_dict["validFrom"] = valid_from
        if valid_until is not UNSET:
            field_dict["validUntil"] = valid_until
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        document_id = UUID(d.pop("documentId"))

        size = d.pop("size")

        version = d.pop("version")

        name = d.pop("name")

        type_ = d.pop("type")

        created_on = datetime.datetime.fromisoformat(d.pop("createdOn"))

        modified_on = datetime.datetime.fromisoformat(d.pop("modifiedOn"))

        _valid_from = d.pop("validFrom", UNSET)
        valid_from: datetime.date | Unset
        if isinstance(_valid_from, Unset):
            valid_from = UNSET
        else:
            valid_from = datetime.date.fromisoformat(_valid_from)

        _valid_until = d.pop("validUntil", UNSET)
        valid_until: datetime.date | Unset
        if isinstance(_valid_until, Unset):
            valid_until = UNSET
        else:
            valid_until = datetime.date.fromisoformat(_valid_until)

        description = d.pop("description", UNSET)

        partner_document = cls(
            document_id=document_id,
            size=size,
            version=version,
            name=name,
            type_=type_,
            created_on=created_on,
            modified_on=modified_on,
            valid_from=valid_from,
            valid_until=valid_until,
            description=description,
        )

        partner_document.additional_properties = d
        return partner_document

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
