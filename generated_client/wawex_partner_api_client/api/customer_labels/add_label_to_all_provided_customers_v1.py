from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...types import UNSET, Response, Unset


def _get_kwargs(
    customer_label_name: str,
    *,
    body: list[UUID] | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/customer-labels/{customer_label_name}/customers".format(
            customer_label_name=quote(str(customer_label_name), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = []
        for body_item_data in body:
            body_item = str(body_item_data)
            _kwargs["json"].append(body_item)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | None:
    if response.status_code == 202:
        return None

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
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
    customer_label_name: str,
    *,
    client: AuthenticatedClient | Client,
    body: list[UUID] | Unset = UNSET,
) -> Response[Any]:
    """Add Label To All Provided Customers

     Update assignment of customer label to all provided customers. If any customer exceeds the maximum
    number of labels (16), the request will fail and return in response customer ids that exceeded
    maximum number of labels. If any customer id is not valid, the request will fail and return in
    response invalid customer ids.

    Args:
        customer_label_name (str):
        body (list[UUID] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        customer_label_name=customer_label_name,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


async def asyncio_detailed(
    customer_label_name: str,
    *,
    client: AuthenticatedClient | Client,
    body: list[UUID] | Unset = UNSET,
) -> Response[Any]:
    """Add Label To All Provided Customers

     Update assignment of customer label to all provided customers. If any customer exceeds the maximum
    number of labels (16), the request will fail and return in response customer ids that exceeded
    maximum number of labels. If any customer id is not valid, the request will fail and return in
    response invalid customer ids.

    Args:
        customer_label_name (str):
        body (list[UUID] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        customer_label_name=customer_label_name,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)
