import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_orders_wawex_response_200 import GetOrdersWawexResponse200
from ...types import UNSET, Response, Unset


def _get_kwargs(
    customer_product_id: UUID,
    *,
    cursor: str | Unset = UNSET,
    limit: int | Unset = 20,
    start_created_on: datetime.datetime | Unset = UNSET,
    end_created_on: datetime.datetime | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["cursor"] = cursor

    params["limit"] = limit

    json_start_created_on: str | Unset = UNSET
    if not isinstance(start_created_on, Unset):
        json_start_created_on = start_created_on.isoformat()
    params["startCreatedOn"] = json_start_created_on

    json_end_created_on: str | Unset = UNSET
    if not isinstance(end_created_on, Unset):
        json_end_created_on = end_created_on.isoformat()
    params["endCreatedOn"] = json_end_created_on

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/wawex/products/{customer_product_id}/orders".format(
            customer_product_id=quote(str(customer_product_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetOrdersWawexResponse200 | None:
    if response.status_code == 200:
        response_200 = GetOrdersWawexResponse200.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetOrdersWawexResponse200]:
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
    cursor: str | Unset = UNSET,
    limit: int | Unset = 20,
    start_created_on: datetime.datetime | Unset = UNSET,
    end_created_on: datetime.datetime | Unset = UNSET,
) -> Response[GetOrdersWawexResponse200]:
    """Get Orders

     Get list of orders with optional filtering

    Args:
        customer_product_id (UUID):
        cursor (str | Unset):
        limit (int | Unset):  Default: 20.
        start_created_on (datetime.datetime | Unset):
        end_created_on (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetOrdersWawexResponse200]
    """

    kwargs = _get_kwargs(
        customer_product_id=customer_product_id,
        cursor=cursor,
        limit=limit,
        start_created_on=start_created_on,
        end_created_on=end_created_on,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    customer_product_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    cursor: str | Unset = UNSET,
    limit: int | Unset = 20,
    start_created_on: datetime.datetime | Unset = UNSET,
    end_created_on: datetime.datetime | Unset = UNSET,
) -> GetOrdersWawexResponse200 | None:
    """Get Orders

     Get list of orders with optional filtering

    Args:
        customer_product_id (UUID):
        cursor (str | Unset):
        limit (int | Unset):  Default: 20.
        start_created_on (datetime.datetime | Unset):
        end_created_on (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetOrdersWawexResponse200
    """

    return sync_detailed(
        customer_product_id=customer_product_id,
        client=client,
        cursor=cursor,
        limit=limit,
        start_created_on=start_created_on,
        end_created_on=end_created_on,
    ).parsed


async def asyncio_detailed(
    customer_product_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    cursor: str | Unset = UNSET,
    limit: int | Unset = 20,
    start_created_on: datetime.datetime | Unset = UNSET,
    end_created_on: datetime.datetime | Unset = UNSET,
) -> Response[GetOrdersWawexResponse200]:
    """Get Orders

     Get list of orders with optional filtering

    Args:
        customer_product_id (UUID):
        cursor (str | Unset):
        limit (int | Unset):  Default: 20.
        start_created_on (datetime.datetime | Unset):
        end_created_on (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetOrdersWawexResponse200]
    """

    kwargs = _get_kwargs(
        customer_product_id=customer_product_id,
        cursor=cursor,
        limit=limit,
        start_created_on=start_created_on,
        end_created_on=end_created_on,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    customer_product_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    cursor: str | Unset = UNSET,
    limit: int | Unset = 20,
    start_created_on: datetime.datetime | Unset = UNSET,
    end_created_on: datetime.datetime | Unset = UNSET,
) -> GetOrdersWawexResponse200 | None:
    """Get Orders

     Get list of orders with optional filtering

    Args:
        customer_product_id (UUID):
        cursor (str | Unset):
        limit (int | Unset):  Default: 20.
        start_created_on (datetime.datetime | Unset):
        end_created_on (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetOrdersWawexResponse200
    """

    return (
        await asyncio_detailed(
            customer_product_id=customer_product_id,
            client=client,
            cursor=cursor,
            limit=limit,
            start_created_on=start_created_on,
            end_created_on=end_created_on,
        )
    ).parsed
