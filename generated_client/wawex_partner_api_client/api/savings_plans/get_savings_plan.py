from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_message import ErrorMessage
from ...models.savings_plan import SavingsPlan
from ...types import Response


def _get_kwargs(
    saving_plan_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/savings-plans/{saving_plan_id}".format(
            saving_plan_id=quote(str(saving_plan_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorMessage | SavingsPlan | None:
    if response.status_code == 200:
        response_200 = SavingsPlan.from_dict(response.json())

        return response_200

    if response.status_code == 404:
        response_404 = ErrorMessage.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorMessage | SavingsPlan]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    saving_plan_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorMessage | SavingsPlan]:
    """Get Savings Plan

     Get a savings plan by its ID. Returns 404 if the plan has been deleted.

    Args:
        saving_plan_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | SavingsPlan]
    """

    kwargs = _get_kwargs(
        saving_plan_id=saving_plan_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    saving_plan_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorMessage | SavingsPlan | None:
    """Get Savings Plan

     Get a savings plan by its ID. Returns 404 if the plan has been deleted.

    Args:
        saving_plan_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | SavingsPlan
    """

    return sync_detailed(
        saving_plan_id=saving_plan_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    saving_plan_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorMessage | SavingsPlan]:
    """Get Savings Plan

     Get a savings plan by its ID. Returns 404 if the plan has been deleted.

    Args:
        saving_plan_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | SavingsPlan]
    """

    kwargs = _get_kwargs(
        saving_plan_id=saving_plan_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    saving_plan_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorMessage | SavingsPlan | None:
    """Get Savings Plan

     Get a savings plan by its ID. Returns 404 if the plan has been deleted.

    Args:
        saving_plan_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | SavingsPlan
    """

    return (
        await asyncio_detailed(
            saving_plan_id=saving_plan_id,
            client=client,
        )
    ).parsed
