from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.natural_person_wizard_instance_address_data_correspondence_address import (
        NaturalPersonWizardInstanceAddressDataCorrespondenceAddress,
    )
    from ..models.natural_person_wizard_instance_address_data_main_address import (
        NaturalPersonWizardInstanceAddressDataMainAddress,
    )


T = TypeVar("T", bound="NaturalPersonWizardInstanceAddressData")


@_attrs_define
class NaturalPersonWizardInstanceAddressData:
    """
    Attributes:
        main_address (NaturalPersonWizardInstanceAddressDataMainAddress | Unset):
        correspondence_address (NaturalPersonWizardInstanceAddressDataCorrespondenceAddress | Unset):
    """

    main_address: NaturalPersonWizardInstanceAddressDataMainAddress | Unset = UNSET
    correspondence_address: (
        NaturalPersonWizardInstanceAddressDataCorrespondenceAddress | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        main_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.main_address, Unset):
            main_address = self.main_address.to_dict()

        correspondence_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.correspondence_address, Unset):
            correspondence_address = self.correspondence_address.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if main_address is not UNSET:
            field_dict["mainAddress"] = main_address
        if correspondence_address is not UNSET:
            field_dict["correspondenceAddress"] = correspondence_address

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.natural_person_wizard_instance_address_data_correspondence_address import (
            NaturalPersonWizardInstanceAddressDataCorrespondenceAddress,  # noqa: PLC0415
        )
        from ..models.natural_person_wizard_instance_address_data_main_address import (
            NaturalPersonWizardInstanceAddressDataMainAddress,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _main_address = d.pop("mainAddress", UNSET)
        main_address: NaturalPersonWizardInstanceAddressDataMainAddress | Unset
        if isinstance(_main_address, Unset):
            main_address = UNSET
        else:
            main_address = NaturalPersonWizardInstanceAddressDataMainAddress.from_dict(
                _main_address
            )

        _correspondence_address = d.pop("correspondenceAddress", UNSET)
        correspondence_address: (
            NaturalPersonWizardInstanceAddressDataCorrespondenceAddress | Unset
        )
        if isinstance(_correspondence_address, Unset):
            correspondence_address = UNSET
        else:
            correspondence_address = (
                NaturalPersonWizardInstanceAddressDataCorrespondenceAddress.from_dict(
                    _correspondence_address
                )
            )

        natural_person_wizard_instance_address_data = cls(
            main_address=main_address,
            correspondence_address=correspondence_address,
        )

        natural_person_wizard_instance_address_data.additional_properties = d
        return natural_person_wizard_instance_address_data

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
