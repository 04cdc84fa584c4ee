from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SignDocumentBody")


@_attrs_define
class SignDocumentBody:
    """
    Attributes:
        partner_document_id (Any | Unset):
        natural_person_id (Any | Unset):
        customer_id (Any | Unset):
    """

    partner_document_id: Any | Unset = UNSET
    natural_person_id: Any | Unset = UNSET
    customer_id: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        partner_document_id = self.partner_document_id

        natural_person_id = self.natural_person_id

        customer_id = self.customer_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if partner_document_id is not UNSET:
            field_dict["partnerDocumentId"] = partner_document_id
        if natural_person_id is not UNSET:
            field_dict["naturalPersonId"] = natural_person_id
        if customer_id is not UNSET:
            field_dict["customerId"] = customer_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        partner_document_id = d.pop("partnerDocumentId", UNSET)

        natural_person_id = d.pop("naturalPersonId", UNSET)

        customer_id = d.pop("customerId", UNSET)

        sign_document_body = cls(
            partner_document_id=partner_document_id,
            natural_person_id=natural_person_id,
            customer_id=customer_id,
        )

        sign_document_body.additional_properties = d
        return sign_document_body

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
