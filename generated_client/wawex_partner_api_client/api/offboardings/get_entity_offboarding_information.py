from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_message import ErrorMessage
from ...models.get_entity_offboarding_information_response_200 import (
    GetEntityOffboardingInformationResponse200,
)
from ...types import Response


def _get_kwargs(
    offboarding_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/entities/offboardings/{offboarding_id}".format(
            offboarding_id=quote(str(offboarding_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorMessage | GetEntityOffboardingInformationResponse200 | None:
    if response.status_code == 200:
        response_200 = GetEntityOffboardingInformationResponse200.from_dict(
            response.json()
        )

        return response_200

    if response.status_code == 404:
        response_404 = ErrorMessage.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorMessage | GetEntityOffboardingInformationResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    offboarding_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorMessage | GetEntityOffboardingInformationResponse200]:
    """Get offboarding information

     Get offboarding information

    Args:
        offboarding_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | GetEntityOffboardingInformationResponse200]
    """

    kwargs = _get_kwargs(
        offboarding_id=offboarding_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    offboarding_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorMessage | GetEntityOffboardingInformationResponse200 | None:
    """Get offboarding information

     Get offboarding information

    Args:
        offboarding_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | GetEntityOffboardingInformationResponse200
    """

    return sync_detailed(
        offboarding_id=offboarding_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    offboarding_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorMessage | GetEntityOffboardingInformationResponse200]:
    """Get offboarding information

     Get offboarding information

    Args:
        offboarding_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | GetEntityOffboardingInformationResponse200]
    """

    kwargs = _get_kwargs(
        offboarding_id=offboarding_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    offboarding_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorMessage | GetEntityOffboardingInformationResponse200 | None:
    """Get offboarding information

     Get offboarding information

    Args:
        offboarding_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | GetEntityOffboardingInformationResponse200
    """

    return (
        await asyncio_detailed(
            offboarding_id=offboarding_id,
            client=client,
        )
    ).parsed
