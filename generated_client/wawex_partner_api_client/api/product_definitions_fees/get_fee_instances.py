from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.fee_instance import FeeInstance
from ...models.product_code_enum import ProductCodeEnum
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    product_code: ProductCodeEnum | Unset = UNSET,
    fee_instance_status: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_product_code: str | Unset = UNSET
    if not isinstance(product_code, Unset):
        json_product_code = product_code

    params["productCode"] = json_product_code

    params["feeInstanceStatus"] = fee_instance_status

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/products/fees/instances",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> list[FeeInstance] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = FeeInstance.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[list[FeeInstance]]:
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
    fee_instance_status: str | Unset = UNSET,
) -> Response[list[FeeInstance]]:
    """Get Fee Instances

     Get fee instances. If productCode is not provided, returns fees for all products.

    Args:
        product_code (ProductCodeEnum | Unset): Product code
        fee_instance_status (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[FeeInstance]]
    """

    kwargs = _get_kwargs(
        product_code=product_code,
        fee_instance_status=fee_instance_status,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    product_code: ProductCodeEnum | Unset = UNSET,
    fee_instance_status: str | Unset = UNSET,
) -> list[FeeInstance] | None:
    """Get Fee Instances

     Get fee instances. If productCode is not provided, returns fees for all products.

    Args:
        product_code (ProductCodeEnum | Unset): Product code
        fee_instance_status (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[FeeInstance]
    """

    return sync_detailed(
        client=client,
        product_code=product_code,
        fee_instance_status=fee_instance_status,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    product_code: ProductCodeEnum | Unset = UNSET,
    fee_instance_status: str | Unset = UNSET,
) -> Response[list[FeeInstance]]:
    """Get Fee Instances

     Get fee instances. If productCode is not provided, returns fees for all products.

    Args:
        product_code (ProductCodeEnum | Unset): Product code
        fee_instance_status (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[FeeInstance]]
    """

    kwargs = _get_kwargs(
        product_code=product_code,
        fee_instance_status=fee_instance_status,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    product_code: ProductCodeEnum | Unset = UNSET,
    fee_instance_status: str | Unset = UNSET,
) -> list[FeeInstance] | None:
    """Get Fee Instances

     Get fee instances. If productCode is not provided, returns fees for all products.

    Args:
        product_code (ProductCodeEnum | Unset): Product code
        fee_instance_status (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[FeeInstance]
    """

    return (
        await asyncio_detailed(
            client=client,
            product_code=product_code,
            fee_instance_status=fee_instance_status,
        )
    ).parsed
