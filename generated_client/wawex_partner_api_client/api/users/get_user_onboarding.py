from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_message import ErrorMessage
from ...models.get_user_onboarding_response_200 import GetUserOnboardingResponse200
from ...types import Response


def _get_kwargs(
    onboarding_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/user-onboardings/{onboarding_id}".format(
            onboarding_id=quote(str(onboarding_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorMessage | GetUserOnboardingResponse200 | None:
    if response.status_code == 200:
        response_200 = GetUserOnboardingResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorMessage.from_dict(response.json())

        return response_400

    if response.status_code == 404:
        response_404 = ErrorMessage.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorMessage | GetUserOnboardingResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    onboarding_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorMessage | GetUserOnboardingResponse200]:
    """GET /user-onboardings/{onboardingId}

    Args:
        onboarding_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | GetUserOnboardingResponse200]
    """

    kwargs = _get_kwargs(
        onboarding_id=onboarding_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    onboarding_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorMessage | GetUserOnboardingResponse200 | None:
    """GET /user-onboardings/{onboardingId}

    Args:
        onboarding_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | GetUserOnboardingResponse200
    """

    return sync_detailed(
        onboarding_id=onboarding_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    onboarding_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorMessage | GetUserOnboardingResponse200]:
    """GET /user-onboardings/{onboardingId}

    Args:
        onboarding_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | GetUserOnboardingResponse200]
    """

    kwargs = _get_kwargs(
        onboarding_id=onboarding_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    onboarding_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorMessage | GetUserOnboardingResponse200 | None:
    """GET /user-onboardings/{onboardingId}

    Args:
        onboarding_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | GetUserOnboardingResponse200
    """

    return (
        await asyncio_detailed(
            onboarding_id=onboarding_id,
            client=client,
        )
    ).parsed
