from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.corporate_action_event_type_enum import (
    CorporateActionEventTypeEnum,
    check_corporate_action_event_type_enum,
)
from ..models.corporate_action_status_enum import (
    CorporateActionStatusEnum,
    check_corporate_action_status_enum,
)

if TYPE_CHECKING:
    from ..models.corporate_action_customer import CorporateActionCustomer
    from ..models.corporate_action_dates import CorporateActionDates
    from ..models.corporate_action_details import CorporateActionDetails


T = TypeVar("T", bound="CorporateAction")


@_attrs_define
class CorporateAction:
    """
    Attributes:
        corporate_action_id (UUID):
        corporate_action_event_type (CorporateActionEventTypeEnum): Corporate action event type
        isin (str):
        status (CorporateActionStatusEnum): Corporate action event status
        dates (CorporateActionDates):
        details (CorporateActionDetails):
        customer (CorporateActionCustomer):
    """

    corporate_action_id: UUID
    corporate_action_event_type: CorporateActionEventTypeEnum
    isin: str
    status: CorporateActionStatusEnum
    dates: CorporateActionDates
    details: CorporateActionDetails
    customer: CorporateActionCustomer
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        corporate_action_id = str(self.corporate_action_id)

        corporate_action_event_type: str = self.corporate_action_event_type

        isin = self.isin

        status: str = self.status

        dates = self.dates.to_dict()

        details = self.details.to_dict()

        customer = self.customer.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "corporateActionId": corporate_action_id,
                "corporateActionEventType": corporate_action_event_type,
                "isin": isin,
                "status": status,
                "dates": dates,
                "details": details,
                "customer": customer,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.corporate_action_customer import CorporateActionCustomer  # noqa: PLC0415
        from ..models.corporate_action_dates import CorporateActionDates  # noqa: PLC0415
        from ..models.corporate_action_details import CorporateActionDetails  # noqa: PLC0415

        d = dict(src_dict)
        corporate_action_id = UUID(d.pop("corporateActionId"))

        corporate_action_event_type = check_corporate_action_event_type_enum(
            d.pop("corporateActionEventType")
        )

        isin = d.pop("isin")

        status = check_corporate_action_status_enum(d.pop("status"))

        dates = CorporateActionDates.from_dict(d.pop("dates"))

        details = CorporateActionDetails.from_dict(d.pop("details"))

        customer = CorporateActionCustomer.from_dict(d.pop("customer"))

        corporate_action = cls(
            corporate_action_id=corporate_action_id,
            corporate_action_event_type=corporate_action_event_type,
            isin=isin,
            status=status,
            dates=dates,
            details=details,
            customer=customer,
        )

        corporate_action.additional_properties = d
        return corporate_action

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
