from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.customer_signed_documents_related_to_customer_item import (
        CustomerSignedDocumentsRelatedToCustomerItem,
    )
    from ..models.ref_account import RefAccount


T = TypeVar("T", bound="Customer")


@_attrs_define
class Customer:
    """
    Attributes:
        customer_id (str | Unset):  Example: 123e4567-e89b-12d3-a456-426614174000.
        customer_status (str | Unset):  Example: CREATED.
        signed_documents_related_to_customer (list[CustomerSignedDocumentsRelatedToCustomerItem] | Unset):
        created_on (str | Unset):  Example: 2025-08-30T17:55:25.058Z.
        modified_on (str | Unset):  Example: 2025-08-30T17:55:25.058Z.
        cancellation_date (str | Unset):  Example: 2025-08-30T17:55:25.058Z.
        entity_id (str | Unset):  Example: 123e4567-e89b-12d3-a456-426614174000.
        entity_type (str | Unset):  Example: NATURAL_PERSON.
        ref_accounts (list[RefAccount] | Unset):
    """

    customer_id: str | Unset = UNSET
    customer_status: str | Unset = UNSET
    signed_documents_related_to_customer: (
        list[CustomerSignedDocumentsRelatedToCustomerItem] | Unset
    ) = UNSET
    created_on: str | Unset = UNSET
    modified_on: str | Unset = UNSET
    cancellation_date: str | Unset = UNSET
    entity_id: str | Unset = UNSET
    entity_type: str | Unset = UNSET
    ref_accounts: list[RefAccount] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        customer_id = self.customer_id

        customer_status = self.customer_status

        signed_documents_related_to_customer: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.signed_documents_related_to_customer, Unset):
            signed_documents_related_to_customer = []
            for (
                signed_documents_related_to_customer_item_data
            ) in self.signed_documents_related_to_customer:
                signed_documents_related_to_customer_item = (
                    signed_documents_related_to_customer_item_data.to_dict()
                )
                signed_documents_related_to_customer.append(
                    signed_documents_related_to_customer_item
                )

        created_on = self.created_on

        modified_on = self.modified_on

        cancellation_date = self.cancellation_date

        entity_id = self.entity_id

        entity_type = self.entity_type

        ref_accounts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.ref_accounts, Unset):
            ref_accounts = []
            for ref_accounts_item_data in self.ref_accounts:
                ref_accounts_item = ref_accounts_item_data.to_dict()
                ref_accounts.append(ref_accounts_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if customer_id is not UNSET:
            field_dict["customerId"] = customer_id
        if customer_status is not UNSET:
            field_dict["customerStatus"] = customer_status
        if signed_documents_related_to_customer is not UNSET:
            field_dict["signedDocumentsRelatedToCustomer"] = (
                signed_documents_related_to_customer
            )
        if created_on is not UNSET:
            field_dict["createdOn"] = created_on
        if modified_on is not UNSET:
            field_dict["modifiedOn"] = modified_on
        if cancellation_date is not UNSET:
            field_dict["cancellationDate"] = cancellation_date
        if entity_id is not UNSET:
            field_dict["entityId"] = entity_id
        if entity_type is not UNSET:
            field_dict["entityType"] = entity_type
        if ref_accounts is not UNSET:
            field_dict["refAccounts"] = ref_accounts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.customer_signed_documents_related_to_customer_item import (
            CustomerSignedDocumentsRelatedToCustomerItem,  # noqa: PLC0415
        )
        from ..models.ref_account import RefAccount  # noqa: PLC0415

        d = dict(src_dict)
        customer_id = d.pop("customerId", UNSET)

        customer_status = d.pop("customerStatus", UNSET)

        _signed_documents_related_to_customer = d.pop(
            "signedDocumentsRelatedToCustomer", UNSET
        )
        signed_documents_related_to_customer: (
            list[CustomerSignedDocumentsRelatedToCustomerItem] | Unset
        ) = UNSET
        if _signed_documents_related_to_customer is not UNSET:
            signed_documents_related_to_customer = []
            for (
                signed_documents_related_to_customer_item_data
            ) in _signed_documents_related_to_customer:
                signed_documents_related_to_customer_item = (
                    CustomerSignedDocumentsRelatedToCustomerItem.from_dict(
                        signed_documents_related_to_customer_item_data
                    )
                )

                signed_documents_related_to_customer.append(
                    signed_documents_related_to_customer_item
                )

        created_on = d.pop("createdOn", UNSET)

        modified_on = d.pop("modifiedOn", UNSET)

        cancellation_date = d.pop("cancellationDate", UNSET)

        entity_id = d.pop("entityId", UNSET)

        entity_type = d.pop("entityType", UNSET)

        _ref_accounts = d.pop("refAccounts", UNSET)
        ref_accounts: list[RefAccount] | Unset = UNSET
        if _ref_accounts is not UNSET:
            ref_accounts = []
            for ref_accounts_item_data in _ref_accounts:
                ref_accounts_item = RefAccount.from_dict(ref_accounts_item_data)

                ref_accounts.append(ref_accounts_item)

        customer = cls(
            customer_id=customer_id,
            customer_status=customer_status,
            signed_documents_related_to_customer=signed_documents_related_to_customer,
            created_on=created_on,
            modified_on=modified_on,
            cancellation_date=cancellation_date,
            entity_id=entity_id,
            entity_type=entity_type,
            ref_accounts=ref_accounts,
        )

        customer.additional_properties = d
        return customer

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
