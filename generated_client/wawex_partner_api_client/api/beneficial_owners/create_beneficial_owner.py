from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.beneficial_owner_data import BeneficialOwnerData
from ...models.create_beneficial_owner_result import CreateBeneficialOwnerResult
from ...models.error_message import ErrorMessage
from ...types import UNSET, Response, Unset


def _get_kwargs(
    legal_entity_id: UUID,
    *,
    body: BeneficialOwnerData | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/entities/{legal_entity_id}/beneficial-owners".format(
            legal_entity_id=quote(str(legal_entity_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateBeneficialOwnerResult | ErrorMessage | None:
    if response.status_code == 200:
        response_200 = CreateBeneficialOwnerResult.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorMessage.from_dict(response.json())

        return response_400

    if response.status_code == 409:
        response_409 = ErrorMessage.from_dict(response.json())

        return response_409

    if response.status_code == 501:
        response_501 = ErrorMessage.from_dict(response.json())

        return response_501

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CreateBeneficialOwnerResult | ErrorMessage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    legal_entity_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: BeneficialOwnerData | Unset = UNSET,
) -> Response[CreateBeneficialOwnerResult | ErrorMessage]:
    """Create Beneficial Owner

     Create new beneficial owner

    Args:
        legal_entity_id (UUID):
        body (BeneficialOwnerData | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateBeneficialOwnerResult | ErrorMessage]
    """

    kwargs = _get_kwargs(
        legal_entity_id=legal_entity_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    legal_entity_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: BeneficialOwnerData | Unset = UNSET,
) -> CreateBeneficialOwnerResult | ErrorMessage | None:
    """Create Beneficial Owner

     Create new beneficial owner

    Args:
        legal_entity_id (UUID):
        body (BeneficialOwnerData | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateBeneficialOwnerResult | ErrorMessage
    """

    return sync_detailed(
        legal_entity_id=legal_entity_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    legal_entity_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: BeneficialOwnerData | Unset = UNSET,
) -> Response[CreateBeneficialOwnerResult | ErrorMessage]:
    """Create Beneficial Owner

     Create new beneficial owner

    Args:
        legal_entity_id (UUID):
        body (BeneficialOwnerData | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateBeneficialOwnerResult | ErrorMessage]
    """

    kwargs = _get_kwargs(
        legal_entity_id=legal_entity_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    legal_entity_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: BeneficialOwnerData | Unset = UNSET,
) -> CreateBeneficialOwnerResult | ErrorMessage | None:
    """Create Beneficial Owner

     Create new beneficial owner

    Args:
        legal_entity_id (UUID):
        body (BeneficialOwnerData | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateBeneficialOwnerResult | ErrorMessage
    """

    return (
        await asyncio_detailed(
            legal_entity_id=legal_entity_id,
            client=client,
            body=body,
        )
    ).parsed
