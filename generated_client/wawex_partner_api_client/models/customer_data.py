from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ref_account import RefAccount


T = TypeVar("T", bound="CustomerData")


@_attrs_define
class CustomerData:
    """
    Attributes:
        entity_id (UUID): Identifier of the entity, natural person, joint person or legal entity, who will become a
            customer.
        entity_type (str):  Example: NATURAL_PERSON.
        ref_accounts (list[RefAccount] | Unset):
        labels (list[str] | Unset): Up to 16 user-defined labels can be provided to allow grouping of customers as per
            required logic
    """

    entity_id: UUID
    entity_type: str
    ref_accounts: list[RefAccount] | Unset = UNSET
    labels: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        entity_id = str(self.entity_id)

        entity_type = self.entity_type

        ref_accounts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.ref_accounts, Unset):
            ref_accounts = []
            for ref_accounts_item_data in self.ref_accounts:
                ref_accounts_item = ref_accounts_item_data.to_dict()
                ref_accounts.append(ref_accounts_item)

        labels: list[str] | Unset = UNSET
        if not isinstance(self.labels, Unset):
            labels = self.labels

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "entityId": entity_id,
                "entityType": entity_type,
            }
        )
        if ref_accounts is not UNSET:
            field_dict["refAccounts"] = ref_accounts
        if labels is not UNSET:
            field_dict["labels"] = labels

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ref_account import RefAccount  # noqa: PLC0415

        d = dict(src_dict)
        entity_id = UUID(d.pop("entityId"))

        entity_type = d.pop("entityType")

        _ref_accounts = d.pop("refAccounts", UNSET)
        ref_accounts: list[RefAccount] | Unset = UNSET
        if _ref_accounts is not UNSET:
            ref_accounts = []
            for ref_accounts_item_data in _ref_accounts:
                ref_accounts_item = RefAccount.from_dict(ref_accounts_item_data)

                ref_accounts.append(ref_accounts_item)

        labels = cast(list[str], d.pop("labels", UNSET))

        customer_data = cls(
            entity_id=entity_id,
            entity_type=entity_type,
            ref_accounts=ref_accounts,
            labels=labels,
        )

        customer_data.additional_properties = d
        return customer_data

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
