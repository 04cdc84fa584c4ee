from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LegalEntitySearchResultSearch")


@_attrs_define
class LegalEntitySearchResultSearch:
    """
    Attributes:
        search_id (str | Unset):  Example: 123e4567-e89b-12d3-a456-426614174000.
        status (str | Unset):  Example: WAITING_FOR_DATA.
        document_types (list[str] | Unset):
    """

    search_id: str | Unset = UNSET
    status: str | Unset = UNSET
    document_types: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        search_id = self.search_id

        status = self.status

        document_types: list[str] | Unset = UNSET
        if not isinstance(self.document_types, Unset):
            document_types = self.document_types

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if search_id is not UNSET:
            field_dict["searchId"] = search_id
        if status is not UNSET:
            field_dict["status"] = status
        if document_types is not UNSET:
            field_dict["documentTypes"] = document_types

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        search_id = d.pop("searchId", UNSET)

        status = d.pop("status", UNSET)

        document_types = cast(list[str], d.pop("documentTypes", UNSET))

        legal_entity_search_result_search = cls(
            search_id=search_id,
            status=status,
            document_types=document_types,
        )

        legal_entity_search_result_search.additional_properties = d
        return legal_entity_search_result_search

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
