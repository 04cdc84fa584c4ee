from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.address import Address
    from ..models.contact import Contact
    from ..models.natural_person_data_nace_sectors_item import (
        NaturalPersonDataNaceSectorsItem,
    )
    from ..models.natural_person_data_nationalities_item import (
        NaturalPersonDataNationalitiesItem,
    )
    from ..models.tax_details import TaxDetails


T = TypeVar("T", bound="NaturalPersonData")


@_attrs_define
class NaturalPersonData:
    """
    Attributes:
        gender (str): Gender Example: MALE.
        first_name (str): All first names of the person according to the identification document
        last_name (str): Natural person last name
        birth_day (datetime.date):
        birth_place (str):
        birth_country (str): Country code in ISO 3166-1 alpha-2 standard Example: AF.
        is_us_nationality (bool): FATCA - Question whether the customer is subject to US tax liability (nationality or
            other references due to a green card, registration address, etc.).
        title (str | Unset):  Example: PROFESSOR.
        marital_status (str | Unset):  Example: MARRIED.
        nationalities (list[NaturalPersonDataNationalitiesItem] | Unset):
        language (str | Unset): Language code in ISO 639-1 two-letter codes (EU only) Example: da.
        tax_details (list[TaxDetails] | Unset):
        profession (str | Unset):
        profession_group (str | Unset):  Example: EMPLOYED.
        nace_sectors (list[NaturalPersonDataNaceSectorsItem] | Unset):
        main_address (Address | Unset):
        correspondence_address (Address | Unset):
        annual_income_net (float | Unset): Annual income net
        source_of_income (list[str] | Unset):
        available_assets (float | Unset): Available assets
        origin_of_assets (list[str] | Unset):
        contact (Contact | Unset):
        external_id (str | Unset): External Id in partner's system. This value has to be unique
    """

    gender: str
    first_name: str
    last_name: str
    birth_day: datetime.date
    birth_place: str
    birth_country: str
    is_us_nationality: bool
    title: str | Unset = UNSET
    marital_status: str | Unset = UNSET
    nationalities: list[NaturalPersonDataNationalitiesItem] | Unset = UNSET
    language: str | Unset = UNSET
    tax_details: list[TaxDetails] | Unset = UNSET
    profession: str | Unset = UNSET
    profession_group: str | Unset = UNSET
    nace_sectors: list[NaturalPersonDataNaceSectorsItem] | Unset = UNSET
    main_address: Address | Unset = UNSET
    correspondence_address: Address | Unset = UNSET
    annual_income_net: float | Unset = UNSET
    source_of_income: list[str] | Unset = UNSET
    available_assets: float | Unset = UNSET
    origin_of_assets: list[str] | Unset = UNSET
    contact: Contact | Unset = UNSET
    external_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        gender = self.gender

        first_name = self.first_name

        last_name = self.last_name

        birth_day = self.birth_day.isoformat()

        birth_place = self.birth_place

        birth_country = self.birth_country

        is_us_nationality = self.is_us_nationality

        title = self.title

        marital_status = self.marital_status

        nationalities: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.nationalities, Unset):
            nationalities = []
            for nationalities_item_data in self.nationalities:
                nationalities_item = nationalities_item_data.to_dict()
                nationalities.append(nationalities_item)

        language = self.language

        tax_details: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tax_details, Unset):
            tax_details = []
            for tax_details_item_data in self.tax_details:
                tax_details_item = tax_details_item_data.to_dict()
                tax_details.append(tax_details_item)

        profession = self.profession

        profession_group = self.profession_group

        nace_sectors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.nace_sectors, Unset):
            nace_sectors = []
            for nace_sectors_item_data in self.nace_sectors:
                nace_sectors_item = nace_sectors_item_data.to_dict()
                nace_sectors.append(nace_sectors_item)

        main_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.main_address, Unset):
            main_address = self.main_address.to_dict()

        correspondence_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.correspondence_address, Unset):
            correspondence_address = self.correspondence_address.to_dict()

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

        external_id = self.external_id

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
                "isUsNationality": is_us_nationality,
            }
        )
        if title is not UNSET:
            field_dict["title"] = title
        if marital_status is not UNSET:
            field_dict["maritalStatus"] = marital_status
        if nationalities is not UNSET:
            field_dict["nationalities"] = nationalities
        if language is not UNSET:
            field_dict["language"] = language
        if tax_details is not UNSET:
            field_dict["taxDetails"] = tax_details
        if profession is not UNSET:
            field_dict["profession"] = profession
        if profession_group is not UNSET:
            field_dict["professionGroup"] = profession_group
        if nace_sectors is not UNSET:
            field_dict["naceSectors"] = nace_sectors
        if main_address is not UNSET:
            field_dict["mainAddress"] = main_address
        if correspondence_address is not UNSET:
            field_dict["correspondenceAddress"] = correspondence_address
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
        if external_id is not UNSET:
            field_dict["externalId"] = external_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.address import Address  # noqa: PLC0415
        from ..models.contact import Contact  # noqa: PLC0415
        from ..models.natural_person_data_nace_sectors_item import (
            NaturalPersonDataNaceSectorsItem,  # noqa: PLC0415
        )
        from ..models.natural_person_data_nationalities_item import (
            NaturalPersonDataNationalitiesItem,  # noqa: PLC0415
        )
        from ..models.tax_details import TaxDetails  # noqa: PLC0415

        d = dict(src_dict)
        gender = d.pop("gender")

        first_name = d.pop("firstName")

        last_name = d.pop("lastName")

        birth_day = datetime.date.fromisoformat(d.pop("birthDay"))

        birth_place = d.pop("birthPlace")

        birth_country = d.pop("birthCountry")

        is_us_nationality = d.pop("isUsNationality")

        title = d.pop("title", UNSET)

        marital_status = d.pop("maritalStatus", UNSET)

        _nationalities = d.pop("nationalities", UNSET)
        nationalities: list[NaturalPersonDataNationalitiesItem] | Unset = UNSET
        if _nationalities is not UNSET:
            nationalities = []
            for nationalities_item_data in _nationalities:
                nationalities_item = NaturalPersonDataNationalitiesItem.from_dict(
                    nationalities_item_data
                )

                nationalities.append(nationalities_item)

        language = d.pop("language", UNSET)

        _tax_details = d.pop("taxDetails", UNSET)
        tax_details: list[TaxDetails] | Unset = UNSET
        if _tax_details is not UNSET:
            tax_details = []
            for tax_details_item_data in _tax_details:
                tax_details_item = TaxDetails.from_dict(tax_details_item_data)

                tax_details.append(tax_details_item)

        profession = d.pop("profession", UNSET)

        profession_group = d.pop("professionGroup", UNSET)

        _nace_sectors = d.pop("naceSectors", UNSET)
        nace_sectors: list[NaturalPersonDataNaceSectorsItem] | Unset = UNSET
        if _nace_sectors is not UNSET:
            nace_sectors = []
            for nace_sectors_item_data in _nace_sectors:
                nace_sectors_item = NaturalPersonDataNaceSectorsItem.from_dict(
                    nace_sectors_item_data
                )

                nace_sectors.append(nace_sectors_item)

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

        external_id = d.pop("externalId", UNSET)

        natural_person_data = cls(
            gender=gender,
            first_name=first_name,
            last_name=last_name,
            birth_day=birth_day,
            birth_place=birth_place,
            birth_country=birth_country,
            is_us_nationality=is_us_nationality,
            title=title,
            marital_status=marital_status,
            nationalities=nationalities,
            language=language,
            tax_details=tax_details,
            profession=profession,
            profession_group=profession_group,
            nace_sectors=nace_sectors,
            main_address=main_address,
            correspondence_address=correspondence_address,
            annual_income_net=annual_income_net,
            source_of_income=source_of_income,
            available_assets=available_assets,
            origin_of_assets=origin_of_assets,
            contact=contact,
            external_id=external_id,
        )

        natural_person_data.additional_properties = d
        return natural_person_data

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
