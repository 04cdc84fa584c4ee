from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.natural_person_roles_item import NaturalPersonRolesItem


T = TypeVar("T", bound="NaturalPerson")


@_attrs_define
class NaturalPerson:
    """
    Attributes:
        roles (list[NaturalPersonRolesItem] | Unset):
        death_day (str | Unset):  Example: 2025-05-23.
        natural_person_id (str | Unset):
    """

    roles: list[NaturalPersonRolesItem] | Unset = UNSET
    death_day: str | Unset = UNSET
    natural_person_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        roles: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.roles, Unset):
            roles = []
            for roles_item_data in self.roles:
                roles_item = roles_item_data.to_dict()
                roles.append(roles_item)

        death_day = self.death_day

        natural_person_id = self.natural_person_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if roles is not UNSET:
            field_dict["roles"] = roles
        if death_day is not UNSET:
            field_dict["deathDay"] = death_day
        if natural_person_id is not UNSET:
            field_dict["naturalPersonId"] = natural_person_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.natural_person_roles_item import NaturalPersonRolesItem  # noqa: PLC0415

        d = dict(src_dict)
        _roles = d.pop("roles", UNSET)
        roles: list[NaturalPersonRolesItem] | Unset = UNSET
        if _roles is not UNSET:
            roles = []
            for roles_item_data in _roles:
                roles_item = NaturalPersonRolesItem.from_dict(roles_item_data)

                roles.append(roles_item)

        death_day = d.pop("deathDay", UNSET)

        natural_person_id = d.pop("naturalPersonId", UNSET)

        natural_person = cls(
            roles=roles,
            death_day=death_day,
            natural_person_id=natural_person_id,
        )

        natural_person.additional_properties = d
        return natural_person

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
