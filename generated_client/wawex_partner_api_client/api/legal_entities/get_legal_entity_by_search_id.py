from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_legal_entity_by_search_id_response_400 import (
    GetLegalEntityBySearchIdResponse400,
)
from ...models.get_legal_entity_by_search_id_response_404 import (
    GetLegalEntityBySearchIdResponse404,
)
from ...models.legal_entity_search_result import LegalEntitySearchResult
from ...types import Response


def _get_kwargs(
    search_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/customers/vendor/prepare/legal-entities/{search_id}".format(
            search_id=quote(str(search_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    GetLegalEntityBySearchIdResponse400
    | GetLegalEntityBySearchIdResponse404
    | LegalEntitySearchResult
    | None
):
    if response.status_code == 200:
        response_200 = LegalEntitySearchResult.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = GetLegalEntityBySearchIdResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 404:
        response_404 = GetLegalEntityBySearchIdResponse404.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    GetLegalEntityBySearchIdResponse400
    | GetLegalEntityBySearchIdResponse404
    | LegalEntitySearchResult
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    search_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    GetLegalEntityBySearchIdResponse400
    | GetLegalEntityBySearchIdResponse404
    | LegalEntitySearchResult
]:
    """Get Legal Entity By Search Id

     Get legal entity by search id

    Args:
        search_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetLegalEntityBySearchIdResponse400 | GetLegalEntityBySearchIdResponse404 | LegalEntitySearchResult]
    """

    kwargs = _get_kwargs(
        search_id=search_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    search_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> (
    GetLegalEntityBySearchIdResponse400
    | GetLegalEntityBySearchIdResponse404
    | LegalEntitySearchResult
    | None
):
    """Get Legal Entity By Search Id

     Get legal entity by search id

    Args:
        search_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetLegalEntityBySearchIdResponse400 | GetLegalEntityBySearchIdResponse404 | LegalEntitySearchResult
    """

    return sync_detailed(
        search_id=search_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    search_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    GetLegalEntityBySearchIdResponse400
    | GetLegalEntityBySearchIdResponse404
    | LegalEntitySearchResult
]:
    """Get Legal Entity By Search Id

     Get legal entity by search id

    Args:
        search_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetLegalEntityBySearchIdResponse400 | GetLegalEntityBySearchIdResponse404 | LegalEntitySearchResult]
    """

    kwargs = _get_kwargs(
        search_id=search_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    search_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> (
    GetLegalEntityBySearchIdResponse400
    | GetLegalEntityBySearchIdResponse404
    | LegalEntitySearchResult
    | None
):
    """Get Legal Entity By Search Id

     Get legal entity by search id

    Args:
        search_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetLegalEntityBySearchIdResponse400 | GetLegalEntityBySearchIdResponse404 | LegalEntitySearchResult
    """

    return (
        await asyncio_detailed(
            search_id=search_id,
            client=client,
        )
    ).parsed
