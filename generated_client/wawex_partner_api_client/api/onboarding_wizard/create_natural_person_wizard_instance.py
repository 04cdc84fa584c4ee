from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_natural_person_wizard_instance_response_400 import (
    CreateNaturalPersonWizardInstanceResponse400,
)
from ...models.create_natural_person_wizard_result import (
    CreateNaturalPersonWizardResult,
)
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/natural-persons-wizard",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    CreateNaturalPersonWizardInstanceResponse400
    | CreateNaturalPersonWizardResult
    | None
):
    if response.status_code == 200:
        response_200 = CreateNaturalPersonWizardResult.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = CreateNaturalPersonWizardInstanceResponse400.from_dict(
            response.json()
        )

        return response_400

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    CreateNaturalPersonWizardInstanceResponse400 | CreateNaturalPersonWizardResult
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    CreateNaturalPersonWizardInstanceResponse400 | CreateNaturalPersonWizardResult
]:
    """Create natural person wizard instance

     Creates new onboarding process wizard instance for a natural person. Each natural person data
    section can be added by using patch endpoint.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateNaturalPersonWizardInstanceResponse400 | CreateNaturalPersonWizardResult]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> (
    CreateNaturalPersonWizardInstanceResponse400
    | CreateNaturalPersonWizardResult
    | None
):
    """Create natural person wizard instance

     Creates new onboarding process wizard instance for a natural person. Each natural person data
    section can be added by using patch endpoint.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateNaturalPersonWizardInstanceResponse400 | CreateNaturalPersonWizardResult
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    CreateNaturalPersonWizardInstanceResponse400 | CreateNaturalPersonWizardResult
]:
    """Create natural person wizard instance

     Creates new onboarding process wizard instance for a natural person. Each natural person data
    section can be added by using patch endpoint.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateNaturalPersonWizardInstanceResponse400 | CreateNaturalPersonWizardResult]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> (
    CreateNaturalPersonWizardInstanceResponse400
    | CreateNaturalPersonWizardResult
    | None
):
    """Create natural person wizard instance

     Creates new onboarding process wizard instance for a natural person. Each natural person data
    section can be added by using patch endpoint.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateNaturalPersonWizardInstanceResponse400 | CreateNaturalPersonWizardResult
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
