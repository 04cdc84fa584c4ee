from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.update_customer_product_data import UpdateCustomerProductData
from ...models.update_customer_product_response_400 import (
    UpdateCustomerProductResponse400,
)
from ...models.update_customer_product_response_404 import (
    UpdateCustomerProductResponse404,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    customer_product_id: UUID,
    *,
    body: UpdateCustomerProductData | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/products/{customer_product_id}".format(
            customer_product_id=quote(str(customer_product_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | UpdateCustomerProductResponse400 | UpdateCustomerProductResponse404 | None:
    if response.status_code == 200:
        response_200 = cast(Any, None)
        return response_200

    if response.status_code == 400:
        response_400 = UpdateCustomerProductResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 404:
        response_404 = UpdateCustomerProductResponse404.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    Any | UpdateCustomerProductResponse400 | UpdateCustomerProductResponse404
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
    body: UpdateCustomerProductData | Unset = UNSET,
) -> Response[
    Any | UpdateCustomerProductResponse400 | UpdateCustomerProductResponse404
]:
    """Update customer product

     Update customer product. It is used to close the customer product.

    Args:
        customer_product_id (UUID):
        body (UpdateCustomerProductData | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | UpdateCustomerProductResponse400 | UpdateCustomerProductResponse404]
    """

    kwargs = _get_kwargs(
        customer_product_id=customer_product_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    customer_product_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateCustomerProductData | Unset = UNSET,
) -> Any | UpdateCustomerProductResponse400 | UpdateCustomerProductResponse404 | None:
    """Update customer product

     Update customer product. It is used to close the customer product.

    Args:
        customer_product_id (UUID):
        body (UpdateCustomerProductData | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | UpdateCustomerProductResponse400 | UpdateCustomerProductResponse404
    """

    return sync_detailed(
        customer_product_id=customer_product_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    customer_product_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateCustomerProductData | Unset = UNSET,
) -> Response[
    Any | UpdateCustomerProductResponse400 | UpdateCustomerProductResponse404
]:
    """Update customer product

     Update customer product. It is used to close the customer product.

    Args:
        customer_product_id (UUID):
        body (UpdateCustomerProductData | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | UpdateCustomerProductResponse400 | UpdateCustomerProductResponse404]
    """

    kwargs = _get_kwargs(
        customer_product_id=customer_product_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    customer_product_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateCustomerProductData | Unset = UNSET,
) -> Any | UpdateCustomerProductResponse400 | UpdateCustomerProductResponse404 | None:
    """Update customer product

     Update customer product. It is used to close the customer product.

    Args:
        customer_product_id (UUID):
        body (UpdateCustomerProductData | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | UpdateCustomerProductResponse400 | UpdateCustomerProductResponse404
    """

    return (
        await asyncio_detailed(
            customer_product_id=customer_product_id,
            client=client,
            body=body,
        )
    ).parsed
