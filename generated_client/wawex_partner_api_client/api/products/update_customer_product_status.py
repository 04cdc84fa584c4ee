from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.update_customer_product_status_body import (
    UpdateCustomerProductStatusBody,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    customer_product_id: str,
    *,
    body: UpdateCustomerProductStatusBody | Unset = UNSET,
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
) -> Any:
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    customer_product_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateCustomerProductStatusBody | Unset = UNSET,
) -> Response[Any]:
    """Update customer product status

     Update status with PATCH /products/{customerProductId} (e.g., CLOSE).

    Args:
        customer_product_id (str):
        body (UpdateCustomerProductStatusBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        customer_product_id=customer_product_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


async def asyncio_detailed(
    customer_product_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateCustomerProductStatusBody | Unset = UNSET,
) -> Response[Any]:
    """Update customer product status

     Update status with PATCH /products/{customerProductId} (e.g., CLOSE).

    Args:
        customer_product_id (str):
        body (UpdateCustomerProductStatusBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        customer_product_id=customer_product_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)
