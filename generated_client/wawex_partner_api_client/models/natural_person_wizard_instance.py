from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.natural_person_wizard_instance_address_data import (
        NaturalPersonWizardInstanceAddressData,
    )
    from ..models.natural_person_wizard_instance_asset_disclosures_data import (
        NaturalPersonWizardInstanceAssetDisclosuresData,
    )
    from ..models.natural_person_wizard_instance_birth_data import (
        NaturalPersonWizardInstanceBirthData,
    )
    from ..models.natural_person_wizard_instance_contact import (
        NaturalPersonWizardInstanceContact,
    )
    from ..models.natural_person_wizard_instance_employment_data import (
        NaturalPersonWizardInstanceEmploymentData,
    )
    from ..models.natural_person_wizard_instance_personal_data import (
        NaturalPersonWizardInstancePersonalData,
    )
    from ..models.natural_person_wizard_instance_tax_data import (
        NaturalPersonWizardInstanceTaxData,
    )


T = TypeVar("T", bound="NaturalPersonWizardInstance")


@_attrs_define
class NaturalPersonWizardInstance:
    """
    Attributes:
        wizard_instance_id (str | Unset):  Example: 123e4567-e89b-12d3-a456-426614174000.
        wizard_status (str | Unset):  Example: IN_PROGRESS.
        external_status (str | Unset):
        external_id (str | Unset):
        personal_data (NaturalPersonWizardInstancePersonalData | Unset):
        birth_data (NaturalPersonWizardInstanceBirthData | Unset):
        address_data (NaturalPersonWizardInstanceAddressData | Unset):
        contact (NaturalPersonWizardInstanceContact | Unset):
        tax_data (NaturalPersonWizardInstanceTaxData | Unset):
        employment_data (NaturalPersonWizardInstanceEmploymentData | Unset):
        asset_disclosures_data (NaturalPersonWizardInstanceAssetDisclosuresData | Unset):
        created_on (str | Unset):
    """

    wizard_instance_id: str | Unset = UNSET
    wizard_status: str | Unset = UNSET
    external_status: str | Unset = UNSET
    external_id: str | Unset = UNSET
    personal_data: NaturalPersonWizardInstancePersonalData | Unset = UNSET
    birth_data: NaturalPersonWizardInstanceBirthData | Unset = UNSET
    address_data: NaturalPersonWizardInstanceAddressData | Unset = UNSET
    contact: NaturalPersonWizardInstanceContact | Unset = UNSET
    tax_data: NaturalPersonWizardInstanceTaxData | Unset = UNSET
    employment_data: NaturalPersonWizardInstanceEmploymentData | Unset = UNSET
    asset_disclosures_data: NaturalPersonWizardInstanceAssetDisclosuresData | Unset = (
        UNSET
    )
    created_on: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        wizard_instance_id = self.wizard_instance_id

        wizard_status = self.wizard_status

        external_status = self.external_status

        external_id = self.external_id

        personal_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.personal_data, Unset):
            personal_data = self.personal_data.to_dict()

        birth_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.birth_data, Unset):
            birth_data = self.birth_data.to_dict()

        address_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.address_data, Unset):
            address_data = self.address_data.to_dict()

        contact: dict[str, Any] | Unset = UNSET
        if not isinstance(self.contact, Unset):
            contact = self.contact.to_dict()

        tax_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tax_data, Unset):
            tax_data = self.tax_data.to_dict()

        employment_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.employment_data, Unset):
            employment_data = self.employment_data.to_dict()

        asset_disclosures_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.asset_disclosures_data, Unset):
            asset_disclosures_data = self.asset_disclosures_data.to_dict()

        created_on = self.created_on

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if wizard_instance_id is not UNSET:
            field_dict["wizardInstanceId"] = wizard_instance_id
        if wizard_status is not UNSET:
            field_dict["wizardStatus"] = wizard_status
        if external_status is not UNSET:
            field_dict["externalStatus"] = external_status
        if external_id is not UNSET:
            field_dict["externalId"] = external_id
        if personal_data is not UNSET:
            field_dict["personalData"] = personal_data
        if birth_data is not UNSET:
            field_dict["birthData"] = birth_data
        if address_data is not UNSET:
            field_dict["addressData"] = address_data
        if contact is not UNSET:
            field_dict["contact"] = contact
        if tax_data is not UNSET:
            field_dict["taxData"] = tax_data
        if employment_data is not UNSET:
            field_dict["employmentData"] = employment_data
        if asset_disclosures_data is not UNSET:
            field_dict["assetDisclosuresData"] = asset_disclosures_data
        if created_on is not UNSET:
            field_dict["createdOn"] = created_on

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.natural_person_wizard_instance_address_data import (
            NaturalPersonWizardInstanceAddressData,  # noqa: PLC0415
        )
        from ..models.natural_person_wizard_instance_asset_disclosures_data import (
            NaturalPersonWizardInstanceAssetDisclosuresData,  # noqa: PLC0415
        )
        from ..models.natural_person_wizard_instance_birth_data import (
            NaturalPersonWizardInstanceBirthData,  # noqa: PLC0415
        )
        from ..models.natural_person_wizard_instance_contact import (
            NaturalPersonWizardInstanceContact,  # noqa: PLC0415
        )
        from ..models.natural_person_wizard_instance_employment_data import (
            NaturalPersonWizardInstanceEmploymentData,  # noqa: PLC0415
        )
        from ..models.natural_person_wizard_instance_personal_data import (
            NaturalPersonWizardInstancePersonalData,  # noqa: PLC0415
        )
        from ..models.natural_person_wizard_instance_tax_data import (
            NaturalPersonWizardInstanceTaxData,  # noqa: PLC0415
        )

        d = dict(src_dict)
        wizard_instance_id = d.pop("wizardInstanceId", UNSET)

        wizard_status = d.pop("wizardStatus", UNSET)

        external_status = d.pop("externalStatus", UNSET)

        external_id = d.pop("externalId", UNSET)

        _personal_data = d.pop("personalData", UNSET)
        personal_data: NaturalPersonWizardInstancePersonalData | Unset
        if isinstance(_personal_data, Unset):
            personal_data = UNSET
        else:
            personal_data = NaturalPersonWizardInstancePersonalData.from_dict(
                _personal_data
            )

        _birth_data = d.pop("birthData", UNSET)
        birth_data: NaturalPersonWizardInstanceBirthData | Unset
        if isinstance(_birth_data, Unset):
            birth_data = UNSET
        else:
            birth_data = NaturalPersonWizardInstanceBirthData.from_dict(_birth_data)

        _address_data = d.pop("addressData", UNSET)
        address_data: NaturalPersonWizardInstanceAddressData | Unset
        if isinstance(_address_data, Unset):
            address_data = UNSET
        else:
            address_data = NaturalPersonWizardInstanceAddressData.from_dict(
                _address_data
            )

        _contact = d.pop("contact", UNSET)
        contact: NaturalPersonWizardInstanceContact | Unset
        if isinstance(_contact, Unset):
            contact = UNSET
        else:
            contact = NaturalPersonWizardInstanceContact.from_dict(_contact)

        _tax_data = d.pop("taxData", UNSET)
        tax_data: NaturalPersonWizardInstanceTaxData | Unset
        if isinstance(_tax_data, Unset):
            tax_data = UNSET
        else:
            tax_data = NaturalPersonWizardInstanceTaxData.from_dict(_tax_data)

        _employment_data = d.pop("employmentData", UNSET)
        employment_data: NaturalPersonWizardInstanceEmploymentData | Unset
        if isinstance(_employment_data, Unset):
            employment_data = UNSET
        else:
            employment_data = NaturalPersonWizardInstanceEmploymentData.from_dict(
                _employment_data
            )

        _asset_disclosures_data = d.pop("assetDisclosuresData", UNSET)
        asset_disclosures_data: NaturalPersonWizardInstanceAssetDisclosuresData | Unset
        if isinstance(_asset_disclosures_data, Unset):
            asset_disclosures_data = UNSET
        else:
            asset_disclosures_data = (
                NaturalPersonWizardInstanceAssetDisclosuresData.from_dict(
                    _asset_disclosures_data
                )
            )

        created_on = d.pop("createdOn", UNSET)

        natural_person_wizard_instance = cls(
            wizard_instance_id=wizard_instance_id,
            wizard_status=wizard_status,
            external_status=external_status,
            external_id=external_id,
            personal_data=personal_data,
            birth_data=birth_data,
            address_data=address_data,
            contact=contact,
            tax_data=tax_data,
            employment_data=employment_data,
            asset_disclosures_data=asset_disclosures_data,
            created_on=created_on,
        )

        natural_person_wizard_instance.additional_properties = d
        return natural_person_wizard_instance

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
