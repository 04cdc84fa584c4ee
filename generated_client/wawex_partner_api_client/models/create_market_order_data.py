from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CreateMarketOrderData")


@_attrs_define
class CreateMarketOrderData:
    """
    Attributes:
        depository_customer_product_id (UUID): The identifier of the depository customer product instance
        cash_customer_product_id (UUID):
    """

    depository_customer_product_id: UUID
    cash_customer_product_id: UUID
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        depository_customer_product_id = str(self.depository_customer_product_id)

        cash_customer_product_id = str(self.cash_customer_product_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "depositoryCustomerProductId": depository_customer_product_id,
                "cashCustomerProductId": cash_customer_product_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        depository_customer_product_id = UUID(d.pop("depositoryCustomerProductId"))

        cash_customer_product_id = UUID(d.pop("cashCustomerProductId"))

        create_market_order_data = cls(
            depository_customer_product_id=depository_customer_product_id,
            cash_customer_product_id=cash_customer_product_id,
        )

        create_market_order_data.additional_properties = d
        return create_market_order_data

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
