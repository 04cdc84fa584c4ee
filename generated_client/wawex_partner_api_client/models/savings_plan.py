from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SavingsPlan")


@_attrs_define
class SavingsPlan:
    """Single savings plan model.

    Attributes:
        saving_plan_id (UUID): Unique identifier of the savings plan.
        customer_id (UUID): Unique identifier of the customer who owns this savings plan.
        status (str): The current status of the savings plan.
        created_on (datetime.datetime): When this savings plan was created.
        message (str | Unset):
    """

    saving_plan_id: UUID
    customer_id: UUID
    status: str
    created_on: datetime.datetime
    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        saving_plan_id = str(self.saving_plan_id)

        customer_id = str(self.customer_id)

        status = self.status

        created_on = self.created_on.isoformat()

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "savingPlanId": saving_plan_id,
                "customerId": customer_id,
                "status": status,
                "createdOn": created_on,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        saving_plan_id = UUID(d.pop("savingPlanId"))

        customer_id = UUID(d.pop("customerId"))

        status = d.pop("status")

        created_on = datetime.datetime.fromisoformat(d.pop("createdOn"))

        message = d.pop("message", UNSET)

        savings_plan = cls(
            saving_plan_id=saving_plan_id,
            customer_id=customer_id,
            status=status,
            created_on=created_on,
            message=message,
        )

        savings_plan.additional_properties = d
        return savings_plan

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
