from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CorporateActionNotificationDetails")


@_attrs_define
class CorporateActionNotificationDetails:
    """
    Attributes:
        bonus_ratio (float | Unset):  Example: 1.
        gross_amount_per_share (float | Unset):  Example: 1.
    """

    bonus_ratio: float | Unset = UNSET
    gross_amount_per_share: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bonus_ratio = self.bonus_ratio

        gross_amount_per_share = self.gross_amount_per_share

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if bonus_ratio is not UNSET:
            field_dict["bonusRatio"] = bonus_ratio
        if gross_amount_per_share is not UNSET:
            field_dict["grossAmountPerShare"] = gross_amount_per_share

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        bonus_ratio = d.pop("bonusRatio", UNSET)

        gross_amount_per_share = d.pop("grossAmountPerShare", UNSET)

        corporate_action_notification_details = cls(
            bonus_ratio=bonus_ratio,
            gross_amount_per_share=gross_amount_per_share,
        )

        corporate_action_notification_details.additional_properties = d
        return corporate_action_notification_details

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
