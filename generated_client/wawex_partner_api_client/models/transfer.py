from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Transfer")


@_attrs_define
class Transfer:
    """
    Attributes:
        transfer_id (str | Unset):  Example: 123e4567-e89b-12d3-a456-426614174000.
        transfer_status (str | Unset):  Example: RECEIVED.
        reject_reason (str | Unset):  Example: text.
        created_on (str | Unset):  Example: 2025-05-23T01:58:54.096Z.
        modified_on (str | Unset):  Example: 2025-05-23T01:58:54.096Z.
        customer_id (str | Unset):  Example: 87d8e330-2878-4742-a86f-dbbb3bf522ac.
        customer_product_id (str | Unset):
    """

    transfer_id: str | Unset = UNSET
    transfer_status: str | Unset = UNSET
    reject_reason: str | Unset = UNSET
    created_on: str | Unset = UNSET
    modified_on: str | Unset = UNSET
    customer_id: str | Unset = UNSET
    customer_product_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        transfer_id = self.transfer_id

        transfer_status = self.transfer_status

        reject_reason = self.reject_reason

        created_on = self.created_on

        modified_on = self.modified_on

        customer_id = self.customer_id

        customer_product_id = self.customer_product_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if transfer_id is not UNSET:
            field_dict["transferId"] = transfer_id
        if transfer_status is not UNSET:
            field_dict["transferStatus"] = transfer_status
        if reject_reason is not UNSET:
            field_dict["rejectReason"] = reject_reason
        if created_on is not UNSET:
            field_dict["createdOn"] = created_on
        if modified_on is not UNSET:
            field_dict["modifiedOn"] = modified_on
        if customer_id is not UNSET:
            field_dict["customerId"] = customer_id
        if customer_product_id is not UNSET:
            field_dict["customerProductId"] = customer_product_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        transfer_id = d.pop("transferId", UNSET)

        transfer_status = d.pop("transferStatus", UNSET)

        reject_reason = d.pop("rejectReason", UNSET)

        created_on = d.pop("createdOn", UNSET)

        modified_on = d.pop("modifiedOn", UNSET)

        customer_id = d.pop("customerId", UNSET)

        customer_product_id = d.pop("customerProductId", UNSET)

        transfer = cls(
            transfer_id=transfer_id,
            transfer_status=transfer_status,
            reject_reason=reject_reason,
            created_on=created_on,
            modified_on=modified_on,
            customer_id=customer_id,
            customer_product_id=customer_product_id,
        )

        transfer.additional_properties = d
        return transfer

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
