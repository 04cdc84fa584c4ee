from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bank_data import BankData
    from ..models.sepa_data import SepaData
    from ..models.validation import Validation
    from ..models.validations import Validations


T = TypeVar("T", bound="IbanValidateResult")


@_attrs_define
class IbanValidateResult:
    """
    Attributes:
        iban (str): IBAN
        valid (bool): Flag that specifies if IBAN is valid or not. IBAN is valid if all validations contain the
            validation success code, i.e. the code value that starts with double zero (example 001). More details can be
            found at https://www.iban.com/validation-api and https://www.iban.com/iban-checker.
        bank_data (BankData | Unset):
        sepa_data (SepaData | Unset):
        validations (Validations | Unset):
        errors (list[Validation] | Unset): List of errors, if any
    """

    iban: str
    valid: bool
    bank_data: BankData | Unset = UNSET
    sepa_data: SepaData | Unset = UNSET
    validations: Validations | Unset = UNSET
    errors: list[Validation] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        iban = self.iban

        valid = self.valid

        bank_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.bank_data, Unset):
            bank_data = self.bank_data.to_dict()

        sepa_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sepa_data, Unset):
            sepa_data = self.sepa_data.to_dict()

        validations: dict[str, Any] | Unset = UNSET
        if not isinstance(self.validations, Unset):
            validations = self.validations.to_dict()

        errors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = []
            for errors_item_data in self.errors:
                errors_item = errors_item_data.to_dict()
                errors.append(errors_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "iban": iban,
                "valid": valid,
            }
        )
        if bank_data is not UNSET:
            field_dict["bank_data"] = bank_data
        if sepa_data is not UNSET:
            field_dict["sepa_data"] = sepa_data
        if validations is not UNSET:
            field_dict["validations"] = validations
        if errors is not UNSET:
            field_dict["errors"] = errors

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bank_data import BankData  # noqa: PLC0415
        from ..models.sepa_data import SepaData  # noqa: PLC0415
        from ..models.validation import Validation  # noqa: PLC0415
        from ..models.validations import Validations  # noqa: PLC0415

        d = dict(src_dict)
        iban = d.pop("iban")

        valid = d.pop("valid")

        _bank_data = d.pop("bank_data", UNSET)
        bank_data: BankData | Unset
        if isinstance(_bank_data, Unset):
            bank_data = UNSET
        else:
            bank_data = BankData.from_dict(_bank_data)

        _sepa_data = d.pop("sepa_data", UNSET)
        sepa_data: SepaData | Unset
        if isinstance(_sepa_data, Unset):
            sepa_data = UNSET
        else:
            sepa_data = SepaData.from_dict(_sepa_data)

        _validations = d.pop("validations", UNSET)
        validations: Validations | Unset
        if isinstance(_validations, Unset):
            validations = UNSET
        else:
            validations = Validations.from_dict(_validations)

        _errors = d.pop("errors", UNSET)
        errors: list[Validation] | Unset = UNSET
        if _errors is not UNSET:
            errors = []
            for errors_item_data in _errors:
                errors_item = Validation.from_dict(errors_item_data)

                errors.append(errors_item)

        iban_validate_result = cls(
            iban=iban,
            valid=valid,
            bank_data=bank_data,
            sepa_data=sepa_data,
            validations=validations,
            errors=errors,
        )

        iban_validate_result.additional_properties = d
        return iban_validate_result

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
