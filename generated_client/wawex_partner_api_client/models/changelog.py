from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.changelog_change import ChangelogChange


T = TypeVar("T", bound="Changelog")


@_attrs_define
class Changelog:
    """
    Attributes:
        item_type (str | Unset):
        entry_id (str | Unset):  Example: 123e4567-e89b-12d3-a456-426614174000.
        item_id (str | Unset):  Example: 123e4567-e89b-12d3-a456-426614174000.
        created_on (str | Unset):  Example: 2025-09-14T05:06:08.345Z.
        changes (list[ChangelogChange] | Unset):
        source (str | Unset):  Example: PARTNER_SYSTEM.
    """

    item_type: str | Unset = UNSET
    entry_id: str | Unset = UNSET
    item_id: str | Unset = UNSET
    created_on: str | Unset = UNSET
    changes: list[ChangelogChange] | Unset = UNSET
    source: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        item_type = self.item_type

        entry_id = self.entry_id

        item_id = self.item_id

        created_on = self.created_on

        changes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.changes, Unset):
            changes = []
            for changes_item_data in self.changes:
                changes_item = changes_item_data.to_dict()
                changes.append(changes_item)

        source = self.source

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if item_type is not UNSET:
            field_dict["itemType"] = item_type
        if entry_id is not UNSET:
            field_dict["entryId"] = entry_id
        if item_id is not UNSET:
            field_dict["itemId"] = item_id
        if created_on is not UNSET:
            field_dict["createdOn"] = created_on
        if changes is not UNSET:
            field_dict["changes"] = changes
        if source is not UNSET:
            field_dict["source"] = source

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.changelog_change import ChangelogChange  # noqa: PLC0415

        d = dict(src_dict)
        item_type = d.pop("itemType", UNSET)

        entry_id = d.pop("entryId", UNSET)

        item_id = d.pop("itemId", UNSET)

        created_on = d.pop("createdOn", UNSET)

        _changes = d.pop("changes", UNSET)
        changes: list[ChangelogChange] | Unset = UNSET
        if _changes is not UNSET:
            changes = []
            for changes_item_data in _changes:
                changes_item = ChangelogChange.from_dict(changes_item_data)

                changes.append(changes_item)

        source = d.pop("source", UNSET)

        changelog = cls(
            item_type=item_type,
            entry_id=entry_id,
            item_id=item_id,
            created_on=created_on,
            changes=changes,
            source=source,
        )

        changelog.additional_properties = d
        return changelog

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
