from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.connect_token_request import ConnectTokenRequest
from ...models.connect_token_response import ConnectTokenResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: ConnectTokenRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/connect/token",
    }

    if not isinstance(body, Unset):
        _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ConnectTokenResponse | None:
    if response.status_code == 200:
        response_200 = ConnectTokenResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ConnectTokenResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ConnectTokenRequest | Unset = UNSET,
) -> Response[ConnectTokenResponse]:
    """Authenticate (Get a Token)

     Tradevest uses the OAuth 2.0 Client Credentials flow. You must exchange your credentials for a
    temporary access token at the Auth URL. Send a POST request to the token endpoint using
    application/x-www-form-urlencoded. If successful, you will receive a Bearer token valid for 1 hour
    (3600 seconds).

    Args:
        body (ConnectTokenRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConnectTokenResponse]
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
    body: ConnectTokenRequest | Unset = UNSET,
) -> ConnectTokenResponse | None:
    """Authenticate (Get a Token)

     Tradevest uses the OAuth 2.0 Client Credentials flow. You must exchange your credentials for a
    temporary access token at the Auth URL. Send a POST request to the token endpoint using
    application/x-www-form-urlencoded. If successful, you will receive a Bearer token valid for 1 hour
    (3600 seconds).

    Args:
        body (ConnectTokenRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConnectTokenResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ConnectTokenRequest | Unset = UNSET,
) -> Response[ConnectTokenResponse]:
    """Authenticate (Get a Token)

     Tradevest uses the OAuth 2.0 Client Credentials flow. You must exchange your credentials for a
    temporary access token at the Auth URL. Send a POST request to the token endpoint using
    application/x-www-form-urlencoded. If successful, you will receive a Bearer token valid for 1 hour
    (3600 seconds).

    Args:
        body (ConnectTokenRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConnectTokenResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ConnectTokenRequest | Unset = UNSET,
) -> ConnectTokenResponse | None:
    """Authenticate (Get a Token)

     Tradevest uses the OAuth 2.0 Client Credentials flow. You must exchange your credentials for a
    temporary access token at the Auth URL. Send a POST request to the token endpoint using
    application/x-www-form-urlencoded. If successful, you will receive a Bearer token valid for 1 hour
    (3600 seconds).

    Args:
        body (ConnectTokenRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConnectTokenResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
