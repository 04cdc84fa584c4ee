from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_natural_person_v1_response_400 import GetNaturalPersonV1Response400
from ...models.get_natural_person_v1_response_404 import GetNaturalPersonV1Response404
from ...models.natural_person import NaturalPerson
from ...types import Response


def _get_kwargs(
    natural_person_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/natural-persons/{natural_person_id}".format(
            natural_person_id=quote(str(natural_person_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    GetNaturalPersonV1Response400 | GetNaturalPersonV1Response404 | NaturalPerson | None
):
    if response.status_code == 200:
        response_200 = NaturalPerson.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = GetNaturalPersonV1Response400.from_dict(response.json())

        return response_400

    if response.status_code == 404:
        response_404 = GetNaturalPersonV1Response404.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    GetNaturalPersonV1Response400 | GetNaturalPersonV1Response404 | NaturalPerson
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    natural_person_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    GetNaturalPersonV1Response400 | GetNaturalPersonV1Response404 | NaturalPerson
]:
    """Get Natural Person

     Get natural person

    Args:
        natural_person_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetNaturalPersonV1Response400 | GetNaturalPersonV1Response404 | NaturalPerson]
    """

    kwargs = _get_kwargs(
        natural_person_id=natural_person_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    natural_person_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> (
    GetNaturalPersonV1Response400 | GetNaturalPersonV1Response404 | NaturalPerson | None
):
    """Get Natural Person

     Get natural person

    Args:
        natural_person_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetNaturalPersonV1Response400 | GetNaturalPersonV1Response404 | NaturalPerson
    """

    return sync_detailed(
        natural_person_id=natural_person_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    natural_person_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    GetNaturalPersonV1Response400 | GetNaturalPersonV1Response404 | NaturalPerson
]:
    """Get Natural Person

     Get natural person

    Args:
        natural_person_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetNaturalPersonV1Response400 | GetNaturalPersonV1Response404 | NaturalPerson]
    """

    kwargs = _get_kwargs(
        natural_person_id=natural_person_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    natural_person_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> (
    GetNaturalPersonV1Response400 | GetNaturalPersonV1Response404 | NaturalPerson | None
):
    """Get Natural Person

     Get natural person

    Args:
        natural_person_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetNaturalPersonV1Response400 | GetNaturalPersonV1Response404 | NaturalPerson
    """

    return (
        await asyncio_detailed(
            natural_person_id=natural_person_id,
            client=client,
        )
    ).parsed
