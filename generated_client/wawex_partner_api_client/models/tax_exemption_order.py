from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TaxExemptionOrder")


@_attrs_define
class TaxExemptionOrder:
    """
    Attributes:
        status (str):  Example: RECEIVED.
        created_on (str):
        modified_on (str):
        entity_id (str):
        entity_type (str):  Example: NATURAL_PERSON.
        fsa_type (str):  Example: INDIVIDUAL.
        fsa_amount (float):
        tax_exemption_order_id (str | Unset):
        fsa_valid_from (str | Unset):
        fsa_valid_until (str | Unset):
    """

    status: str
    created_on: str
    modified_on: str
    entity_id: str
    entity_type: str
    fsa_type: str
    fsa_amount: float
    tax_exemption_order_id: str | Unset = UNSET
    fsa_valid_from: str | Unset = UNSET
    fsa_valid_until: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        created_on = self.created_on

        modified_on = self.modified_on

        entity_id = self.entity_id

        entity_type = self.entity_type

        fsa_type = self.fsa_type

        fsa_amount = self.fsa_amount

        tax_exemption_order_id = self.tax_exemption_order_id

        fsa_valid_from = self.fsa_valid_from

        fsa_valid_until = self.fsa_valid_until

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "createdOn": created_on,
                "modifiedOn": modified_on,
                "entityId": entity_id,
                "entityType": entity_type,
                "fsaType": fsa_type,
                "fsaAmount": fsa_amount,
            }
        )
        if tax_exemption_order_id is not UNSET:
            field_dict["taxExemptionOrderId"] = tax_exemption_order_id
        if fsa_valid_from is not UNSET:
            field_dict["fsaValidFrom"] = fsa_valid_from
        if fsa_valid_until is not UNSET:
            field_dict["fsaValidUntil"] = fsa_valid_until

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status = d.pop("status")

        created_on = d.pop("createdOn")

        modified_on = d.pop("modifiedOn")

        entity_id = d.pop("entityId")

        entity_type = d.pop("entityType")

        fsa_type = d.pop("fsaType")

        fsa_amount = d.pop("fsaAmount")

        tax_exemption_order_id = d.pop("taxExemptionOrderId", UNSET)

        fsa_valid_from = d.pop("fsaValidFrom", UNSET)

        fsa_valid_until = d.pop("fsaValidUntil", UNSET)

        tax_exemption_order = cls(
            status=status,
            created_on=created_on,
            modified_on=modified_on,
            entity_id=entity_id,
            entity_type=entity_type,
            fsa_type=fsa_type,
            fsa_amount=fsa_amount,
            tax_exemption_order_id=tax_exemption_order_id,
            fsa_valid_from=fsa_valid_from,
            fsa_valid_until=fsa_valid_until,
        )

        tax_exemption_order.additional_properties = d
        return tax_exemption_order

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
