from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.address import Address
    from ..models.contact import Contact


T = TypeVar("T", bound="JointPersonData")


@_attrs_define
class JointPersonData:
    """
    Attributes:
        first_natural_person_id (UUID): Identifier for the first Natural Person
        second_natural_person_id (UUID): Identifier for the second Natural Person
        annual_income_net (float | Unset): Annual income net
        source_of_income (list[str] | Unset):
        available_assets (float | Unset): Available assets
        origin_of_assets (list[str] | Unset):
        contact (Contact | Unset):
        main_address (Address | Unset):
        correspondence_address (Address | Unset):
        external_id (str | Unset): External Id in partner's system. This value has to be unique
    """

    first_natural_person_id: UUID
    second_natural_person_id: UUID
    annual_income_net: float | Unset = UNSET
    source_of_income: list[str] | Unset = UNSET
    available_assets: float | Unset = UNSET
    origin_of_assets: list[str] | Unset = UNSET
    contact: Contact | Unset = UNSET
    main_address: Address | Unset = UNSET
    correspondence_address: Address | Unset = UNSET
    external_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        first_natural_person_id = str(self.first_natural_person_id)

        second_natural_person_id = str(self.second_natural_person_id)

        annual_income_net = self.annual_income_net

        source_of_income: list[str] | Unset = UNSET
        if not isinstance(self.source_of_income, Unset):
            source_of_income = self.source_of_income

        available_assets = self.available_assets

        origin_of_assets: list[str] | Unset = UNSET
        if not isinstance(self.origin_of_assets, Unset):
            origin_of_assets = self.origin_of_assets

        contact: dict[str, Any] | Unset = UNSET
        if not isinstance(self.contact, Unset):
            contact = self.contact.to_dict()

        main_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.main_address, Unset):
            main_address = self.main_address.to_dict()

        correspondence_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.correspondence_address, Unset):
            correspondence_address = self.correspondence_address.to_dict()

        external_id = self.external_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "firstNaturalPersonId": first_natural_person_id,
                "secondNaturalPersonId": second_natural_person_id,
            }
        )
        if annual_income_net is not UNSET:
            field_dict["annualIncomeNet"] = annual_income_net
        if source_of_income is not UNSET:
            field_dict["sourceOfIncome"] = source_of_income
        if available_assets is not UNSET:
            field_dict["availableAssets"] = available_assets
        if origin_of_assets is not UNSET:
            field_dict["originOfAssets"] = origin_of_assets
        if contact is not UNSET:
            field_dict["contact"] = contact
        if main_address is not UNSET:
            field_dict["mainAddress"] = main_address
        if correspondence_address is not UNSET:
            field_dict["correspondenceAddress"] = correspondence_address
        if external_id is not UNSET:
            field_dict["externalId"] = external_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.address import Address  # noqa: PLC0415
        from ..models.contact import Contact  # noqa: PLC0415

        d = dict(src_dict)
        first_natural_person_id = UUID(d.pop("firstNaturalPersonId"))

        second_natural_person_id = UUID(d.pop("secondNaturalPersonId"))

        annual_income_net = d.pop("annualIncomeNet", UNSET)

        source_of_income = cast(list[str], d.pop("sourceOfIncome", UNSET))

        available_assets = d.pop("availableAssets", UNSET)

        origin_of_assets = cast(list[str], d.pop("originOfAssets", UNSET))

        _contact = d.pop("contact", UNSET)
        contact: Contact | Unset
        if isinstance(_contact, Unset):
            contact = UNSET
        else:
            contact = Contact.from_dict(_contact)

        _main_address = d.pop("mainAddress", UNSET)
        main_address: Address | Unset
        if isinstance(_main_address, Unset):
            main_address = UNSET
        else:
            main_address = Address.from_dict(_main_address)

        _correspondence_address = d.pop("correspondenceAddress", UNSET)
        correspondence_address: Address | Unset
        if isinstance(_correspondence_address, Unset):
            correspondence_address = UNSET
        else:
            correspondence_address = Address.from_dict(_correspondence_address)

        external_id = d.pop("externalId", UNSET)

        joint_person_data = cls(
            first_natural_person_id=first_natural_person_id,
            second_natural_person_id=second_natural_person_id,
            annual_income_net=annual_income_net,
            source_of_income=source_of_income,
            available_assets=available_assets,
            origin_of_assets=origin_of_assets,
            contact=contact,
            main_address=main_address,
            correspondence_address=correspondence_address,
            external_id=external_id,
        )

        joint_person_data.additional_properties = d
        return joint_person_data

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
