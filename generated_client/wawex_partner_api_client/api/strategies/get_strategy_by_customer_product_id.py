from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_strategy_by_customer_product_id_response_400 import (
    GetStrategyByCustomerProductIdResponse400,
)
from ...models.get_strategy_by_customer_product_id_response_404 import (
    GetStrategyByCustomerProductIdResponse404,
)
from ...models.strategy import Strategy
from ...types import Response


def _get_kwargs(
    customer_product_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/products/{customer_product_id}/strategies".format(
            customer_product_id=quote(str(customer_product_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    GetStrategyByCustomerProductIdResponse400
    | GetStrategyByCustomerProductIdResponse404
    | Strategy
    | None
):
    if response.status_code == 200:
        response_200 = Strategy.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = GetStrategyByCustomerProductIdResponse400.from_dict(
            response.json()
        )

        return response_400

    if response.status_code == 404:
        response_404 = GetStrategyByCustomerProductIdResponse404.from_dict(
            response.json()
        )

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    GetStrategyByCustomerProductIdResponse400
    | GetStrategyByCustomerProductIdResponse404
    | Strategy
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    customer_product_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    GetStrategyByCustomerProductIdResponse400
    | GetStrategyByCustomerProductIdResponse404
    | Strategy
]:
    """Get Strategy by customer product ID

     Find which strategy is assigned to the given customer product ID.

    Args:
        customer_product_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetStrategyByCustomerProductIdResponse400 | GetStrategyByCustomerProductIdResponse404 | Strategy]
    """

    kwargs = _get_kwargs(
        customer_product_id=customer_product_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    customer_product_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> (
    GetStrategyByCustomerProductIdResponse400
    | GetStrategyByCustomerProductIdResponse404
    | Strategy
    | None
):
    """Get Strategy by customer product ID

     Find which strategy is assigned to the given customer product ID.

    Args:
        customer_product_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetStrategyByCustomerProductIdResponse400 | GetStrategyByCustomerProductIdResponse404 | Strategy
    """

    return sync_detailed(
        customer_product_id=customer_product_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    customer_product_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    GetStrategyByCustomerProductIdResponse400
    | GetStrategyByCustomerProductIdResponse404
    | Strategy
]:
    """Get Strategy by customer product ID

     Find which strategy is assigned to the given customer product ID.

    Args:
        customer_product_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetStrategyByCustomerProductIdResponse400 | GetStrategyByCustomerProductIdResponse404 | Strategy]
    """

    kwargs = _get_kwargs(
        customer_product_id=customer_product_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    customer_product_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> (
    GetStrategyByCustomerProductIdResponse400
    | GetStrategyByCustomerProductIdResponse404
    | Strategy
    | None
):
    """Get Strategy by customer product ID

     Find which strategy is assigned to the given customer product ID.

    Args:
        customer_product_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetStrategyByCustomerProductIdResponse400 | GetStrategyByCustomerProductIdResponse404 | Strategy
    """

    return (
        await asyncio_detailed(
            customer_product_id=customer_product_id,
            client=client,
        )
    ).parsed
