from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.ex_ante_savings_plans_cost_data import ExAnteSavingsPlansCostData
from ...models.ex_ante_savings_plans_cost_result import ExAnteSavingsPlansCostResult
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: ExAnteSavingsPlansCostData | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/traditional/ex-ante/savings-plans",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ExAnteSavingsPlansCostResult:
    response_default = ExAnteSavingsPlansCostResult.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ExAnteSavingsPlansCostResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ExAnteSavingsPlansCostData | Unset = UNSET,
) -> Response[ExAnteSavingsPlansCostResult]:
    """Ex-Ante Cost Information for Savings Plans

     Allows partners to retrieve ex-ante cost estimates before creating a traditional asset savings plan,
    covering purchase costs, product costs, sale costs, and total cost projections over the plan
    timeline.

    Args:
        body (ExAnteSavingsPlansCostData | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ExAnteSavingsPlansCostResult]
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
    body: ExAnteSavingsPlansCostData | Unset = UNSET,
) -> ExAnteSavingsPlansCostResult | None:
    """Ex-Ante Cost Information for Savings Plans

     Allows partners to retrieve ex-ante cost estimates before creating a traditional asset savings plan,
    covering purchase costs, product costs, sale costs, and total cost projections over the plan
    timeline.

    Args:
        body (ExAnteSavingsPlansCostData | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ExAnteSavingsPlansCostResult
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ExAnteSavingsPlansCostData | Unset = UNSET,
) -> Response[ExAnteSavingsPlansCostResult]:
    """Ex-Ante Cost Information for Savings Plans

     Allows partners to retrieve ex-ante cost estimates before creating a traditional asset savings plan,
    covering purchase costs, product costs, sale costs, and total cost projections over the plan
    timeline.

    Args:
        body (ExAnteSavingsPlansCostData | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ExAnteSavingsPlansCostResult]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ExAnteSavingsPlansCostData | Unset = UNSET,
) -> ExAnteSavingsPlansCostResult | None:
    """Ex-Ante Cost Information for Savings Plans

     Allows partners to retrieve ex-ante cost estimates before creating a traditional asset savings plan,
    covering purchase costs, product costs, sale costs, and total cost projections over the plan
    timeline.

    Args:
        body (ExAnteSavingsPlansCostData | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ExAnteSavingsPlansCostResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
