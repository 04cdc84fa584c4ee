from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.wawex_market_order_details import WawexMarketOrderDetails
    from ..models.wawex_order_execution_data import WawexOrderExecutionData


T = TypeVar("T", bound="WawexOrder")


@_attrs_define
class WawexOrder:
    """
    Attributes:
        status (str | Unset):  Example: RECEIVED.
        side (str | Unset):  Example: buy.
        order_id (str | Unset):
        wallet_customer_product_id (str | Unset):
        message (str | Unset):
        created_on (str | Unset):
        modified_on (str | Unset):
        external_id (str | Unset):
        market_order_data (WawexMarketOrderDetails | Unset):
        execution_data (WawexOrderExecutionData | Unset):
        cash_customer_product_id (str | Unset):
    """

    status: str | Unset = UNSET
    side: str | Unset = UNSET
    order_id: str | Unset = UNSET
    wallet_customer_product_id: str | Unset = UNSET
    message: str | Unset = UNSET
    created_on: str | Unset = UNSET
    modified_on: str | Unset = UNSET
    external_id: str | Unset = UNSET
    market_order_data: WawexMarketOrderDetails | Unset = UNSET
    execution_data: WawexOrderExecutionData | Unset = UNSET
    cash_customer_product_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        side = self.side

        order_id = self.order_id

        wallet_customer_product_id = self.wallet_customer_product_id

        message = self.message

        created_on = self.created_on

        modified_on = self.modified_on

        external_id = self.external_id

        market_order_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.market_order_data, Unset):
            market_order_data = self.market_order_data.to_dict()

        execution_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.execution_data, Unset):
            execution_data = self.execution_data.to_dict()

        cash_customer_product_id = self.cash_customer_product_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if side is not UNSET:
            field_dict["side"] = side
        if order_id is not UNSET:
            field_dict["orderId"] = order_id
        if wallet_customer_product_id is not UNSET:
            field_dict["walletCustomerProductId"] = wallet_customer_product_id
        if message is not UNSET:
            field_dict["message"] = message
        if created_on is not UNSET:
            field_dict["createdOn"] = created_on
        if modified_on is not UNSET:
            field_dict["modifiedOn"] = modified_on
        if external_id is not UNSET:
            field_dict["externalId"] = external_id
        if market_order_data is not UNSET:
            field_dict["marketOrderData"] = market_order_data
        if execution_data is not UNSET:
            field_dict["executionData"] = execution_data
        if cash_customer_product_id is not UNSET:
            field_dict["cashCustomerProductId"] = cash_customer_product_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.wawex_market_order_details import WawexMarketOrderDetails  # noqa: PLC0415
        from ..models.wawex_order_execution_data import WawexOrderExecutionData  # noqa: PLC0415

        d = dict(src_dict)
        status = d.pop("status", UNSET)

        side = d.pop("side", UNSET)

        order_id = d.pop("orderId", UNSET)

        wallet_customer_product_id = d.pop("walletCustomerProductId", UNSET)

        message = d.pop("message", UNSET)

        created_on = d.pop("createdOn", UNSET)

        modified_on = d.pop("modifiedOn", UNSET)

        external_id = d.pop("externalId", UNSET)

        _market_order_data = d.pop("marketOrderData", UNSET)
        market_order_data: WawexMarketOrderDetails | Unset
        if isinstance(_market_order_data, Unset):
            market_order_data = UNSET
        else:
            market_order_data = WawexMarketOrderDetails.from_dict(_market_order_data)

        _execution_data = d.pop("executionData", UNSET)
        execution_data: WawexOrderExecutionData | Unset
        if isinstance(_execution_data, Unset):
            execution_data = UNSET
        else:
            execution_data = WawexOrderExecutionData.from_dict(_execution_data)

        cash_customer_product_id = d.pop("cashCustomerProductId", UNSET)

        wawex_order = cls(
            status=status,
            side=side,
            order_id=order_id,
            wallet_customer_product_id=wallet_customer_product_id,
            message=message,
            created_on=created_on,
            modified_on=modified_on,
            external_id=external_id,
            market_order_data=market_order_data,
            execution_data=execution_data,
            cash_customer_product_id=cash_customer_product_id,
        )

        wawex_order.additional_properties = d
        return wawex_order

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
