from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.customer_product_status import (
    CustomerProductStatus,
    check_customer_product_status,
)
from ..models.product_code_enum import ProductCodeEnum, check_product_code_enum
from ..models.product_type_enum import ProductTypeEnum, check_product_type_enum
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.account_data import AccountData
    from ..models.crypto_asset import CryptoAsset
    from ..models.tokenized_asset import TokenizedAsset
    from ..models.traditional_asset import TraditionalAsset


T = TypeVar("T", bound="CustomerProduct")


@_attrs_define
class CustomerProduct:
    """
    Attributes:
        customer_product_id (UUID | Unset): The ID of the product instance for the given customer
        product_code (ProductCodeEnum | Unset): Product code
        product_type (ProductTypeEnum | Unset): Product type
        currency (str | Unset):  Example: EUR.
        account_data (AccountData | Unset):
        crypto_assets (list[CryptoAsset] | Unset):
        traditional_assets (list[TraditionalAsset] | Unset):
        tokenized_assets (list[TokenizedAsset] | Unset):
        status (CustomerProductStatus | Unset):
        proxy_ids (list[UUID] | Unset):
        created_on (datetime.datetime | Unset):
        modified_on (datetime.datetime | Unset):
        opened_on (datetime.datetime | Unset):
        closed_on (datetime.datetime | Unset):
    """

    customer_product_id: UUID | Unset = UNSET
    product_code: ProductCodeEnum | Unset = UNSET
    product_type: ProductTypeEnum | Unset = UNSET
    currency: str | Unset = UNSET
    account_data: AccountData | Unset = UNSET
    crypto_assets: list[CryptoAsset] | Unset = UNSET
    traditional_assets: list[TraditionalAsset] | Unset = UNSET
    tokenized_assets: list[TokenizedAsset] | Unset = UNSET
    status: CustomerProductStatus | Unset = UNSET
    proxy_ids: list[UUID] | Unset = UNSET
    created_on: datetime.datetime | Unset = UNSET
    modified_on: datetime.datetime | Unset = UNSET
    opened_on: datetime.datetime | Unset = UNSET
    closed_on: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        customer_product_id: str | Unset = UNSET
        if not isinstance(self.customer_product_id, Unset):
            customer_product_id = str(self.customer_product_id)

        product_code: str | Unset = UNSET
        if not isinstance(self.product_code, Unset):
            product_code = self.product_code

        product_type: str | Unset = UNSET
        if not isinstance(self.product_type, Unset):
            product_type = self.product_type

        currency = self.currency

        account_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.account_data, Unset):
            account_data = self.account_data.to_dict()

        crypto_assets: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.crypto_assets, Unset):
            crypto_assets = []
            for crypto_assets_item_data in self.crypto_assets:
                crypto_assets_item = crypto_assets_item_data.to_dict()
                crypto_assets.append(crypto_assets_item)

        traditional_assets: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.traditional_assets, Unset):
            traditional_assets = []
            for traditional_assets_item_data in self.traditional_assets:
                traditional_assets_item = traditional_assets_item_data.to_dict()
                traditional_assets.append(traditional_assets_item)

        tokenized_assets: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tokenized_assets, Unset):
            tokenized_assets = []
            for tokenized_assets_item_data in self.tokenized_assets:
                tokenized_assets_item = tokenized_assets_item_data.to_dict()
                tokenized_assets.append(tokenized_assets_item)

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        proxy_ids: list[str] | Unset = UNSET
        if not isinstance(self.proxy_ids, Unset):
            proxy_ids = []
            for proxy_ids_item_data in self.proxy_ids:
                proxy_ids_item = str(proxy_ids_item_data)
                proxy_ids.append(proxy_ids_item)

        created_on: str | Unset = UNSET
        if not isinstance(self.created_on, Unset):
            created_on = self.created_on.isoformat()

        modified_on: str | Unset = UNSET
        if not isinstance(self.modified_on, Unset):
            modified_on = self.modified_on.isoformat()

        opened_on: str | Unset = UNSET
        if not isinstance(self.opened_on, Unset):
            opened_on = self.opened_on.isoformat()

        closed_on: str | Unset = UNSET
        if not isinstance(self.closed_on, Unset):
            closed_on = self.closed_on.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if customer_product_id is not UNSET:
            field_dict["customerProductId"] = customer_product_id
        if product_code is not UNSET:
            field_dict["productCode"] = product_code
        if product_type is not UNSET:
            field_dict["productType"] = product_type
        if currency is not UNSET:
            field_dict["currency"] = currency
        if account_data is not UNSET:
            field_dict["accountData"] = account_data
        if crypto_assets is not UNSET:
            field_dict["cryptoAssets"] = crypto_assets
        if traditional_assets is not UNSET:
            field_dict["traditionalAssets"] = traditional_assets
        if tokenized_assets is not UNSET:
            field_dict["tokenizedAssets"] = tokenized_assets
        if status is not UNSET:
            field_dict["status"] = status
        if proxy_ids is not UNSET:
            field_dict["proxyIds"] = proxy_ids
        if created_on is not UNSET:
            field_dict["createdOn"] = created_on
        if modified_on is not UNSET:
            field_dict["modifiedOn"] = modified_on
        if opened_on is not UNSET:
            field_dict["openedOn"] = opened_on
        if closed_on is not UNSET:
            field_dict["closedOn"] = closed_on

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.account_data import AccountData  # noqa: PLC0415
        from ..models.crypto_asset import CryptoAsset  # noqa: PLC0415
        from ..models.tokenized_asset import TokenizedAsset  # noqa: PLC0415
        from ..models.traditional_asset import TraditionalAsset  # noqa: PLC0415

        d = dict(src_dict)
        _customer_product_id = d.pop("customerProductId", UNSET)
        customer_product_id: UUID | Unset
        if isinstance(_customer_product_id, Unset):
            customer_product_id = UNSET
        else:
            customer_product_id = UUID(_customer_product_id)

        _product_code = d.pop("productCode", UNSET)
        product_code: ProductCodeEnum | Unset
        if isinstance(_product_code, Unset):
            product_code = UNSET
        else:
            product_code = check_product_code_enum(_product_code)

        _product_type = d.pop("productType", UNSET)
        product_type: ProductTypeEnum | Unset
        if isinstance(_product_type, Unset):
            product_type = UNSET
        else:
            product_type = check_product_type_enum(_product_type)

        currency = d.pop("currency", UNSET)

        _account_data = d.pop("accountData", UNSET)
        account_data: AccountData | Unset
        if isinstance(_account_data, Unset):
            account_data = UNSET
        else:
            account_data = AccountData.from_dict(_account_data)

        _crypto_assets = d.pop("cryptoAssets", UNSET)
        crypto_assets: list[CryptoAsset] | Unset = UNSET
        if _crypto_assets is not UNSET:
            crypto_assets = []
            for crypto_assets_item_data in _crypto_assets:
                crypto_assets_item = CryptoAsset.from_dict(crypto_assets_item_data)

                crypto_assets.append(crypto_assets_item)

        _traditional_assets = d.pop("traditionalAssets", UNSET)
        traditional_assets: list[TraditionalAsset] | Unset = UNSET
        if _traditional_assets is not UNSET:
            traditional_assets = []
            for traditional_assets_item_data in _traditional_assets:
                traditional_assets_item = TraditionalAsset.from_dict(
                    traditional_assets_item_data
                )

                traditional_assets.append(traditional_assets_item)

        _tokenized_assets = d.pop("tokenizedAssets", UNSET)
        tokenized_assets: list[TokenizedAsset] | Unset = UNSET
        if _tokenized_assets is not UNSET:
            tokenized_assets = []
            for tokenized_assets_item_data in _tokenized_assets:
                tokenized_assets_item = TokenizedAsset.from_dict(
                    tokenized_assets_item_data
                )

                tokenized_assets.append(tokenized_assets_item)

        _status = d.pop("status", UNSET)
        status: CustomerProductStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_customer_product_status(_status)

        _proxy_ids = d.pop("proxyIds", UNSET)
        proxy_ids: list[UUID] | Unset = UNSET
        if _proxy_ids is not UNSET:
            proxy_ids = []
            for proxy_ids_item_data in _proxy_ids:
                proxy_ids_item = UUID(proxy_ids_item_data)

                proxy_ids.append(proxy_ids_item)

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

        _opened_on = d.pop("openedOn", UNSET)
        opened_on: datetime.datetime | Unset
        if isinstance(_opened_on, Unset):
            opened_on = UNSET
        else:
            opened_on = datetime.datetime.fromisoformat(_opened_on)

        _closed_on = d.pop("closedOn", UNSET)
        closed_on: datetime.datetime | Unset
        if isinstance(_closed_on, Unset):
            closed_on = UNSET
        else:
            closed_on = datetime.datetime.fromisoformat(_closed_on)

        customer_product = cls(
            customer_product_id=customer_product_id,
            product_code=product_code,
            product_type=product_type,
            currency=currency,
            account_data=account_data,
            crypto_assets=crypto_assets,
            traditional_assets=traditional_assets,
            tokenized_assets=tokenized_assets,
            status=status,
            proxy_ids=proxy_ids,
            created_on=created_on,
            modified_on=modified_on,
            opened_on=opened_on,
            closed_on=closed_on,
        )

        customer_product.additional_properties = d
        return customer_product

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
