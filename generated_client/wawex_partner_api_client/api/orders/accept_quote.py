from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.accept_quote_data import AcceptQuoteData
from ...models.create_digital_assets_order_result import CreateDigitalAssetsOrderResult
from ...models.error_message import ErrorMessage
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
) -> CreateDigitalAssetsOrderResult | ErrorMessage | None:
    if response.status_code == 200:
        response_200 = CreateDigitalAssetsOrderResult.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorMessage.from_dict(response.json())

        return response_400

    if response.status_code == 409:
        response_409 = ErrorMessage.from_dict(response.json())

        return response_409

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CreateDigitalAssetsOrderResult | ErrorMessage]:
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
) -> Response[CreateDigitalAssetsOrderResult | ErrorMessage]:
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
        Response[CreateDigitalAssetsOrderResult | ErrorMessage]
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
) -> CreateDigitalAssetsOrderResult | ErrorMessage | None:
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
        CreateDigitalAssetsOrderResult | ErrorMessage
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AcceptQuoteData | Unset = UNSET,
) -> Response[CreateDigitalAssetsOrderResult | ErrorMessage]:
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
        Response[CreateDigitalAssetsOrderResult | ErrorMessage]
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
) -> CreateDigitalAssetsOrderResult | ErrorMessage | None:
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
        CreateDigitalAssetsOrderResult | ErrorMessage
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
