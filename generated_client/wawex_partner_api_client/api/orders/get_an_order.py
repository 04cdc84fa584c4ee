from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_an_order_response_400 import GetAnOrderResponse400
from ...models.get_an_order_response_404 import GetAnOrderResponse404
from ...models.wawex_order import WawexOrder
from ...types import Response


def _get_kwargs(
    id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/wawex/orders/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetAnOrderResponse400 | GetAnOrderResponse404 | WawexOrder | None:
    if response.status_code == 200:
        response_200 = WawexOrder.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = GetAnOrderResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 404:
        response_404 = GetAnOrderResponse404.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetAnOrderResponse400 | GetAnOrderResponse404 | WawexOrder]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[GetAnOrderResponse400 | GetAnOrderResponse404 | WawexOrder]:
    """Get an order

     Get order details by ID

    Args:
        id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetAnOrderResponse400 | GetAnOrderResponse404 | WawexOrder]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> GetAnOrderResponse400 | GetAnOrderResponse404 | WawexOrder | None:
    """Get an order

     Get order details by ID

    Args:
        id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetAnOrderResponse400 | GetAnOrderResponse404 | WawexOrder
    """

    return sync_detailed(
        id=id,
        client=client,
    ).parsed


async def asyncio_detailed(
    id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[GetAnOrderResponse400 | GetAnOrderResponse404 | WawexOrder]:
    """Get an order

     Get order details by ID

    Args:
        id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetAnOrderResponse400 | GetAnOrderResponse404 | WawexOrder]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> GetAnOrderResponse400 | GetAnOrderResponse404 | WawexOrder | None:
    """Get an order

     Get order details by ID

    Args:
        id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetAnOrderResponse400 | GetAnOrderResponse404 | WawexOrder
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
        )
    ).parsed
