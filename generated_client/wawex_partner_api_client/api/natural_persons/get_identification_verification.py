from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_message import ErrorMessage
from ...models.get_identification_verification_response_200 import (
    GetIdentificationVerificationResponse200,
)
from ...types import Response


def _get_kwargs(
    identification_verification_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/entities/identification-verifications/{identification_verification_id}".format(
            identification_verification_id=quote(
                str(identification_verification_id), safe=""
            ),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorMessage | GetIdentificationVerificationResponse200 | None:
    if response.status_code == 200:
        response_200 = GetIdentificationVerificationResponse200.from_dict(
            response.json()
        )

        return response_200

    if response.status_code == 400:
        response_400 = ErrorMessage.from_dict(response.json())

        return response_400

    if response.status_code == 501:
        response_501 = ErrorMessage.from_dict(response.json())

        return response_501

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorMessage | GetIdentificationVerificationResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    identification_verification_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorMessage | GetIdentificationVerificationResponse200]:
    """Get Identification Verification

     Get Identification Verification

    Args:
        identification_verification_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | GetIdentificationVerificationResponse200]
    """

    kwargs = _get_kwargs(
        identification_verification_id=identification_verification_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    identification_verification_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorMessage | GetIdentificationVerificationResponse200 | None:
    """Get Identification Verification

     Get Identification Verification

    Args:
        identification_verification_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | GetIdentificationVerificationResponse200
    """

    return sync_detailed(
        identification_verification_id=identification_verification_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    identification_verification_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorMessage | GetIdentificationVerificationResponse200]:
    """Get Identification Verification

     Get Identification Verification

    Args:
        identification_verification_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | GetIdentificationVerificationResponse200]
    """

    kwargs = _get_kwargs(
        identification_verification_id=identification_verification_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    identification_verification_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorMessage | GetIdentificationVerificationResponse200 | None:
    """Get Identification Verification

     Get Identification Verification

    Args:
        identification_verification_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | GetIdentificationVerificationResponse200
    """

    return (
        await asyncio_detailed(
            identification_verification_id=identification_verification_id,
            client=client,
        )
    ).parsed
