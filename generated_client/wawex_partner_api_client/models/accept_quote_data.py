from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AcceptQuoteData")


@_attrs_define
class AcceptQuoteData:
    """
    Attributes:
        quote_id (UUID): Quote Id
        external_id (str): External Id in partner's system. This value has to be unique
        wallet_customer_product_id (UUID): Wallet customer product used for the order.
        cash_customer_product_id (UUID): Cash customer product used for the order.
    """

    quote_id: UUID
    external_id: str
    wallet_customer_product_id: UUID
    cash_customer_product_id: UUID
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        quote_id = str(self.quote_id)

        external_id = self.external_id

        wallet_customer_product_id = str(self.wallet_customer_product_id)

        cash_customer_product_id = str(self.cash_customer_product_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "quoteId": quote_id,
                "externalId": external_id,
                "walletCustomerProductId": wallet_customer_product_id,
                "cashCustomerProductId": cash_customer_product_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        quote_id = UUID(d.pop("quoteId"))

        external_id = d.pop("externalId")

        wallet_customer_product_id = UUID(d.pop("walletCustomerProductId"))

        cash_customer_product_id = UUID(d.pop("cashCustomerProductId"))

        accept_quote_data = cls(
            quote_id=quote_id,
            external_id=external_id,
            wallet_customer_product_id=wallet_customer_product_id,
            cash_customer_product_id=cash_customer_product_id,
        )

        accept_quote_data.additional_properties = d
        return accept_quote_data

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
