from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.strategy_subscriber_deposit_account import (
        StrategySubscriberDepositAccount,
    )
    from ..models.strategy_subscriber_settlement_account import (
        StrategySubscriberSettlementAccount,
    )


T = TypeVar("T", bound="StrategySubscriber")


@_attrs_define
class StrategySubscriber:
    """
    Attributes:
        subscriber_id (str | Unset):
        customer_id (str | Unset):
        deposit_account (StrategySubscriberDepositAccount | Unset):
        settlement_account (StrategySubscriberSettlementAccount | Unset):
    """

    subscriber_id: str | Unset = UNSET
    customer_id: str | Unset = UNSET
    deposit_account: StrategySubscriberDepositAccount | Unset = UNSET
    settlement_account: StrategySubscriberSettlementAccount | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subscriber_id = self.subscriber_id

        customer_id = self.customer_id

        deposit_account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.deposit_account, Unset):
            deposit_account = self.deposit_account.to_dict()

        settlement_account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.settlement_account, Unset):
            settlement_account = self.settlement_account.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if subscriber_id is not UNSET:
            field_dict["subscriberId"] = subscriber_id
        if customer_id is not UNSET:
            field_dict["customerId"] = customer_id
        if deposit_account is not UNSET:
            field_dict["depositAccount"] = deposit_account
        if settlement_account is not UNSET:
            field_dict["settlementAccount"] = settlement_account

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.strategy_subscriber_deposit_account import (
            StrategySubscriberDepositAccount,  # noqa: PLC0415
        )
        from ..models.strategy_subscriber_settlement_account import (
            StrategySubscriberSettlementAccount,  # noqa: PLC0415
        )

        d = dict(src_dict)
        subscriber_id = d.pop("subscriberId", UNSET)

        customer_id = d.pop("customerId", UNSET)

        _deposit_account = d.pop("depositAccount", UNSET)
        deposit_account: StrategySubscriberDepositAccount | Unset
        if isinstance(_deposit_account, Unset):
            deposit_account = UNSET
        else:
            deposit_account = StrategySubscriberDepositAccount.from_dict(
                _deposit_account
            )

        _settlement_account = d.pop("settlementAccount", UNSET)
        settlement_account: StrategySubscriberSettlementAccount | Unset
        if isinstance(_settlement_account, Unset):
            settlement_account = UNSET
        else:
            settlement_account = StrategySubscriberSettlementAccount.from_dict(
                _settlement_account
            )

        strategy_subscriber = cls(
            subscriber_id=subscriber_id,
            customer_id=customer_id,
            deposit_account=deposit_account,
            settlement_account=settlement_account,
        )

        strategy_subscriber.additional_properties = d
        return strategy_subscriber

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
