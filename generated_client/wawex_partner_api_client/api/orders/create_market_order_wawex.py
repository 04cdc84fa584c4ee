from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_market_order_wawex_response_400 import (
    CreateMarketOrderWawexResponse400,
)
from ...models.create_wawex_order_result import CreateWawexOrderResult
from ...models.wawex_market_order_data import WawexMarketOrderData
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: WawexMarketOrderData | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/wawex/orders/market",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateMarketOrderWawexResponse400 | CreateWawexOrderResult | None:
    if response.status_code == 200:
        response_200 = CreateWawexOrderResult.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = CreateMarketOrderWawexResponse400.from_dict(response.json())

        return response_400

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CreateMarketOrderWawexResponse400 | CreateWawexOrderResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: WawexMarketOrderData | Unset = UNSET,
) -> Response[CreateMarketOrderWawexResponse400 | CreateWawexOrderResult]:
    """Create market order

     Create a new market order

    Args:
        body (WawexMarketOrderData | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateMarketOrderWawexResponse400 | CreateWawexOrderResult]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: WawexMarketOrderData | Unset = UNSET,
) -> CreateMarketOrderWawexResponse400 | CreateWawexOrderResult | None:
    """Create market order

     Create a new market order

    Args:
        body (WawexMarketOrderData | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateMarketOrderWawexResponse400 | CreateWawexOrderResult
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: WawexMarketOrderData | Unset = UNSET,
) -> Response[CreateMarketOrderWawexResponse400 | CreateWawexOrderResult]:
    """Create market order

     Create a new market order

    Args:
        body (WawexMarketOrderData | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateMarketOrderWawexResponse400 | CreateWawexOrderResult]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: WawexMarketOrderData | Unset = UNSET,
) -> CreateMarketOrderWawexResponse400 | CreateWawexOrderResult | None:
    """Create market order

     Create a new market order

    Args:
        body (WawexMarketOrderData | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateMarketOrderWawexResponse400 | CreateWawexOrderResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
