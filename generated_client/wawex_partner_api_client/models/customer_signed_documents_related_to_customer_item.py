from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomerSignedDocumentsRelatedToCustomerItem")


@_attrs_define
class CustomerSignedDocumentsRelatedToCustomerItem:
    """
    Attributes:
        partner_document_id (str | Unset):  Example: 123e4567-e89b-12d3-a456-426614174000.
        name (str | Unset):  Example: text.
        document_type (str | Unset):  Example: TERMS_AND_CONDITIONS.
        version (int | Unset):  Example: 1.
        natural_person_id (str | Unset):  Example: 123e4567-e89b-12d3-a456-426614174000.
        natural_person_full_name (str | Unset):  Example: text.
        created_on (str | Unset):  Example: 2025-08-30T17:55:25.058Z.
        modified_on (str | Unset):  Example: 2025-08-30T17:55:25.058Z.
    """

    partner_document_id: str | Unset = UNSET
    name: str | Unset = UNSET
    document_type: str | Unset = UNSET
    version: int | Unset = UNSET
    natural_person_id: str | Unset = UNSET
    natural_person_full_name: str | Unset = UNSET
    created_on: str | Unset = UNSET
    modified_on: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        partner_document_id = self.partner_document_id

        name = self.name

        document_type = self.document_type

        version = self.version

        natural_person_id = self.natural_person_id

        natural_person_full_name = self.natural_person_full_name

        created_on = self.created_on

        modified_on = self.modified_on

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if partner_document_id is not UNSET:
            field_dict["partnerDocumentId"] = partner_document_id
        if name is not UNSET:
            field_dict["name"] = name
        if document_type is not UNSET:
            field_dict["documentType"] = document_type
        if version is not UNSET:
            field_dict["version"] = version
        if natural_person_id is not UNSET:
            field_dict["naturalPersonId"] = natural_person_id
        if natural_person_full_name is not UNSET:
            field_dict["naturalPersonFullName"] = natural_person_full_name
        if created_on is not UNSET:
            field_dict["createdOn"] = created_on
        if modified_on is not UNSET:
            field_dict["modifiedOn"] = modified_on

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        partner_document_id = d.pop("partnerDocumentId", UNSET)

        name = d.pop("name", UNSET)

        document_type = d.pop("documentType", UNSET)

        version = d.pop("version", UNSET)

        natural_person_id = d.pop("naturalPersonId", UNSET)

        natural_person_full_name = d.pop("naturalPersonFullName", UNSET)

        created_on = d.pop("createdOn", UNSET)

        modified_on = d.pop("modifiedOn", UNSET)

        customer_signed_documents_related_to_customer_item = cls(
            partner_document_id=partner_document_id,
            name=name,
            document_type=document_type,
            version=version,
            natural_person_id=natural_person_id,
            natural_person_full_name=natural_person_full_name,
            created_on=created_on,
            modified_on=modified_on,
        )

        customer_signed_documents_related_to_customer_item.additional_properties = d
        return customer_signed_documents_related_to_customer_item

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
