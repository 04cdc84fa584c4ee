from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_customer_product_data import CreateCustomerProductData
from ...models.create_customer_product_response_400 import (
    CreateCustomerProductResponse400,
)
from ...models.create_customer_product_result import CreateCustomerProductResult
from ...types import UNSET, Response, Unset


def _get_kwargs(
    customer_id: UUID,
    *,
    body: CreateCustomerProductData | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/customers/{customer_id}/products".format(
            customer_id=quote(str(customer_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateCustomerProductResponse400 | CreateCustomerProductResult | None:
    if response.status_code == 200:
        response_200 = CreateCustomerProductResult.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = CreateCustomerProductResponse400.from_dict(response.json())

        return response_400

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CreateCustomerProductResponse400 | CreateCustomerProductResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    customer_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: CreateCustomerProductData | Unset = UNSET,
) -> Response[CreateCustomerProductResponse400 | CreateCustomerProductResult]:
    """Create Customer Product

     Create Customer Product

    Args:
        customer_id (UUID):
        body (CreateCustomerProductData | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateCustomerProductResponse400 | CreateCustomerProductResult]
    """

    kwargs = _get_kwargs(
        customer_id=customer_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    customer_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: CreateCustomerProductData | Unset = UNSET,
) -> CreateCustomerProductResponse400 | CreateCustomerProductResult | None:
    """Create Customer Product

     Create Customer Product

    Args:
        customer_id (UUID):
        body (CreateCustomerProductData | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateCustomerProductResponse400 | CreateCustomerProductResult
    """

    return sync_detailed(
        customer_id=customer_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    customer_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: CreateCustomerProductData | Unset = UNSET,
) -> Response[CreateCustomerProductResponse400 | CreateCustomerProductResult]:
    """Create Customer Product

     Create Customer Product

    Args:
        customer_id (UUID):
        body (CreateCustomerProductData | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateCustomerProductResponse400 | CreateCustomerProductResult]
    """

    kwargs = _get_kwargs(
        customer_id=customer_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    customer_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: CreateCustomerProductData | Unset = UNSET,
) -> CreateCustomerProductResponse400 | CreateCustomerProductResult | None:
    """Create Customer Product

     Create Customer Product

    Args:
        customer_id (UUID):
        body (CreateCustomerProductData | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateCustomerProductResponse400 | CreateCustomerProductResult
    """

    return (
        await asyncio_detailed(
            customer_id=customer_id,
            client=client,
            body=body,
        )
    ).parsed
