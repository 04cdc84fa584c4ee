from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.customers import Customers
from ...models.error_message import ErrorMessage
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    cursor: str | Unset = UNSET,
    limit: int = 20,
    entity_id: UUID | Unset = UNSET,
    customer_status: str | Unset = UNSET,
    customer_type: str | Unset = UNSET,
    labels: list[str] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["cursor"] = cursor

    params["limit"] = limit

    json_entity_id: str | Unset = UNSET
    if not isinstance(entity_id, Unset):
        json_entity_id = str(entity_id)
    params["entityId"] = json_entity_id

    params["customerStatus"] = customer_status

    params["customerType"] = customer_type

    json_labels: list[str] | Unset = UNSET
    if not isinstance(labels, Unset):
        json_labels = labels

    params["labels"] = json_labels

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/roles/customers",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Customers | ErrorMessage | None:
    if response.status_code == 200:
        response_200 = Customers.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorMessage.from_dict(response.json())

        return response_400

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Customers | ErrorMessage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    cursor: str | Unset = UNSET,
    limit: int = 20,
    entity_id: UUID | Unset = UNSET,
    customer_status: str | Unset = UNSET,
    customer_type: str | Unset = UNSET,
    labels: list[str] | Unset = UNSET,
) -> Response[Customers | ErrorMessage]:
    """Get Customers

     Get a list of customers.

    Args:
        cursor (str | Unset):
        limit (int):  Default: 20.
        entity_id (UUID | Unset):
        customer_status (str | Unset):
        customer_type (str | Unset):
        labels (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Customers | ErrorMessage]
    """

    kwargs = _get_kwargs(
        cursor=cursor,
        limit=limit,
        entity_id=entity_id,
        customer_status=customer_status,
        customer_type=customer_type,
        labels=labels,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    cursor: str | Unset = UNSET,
    limit: int = 20,
    entity_id: UUID | Unset = UNSET,
    customer_status: str | Unset = UNSET,
    customer_type: str | Unset = UNSET,
    labels: list[str] | Unset = UNSET,
) -> Customers | ErrorMessage | None:
    """Get Customers

     Get a list of customers.

    Args:
        cursor (str | Unset):
        limit (int):  Default: 20.
        entity_id (UUID | Unset):
        customer_status (str | Unset):
        customer_type (str | Unset):
        labels (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Customers | ErrorMessage
    """

    return sync_detailed(
        client=client,
        cursor=cursor,
        limit=limit,
        entity_id=entity_id,
        customer_status=customer_status,
        customer_type=customer_type,
        labels=labels,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    cursor: str | Unset = UNSET,
    limit: int = 20,
    entity_id: UUID | Unset = UNSET,
    customer_status: str | Unset = UNSET,
    customer_type: str | Unset = UNSET,
    labels: list[str] | Unset = UNSET,
) -> Response[Customers | ErrorMessage]:
    """Get Customers

     Get a list of customers.

    Args:
        cursor (str | Unset):
        limit (int):  Default: 20.
        entity_id (UUID | Unset):
        customer_status (str | Unset):
        customer_type (str | Unset):
        labels (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Customers | ErrorMessage]
    """

    kwargs = _get_kwargs(
        cursor=cursor,
        limit=limit,
        entity_id=entity_id,
        customer_status=customer_status,
        customer_type=customer_type,
        labels=labels,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    cursor: str | Unset = UNSET,
    limit: int = 20,
    entity_id: UUID | Unset = UNSET,
    customer_status: str | Unset = UNSET,
    customer_type: str | Unset = UNSET,
    labels: list[str] | Unset = UNSET,
) -> Customers | ErrorMessage | None:
    """Get Customers

     Get a list of customers.

    Args:
        cursor (str | Unset):
        limit (int):  Default: 20.
        entity_id (UUID | Unset):
        customer_status (str | Unset):
        customer_type (str | Unset):
        labels (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Customers | ErrorMessage
    """

    return (
        await asyncio_detailed(
            client=client,
            cursor=cursor,
            limit=limit,
            entity_id=entity_id,
            customer_status=customer_status,
            customer_type=customer_type,
            labels=labels,
        )
    ).parsed
