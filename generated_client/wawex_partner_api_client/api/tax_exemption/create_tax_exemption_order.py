from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_tax_exemption_order_result import CreateTaxExemptionOrderResult
from ...models.tax_exemption_order_data import TaxExemptionOrderData
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: TaxExemptionOrderData | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/taxes/tax-exemption-orders",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateTaxExemptionOrderResult | None:
    if response.status_code == 200:
        response_200 = CreateTaxExemptionOrderResult.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CreateTaxExemptionOrderResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TaxExemptionOrderData | Unset = UNSET,
) -> Response[CreateTaxExemptionOrderResult]:
    """Create Tax Exemption Order

     Create a new tax exemption order for the given entity.

    Args:
        body (TaxExemptionOrderData | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateTaxExemptionOrderResult]
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
    body: TaxExemptionOrderData | Unset = UNSET,
) -> CreateTaxExemptionOrderResult | None:
    """Create Tax Exemption Order

     Create a new tax exemption order for the given entity.

    Args:
        body (TaxExemptionOrderData | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateTaxExemptionOrderResult
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TaxExemptionOrderData | Unset = UNSET,
) -> Response[CreateTaxExemptionOrderResult]:
    """Create Tax Exemption Order

     Create a new tax exemption order for the given entity.

    Args:
        body (TaxExemptionOrderData | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateTaxExemptionOrderResult]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: TaxExemptionOrderData | Unset = UNSET,
) -> CreateTaxExemptionOrderResult | None:
    """Create Tax Exemption Order

     Create a new tax exemption order for the given entity.

    Args:
        body (TaxExemptionOrderData | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateTaxExemptionOrderResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
