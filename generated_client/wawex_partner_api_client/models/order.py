from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.trade_side_enum import TradeSideEnum, check_trade_side_enum
from ..models.traditional_asset_order_quantity_type_enum import (
    TraditionalAssetOrderQuantityTypeEnum,
    check_traditional_asset_order_quantity_type_enum,
)
from ..models.traditional_asset_order_type_enum import (
    TraditionalAssetOrderTypeEnum,
    check_traditional_asset_order_type_enum,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.order_execution import OrderExecution
    from ..models.partial_execution import PartialExecution


T = TypeVar("T", bound="Order")


@_attrs_define
class Order:
    """
    Attributes:
        order_id (UUID | Unset):
        ex_ante_id (UUID | Unset):
        created_on (datetime.datetime | Unset): The date on which the order was created
        modified_on (datetime.datetime | Unset): The date on which the order was modified the last time
        status (str | Unset):  Example: RECEIVED.
        message (str | Unset):
        execution (OrderExecution | Unset):
        partial_executions (list[PartialExecution] | Unset): List of partial executions
        depository_customer_product_id (UUID | Unset): The identifier of the depository customer product instance
        cash_customer_product_id (UUID | Unset): Cash customer product used for the order.
        trade_side (TradeSideEnum | Unset):
        isin (str | Unset): ISIN of the asset
        quantity (float | Unset): Number of shares
        order_type (TraditionalAssetOrderTypeEnum | Unset):
        quantity_type (TraditionalAssetOrderQuantityTypeEnum | Unset):
        limit_price (float | Unset): The limit price for orders of the type 'limit'.
        stop_price (float | Unset): The stop price for orders of the type 'stop'.
    """

    order_id: UUID | Unset = UNSET
    ex_ante_id: UUID | Unset = UNSET
    created_on: datetime.datetime | Unset = UNSET
    modified_on: datetime.datetime | Unset = UNSET
    status: str | Unset = UNSET
    message: str | Unset = UNSET
    execution: OrderExecution | Unset = UNSET
    partial_executions: list[PartialExecution] | Unset = UNSET
    depository_customer_product_id: UUID | Unset = UNSET
    cash_customer_product_id: UUID | Unset = UNSET
    trade_side: TradeSideEnum | Unset = UNSET
    isin: str | Unset = UNSET
    quantity: float | Unset = UNSET
    order_type: TraditionalAssetOrderTypeEnum | Unset = UNSET
    quantity_type: TraditionalAssetOrderQuantityTypeEnum | Unset = UNSET
    limit_price: float | Unset = UNSET
    stop_price: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order_id: str | Unset = UNSET
        if not isinstance(self.order_id, Unset):
            order_id = str(self.order_id)

        ex_ante_id: str | Unset = UNSET
        if not isinstance(self.ex_ante_id, Unset):
            ex_ante_id = str(self.ex_ante_id)

        created_on: str | Unset = UNSET
        if not isinstance(self.created_on, Unset):
            created_on = self.created_on.isoformat()

        modified_on: str | Unset = UNSET
        if not isinstance(self.modified_on, Unset):
            modified_on = self.modified_on.isoformat()

        status = self.status

        message = self.message

        execution: dict[str, Any] | Unset = UNSET
        if not isinstance(self.execution, Unset):
            execution = self.execution.to_dict()

        partial_executions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.partial_executions, Unset):
            partial_executions = []
            for partial_executions_item_data in self.partial_executions:
                partial_executions_item = partial_executions_item_data.to_dict()
                partial_executions.append(partial_executions_item)

        depository_customer_product_id: str | Unset = UNSET
        if not isinstance(self.depository_customer_product_id, Unset):
            depository_customer_product_id = str(self.depository_customer_product_id)

        cash_customer_product_id: str | Unset = UNSET
        if not isinstance(self.cash_customer_product_id, Unset):
            cash_customer_product_id = str(self.cash_customer_product_id)

        trade_side: str | Unset = UNSET
        if not isinstance(self.trade_side, Unset):
            trade_side = self.trade_side

        isin = self.isin

        quantity = self.quantity

        order_type: str | Unset = UNSET
        if not isinstance(self.order_type, Unset):
            order_type = self.order_type

        quantity_type: str | Unset = UNSET
        if not isinstance(self.quantity_type, Unset):
            quantity_type = self.quantity_type

        limit_price = self.limit_price

        stop_price = self.stop_price

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if order_id is not UNSET:
            field_dict["orderId"] = order_id
        if ex_ante_id is not UNSET:
            field_dict["exAnteId"] = ex_ante_id
        if created_on is not UNSET:
            field_dict["createdOn"] = created_on
        if modified_on is not UNSET:
            field_dict["modifiedOn"] = modified_on
        if status is not UNSET:
            field_dict["status"] = status
        if message is not UNSET:
            field_dict["message"] = message
        if execution is not UNSET:
            field_dict["execution"] = execution
        if partial_executions is not UNSET:
            field_dict["partialExecutions"] = partial_executions
        if depository_customer_product_id is not UNSET:
            field_dict["depositoryCustomerProductId"] = depository_customer_product_id
        if cash_customer_product_id is not UNSET:
            field_dict["cashCustomerProductId"] = cash_customer_product_id
        if trade_side is not UNSET:
            field_dict["tradeSide"] = trade_side
        if isin is not UNSET:
            field_dict["isin"] = isin
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if order_type is not UNSET:
            field_dict["orderType"] = order_type
        if quantity_type is not UNSET:
            field_dict["quantityType"] = quantity_type
        if limit_price is not UNSET:
            field_dict["limitPrice"] = limit_price
        if stop_price is not UNSET:
            field_dict["stopPrice"] = stop_price

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.order_execution import OrderExecution  # noqa: PLC0415
        from ..models.partial_execution import PartialExecution  # noqa: PLC0415

        d = dict(src_dict)
        _order_id = d.pop("orderId", UNSET)
        order_id: UUID | Unset
        if isinstance(_order_id, Unset):
            order_id = UNSET
        else:
            order_id = UUID(_order_id)

        _ex_ante_id = d.pop("exAnteId", UNSET)
        ex_ante_id: UUID | Unset
        if isinstance(_ex_ante_id, Unset):
            ex_ante_id = UNSET
        else:
            ex_ante_id = UUID(_ex_ante_id)

        _created_on = d.pop("createdOn", UNSET)
        created_on: datetime.datetime | Unset
        if isinstance(_created_on, Unset):
            created_on = UNSET
        else:
            created_on = datetime.datetime.fromisoformat(_created_on)

        _modified_on = d.pop("modifiedOn", UNSET)
        modified_on: datetime.datetime | Unset
        if isinstance(_modified_on, Unset):
            modified_on = UNSET
        else:
            modified_on = datetime.datetime.fromisoformat(_modified_on)

        status = d.pop("status", UNSET)

        message = d.pop("message", UNSET)

        _execution = d.pop("execution", UNSET)
        execution: OrderExecution | Unset
        if isinstance(_execution, Unset):
            execution = UNSET
        else:
            execution = OrderExecution.from_dict(_execution)

        _partial_executions = d.pop("partialExecutions", UNSET)
        partial_executions: list[PartialExecution] | Unset = UNSET
        if _partial_executions is not UNSET:
            partial_executions = []
            for partial_executions_item_data in _partial_executions:
                partial_executions_item = PartialExecution.from_dict(
                    partial_executions_item_data
                )

                partial_executions.append(partial_executions_item)

        _depository_customer_product_id = d.pop("depositoryCustomerProductId", UNSET)
        depository_customer_product_id: UUID | Unset
        if isinstance(_depository_customer_product_id, Unset):
            depository_customer_product_id = UNSET
        else:
            depository_customer_product_id = UUID(_depository_customer_product_id)

        _cash_customer_product_id = d.pop("cashCustomerProductId", UNSET)
        cash_customer_product_id: UUID | Unset
        if isinstance(_cash_customer_product_id, Unset):
            cash_customer_product_id = UNSET
        else:
            cash_customer_product_id = UUID(_cash_customer_product_id)

        _trade_side = d.pop("tradeSide", UNSET)
        trade_side: TradeSideEnum | Unset
        if isinstance(_trade_side, Unset):
            trade_side = UNSET
        else:
            trade_side = check_trade_side_enum(_trade_side)

        isin = d.pop("isin", UNSET)

        quantity = d.pop("quantity", UNSET)

        _order_type = d.pop("orderType", UNSET)
        order_type: TraditionalAssetOrderTypeEnum | Unset
        if isinstance(_order_type, Unset):
            order_type = UNSET
        else:
            order_type = check_traditional_asset_order_type_enum(_order_type)

        _quantity_type = d.pop("quantityType", UNSET)
        quantity_type: TraditionalAssetOrderQuantityTypeEnum | Unset
        if isinstance(_quantity_type, Unset):
            quantity_type = UNSET
        else:
            quantity_type = check_traditional_asset_order_quantity_type_enum(
                _quantity_type
            )

        limit_price = d.pop("limitPrice", UNSET)

        stop_price = d.pop("stopPrice", UNSET)

        order = cls(
            order_id=order_id,
            ex_ante_id=ex_ante_id,
            created_on=created_on,
            modified_on=modified_on,
            status=status,
            message=message,
            execution=execution,
            partial_executions=partial_executions,
            depository_customer_product_id=depository_customer_product_id,
            cash_customer_product_id=cash_customer_product_id,
            trade_side=trade_side,
            isin=isin,
            quantity=quantity,
            order_type=order_type,
            quantity_type=quantity_type,
            limit_price=limit_price,
            stop_price=stop_price,
        )

        order.additional_properties = d
        return order

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
