from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="NaturalPersonIdentificationData")


@_attrs_define
class NaturalPersonIdentificationData:
    """
    Attributes:
        external_verifier (str): The legal name of the vendor/company performing the identification for this natural
            person Example: WEB_ID.
        identification_type (str): Method used to identify the customer Example: VIDEO_IDENT.
        identification_date (datetime.date): Date on which the identification was carried out. The date must be within
            the last 24 months.
        identification_document_type (str): Type of the identification document which has been used for identification
            of the natural person. Example: ID.
        document_number (str): Document number of the identification document.
        document_country (str): Issuing country of the identification document. Example: AF.
        document_issuer (str): Issuing authority of the identification document
        document_issue_date (datetime.date): Issue date of the identification document
        document_expiry_date (datetime.date): Expiry date of the identification document. If the identification document
            is a birth certificate, the date on which the person comes of age must be entered as the expiry date.
        document_mother_full_name (str | Unset): Full name of the mother, only mandatory for identificationDocumentType
            = BIRTH_CERTIFICATE
        document_mother_residence_city (str | Unset): Residence city of the mother, only mandatory for
            identificationDocumentType = BIRTH_CERTIFICATE
        document_father_full_name (str | Unset): Full name of the father, only mandatory for identificationDocumentType
            = BIRTH_CERTIFICATE
        document_father_residence_city (str | Unset): Residence city of the father, only mandatory for
            identificationDocumentType = BIRTH_CERTIFICATE
    """

    external_verifier: str
    identification_type: str
    identification_date: datetime.date
    identification_document_type: str
    document_number: str
    document_country: str
    document_issuer: str
    document_issue_date: datetime.date
    document_expiry_date: datetime.date
    document_mother_full_name: str | Unset = UNSET
    document_mother_residence_city: str | Unset = UNSET
    document_father_full_name: str | Unset = UNSET
    document_father_residence_city: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        external_verifier = self.external_verifier

        identification_type = self.identification_type

        identification_date = self.identification_date.isoformat()

        identification_document_type = self.identification_document_type

        document_number = self.document_number

        document_country = self.document_country

        document_issuer = self.document_issuer

        document_issue_date = self.document_issue_date.isoformat()

        document_expiry_date = self.document_expiry_date.isoformat()

        document_mother_full_name = self.document_mother_full_name

        document_mother_residence_city = self.document_mother_residence_city

        document_father_full_name = self.document_father_full_name

        document_father_residence_city = self.document_father_residence_city

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "externalVerifier": external_verifier,
                "identificationType": identification_type,
                "identificationDate": identification_date,
                "identificationDocumentType": identification_document_type,
                "documentNumber": document_number,
                "documentCountry": document_country,
                "documentIssuer": document_issuer,
                "documentIssueDate": document_issue_date,
                "documentExpiryDate": document_expiry_date,
            }
        )
        if document_mother_full_name is not UNSET:
            field_dict["documentMotherFullName"] = document_mother_full_name
        if document_mother_residence_city is not UNSET:
            field_dict["documentMotherResidenceCity"] = document_mother_residence_city
        if document_father_full_name is not UNSET:
            field_dict["documentFatherFullName"] = document_father_full_name
        if document_father_residence_city is not UNSET:
            field_dict["documentFatherResidenceCity"] = document_father_residence_city

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        external_verifier = d.pop("externalVerifier")

        identification_type = d.pop("identificationType")

        identification_date = datetime.date.fromisoformat(d.pop("identificationDate"))

        identification_document_type = d.pop("identificationDocumentType")

        document_number = d.pop("documentNumber")

        document_country = d.pop("documentCountry")

        document_issuer = d.pop("documentIssuer")

        document_issue_date = datetime.date.fromisoformat(d.pop("documentIssueDate"))

        document_expiry_date = datetime.date.fromisoformat(d.pop("documentExpiryDate"))

        document_mother_full_name = d.pop("documentMotherFullName", UNSET)

        document_mother_residence_city = d.pop("documentMotherResidenceCity", UNSET)

        document_father_full_name = d.pop("documentFatherFullName", UNSET)

        document_father_residence_city = d.pop("documentFatherResidenceCity", UNSET)

        natural_person_identification_data = cls(
            external_verifier=external_verifier,
            identification_type=identification_type,
            identification_date=identification_date,
            identification_document_type=identification_document_type,
            document_number=document_number,
            document_country=document_country,
            document_issuer=document_issuer,
            document_issue_date=document_issue_date,
            document_expiry_date=document_expiry_date,
            document_mother_full_name=document_mother_full_name,
            document_mother_residence_city=document_mother_residence_city,
            document_father_full_name=document_father_full_name,
            document_father_residence_city=document_father_residence_city,
        )

        natural_person_identification_data.additional_properties = d
        return natural_person_identification_data

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
