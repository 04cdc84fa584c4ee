from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_message import ErrorMessage
from ...models.offboarding import Offboarding
from ...types import Response


def _get_kwargs(
    offboarding_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/offboardings/{offboarding_id}".format(
            offboarding_id=quote(str(offboarding_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorMessage | Offboarding | None:
    if response.status_code == 200:
        response_200 = Offboarding.from_dict(response.json())

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
) -> Response[ErrorMessage | Offboarding]:
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
) -> Response[ErrorMessage | Offboarding]:
    """Get Offboarding

     Get offboarding information

    Args:
        offboarding_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | Offboarding]
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
) -> ErrorMessage | Offboarding | None:
    """Get Offboarding

     Get offboarding information

    Args:
        offboarding_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | Offboarding
    """

    return sync_detailed(
        offboarding_id=offboarding_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    offboarding_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorMessage | Offboarding]:
    """Get Offboarding

     Get offboarding information

    Args:
        offboarding_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | Offboarding]
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
) -> ErrorMessage | Offboarding | None:
    """Get Offboarding

     Get offboarding information

    Args:
        offboarding_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | Offboarding
    """

    return (
        await asyncio_detailed(
            offboarding_id=offboarding_id,
            client=client,
        )
    ).parsed
