from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.entity_type_enum import EntityTypeEnum, check_entity_type_enum
from ..models.fsa_type_enum import FsaTypeEnum, check_fsa_type_enum
from ..types import UNSET, Unset

T = TypeVar("T", bound="TaxExemptionOrderData")


@_attrs_define
class TaxExemptionOrderData:
    """
    Attributes:
        entity_id (UUID): Unique entity identification in UUID format
        entity_type (EntityTypeEnum): Type of the entity.
        fsa_type (FsaTypeEnum): The type of the fsa
        fsa_amount (float): The amount to allocate for FSA (must be positive)
        fsa_valid_from (datetime.date | Unset): Date from which the allocation becomes valid (optional, it will be
            January 1st if not provided)
        fsa_valid_until (datetime.date | Unset): Date until which the allocation is valid (optional, must be December
            31st if provided)
    """

    entity_id: UUID
    entity_type: EntityTypeEnum
    fsa_type: FsaTypeEnum
    fsa_amount: float
    fsa_valid_from: datetime.date | Unset = UNSET
    fsa_valid_until: datetime.date | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        entity_id = str(self.entity_id)

        entity_type: str = self.entity_type

        fsa_type: str = self.fsa_type

        fsa_amount = self.fsa_amount

        fsa_valid_from: str | Unset = UNSET
        if not isinstance(self.fsa_valid_from, Unset):
            fsa_valid_from = self.fsa_valid_from.isoformat()

        fsa_valid_until: str | Unset = UNSET
        if not isinstance(self.fsa_valid_until, Unset):
            fsa_valid_until = self.fsa_valid_until.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "entityId": entity_id,
                "entityType": entity_type,
                "fsaType": fsa_type,
                "fsaAmount": fsa_amount,
            }
        )
        if fsa_valid_from is not UNSET:
            field_dict["fsaValidFrom"] = fsa_valid_from
        if fsa_valid_until is not UNSET:
            field_dict["fsaValidUntil"] = fsa_valid_until

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        entity_id = UUID(d.pop("entityId"))

        entity_type = check_entity_type_enum(d.pop("entityType"))

        fsa_type = check_fsa_type_enum(d.pop("fsaType"))

        fsa_amount = d.pop("fsaAmount")

        _fsa_valid_from = d.pop("fsaValidFrom", UNSET)
        fsa_valid_from: datetime.date | Unset
        if isinstance(_fsa_valid_from, Unset):
            fsa_valid_from = UNSET
        else:
            fsa_valid_from = datetime.date.fromisoformat(_fsa_valid_from)

        _fsa_valid_until = d.pop("fsaValidUntil", UNSET)
        fsa_valid_until: datetime.date | Unset
        if isinstance(_fsa_valid_until, Unset):
            fsa_valid_until = UNSET
        else:
            fsa_valid_until = datetime.date.fromisoformat(_fsa_valid_until)

        tax_exemption_order_data = cls(
            entity_id=entity_id,
            entity_type=entity_type,
            fsa_type=fsa_type,
            fsa_amount=fsa_amount,
            fsa_valid_from=fsa_valid_from,
            fsa_valid_until=fsa_valid_until,
        )

        tax_exemption_order_data.additional_properties = d
        return tax_exemption_order_data

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
