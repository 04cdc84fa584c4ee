from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_fee_configurations_for_products_response_400 import (
    GetFeeConfigurationsForProductsResponse400,
)
from ...models.partner_fee import PartnerFee
from ...models.product_code_enum import ProductCodeEnum
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    product_code: ProductCodeEnum | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_product_code: str | Unset = UNSET
    if not isinstance(product_code, Unset):
        json_product_code = product_code

    params["productCode"] = json_product_code

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/products/fees",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetFeeConfigurationsForProductsResponse400 | list[PartnerFee] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = PartnerFee.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if response.status_code == 400:
        response_400 = GetFeeConfigurationsForProductsResponse400.from_dict(
            response.json()
        )

        return response_400

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetFeeConfigurationsForProductsResponse400 | list[PartnerFee]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    product_code: ProductCodeEnum | Unset = UNSET,
) -> Response[GetFeeConfigurationsForProductsResponse400 | list[PartnerFee]]:
    """Get fee configurations for products

     Get fee configurations for products. If productCode is not provided, returns fees for all products.

    Args:
        product_code (ProductCodeEnum | Unset): Product code

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetFeeConfigurationsForProductsResponse400 | list[PartnerFee]]
    """

    kwargs = _get_kwargs(
        product_code=product_code,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    product_code: ProductCodeEnum | Unset = UNSET,
) -> GetFeeConfigurationsForProductsResponse400 | list[PartnerFee] | None:
    """Get fee configurations for products

     Get fee configurations for products. If productCode is not provided, returns fees for all products.

    Args:
        product_code (ProductCodeEnum | Unset): Product code

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetFeeConfigurationsForProductsResponse400 | list[PartnerFee]
    """

    return sync_detailed(
        client=client,
        product_code=product_code,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    product_code: ProductCodeEnum | Unset = UNSET,
) -> Response[GetFeeConfigurationsForProductsResponse400 | list[PartnerFee]]:
    """Get fee configurations for products

     Get fee configurations for products. If productCode is not provided, returns fees for all products.

    Args:
        product_code (ProductCodeEnum | Unset): Product code

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetFeeConfigurationsForProductsResponse400 | list[PartnerFee]]
    """

    kwargs = _get_kwargs(
        product_code=product_code,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    product_code: ProductCodeEnum | Unset = UNSET,
) -> GetFeeConfigurationsForProductsResponse400 | list[PartnerFee] | None:
    """Get fee configurations for products

     Get fee configurations for products. If productCode is not provided, returns fees for all products.

    Args:
        product_code (ProductCodeEnum | Unset): Product code

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetFeeConfigurationsForProductsResponse400 | list[PartnerFee]
    """

    return (
        await asyncio_detailed(
            client=client,
            product_code=product_code,
        )
    ).parsed
