from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.strategy_asset import StrategyAsset
    from ..models.strategy_cash_weight import StrategyCashWeight
    from ..models.strategy_subscriber import StrategySubscriber


T = TypeVar("T", bound="Strategy")


@_attrs_define
class Strategy:
    """
    Attributes:
        strategy_id (UUID | Unset): Identifier of the strategy.
        subscribers_count (float | Unset): The number of customer products that are subscribed to the strategy.
        created_on (datetime.datetime | Unset): When this strategy was created.
        modified_on (datetime.datetime | Unset): When was this strategy last updated.
        status (str | Unset):  Example: PENDING.
        subscribers (list[StrategySubscriber] | Unset):
        name (str | Unset): Name of the strategy.
        code (str | Unset): Code of the strategy.
        description (str | Unset): Description of the strategy.
        type_ (str | Unset):  Example: TOKENIZED.
        automation (bool | Unset): Indicates whether a strategy is rebalanced automatically or not.
        automated_investing (bool | Unset): Indicates whether the automated investing is applied to the strategy. Is
            required in case automation = true.
        execution_start_date (str | Unset):
        execution_end_date (str | Unset):
        execution_frequency (str | Unset):  Example: BI_WEEKLY.
        min_order_amount (float | Unset):
        order_disaggregated (bool | Unset):
        cash_weights (list[StrategyCashWeight] | Unset):
        strategy_assets (list[StrategyAsset] | Unset):
    """

    strategy_id: UUID | Unset = UNSET
    subscribers_count: float | Unset = UNSET
    created_on: datetime.datetime | Unset = UNSET
    modified_on: datetime.datetime | Unset = UNSET
    status: str | Unset = UNSET
    subscribers: list[StrategySubscriber] | Unset = UNSET
    name: str | Unset = UNSET
    code: str | Unset = UNSET
    description: str | Unset = UNSET
    type_: str | Unset = UNSET
    automation: bool | Unset = UNSET
    automated_investing: bool | Unset = UNSET
    execution_start_date: str | Unset = UNSET
    execution_end_date: str | Unset = UNSET
    execution_frequency: str | Unset = UNSET
    min_order_amount: float | Unset = UNSET
    order_disaggregated: bool | Unset = UNSET
    cash_weights: list[StrategyCashWeight] | Unset = UNSET
    strategy_assets: list[StrategyAsset] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        strategy_id: str | Unset = UNSET
        if not isinstance(self.strategy_id, Unset):
            strategy_id = str(self.strategy_id)

        subscribers_count = self.subscribers_count

        created_on: str | Unset = UNSET
        if not isinstance(self.created_on, Unset):
            created_on = self.created_on.isoformat()

        modified_on: str | Unset = UNSET
        if not isinstance(self.modified_on, Unset):
            modified_on = self.modified_on.isoformat()

        status = self.status

        subscribers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.subscribers, Unset):
            subscribers = []
            for subscribers_item_data in self.subscribers:
                subscribers_item = subscribers_item_data.to_dict()
                subscribers.append(subscribers_item)

        name = self.name

        code = self.code

        description = self.description

        type_ = self.type_

        automation = self.automation

        automated_investing = self.automated_investing

        execution_start_date = self.execution_start_date

        execution_end_date = self.execution_end_date

        execution_frequency = self.execution_frequency

        min_order_amount = self.min_order_amount

        order_disaggregated = self.order_disaggregated

        cash_weights: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.cash_weights, Unset):
            cash_weights = []
            for cash_weights_item_data in self.cash_weights:
                cash_weights_item = cash_weights_item_data.to_dict()
                cash_weights.append(cash_weights_item)

        strategy_assets: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.strategy_assets, Unset):
            strategy_assets = []
            for strategy_assets_item_data in self.strategy_assets:
                strategy_assets_item = strategy_assets_item_data.to_dict()
                strategy_assets.append(strategy_assets_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if strategy_id is not UNSET:
            field_dict["strategyId"] = strategy_id
        if subscribers_count is not UNSET:
            field_dict["subscribersCount"] = subscribers_count
        if created_on is not UNSET:
            field_dict["createdOn"] = created_on
        if modified_on is not UNSET:
            field_dict["modifiedOn"] = modified_on
        if status is not UNSET:
            field_dict["status"] = status
        if subscribers is not UNSET:
            field_dict["subscribers"] = subscribers
        if name is not UNSET:
            field_dict["name"] = name
        if code is not UNSET:
            field_dict["code"] = code
        if description is not UNSET:
            field_dict["description"] = description
        if type_ is not UNSET:
            field_dict["type"] = type_
        if automation is not UNSET:
            field_dict["automation"] = automation
        if automated_investing is not UNSET:
            field_dict["automatedInvesting"] = automated_investing
        if execution_start_date is not UNSET:
            field_dict["executionStartDate"] = execution_start_date
        if execution_end_date is not UNSET:
            field_dict["executionEndDate"] = execution_end_date
        if execution_frequency is not UNSET:
            field_dict["executionFrequency"] = execution_frequency
        if min_order_amount is not UNSET:
            field_dict["minOrderAmount"] = min_order_amount
        if order_disaggregated is not UNSET:
            field_dict["orderDisaggregated"] = order_disaggregated
        if cash_weights is not UNSET:
            field_dict["cashWeights"] = cash_weights
        if strategy_assets is not UNSET:
            field_dict["strategyAssets"] = strategy_assets

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.strategy_asset import StrategyAsset  # noqa: PLC0415
        from ..models.strategy_cash_weight import StrategyCashWeight  # noqa: PLC0415
        from ..models.strategy_subscriber import StrategySubscriber  # noqa: PLC0415

        d = dict(src_dict)
        _strategy_id = d.pop("strategyId", UNSET)
        strategy_id: UUID | Unset
        if isinstance(_strategy_id, Unset):
            strategy_id = UNSET
        else:
            strategy_id = UUID(_strategy_id)

        subscribers_count = d.pop("subscribersCount", UNSET)

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

        _subscribers = d.pop("subscribers", UNSET)
        subscribers: list[StrategySubscriber] | Unset = UNSET
        if _subscribers is not UNSET:
            subscribers = []
            for subscribers_item_data in _subscribers:
                subscribers_item = StrategySubscriber.from_dict(subscribers_item_data)

                subscribers.append(subscribers_item)

        name = d.pop("name", UNSET)

        code = d.pop("code", UNSET)

        description = d.pop("description", UNSET)

        type_ = d.pop("type", UNSET)

        automation = d.pop("automation", UNSET)

        automated_investing = d.pop("automatedInvesting", UNSET)

        execution_start_date = d.pop("executionStartDate", UNSET)

        execution_end_date = d.pop("executionEndDate", UNSET)

        execution_frequency = d.pop("executionFrequency", UNSET)

        min_order_amount = d.pop("minOrderAmount", UNSET)

        order_disaggregated = d.pop("orderDisaggregated", UNSET)

        _cash_weights = d.pop("cashWeights", UNSET)
        cash_weights: list[StrategyCashWeight] | Unset = UNSET
        if _cash_weights is not UNSET:
            cash_weights = []
            for cash_weights_item_data in _cash_weights:
                cash_weights_item = StrategyCashWeight.from_dict(cash_weights_item_data)

                cash_weights.append(cash_weights_item)

        _strategy_assets = d.pop("strategyAssets", UNSET)
        strategy_assets: list[StrategyAsset] | Unset = UNSET
        if _strategy_assets is not UNSET:
            strategy_assets = []
            for strategy_assets_item_data in _strategy_assets:
                strategy_assets_item = StrategyAsset.from_dict(
                    strategy_assets_item_data
                )

                strategy_assets.append(strategy_assets_item)

        strategy = cls(
            strategy_id=strategy_id,
            subscribers_count=subscribers_count,
            created_on=created_on,
            modified_on=modified_on,
            status=status,
            subscribers=subscribers,
            name=name,
            code=code,
            description=description,
            type_=type_,
            automation=automation,
            automated_investing=automated_investing,
            execution_start_date=execution_start_date,
            execution_end_date=execution_end_date,
            execution_frequency=execution_frequency,
            min_order_amount=min_order_amount,
            order_disaggregated=order_disaggregated,
            cash_weights=cash_weights,
            strategy_assets=strategy_assets,
        )

        strategy.additional_properties = d
        return strategy

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
