from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.update_tax_exemption_order_data import UpdateTaxExemptionOrderData
from ...types import UNSET, Response, Unset


def _get_kwargs(
    tax_exemption_order_id: UUID,
    *,
    body: UpdateTaxExemptionOrderData | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/taxes/tax-exemption-orders/{tax_exemption_order_id}".format(
            tax_exemption_order_id=quote(str(tax_exemption_order_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | None:
    if response.status_code == 202:
        return None

    if response.status_code == 400:
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
    tax_exemption_order_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateTaxExemptionOrderData | Unset = UNSET,
) -> Response[Any]:
    """Update Tax Exemption Order

     Update tax exemption order

    Args:
        tax_exemption_order_id (UUID):
        body (UpdateTaxExemptionOrderData | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        tax_exemption_order_id=tax_exemption_order_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


async def asyncio_detailed(
    tax_exemption_order_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateTaxExemptionOrderData | Unset = UNSET,
) -> Response[Any]:
    """Update Tax Exemption Order

     Update tax exemption order

    Args:
        tax_exemption_order_id (UUID):
        body (UpdateTaxExemptionOrderData | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        tax_exemption_order_id=tax_exemption_order_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)
