from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.natural_person_wizard_instances import NaturalPersonWizardInstances
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    wizard_status: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int = 20,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["wizardStatus"] = wizard_status

    params["cursor"] = cursor

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/natural-persons-wizard",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> NaturalPersonWizardInstances | None:
    if response.status_code == 200:
        response_200 = NaturalPersonWizardInstances.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[NaturalPersonWizardInstances]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    wizard_status: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int = 20,
) -> Response[NaturalPersonWizardInstances]:
    """Get natural person wizard instances

     Get list of natural person wizard instances

    Args:
        wizard_status (str | Unset):
        cursor (str | Unset):
        limit (int):  Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[NaturalPersonWizardInstances]
    """

    kwargs = _get_kwargs(
        wizard_status=wizard_status,
        cursor=cursor,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    wizard_status: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int = 20,
) -> NaturalPersonWizardInstances | None:
    """Get natural person wizard instances

     Get list of natural person wizard instances

    Args:
        wizard_status (str | Unset):
        cursor (str | Unset):
        limit (int):  Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        NaturalPersonWizardInstances
    """

    return sync_detailed(
        client=client,
        wizard_status=wizard_status,
        cursor=cursor,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    wizard_status: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int = 20,
) -> Response[NaturalPersonWizardInstances]:
    """Get natural person wizard instances

     Get list of natural person wizard instances

    Args:
        wizard_status (str | Unset):
        cursor (str | Unset):
        limit (int):  Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[NaturalPersonWizardInstances]
    """

    kwargs = _get_kwargs(
        wizard_status=wizard_status,
        cursor=cursor,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    wizard_status: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int = 20,
) -> NaturalPersonWizardInstances | None:
    """Get natural person wizard instances

     Get list of natural person wizard instances

    Args:
        wizard_status (str | Unset):
        cursor (str | Unset):
        limit (int):  Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        NaturalPersonWizardInstances
    """

    return (
        await asyncio_detailed(
            client=client,
            wizard_status=wizard_status,
            cursor=cursor,
            limit=limit,
        )
    ).parsed
