from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.corporate_action_notification_accounts_item import (
        CorporateActionNotificationAccountsItem,
    )
    from ..models.corporate_action_notification_dates import (
        CorporateActionNotificationDates,
    )
    from ..models.corporate_action_notification_details import (
        CorporateActionNotificationDetails,
    )
    from ..models.corporate_action_notification_metadata import (
        CorporateActionNotificationMetadata,
    )


T = TypeVar("T", bound="CorporateActionNotification")


@_attrs_define
class CorporateActionNotification:
    """
    Attributes:
        type_ (str | Unset):  Example: CREATED.
        event_id (str | Unset):  Example: 123e4567-e89b-12d3-a456-426614174000.
        caev (str | Unset):  Example: DVCA.
        isin (str | Unset):
        status (str | Unset):  Example: ANNOUNCED.
        dates (CorporateActionNotificationDates | Unset):
        details (CorporateActionNotificationDetails | Unset):
        accounts (list[CorporateActionNotificationAccountsItem] | Unset):
        metadata (CorporateActionNotificationMetadata | Unset):
    """

    type_: str | Unset = UNSET
    event_id: str | Unset = UNSET
    caev: str | Unset = UNSET
    isin: str | Unset = UNSET
    status: str | Unset = UNSET
    dates: CorporateActionNotificationDates | Unset = UNSET
    details: CorporateActionNotificationDetails | Unset = UNSET
    accounts: list[CorporateActionNotificationAccountsItem] | Unset = UNSET
    metadata: CorporateActionNotificationMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        event_id = self.event_id

        caev = self.caev

        isin = self.isin

        status = self.status

        dates: dict[str, Any] | Unset = UNSET
        if not isinstance(self.dates, Unset):
            dates = self.dates.to_dict()

        details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.details, Unset):
            details = self.details.to_dict()

        accounts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.accounts, Unset):
            accounts = []
            for accounts_item_data in self.accounts:
                accounts_item = accounts_item_data.to_dict()
                accounts.append(accounts_item)

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if event_id is not UNSET:
            field_dict["eventId"] = event_id
        if caev is not UNSET:
            field_dict["caev"] = caev
        if isin is not UNSET:
            field_dict["isin"] = isin
        if status is not UNSET:
            field_dict["status"] = status
        if dates is not UNSET:
            field_dict["dates"] = dates
        if details is not UNSET:
            field_dict["details"] = details
        if accounts is not UNSET:
            field_dict["accounts"] = accounts
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.corporate_action_notification_accounts_item import (
            CorporateActionNotificationAccountsItem,  # noqa: PLC0415
        )
        from ..models.corporate_action_notification_dates import (
            CorporateActionNotificationDates,  # noqa: PLC0415
        )
        from ..models.corporate_action_notification_details import (
            CorporateActionNotificationDetails,  # noqa: PLC0415
        )
        from ..models.corporate_action_notification_metadata import (
            CorporateActionNotificationMetadata,  # noqa: PLC0415
        )

        d = dict(src_dict)
        type_ = d.pop("type", UNSET)

        event_id = d.pop("eventId", UNSET)

        caev = d.pop("caev", UNSET)

        isin = d.pop("isin", UNSET)

        status = d.pop("status", UNSET)

        _dates = d.pop("dates", UNSET)
        dates: CorporateActionNotificationDates | Unset
        if isinstance(_dates, Unset):
            dates = UNSET
        else:
            dates = CorporateActionNotificationDates.from_dict(_dates)

        _details = d.pop("details", UNSET)
        details: CorporateActionNotificationDetails | Unset
        if isinstance(_details, Unset):
            details = UNSET
        else:
            details = CorporateActionNotificationDetails.from_dict(_details)

        _accounts = d.pop("accounts", UNSET)
        accounts: list[CorporateActionNotificationAccountsItem] | Unset = UNSET
        if _accounts is not UNSET:
            accounts = []
            for accounts_item_data in _accounts:
                accounts_item = CorporateActionNotificationAccountsItem.from_dict(
                    accounts_item_data
                )

                accounts.append(accounts_item)

        _metadata = d.pop("metadata", UNSET)
        metadata: CorporateActionNotificationMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = CorporateActionNotificationMetadata.from_dict(_metadata)

        corporate_action_notification = cls(
            type_=type_,
            event_id=event_id,
            caev=caev,
            isin=isin,
            status=status,
            dates=dates,
            details=details,
            accounts=accounts,
            metadata=metadata,
        )

        corporate_action_notification.additional_properties = d
        return corporate_action_notification

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
