from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.document_resource_type_enum import (
    DocumentResourceTypeEnum,
    check_document_resource_type_enum,
)
from ..models.document_status_enum import DocumentStatusEnum, check_document_status_enum
from ..types import UNSET, Unset

T = TypeVar("T", bound="Document")


@_attrs_define
class Document:
    """
    Attributes:
        document_id (UUID):
        size (int): file size in kB
        status (DocumentStatusEnum):
        created_on (datetime.datetime):
        modified_on (datetime.datetime):
        name (str):
        resource_type (DocumentResourceTypeEnum):
        type_ (str): This list may change in the future. Example: KYC.
        resource_id (UUID): Identification number in UUID format of resource of type identified by the value of
            `resourceType` field
        valid_until (datetime.datetime | Unset):
        description (str | Unset):
        external_id (str | Unset): External Id in partner's system. This value has to be unique
    """

    document_id: UUID
    size: int
    status: DocumentStatusEnum
    created_on: datetime.datetime
    modified_on: datetime.datetime
    name: str
    resource_type: DocumentResourceTypeEnum
    type_: str
    resource_id: UUID
    valid_until: datetime.datetime | Unset = UNSET
    description: str | Unset = UNSET
    external_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        document_id = str(self.document_id)

        size = self.size

        status: str = self.status

        created_on = self.created_on.isoformat()

        modified_on = self.modified_on.isoformat()

        name = self.name

        resource_type: str = self.resource_type

        type_ = self.type_

        resource_id = str(self.resource_id)

        valid_until: str | Unset = UNSET
        if not isinstance(self.valid_until, Unset):
            valid_until = self.valid_until.isoformat()

        description = self.description

        external_id = self.external_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "documentId": document_id,
                "size": size,
                "status": status,
                "createdOn": created_on,
                "modifiedOn": modified_on,
                "name": name,
                "resourceType": resource_type,
                "type": type_,
                "resourceId": resource_id,
            }
        )
        if valid_until is not UNSET:
            field_dict["validUntil"] = valid_until
        if description is not UNSET:
            field_dict["description"] = description
        if external_id is not UNSET:
            field_dict["externalId"] = external_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        document_id = UUID(d.pop("documentId"))

        size = d.pop("size")

        status = check_document_status_enum(d.pop("status"))

        created_on = datetime.datetime.fromisoformat(d.pop("createdOn"))

        modified_on = datetime.datetime.fromisoformat(d.pop("modifiedOn"))

        name = d.pop("name")

        resource_type = check_document_resource_type_enum(d.pop("resourceType"))

        type_ = d.pop("type")

        resource_id = UUID(d.pop("resourceId"))

        _valid_until = d.pop("validUntil", UNSET)
        valid_until: datetime.datetime | Unset
        if isinstance(_valid_until, Unset):
            valid_until = UNSET
        else:
            valid_until = datetime.datetime.fromisoformat(_valid_until)

        description = d.pop("description", UNSET)

        external_id = d.pop("externalId", UNSET)

        document = cls(
            document_id=document_id,
            size=size,
            status=status,
            created_on=created_on,
            modified_on=modified_on,
            name=name,
            resource_type=resource_type,
            type_=type_,
            resource_id=resource_id,
            valid_until=valid_until,
            description=description,
            external_id=external_id,
        )

        document.additional_properties = d
        return document

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
