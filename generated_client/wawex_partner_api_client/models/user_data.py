from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.user_data_contact import UserDataContact
    from ..models.user_data_main_address import UserDataMainAddress


T = TypeVar("T", bound="UserData")


@_attrs_define
class UserData:
    """
    Attributes:
        gender (str): Gender Example: MALE.
        first_name (str):
        last_name (str):
        birth_day (datetime.date):
        birth_place (str):
        birth_country (str): Country code in ISO 3166-1 alpha-2 standard Example: AF.
        type_ (str):  Example: ADMIN.
        middle_name (str | Unset):
        nationalities (list[str] | Unset):
        main_address (UserDataMainAddress | Unset):
        contact (UserDataContact | Unset):
    """

    gender: str
    first_name: str
    last_name: str
    birth_day: datetime.date
    birth_place: str
    birth_country: str
    type_: str
    middle_name: str | Unset = UNSET
    nationalities: list[str] | Unset = UNSET
    main_address: UserDataMainAddress | Unset = UNSET
    contact: UserDataContact | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        gender = self.gender

        first_name = self.first_name

        last_name = self.last_name

        birth_day = self.birth_day.isoformat()

        birth_place = self.birth_place

        birth_country = self.birth_country

        type_ = self.type_

        middle_name = self.middle_name

        nationalities: list[str] | Unset = UNSET
        if not isinstance(self.nationalities, Unset):
            nationalities = self.nationalities

        main_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.main_address, Unset):
            main_address = self.main_address.to_dict()

        contact: dict[str, Any] | Unset = UNSET
        if not isinstance(self.contact, Unset):
            contact = self.contact.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "gender": gender,
                "firstName": first_name,
                "lastName": last_name,
                "birthDay": birth_day,
                "birthPlace": birth_place,
                "birthCountry": birth_country,
                "type": type_,
            }
        )
        if middle_name is not UNSET:
            field_dict["middleName"] = middle_name
        if nationalities is not UNSET:
            field_dict["nationalities"] = nationalities
        if main_address is not UNSET:
            field_dict["mainAddress"] = main_address
        if contact is not UNSET:
            field_dict["contact"] = contact

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.user_data_contact import UserDataContact  # noqa: PLC0415
        from ..models.user_data_main_address import UserDataMainAddress  # noqa: PLC0415

        d = dict(src_dict)
        gender = d.pop("gender")

        first_name = d.pop("firstName")

        last_name = d.pop("lastName")

        birth_day = datetime.date.fromisoformat(d.pop("birthDay"))

        birth_place = d.pop("birthPlace")

        birth_country = d.pop("birthCountry")

        type_ = d.pop("type")

        middle_name = d.pop("middleName", UNSET)

        nationalities = cast(list[str], d.pop("nationalities", UNSET))

        _main_address = d.pop("mainAddress", UNSET)
        main_address: UserDataMainAddress | Unset
        if isinstance(_main_address, Unset):
            main_address = UNSET
        else:
            main_address = UserDataMainAddress.from_dict(_main_address)

        _contact = d.pop("contact", UNSET)
        contact: UserDataContact | Unset
        if isinstance(_contact, Unset):
            contact = UNSET
        else:
            contact = UserDataContact.from_dict(_contact)

        user_data = cls(
            gender=gender,
            first_name=first_name,
            last_name=last_name,
            birth_day=birth_day,
            birth_place=birth_place,
            birth_country=birth_country,
            type_=type_,
            middle_name=middle_name,
            nationalities=nationalities,
            main_address=main_address,
            contact=contact,
        )

        user_data.additional_properties = d
        return user_data

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
