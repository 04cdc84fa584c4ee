from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="IdentificationVerificationData")


@_attrs_define
class IdentificationVerificationData:
    """
    Attributes:
        natural_person_id (UUID):
        external_verifier (str): The legal name of the vendor/company performing the identification for this natural
            person Example: WEB_ID.
        identification_type (str): Method used to identify the customer Example: VIDEO_IDENT.
    """

    natural_person_id: UUID
    external_verifier: str
    identification_type: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        natural_person_id = str(self.natural_person_id)

        external_verifier = self.external_verifier

        identification_type = self.identification_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "naturalPersonId": natural_person_id,
                "externalVerifier": external_verifier,
                "identificationType": identification_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        natural_person_id = UUID(d.pop("naturalPersonId"))

        external_verifier = d.pop("externalVerifier")

        identification_type = d.pop("identificationType")

        identification_verification_data = cls(
            natural_person_id=natural_person_id,
            external_verifier=external_verifier,
            identification_type=identification_type,
        )

        identification_verification_data.additional_properties = d
        return identification_verification_data

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
