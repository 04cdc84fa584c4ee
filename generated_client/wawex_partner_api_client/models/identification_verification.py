from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="IdentificationVerification")


@_attrs_define
class IdentificationVerification:
    """
    Attributes:
        natural_person_id (str | Unset):  Example: 123e4567-e89b-12d3-a456-426614174000.
        identification_verification_id (str | Unset):  Example: 123e4567-e89b-12d3-a456-426614174000.
        external_verifier (str | Unset):  Example: WEB_ID.
        identification_type (str | Unset):  Example: VIDEO_IDENT.
        identification_url (str | Unset):
        document_id (str | Unset):  Example: 123e4567-e89b-12d3-a456-426614174000.
        natural_person_identification_id (str | Unset):  Example: 123e4567-e89b-12d3-a456-426614174000.
        created_on (str | Unset):  Example: 2025-08-29T18:58:17.640Z.
        modified_on (str | Unset):  Example: 2025-08-29T18:58:17.640Z.
        status (str | Unset):  Example: RECEIVED.
    """

    natural_person_id: str | Unset = UNSET
    identification_verification_id: str | Unset = UNSET
    external_verifier: str | Unset = UNSET
    identification_type: str | Unset = UNSET
    identification_url: str | Unset = UNSET
    document_id: str | Unset = UNSET
    natural_person_identification_id: str | Unset = UNSET
    created_on: str | Unset = UNSET
    modified_on: str | Unset = UNSET
    status: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        natural_person_id = self.natural_person_id

        identification_verification_id = self.identification_verification_id

        external_verifier = self.external_verifier

        identification_type = self.identification_type

        identification_url = self.identification_url

        document_id = self.document_id

        natural_person_identification_id = self.natural_person_identification_id

        created_on = self.created_on

        modified_on = self.modified_on

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if natural_person_id is not UNSET:
            field_dict["naturalPersonId"] = natural_person_id
        if identification_verification_id is not UNSET:
            field_dict["identificationVerificationId"] = identification_verification_id
        if external_verifier is not UNSET:
            field_dict["externalVerifier"] = external_verifier
        if identification_type is not UNSET:
            field_dict["identificationType"] = identification_type
        if identification_url is not UNSET:
            field_dict["identificationUrl"] = identification_url
        if document_id is not UNSET:
            field_dict["documentId"] = document_id
        if natural_person_identification_id is not UNSET:
            field_dict["naturalPersonIdentificationId"] = (
                natural_person_identification_id
            )
        if created_on is not UNSET:
            field_dict["createdOn"] = created_on
        if modified_on is not UNSET:
            field_dict["modifiedOn"] = modified_on
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        natural_person_id = d.pop("naturalPersonId", UNSET)

        identification_verification_id = d.pop("identificationVerificationId", UNSET)

        external_verifier = d.pop("externalVerifier", UNSET)

        identification_type = d.pop("identificationType", UNSET)

        identification_url = d.pop("identificationUrl", UNSET)

        document_id = d.pop("documentId", UNSET)

        natural_person_identification_id = d.pop("naturalPersonIdentificationId", UNSET)

        created_on = d.pop("createdOn", UNSET)

        modified_on = d.pop("modifiedOn", UNSET)

        status = d.pop("status", UNSET)

        identification_verification = cls(
            natural_person_id=natural_person_id,
            identification_verification_id=identification_verification_id,
            external_verifier=external_verifier,
            identification_type=identification_type,
            identification_url=identification_url,
            document_id=document_id,
            natural_person_identification_id=natural_person_identification_id,
            created_on=created_on,
            modified_on=modified_on,
            status=status,
        )

        identification_verification.additional_properties = d
        return identification_verification

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
