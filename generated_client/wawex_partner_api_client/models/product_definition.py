from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProductDefinition")


@_attrs_define
class ProductDefinition:
    """
    Attributes:
        name (str | Unset):  Example: text.
        product_type (str | Unset):  Example: CASH.
        product_code (str | Unset):  Example: WALLET.
        description (str | Unset):  Example: text.
        is_active (bool | Unset):  Example: True.
    """

    name: str | Unset = UNSET
    product_type: str | Unset = UNSET
    product_code: str | Unset = UNSET
    description: str | Unset = UNSET
    is_active: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        product_type = self.product_type

        product_code = self.product_code

        description = self.description

        is_active = self.is_active

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if product_type is not UNSET:
            field_dict["productType"] = product_type
        if product_code is not UNSET:
            field_dict["productCode"] = product_code
        if description is not UNSET:
            field_dict["description"] = description
        if is_active is not UNSET:
            field_dict["isActive"] = is_active

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        product_type = d.pop("productType", UNSET)

        product_code = d.pop("productCode", UNSET)

        description = d.pop("description", UNSET)

        is_active = d.pop("isActive", UNSET)

        product_definition = cls(
            name=name,
            product_type=product_type,
            product_code=product_code,
            description=description,
            is_active=is_active,
        )

        product_definition.additional_properties = d
        return product_definition

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
