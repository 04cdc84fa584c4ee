from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.entity_offboarding import EntityOffboarding
from ...models.error_message import ErrorMessage
from ...types import UNSET, Response


def _get_kwargs(
    *,
    offboarding_entity_type: str,
    entity_id: UUID,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["offboardingEntityType"] = offboarding_entity_type

    json_entity_id = str(entity_id)
    params["entityId"] = json_entity_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/entities/offboardings",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorMessage | list[EntityOffboarding] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = EntityOffboarding.from_dict(response_200_item_data)

            response_200.append(response_200_item)

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
) -> Response[ErrorMessage | list[EntityOffboarding]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    offboarding_entity_type: str,
    entity_id: UUID,
) -> Response[ErrorMessage | list[EntityOffboarding]]:
    """Get list of offboardings for a entity

     Get list of offboardings for a entity

    Args:
        offboarding_entity_type (str):
        entity_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | list[EntityOffboarding]]
    """

    kwargs = _get_kwargs(
        offboarding_entity_type=offboarding_entity_type,
        entity_id=entity_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    offboarding_entity_type: str,
    entity_id: UUID,
) -> ErrorMessage | list[EntityOffboarding] | None:
    """Get list of offboardings for a entity

     Get list of offboardings for a entity

    Args:
        offboarding_entity_type (str):
        entity_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | list[EntityOffboarding]
    """

    return sync_detailed(
        client=client,
        offboarding_entity_type=offboarding_entity_type,
        entity_id=entity_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    offboarding_entity_type: str,
    entity_id: UUID,
) -> Response[ErrorMessage | list[EntityOffboarding]]:
    """Get list of offboardings for a entity

     Get list of offboardings for a entity

    Args:
        offboarding_entity_type (str):
        entity_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | list[EntityOffboarding]]
    """

    kwargs = _get_kwargs(
        offboarding_entity_type=offboarding_entity_type,
        entity_id=entity_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    offboarding_entity_type: str,
    entity_id: UUID,
) -> ErrorMessage | list[EntityOffboarding] | None:
    """Get list of offboardings for a entity

     Get list of offboardings for a entity

    Args:
        offboarding_entity_type (str):
        entity_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | list[EntityOffboarding]
    """

    return (
        await asyncio_detailed(
            client=client,
            offboarding_entity_type=offboarding_entity_type,
            entity_id=entity_id,
        )
    ).parsed
