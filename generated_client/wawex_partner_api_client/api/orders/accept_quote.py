from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.accept_quote_data import AcceptQuoteData
from ...models.accept_quote_response_400 import AcceptQuoteResponse400
from ...models.accept_quote_response_409 import AcceptQuoteResponse409
from ...models.create_digital_assets_order_result import CreateDigitalAssetsOrderResult
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: AcceptQuoteData | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/digital/orders/quote",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    AcceptQuoteResponse400
    | AcceptQuoteResponse409
    | CreateDigitalAssetsOrderResult
    | None
):
    if response.status_code == 200:
        response_200 = CreateDigitalAssetsOrderResult.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = AcceptQuoteResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 409:
        response_409 = AcceptQuoteResponse409.from_dict(response.json())

        return response_409

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    AcceptQuoteResponse400 | AcceptQuoteResponse409 | CreateDigitalAssetsOrderResult
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AcceptQuoteData | Unset = UNSET,
) -> Response[
    AcceptQuoteResponse400 | AcceptQuoteResponse409 | CreateDigitalAssetsOrderResult
]:
    """Accept Quote

     Accept a quote and place the order.

    With having the quote ready for accepting we're going to initiate a transaction pipeline on
    completion(or failure) of which the partner will be notified by webhook.

    Args:
        body (AcceptQuoteData | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AcceptQuoteResponse400 | AcceptQuoteResponse409 | CreateDigitalAssetsOrderResult]
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
    body: AcceptQuoteData | Unset = UNSET,
) -> (
    AcceptQuoteResponse400
    | AcceptQuoteResponse409
    | CreateDigitalAssetsOrderResult
    | None
):
    """Accept Quote

     Accept a quote and place the order.

    With having the quote ready for accepting we're going to initiate a transaction pipeline on
    completion(or failure) of which the partner will be notified by webhook.

    Args:
        body (AcceptQuoteData | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AcceptQuoteResponse400 | AcceptQuoteResponse409 | CreateDigitalAssetsOrderResult
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AcceptQuoteData | Unset = UNSET,
) -> Response[
    AcceptQuoteResponse400 | AcceptQuoteResponse409 | CreateDigitalAssetsOrderResult
]:
    """Accept Quote

     Accept a quote and place the order.

    With having the quote ready for accepting we're going to initiate a transaction pipeline on
    completion(or failure) of which the partner will be notified by webhook.

    Args:
        body (AcceptQuoteData | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AcceptQuoteResponse400 | AcceptQuoteResponse409 | CreateDigitalAssetsOrderResult]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: AcceptQuoteData | Unset = UNSET,
) -> (
    AcceptQuoteResponse400
    | AcceptQuoteResponse409
    | CreateDigitalAssetsOrderResult
    | None
):
    """Accept Quote

     Accept a quote and place the order.

    With having the quote ready for accepting we're going to initiate a transaction pipeline on
    completion(or failure) of which the partner will be notified by webhook.

    Args:
        body (AcceptQuoteData | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AcceptQuoteResponse400 | AcceptQuoteResponse409 | CreateDigitalAssetsOrderResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
