from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CreateLegalRepresentativeResult")


@_attrs_define
class CreateLegalRepresentativeResult:
    """
    Attributes:
        legal_representative_id (UUID): Unique legal representative identification number in UUID format
    """

    legal_representative_id: UUID
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        legal_representative_id = str(self.legal_representative_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "legalRepresentativeId": legal_representative_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        legal_representative_id = UUID(d.pop("legalRepresentativeId"))

        create_legal_representative_result = cls(
            legal_representative_id=legal_representative_id,
        )

        create_legal_representative_result.additional_properties = d
        return create_legal_representative_result

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
