from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.legal_entity_search_result_legal_entity import (
        LegalEntitySearchResultLegalEntity,
    )
    from ..models.legal_entity_search_result_search import LegalEntitySearchResultSearch


T = TypeVar("T", bound="LegalEntitySearchResult")


@_attrs_define
class LegalEntitySearchResult:
    """
    Attributes:
        search (LegalEntitySearchResultSearch | Unset):
        legal_entity (LegalEntitySearchResultLegalEntity | Unset):
    """

    search: LegalEntitySearchResultSearch | Unset = UNSET
    legal_entity: LegalEntitySearchResultLegalEntity | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        search: dict[str, Any] | Unset = UNSET
        if not isinstance(self.search, Unset):
            search = self.search.to_dict()

        legal_entity: dict[str, Any] | Unset = UNSET
        if not isinstance(self.legal_entity, Unset):
            legal_entity = self.legal_entity.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if search is not UNSET:
            field_dict["search"] = search
        if legal_entity is not UNSET:
            field_dict["legalEntity"] = legal_entity

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.legal_entity_search_result_legal_entity import (
            LegalEntitySearchResultLegalEntity,  # noqa: PLC0415
        )
        from ..models.legal_entity_search_result_search import (
            LegalEntitySearchResultSearch,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _search = d.pop("search", UNSET)
        search: LegalEntitySearchResultSearch | Unset
        if isinstance(_search, Unset):
            search = UNSET
        else:
            search = LegalEntitySearchResultSearch.from_dict(_search)

        _legal_entity = d.pop("legalEntity", UNSET)
        legal_entity: LegalEntitySearchResultLegalEntity | Unset
        if isinstance(_legal_entity, Unset):
            legal_entity = UNSET
        else:
            legal_entity = LegalEntitySearchResultLegalEntity.from_dict(_legal_entity)

        legal_entity_search_result = cls(
            search=search,
            legal_entity=legal_entity,
        )

        legal_entity_search_result.additional_properties = d
        return legal_entity_search_result

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
