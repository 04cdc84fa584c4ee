from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_tax_exemption_orders_response_400 import (
    GetTaxExemptionOrdersResponse400,
)
from ...models.tax_exemption_orders import TaxExemptionOrders
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    cursor: str | Unset = UNSET,
    limit: int = 20,
    tax_exemption_order_id: UUID | Unset = UNSET,
    entity_id: UUID | Unset = UNSET,
    status: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["cursor"] = cursor

    params["limit"] = limit

    json_tax_exemption_order_id: str | Unset = UNSET
    if not isinstance(tax_exemption_order_id, Unset):
        json_tax_exemption_order_id = str(tax_exemption_order_id)
    params["taxExemptionOrderId"] = json_tax_exemption_order_id

    json_entity_id: str | Unset = UNSET
    if not isinstance(entity_id, Unset):
        json_entity_id = str(entity_id)
    params["entityId"] = json_entity_id

    params["status"] = status

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/taxes/tax-exemption-orders",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetTaxExemptionOrdersResponse400 | TaxExemptionOrders | None:
    if response.status_code == 200:
        response_200 = TaxExemptionOrders.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = GetTaxExemptionOrdersResponse400.from_dict(response.json())

        return response_400

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetTaxExemptionOrdersResponse400 | TaxExemptionOrders]:
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
    tax_exemption_order_id: UUID | Unset = UNSET,
    entity_id: UUID | Unset = UNSET,
    status: str | Unset = UNSET,
) -> Response[GetTaxExemptionOrdersResponse400 | TaxExemptionOrders]:
    """Get Tax Exemption Orders

     Get a list of tax exemption orders

    Args:
        cursor (str | Unset):
        limit (int):  Default: 20.
        tax_exemption_order_id (UUID | Unset):
        entity_id (UUID | Unset):
        status (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetTaxExemptionOrdersResponse400 | TaxExemptionOrders]
    """

    kwargs = _get_kwargs(
        cursor=cursor,
        limit=limit,
        tax_exemption_order_id=tax_exemption_order_id,
        entity_id=entity_id,
        status=status,
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
    tax_exemption_order_id: UUID | Unset = UNSET,
    entity_id: UUID | Unset = UNSET,
    status: str | Unset = UNSET,
) -> GetTaxExemptionOrdersResponse400 | TaxExemptionOrders | None:
    """Get Tax Exemption Orders

     Get a list of tax exemption orders

    Args:
        cursor (str | Unset):
        limit (int):  Default: 20.
        tax_exemption_order_id (UUID | Unset):
        entity_id (UUID | Unset):
        status (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetTaxExemptionOrdersResponse400 | TaxExemptionOrders
    """

    return sync_detailed(
        client=client,
        cursor=cursor,
        limit=limit,
        tax_exemption_order_id=tax_exemption_order_id,
        entity_id=entity_id,
        status=status,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    cursor: str | Unset = UNSET,
    limit: int = 20,
    tax_exemption_order_id: UUID | Unset = UNSET,
    entity_id: UUID | Unset = UNSET,
    status: str | Unset = UNSET,
) -> Response[GetTaxExemptionOrdersResponse400 | TaxExemptionOrders]:
    """Get Tax Exemption Orders

     Get a list of tax exemption orders

    Args:
        cursor (str | Unset):
        limit (int):  Default: 20.
        tax_exemption_order_id (UUID | Unset):
        entity_id (UUID | Unset):
        status (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetTaxExemptionOrdersResponse400 | TaxExemptionOrders]
    """

    kwargs = _get_kwargs(
        cursor=cursor,
        limit=limit,
        tax_exemption_order_id=tax_exemption_order_id,
        entity_id=entity_id,
        status=status,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    cursor: str | Unset = UNSET,
    limit: int = 20,
    tax_exemption_order_id: UUID | Unset = UNSET,
    entity_id: UUID | Unset = UNSET,
    status: str | Unset = UNSET,
) -> GetTaxExemptionOrdersResponse400 | TaxExemptionOrders | None:
    """Get Tax Exemption Orders

     Get a list of tax exemption orders

    Args:
        cursor (str | Unset):
        limit (int):  Default: 20.
        tax_exemption_order_id (UUID | Unset):
        entity_id (UUID | Unset):
        status (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetTaxExemptionOrdersResponse400 | TaxExemptionOrders
    """

    return (
        await asyncio_detailed(
            client=client,
            cursor=cursor,
            limit=limit,
            tax_exemption_order_id=tax_exemption_order_id,
            entity_id=entity_id,
            status=status,
        )
    ).parsed
