from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.savings_plan_update_data import SavingsPlanUpdateData
from ...types import UNSET, Response, Unset


def _get_kwargs(
    saving_plan_id: str,
    *,
    body: SavingsPlanUpdateData | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/savings-plans/{saving_plan_id}".format(
            saving_plan_id=quote(str(saving_plan_id), safe=""),
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
    saving_plan_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SavingsPlanUpdateData | Unset = UNSET,
) -> Response[Any]:
    """Update an existing savings plan

     Update an existing savings plan

    Args:
        saving_plan_id (str):
        body (SavingsPlanUpdateData | Unset): Savings plan update model. Used to toggle between
            ACTIVE and INACTIVE status.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        saving_plan_id=saving_plan_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


async def asyncio_detailed(
    saving_plan_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SavingsPlanUpdateData | Unset = UNSET,
) -> Response[Any]:
    """Update an existing savings plan

     Update an existing savings plan

    Args:
        saving_plan_id (str):
        body (SavingsPlanUpdateData | Unset): Savings plan update model. Used to toggle between
            ACTIVE and INACTIVE status.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        saving_plan_id=saving_plan_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)
