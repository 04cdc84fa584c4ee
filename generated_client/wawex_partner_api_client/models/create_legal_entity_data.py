from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.address import Address
    from ..models.create_legal_entity_data_invoice_address import (
        CreateLegalEntityDataInvoiceAddress,
    )
    from ..models.create_legal_entity_data_nace_sectors_item import (
        CreateLegalEntityDataNaceSectorsItem,
    )


T = TypeVar("T", bound="CreateLegalEntityData")


@_attrs_define
class CreateLegalEntityData:
    """
    Attributes:
        legal_name (str): The legal name of the entity
        legal_form (str): LegalFormEnum Example: LIMITED_LIABILITY_COMPANY.
        register_country (str): Country code in ISO 3166-1 alpha-2 standard Example: AF.
        register_number (str): Number at which the company is registered
        register_court (str): An administrative court in which the company was registered
        founded_on (datetime.date): The date on which the entity was founded
        tax_number (str): The tax number of the legal entity
        legal_entity_identifier (str | Unset): Unique global identifier for legal entities participating in financial
            transactions
        nace_sectors (list[CreateLegalEntityDataNaceSectorsItem] | Unset):
        register_court_zip_code (str | Unset): An administrative court zip code in which the company was registered
        registered_on (datetime.date | Unset): The date on which the entity was registered
        vat_id (str | Unset): The value-added tax id of the legal entity
        purpose (str | Unset): The purpose of the legal entity
        main_address (Address | Unset):
        correspondence_address (Address | Unset):
        invoice_address (CreateLegalEntityDataInvoiceAddress | Unset):
        search_id (UUID | Unset):
        is_listed (bool | Unset): Determine whether the shares of that company are on the list (or board) of stock that
            are officially traded on a stock exchange
        listed_at (str | Unset): Determine where the shares of that company are officially traded on a stock exchange.
            Only when entity is listed
        average_profit (float | Unset): Average profit for the year (after tax)
        average_revenue (float | Unset): Average revenue for the year
        liquid_assets (float | Unset): Liquid assets
        last_annual_financial_statement (datetime.date | Unset): Last annual financial statement date
        external_id (str | Unset): External Id in partner's system. This value has to be unique
    """

    legal_name: str
    legal_form: str
    register_country: str
    register_number: str
    register_court: str
    founded_on: datetime.date
    tax_number: str
    legal_entity_identifier: str | Unset = UNSET
    nace_sectors: list[CreateLegalEntityDataNaceSectorsItem] | Unset = UNSET
    register_court_zip_code: str | Unset = UNSET
    registered_on: datetime.date | Unset = UNSET
    vat_id: str | Unset = UNSET
    purpose: str | Unset = UNSET
    main_address: Address | Unset = UNSET
    correspondence_address: Address | Unset = UNSET
    invoice_address: CreateLegalEntityDataInvoiceAddress | Unset = UNSET
    search_id: UUID | Unset = UNSET
    is_listed: bool | Unset = UNSET
    listed_at: str | Unset = UNSET
    average_profit: float | Unset = UNSET
    average_revenue: float | Unset = UNSET
    liquid_assets: float | Unset = UNSET
    last_annual_financial_statement: datetime.date | Unset = UNSET
    external_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        legal_name = self.legal_name

        legal_form = self.legal_form

        register_country = self.register_country

        register_number = self.register_number

        register_court = self.register_court

        founded_on = self.founded_on.isoformat()

        tax_number = self.tax_number

        legal_entity_identifier = self.legal_entity_identifier

        nace_sectors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.nace_sectors, Unset):
            nace_sectors = []
            for nace_sectors_item_data in self.nace_sectors:
                nace_sectors_item = nace_sectors_item_data.to_dict()
                nace_sectors.append(nace_sectors_item)

        register_court_zip_code = self.register_court_zip_code

        registered_on: str | Unset = UNSET
        if not isinstance(self.registered_on, Unset):
            registered_on = self.registered_on.isoformat()

        vat_id = self.vat_id

        purpose = self.purpose

        main_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.main_address, Unset):
            main_address = self.main_address.to_dict()

        correspondence_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.correspondence_address, Unset):
            correspondence_address = self.correspondence_address.to_dict()

        invoice_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.invoice_address, Unset):
            invoice_address = self.invoice_address.to_dict()

        search_id: str | Unset = UNSET
        if not isinstance(self.search_id, Unset):
            search_id = str(self.search_id)

        is_listed = self.is_listed

        listed_at = self.listed_at

        average_profit = self.average_profit

        average_revenue = self.average_revenue

        liquid_assets = self.liquid_assets

        last_annual_financial_statement: str | Unset = UNSET
        if not isinstance(self.last_annual_financial_statement, Unset):
            last_annual_financial_statement = (
                self.last_annual_financial_statement.isoformat()
            )

        external_id = self.external_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "legalName": legal_name,
                "legalForm": legal_form,
                "registerCountry": register_country,
                "registerNumber": register_number,
                "registerCourt": register_court,
                "foundedOn": founded_on,
                "taxNumber": tax_number,
            }
        )
        if legal_entity_identifier is not UNSET:
            field_dict["legalEntityIdentifier"] = legal_entity_identifier
        if nace_sectors is not UNSET:
            field_dict["naceSectors"] = nace_sectors
        if register_court_zip_code is not UNSET:
            field_dict["registerCourtZipCode"] = register_court_zip_code
        if registered_on is not UNSET:
            field_dict["registeredOn"] = registered_on
        if vat_id is not UNSET:
            field_dict["vatId"] = vat_id
        if purpose is not UNSET:
            field_dict["purpose"] = purpose
        if main_address is not UNSET:
            field_dict["mainAddress"] = main_address
        if correspondence_address is not UNSET:
            field_dict["correspondenceAddress"] = correspondence_address
        if invoice_address is not UNSET:
            field_dict["invoiceAddress"] = invoice_address
        if search_id is not UNSET:
            field_dict["searchId"] = search_id
        if is_listed is not UNSET:
            field_dict["isListed"] = is_listed
        if listed_at is not UNSET:
            field_dict["listedAt"] = listed_at
        if average_profit is not UNSET:
            field_dict["averageProfit"] = average_profit
        if average_revenue is not UNSET:
            field_dict["averageRevenue"] = average_revenue
        if liquid_assets is not UNSET:
            field_dict["liquidAssets"] = liquid_assets
        if last_annual_financial_statement is not UNSET:
            field_dict["lastAnnualFinancialStatement"] = last_annual_financial_statement
        if external_id is not UNSET:
            field_dict["externalId"] = external_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.address import Address  # noqa: PLC0415
        from ..models.create_legal_entity_data_invoice_address import (
            CreateLegalEntityDataInvoiceAddress,  # noqa: PLC0415
        )
        from ..models.create_legal_entity_data_nace_sectors_item import (
            CreateLegalEntityDataNaceSectorsItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        legal_name = d.pop("legalName")

        legal_form = d.pop("legalForm")

        register_country = d.pop("registerCountry")

        register_number = d.pop("registerNumber")

        register_court = d.pop("registerCourt")

        founded_on = datetime.date.fromisoformat(d.pop("foundedOn"))

        tax_number = d.pop("taxNumber")

        legal_entity_identifier = d.pop("legalEntityIdentifier", UNSET)

        _nace_sectors = d.pop("naceSectors", UNSET)
        nace_sectors: list[CreateLegalEntityDataNaceSectorsItem] | Unset = UNSET
        if _nace_sectors is not UNSET:
            nace_sectors = []
            for nace_sectors_item_data in _nace_sectors:
                nace_sectors_item = CreateLegalEntityDataNaceSectorsItem.from_dict(
                    nace_sectors_item_data
                )

                nace_sectors.append(nace_sectors_item)

        register_court_zip_code = d.pop("registerCourtZipCode", UNSET)

        _registered_on = d.pop("registeredOn", UNSET)
        registered_on: datetime.date | Unset
        if isinstance(_registered_on, Unset):
            registered_on = UNSET
        else:
            registered_on = datetime.date.fromisoformat(_registered_on)

        vat_id = d.pop("vatId", UNSET)

        purpose = d.pop("purpose", UNSET)

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

        _invoice_address = d.pop("invoiceAddress", UNSET)
        invoice_address: CreateLegalEntityDataInvoiceAddress | Unset
        if isinstance(_invoice_address, Unset):
            invoice_address = UNSET
        else:
            invoice_address = CreateLegalEntityDataInvoiceAddress.from_dict(
                _invoice_address
            )

        _search_id = d.pop("searchId", UNSET)
        search_id: UUID | Unset
        if isinstance(_search_id, Unset):
            search_id = UNSET
        else:
            search_id = UUID(_search_id)

        is_listed = d.pop("isListed", UNSET)

        listed_at = d.pop("listedAt", UNSET)

        average_profit = d.pop("averageProfit", UNSET)

        average_revenue = d.pop("averageRevenue", UNSET)

        liquid_assets = d.pop("liquidAssets", UNSET)

        _last_annual_financial_statement = d.pop("lastAnnualFinancialStatement", UNSET)
        last_annual_financial_statement: datetime.date | Unset
        if isinstance(_last_annual_financial_statement, Unset):
            last_annual_financial_statement = UNSET
        else:
            last_annual_financial_statement = datetime.date.fromisoformat(
                _last_annual_financial_statement
            )

        external_id = d.pop("externalId", UNSET)

        create_legal_entity_data = cls(
            legal_name=legal_name,
            legal_form=legal_form,
            register_country=register_country,
            register_number=register_number,
            register_court=register_court,
            founded_on=founded_on,
            tax_number=tax_number,
            legal_entity_identifier=legal_entity_identifier,
            nace_sectors=nace_sectors,
            register_court_zip_code=register_court_zip_code,
            registered_on=registered_on,
            vat_id=vat_id,
            purpose=purpose,
            main_address=main_address,
            correspondence_address=correspondence_address,
            invoice_address=invoice_address,
            search_id=search_id,
            is_listed=is_listed,
            listed_at=listed_at,
            average_profit=average_profit,
            average_revenue=average_revenue,
            liquid_assets=liquid_assets,
            last_annual_financial_statement=last_annual_financial_statement,
            external_id=external_id,
        )

        create_legal_entity_data.additional_properties = d
        return create_legal_entity_data

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
