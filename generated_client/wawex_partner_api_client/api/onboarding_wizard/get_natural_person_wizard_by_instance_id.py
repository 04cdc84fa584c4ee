from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_natural_person_wizard_by_instance_id_response_200 import (
    GetNaturalPersonWizardByInstanceIdResponse200,
)
from ...types import Response


def _get_kwargs(
    wizard_instance_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/natural-persons-wizard/{wizard_instance_id}".format(
            wizard_instance_id=quote(str(wizard_instance_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetNaturalPersonWizardByInstanceIdResponse200 | None:
    if response.status_code == 200:
        response_200 = GetNaturalPersonWizardByInstanceIdResponse200.from_dict(
            response.json()
        )

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetNaturalPersonWizardByInstanceIdResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    wizard_instance_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[GetNaturalPersonWizardByInstanceIdResponse200]:
    """Get natural person wizard by instance ID

     Get wizard data (wizard status, wizard instance id, natural person data) for given wizard instance
    ID

    Args:
        wizard_instance_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetNaturalPersonWizardByInstanceIdResponse200]
    """

    kwargs = _get_kwargs(
        wizard_instance_id=wizard_instance_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    wizard_instance_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> GetNaturalPersonWizardByInstanceIdResponse200 | None:
    """Get natural person wizard by instance ID

     Get wizard data (wizard status, wizard instance id, natural person data) for given wizard instance
    ID

    Args:
        wizard_instance_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetNaturalPersonWizardByInstanceIdResponse200
    """

    return sync_detailed(
        wizard_instance_id=wizard_instance_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    wizard_instance_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[GetNaturalPersonWizardByInstanceIdResponse200]:
    """Get natural person wizard by instance ID

     Get wizard data (wizard status, wizard instance id, natural person data) for given wizard instance
    ID

    Args:
        wizard_instance_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetNaturalPersonWizardByInstanceIdResponse200]
    """

    kwargs = _get_kwargs(
        wizard_instance_id=wizard_instance_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    wizard_instance_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> GetNaturalPersonWizardByInstanceIdResponse200 | None:
    """Get natural person wizard by instance ID

     Get wizard data (wizard status, wizard instance id, natural person data) for given wizard instance
    ID

    Args:
        wizard_instance_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetNaturalPersonWizardByInstanceIdResponse200
    """

    return (
        await asyncio_detailed(
            wizard_instance_id=wizard_instance_id,
            client=client,
        )
    ).parsed
