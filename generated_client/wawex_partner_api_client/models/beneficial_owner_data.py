from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.beneficial_owner_data_ubo_relationship import (
    BeneficialOwnerDataUboRelationship,
    check_beneficial_owner_data_ubo_relationship,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.address import Address
    from ..models.tax_details import TaxDetails


T = TypeVar("T", bound="BeneficialOwnerData")


@_attrs_define
class BeneficialOwnerData:
    """
    Attributes:
        first_name (str): All first names of the person according to the identification document
        last_name (str): Natural person last name
        birth_day (datetime.date):
        birth_place (str): Location
        birth_country (str): Country code in ISO 3166-1 alpha-2 standard Example: AF.
        is_us_nationality (bool): FATCA - Question whether the customer is subject to US tax liability (nationality or
            other references due to a green card, registration address, etc.).
        ubo_relationship (BeneficialOwnerDataUboRelationship): This enum is used to specify the type of relationship a
            person has with a company, particularly in terms of shareholding or control.The possible values are:
            * DIRECTLY_HOLDING_25 - a person directly holds shares in the capital or voting rights of a company.
            * INDIRECTLY_HOLDING_25- a person indirectly holds shares in the capital or voting rights through intermediary
            entities or trust arrangements.
            * DOMINANT_INFLUENCE_OVER_SHARE_CAPITAL - a person exercises control over the company in any other way, such as
            through voting agreements, special rights, or trust relationships, even without (or with only minor) direct or
            indirect shareholdings.
        share (float):
        voting_rights (float):
        tax_details (list[TaxDetails] | Unset):
        main_address (Address | Unset):
        nationalities (list[str] | Unset):
        fatca_controlling_person (bool | Unset): Indication of whether this person is a controlling person under FATCA.
            TRUE = if fatcaClassification = PASSIVE_NFE
    """

    first_name: str
    last_name: str
    birth_day: datetime.date
    birth_place: str
    birth_country: str
    is_us_nationality: bool
    ubo_relationship: BeneficialOwnerDataUboRelationship
    share: float
    voting_rights: float
    tax_details: list[TaxDetails] | Unset = UNSET
    main_address: Address | Unset = UNSET
    nationalities: list[str] | Unset = UNSET
    fatca_controlling_person: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        first_name = self.first_name

        last_name = self.last_name

        birth_day = self.birth_day.isoformat()

        birth_place = self.birth_place

        birth_country = self.birth_country

        is_us_nationality = self.is_us_nationality

        ubo_relationship: str = self.ubo_relationship

        share = self.share

        voting_rights = self.voting_rights

        tax_details: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tax_details, Unset):
            tax_details = []
            for tax_details_item_data in self.tax_details:
                tax_details_item = tax_details_item_data.to_dict()
                tax_details.append(tax_details_item)

        main_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.main_address, Unset):
            main_address = self.main_address.to_dict()

        nationalities: list[str] | Unset = UNSET
        if not isinstance(self.nationalities, Unset):
            nationalities = self.nationalities

        fatca_controlling_person = self.fatca_controlling_person

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "firstName": first_name,
                "lastName": last_name,
                "birthDay": birth_day,
                "birthPlace": birth_place,
                "birthCountry": birth_country,
                "isUsNationality": is_us_nationality,
                "uboRelationship": ubo_relationship,
                "share": share,
                "votingRights": voting_rights,
            }
        )
        if tax_details is not UNSET:
            field_dict["taxDetails"] = tax_details
        if main_address is not UNSET:
            field_dict["mainAddress"] = main_address
        if nationalities is not UNSET:
            field_dict["nationalities"] = nationalities
        if fatca_controlling_person is not UNSET:
            field_dict["fatcaControllingPerson"] = fatca_controlling_person

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.address import Address  # noqa: PLC0415
        from ..models.tax_details import TaxDetails  # noqa: PLC0415

        d = dict(src_dict)
        first_name = d.pop("firstName")

        last_name = d.pop("lastName")

        birth_day = datetime.date.fromisoformat(d.pop("birthDay"))

        birth_place = d.pop("birthPlace")

        birth_country = d.pop("birthCountry")

        is_us_nationality = d.pop("isUsNationality")

        ubo_relationship = check_beneficial_owner_data_ubo_relationship(
            d.pop("uboRelationship")
        )

        share = d.pop("share")

        voting_rights = d.pop("votingRights")

        _tax_details = d.pop("taxDetails", UNSET)
        tax_details: list[TaxDetails] | Unset = UNSET
        if _tax_details is not UNSET:
            tax_details = []
            for tax_details_item_data in _tax_details:
                tax_details_item = TaxDetails.from_dict(tax_details_item_data)

                tax_details.append(tax_details_item)

        _main_address = d.pop("mainAddress", UNSET)
        main_address: Address | Unset
        if isinstance(_main_address, Unset):
            main_address = UNSET
        else:
            main_address = Address.from_dict(_main_address)

        nationalities = cast(list[str], d.pop("nationalities", UNSET))

        fatca_controlling_person = d.pop("fatcaControllingPerson", UNSET)

        beneficial_owner_data = cls(
            first_name=first_name,
            last_name=last_name,
            birth_day=birth_day,
            birth_place=birth_place,
            birth_country=birth_country,
            is_us_nationality=is_us_nationality,
            ubo_relationship=ubo_relationship,
            share=share,
            voting_rights=voting_rights,
            tax_details=tax_details,
            main_address=main_address,
            nationalities=nationalities,
            fatca_controlling_person=fatca_controlling_person,
        )

        beneficial_owner_data.additional_properties = d
        return beneficial_owner_data

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
