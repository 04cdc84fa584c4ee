from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_message import ErrorMessage
from ...models.savings_plan_data import SavingsPlanData
from ...models.savings_plan_result import SavingsPlanResult
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: SavingsPlanData | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/savings-plans",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorMessage | SavingsPlanResult | None:
    if response.status_code == 202:
        response_202 = SavingsPlanResult.from_dict(response.json())

        return response_202

    if response.status_code == 400:
        response_400 = ErrorMessage.from_dict(response.json())

        return response_400

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorMessage | SavingsPlanResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SavingsPlanData | Unset = UNSET,
) -> Response[ErrorMessage | SavingsPlanResult]:
    """Create Savings Plan

     Create a savings plan for a customer. The operation is asynchronous.

    Args:
        body (SavingsPlanData | Unset): Savings plan creation model.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | SavingsPlanResult]
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
    body: SavingsPlanData | Unset = UNSET,
) -> ErrorMessage | SavingsPlanResult | None:
    """Create Savings Plan

     Create a savings plan for a customer. The operation is asynchronous.

    Args:
        body (SavingsPlanData | Unset): Savings plan creation model.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | SavingsPlanResult
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SavingsPlanData | Unset = UNSET,
) -> Response[ErrorMessage | SavingsPlanResult]:
    """Create Savings Plan

     Create a savings plan for a customer. The operation is asynchronous.

    Args:
        body (SavingsPlanData | Unset): Savings plan creation model.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | SavingsPlanResult]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: SavingsPlanData | Unset = UNSET,
) -> ErrorMessage | SavingsPlanResult | None:
    """Create Savings Plan

     Create a savings plan for a customer. The operation is asynchronous.

    Args:
        body (SavingsPlanData | Unset): Savings plan creation model.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | SavingsPlanResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
