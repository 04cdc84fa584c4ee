from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CreateTestIncomingPaymentData")


@_attrs_define
class CreateTestIncomingPaymentData:
    """
    Attributes:
        customer_product_id (UUID): Unique customer product identification number in UUID format Example:
            3d07c219-0a88-45be-9cfc-91e9d095a1e9.
        amount (float): transfer amount Example: 750.55.
        reference (str): transfer reference Example: This is a test SEPA transfer.
    """

    customer_product_id: UUID
    amount: float
    reference: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        customer_product_id = str(self.customer_product_id)

        amount = self.amount

        reference = self.reference

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "customerProductId": customer_product_id,
                "amount": amount,
                "reference": reference,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        customer_product_id = UUID(d.pop("customerProductId"))

        amount = d.pop("amount")

        reference = d.pop("reference")

        create_test_incoming_payment_data = cls(
            customer_product_id=customer_product_id,
            amount=amount,
            reference=reference,
        )

        create_test_incoming_payment_data.additional_properties = d
        return create_test_incoming_payment_data

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
