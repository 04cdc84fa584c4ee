from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TaxInformation")


@_attrs_define
class TaxInformation:
    """
    Attributes:
        tax_year (int): Calendar year of the tax year
        loss_pot_equities (float): Balance of the STOCK loss pot
        loss_pot_general (float): Balance of the OTHER (general) loss pot
        income_covered_equities (float): Income covered by losses from the STOCK loss pot in this tax year
        income_covered_general (float): Income covered by losses from the OTHER loss pot in this tax year
        used_fsa (float): Income covered by the FSA (Saver's Allowance) in this tax year
        withheld_capital_gains_tax (float): Total German capital income tax calculated for the taxpayer in this tax year
        withheld_solidarity_tax (float): Total German solidarity surcharge tax calculated for the taxpayer in this tax
            year
        withheld_church_tax (float): Total German church tax calculated for the taxpayer in this tax year
        credited_foreign_withholding_tax (float): Total foreign tax credited for the taxpayer in this tax year
    """

    tax_year: int
    loss_pot_equities: float
    loss_pot_general: float
    income_covered_equities: float
    income_covered_general: float
    used_fsa: float
    withheld_capital_gains_tax: float
    withheld_solidarity_tax: float
    withheld_church_tax: float
    credited_foreign_withholding_tax: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tax_year = self.tax_year

        loss_pot_equities = self.loss_pot_equities

        loss_pot_general = self.loss_pot_general

        income_covered_equities = self.income_covered_equities

        income_covered_general = self.income_covered_general

        used_fsa = self.used_fsa

        withheld_capital_gains_tax = self.withheld_capital_gains_tax

        withheld_solidarity_tax = self.withheld_solidarity_tax

        withheld_church_tax = self.withheld_church_tax

        credited_foreign_withholding_tax = self.credited_foreign_withholding_tax

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "taxYear": tax_year,
                "lossPotEquities": loss_pot_equities,
                "lossPotGeneral": loss_pot_general,
                "incomeCoveredEquities": income_covered_equities,
                "incomeCoveredGeneral": income_covered_general,
                "usedFsa": used_fsa,
                "withheldCapitalGainsTax": withheld_capital_gains_tax,
                "withheldSolidarityTax": withheld_solidarity_tax,
                "withheldChurchTax": withheld_church_tax,
                "creditedForeignWithholdingTax": credited_foreign_withholding_tax,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        tax_year = d.pop("taxYear")

        loss_pot_equities = d.pop("lossPotEquities")

        loss_pot_general = d.pop("lossPotGeneral")

        income_covered_equities = d.pop("incomeCoveredEquities")

        income_covered_general = d.pop("incomeCoveredGeneral")

        used_fsa = d.pop("usedFsa")

        withheld_capital_gains_tax = d.pop("withheldCapitalGainsTax")

        withheld_solidarity_tax = d.pop("withheldSolidarityTax")

        withheld_church_tax = d.pop("withheldChurchTax")

        credited_foreign_withholding_tax = d.pop("creditedForeignWithholdingTax")

        tax_information = cls(
            tax_year=tax_year,
            loss_pot_equities=loss_pot_equities,
            loss_pot_general=loss_pot_general,
            income_covered_equities=income_covered_equities,
            income_covered_general=income_covered_general,
            used_fsa=used_fsa,
            withheld_capital_gains_tax=withheld_capital_gains_tax,
            withheld_solidarity_tax=withheld_solidarity_tax,
            withheld_church_tax=withheld_church_tax,
            credited_foreign_withholding_tax=credited_foreign_withholding_tax,
        )

        tax_information.additional_properties = d
        return tax_information

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
