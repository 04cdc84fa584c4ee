from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProxyCreateData")


@_attrs_define
class ProxyCreateData:
    """
    Attributes:
        proxy_type (str):  Example: GENERAL_POWER_OF_ATTORNEY.
        natural_person_id (UUID): Identifier of the natural person, who will be assigned as proxy.
        entity_id (UUID): Identifier of the entity, natural person, joint person or legal entity, who will be managed by
            the proxy.
        entity_type (str): Defines the type of entity for which the proxy is assigned.The proxy can be assigned to a
            natural person, legal entity, or joint person. Example: NATURAL_PERSON.
        validity_type (str): Defines the period of validity of the power of proxy. Example: UNTIL_CASE_OF_DEATH.
        product_ids (list[UUID] | Unset): IDs of the customers products for which the proxy is allowed to take actions
            in behalf of the entity which is customer (multiple products possible).
        scope_type (str | Unset): Only mandatory for proxyType SIGNATORY
            Defines the scope of the power of representation, which is dependent on the underlying signature authorisation
            of the legal representative:
            - INDIVIDUAL: If soleSignatureAuthorized of the legal representative = YES
            - JOINT: If soleSignatureAuthorized of the legal representative = NO Example: INDIVIDUAL.
        custody_type (str | Unset): Only mandatory for proxyType GUARDIAN. Specifies the type of custody associated with
            the guardian.
            - SINGLE_CUSTODY: Indicates that only one guardian holds legal and physical custody of the child.
            - JOINT_CUSTODY: Indicates that the custody of the child is shared between two guardians, typically implying
            both have legal rights concerning the child's upbringing. Example: SINGLE_CUSTODY.
    """

    proxy_type: str
    natural_person_id: UUID
    entity_id: UUID
    entity_type: str
    validity_type: str
    product_ids: list[UUID] | Unset = UNSET
    scope_type: str | Unset = UNSET
    custody_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        proxy_type = self.proxy_type

        natural_person_id = str(self.natural_person_id)

        entity_id = str(self.entity_id)

        entity_type = self.entity_type

        validity_type = self.validity_type

        product_ids: list[str] | Unset = UNSET
        if not isinstance(self.product_ids, Unset):
            product_ids = []
            for product_ids_item_data in self.product_ids:
                product_ids_item = str(product_ids_item_data)
                product_ids.append(product_ids_item)

        scope_type = self.scope_type

        custody_type = self.custody_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "proxyType": proxy_type,
                "naturalPersonId": natural_person_id,
                "entityId": entity_id,
                "entityType": entity_type,
                "validityType": validity_type,
            }
        )
        if product_ids is not UNSET:
            field_dict["productIds"] = product_ids
        if scope_type is not UNSET:
            field_dict["scopeType"] = scope_type
        if custody_type is not UNSET:
            field_dict["custodyType"] = custody_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        proxy_type = d.pop("proxyType")

        natural_person_id = UUID(d.pop("naturalPersonId"))

        entity_id = UUID(d.pop("entityId"))

        entity_type = d.pop("entityType")

        validity_type = d.pop("validityType")

        _product_ids = d.pop("productIds", UNSET)
        product_ids: list[UUID] | Unset = UNSET
        if _product_ids is not UNSET:
            product_ids = []
            for product_ids_item_data in _product_ids:
                product_ids_item = UUID(product_ids_item_data)

                product_ids.append(product_ids_item)

        scope_type = d.pop("scopeType", UNSET)

        custody_type = d.pop("custodyType", UNSET)

        proxy_create_data = cls(
            proxy_type=proxy_type,
            natural_person_id=natural_person_id,
            entity_id=entity_id,
            entity_type=entity_type,
            validity_type=validity_type,
            product_ids=product_ids,
            scope_type=scope_type,
            custody_type=custody_type,
        )

        proxy_create_data.additional_properties = d
        return proxy_create_data

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
