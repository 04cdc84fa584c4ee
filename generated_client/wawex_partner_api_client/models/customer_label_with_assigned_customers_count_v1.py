from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomerLabelWithAssignedCustomersCountV1")


@_attrs_define
class CustomerLabelWithAssignedCustomersCountV1:
    """
    Attributes:
        label (str | Unset):
        customers_count (int | Unset):
    """

    label: str | Unset = UNSET
    customers_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        label = self.label

        customers_count = self.customers_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if label is not UNSET:
            field_dict["label"] = label
        if customers_count is not UNSET:
            field_dict["customersCount"] = customers_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        label = d.pop("label", UNSET)

        customers_count = d.pop("customersCount", UNSET)

        customer_label_with_assigned_customers_count_v1 = cls(
            label=label,
            customers_count=customers_count,
        )

        customer_label_with_assigned_customers_count_v1.additional_properties = d
        return customer_label_with_assigned_customers_count_v1

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
