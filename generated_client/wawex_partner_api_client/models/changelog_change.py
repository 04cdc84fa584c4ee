from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ChangelogChange")


@_attrs_define
class ChangelogChange:
    """
    Attributes:
        type_ (str | Unset):  Example: REPLACE.
        path (str | Unset):  Example: /legalEntity/contact/email.
        old_value (str | Unset):
        value (str | Unset):
    """

    type_: str | Unset = UNSET
    path: str | Unset = UNSET
    old_value: str | Unset = UNSET
    value: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        path = self.path

        old_value = self.old_value

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if path is not UNSET:
            field_dict["path"] = path
        if old_value is not UNSET:
            field_dict["oldValue"] = old_value
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = d.pop("type", UNSET)

        path = d.pop("path", UNSET)

        old_value = d.pop("oldValue", UNSET)

        value = d.pop("value", UNSET)

        changelog_change = cls(
            type_=type_,
            path=path,
            old_value=old_value,
            value=value,
        )

        changelog_change.additional_properties = d
        return changelog_change

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
