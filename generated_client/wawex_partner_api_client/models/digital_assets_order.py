from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.order_status_enum import OrderStatusEnum, check_order_status_enum
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.digital_assets_market_order_data import DigitalAssetsMarketOrderData
    from ..models.digital_assets_order_execution_data import (
        DigitalAssetsOrderExecutionData,
    )


T = TypeVar("T", bound="DigitalAssetsOrder")


@_attrs_define
class DigitalAssetsOrder:
    """
    Attributes:
        status (OrderStatusEnum):
        side (str):  Example: BUY.
        order_id (UUID): The identifier of the order.
        wallet_customer_product_id (UUID): The identifier of the wallet customer product.
        created_on (datetime.datetime): The timestamp when the order was received.
        modified_on (datetime.datetime): The timestamp when the order has changed the status.
        external_id (str): External Id in partner's system. This value has to be unique
        order_type (str):  Example: MARKET.
        cash_customer_product_id (UUID): Cash customer product used for the order.
        message (str | Unset):
        market_order_data (DigitalAssetsMarketOrderData | Unset):
        execution_data (DigitalAssetsOrderExecutionData | Unset):
    """

    status: OrderStatusEnum
    side: str
    order_id: UUID
    wallet_customer_product_id: UUID
    created_on: datetime.datetime
    modified_on: datetime.datetime
    external_id: str
    order_type: str
    cash_customer_product_id: UUID
    message: str | Unset = UNSET
    market_order_data: DigitalAssetsMarketOrderData | Unset = UNSET
    execution_data: DigitalAssetsOrderExecutionData | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status: str = self.status

        side = self.side

        order_id = str(self.order_id)

        wallet_customer_product_id = str(self.wallet_customer_product_id)

        created_on = self.created_on.isoformat()

        modified_on = self.modified_on.isoformat()

        external_id = self.external_id

        order_type = self.order_type

        cash_customer_product_id = str(self.cash_customer_product_id)

        message = self.message

        market_order_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.market_order_data, Unset):
            market_order_data = self.market_order_data.to_dict()

        execution_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.execution_data, Unset):
            execution_data = self.execution_data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "side": side,
                "orderId": order_id,
                "walletCustomerProductId": wallet_customer_product_id,
                "createdOn": created_on,
                "modifiedOn": modified_on,
                "externalId": external_id,
                "orderType": order_type,
                "cashCustomerProductId": cash_customer_product_id,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message
        if market_order_data is not UNSET:
            field_dict["marketOrderData"] = market_order_data
        if execution_data is not UNSET:
            field_dict["executionData"] = execution_data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.digital_assets_market_order_data import (
            DigitalAssetsMarketOrderData,  # noqa: PLC0415
        )
        from ..models.digital_assets_order_execution_data import (
            DigitalAssetsOrderExecutionData,  # noqa: PLC0415
        )

        d = dict(src_dict)
        status = check_order_status_enum(d.pop("status"))

        side = d.pop("side")

        order_id = UUID(d.pop("orderId"))

        wallet_customer_product_id = UUID(d.pop("walletCustomerProductId"))

        created_on = datetime.datetime.fromisoformat(d.pop("createdOn"))

        modified_on = datetime.datetime.fromisoformat(d.pop("modifiedOn"))

        external_id = d.pop("externalId")

        order_type = d.pop("orderType")

        cash_customer_product_id = UUID(d.pop("cashCustomerProductId"))

        message = d.pop("message", UNSET)

        _market_order_data = d.pop("marketOrderData", UNSET)
        market_order_data: DigitalAssetsMarketOrderData | Unset
        if isinstance(_market_order_data, Unset):
            market_order_data = UNSET
        else:
            market_order_data = DigitalAssetsMarketOrderData.from_dict(
                _market_order_data
            )

        _execution_data = d.pop("executionData", UNSET)
        execution_data: DigitalAssetsOrderExecutionData | Unset
        if isinstance(_execution_data, Unset):
            execution_data = UNSET
        else:
            execution_data = DigitalAssetsOrderExecutionData.from_dict(_execution_data)

        digital_assets_order = cls(
            status=status,
            side=side,
            order_id=order_id,
            wallet_customer_product_id=wallet_customer_product_id,
            created_on=created_on,
            modified_on=modified_on,
            external_id=external_id,
            order_type=order_type,
            cash_customer_product_id=cash_customer_product_id,
            message=message,
            market_order_data=market_order_data,
            execution_data=execution_data,
        )

        digital_assets_order.additional_properties = d
        return digital_assets_order

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
