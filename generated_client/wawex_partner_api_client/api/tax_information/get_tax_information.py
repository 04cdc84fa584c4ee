from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.entity_type_enum import EntityTypeEnum
from ...models.tax_information import TaxInformation
from ...types import UNSET, Response


def _get_kwargs(
    *,
    entity_id: UUID,
    entity_type: EntityTypeEnum,
    year: int,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_entity_id = str(entity_id)
    params["entityId"] = json_entity_id

    json_entity_type: str = entity_type
    params["entityType"] = json_entity_type

    params["year"] = year

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/taxes/tax-information",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> TaxInformation | None:
    if response.status_code == 200:
        response_200 = TaxInformation.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[TaxInformation]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    entity_id: UUID,
    entity_type: EntityTypeEnum,
    year: int,
) -> Response[TaxInformation]:
    """Get Tax Information

     Get data about tax calculations for the given entity in the given tax year.

    Args:
        entity_id (UUID):
        entity_type (EntityTypeEnum): Type of the entity.
        year (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TaxInformation]
    """

    kwargs = _get_kwargs(
        entity_id=entity_id,
        entity_type=entity_type,
        year=year,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    entity_id: UUID,
    entity_type: EntityTypeEnum,
    year: int,
) -> TaxInformation | None:
    """Get Tax Information

     Get data about tax calculations for the given entity in the given tax year.

    Args:
        entity_id (UUID):
        entity_type (EntityTypeEnum): Type of the entity.
        year (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TaxInformation
    """

    return sync_detailed(
        client=client,
        entity_id=entity_id,
        entity_type=entity_type,
        year=year,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    entity_id: UUID,
    entity_type: EntityTypeEnum,
    year: int,
) -> Response[TaxInformation]:
    """Get Tax Information

     Get data about tax calculations for the given entity in the given tax year.

    Args:
        entity_id (UUID):
        entity_type (EntityTypeEnum): Type of the entity.
        year (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TaxInformation]
    """

    kwargs = _get_kwargs(
        entity_id=entity_id,
        entity_type=entity_type,
        year=year,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    entity_id: UUID,
    entity_type: EntityTypeEnum,
    year: int,
) -> TaxInformation | None:
    """Get Tax Information

     Get data about tax calculations for the given entity in the given tax year.

    Args:
        entity_id (UUID):
        entity_type (EntityTypeEnum): Type of the entity.
        year (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TaxInformation
    """

    return (
        await asyncio_detailed(
            client=client,
            entity_id=entity_id,
            entity_type=entity_type,
            year=year,
        )
    ).parsed
