from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ...client import AuthenticatedClient, Client
from ...models.natural_person_wizard_update_data import NaturalPersonWizardUpdateData
from ...types import UNSET, Response, Unset


def _get_kwargs(
    wizard_instance_id: UUID,
    *,
    body: NaturalPersonWizardUpdateData | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/natural-persons-wizard/{wizard_instance_id}".format(
            wizard_instance_id=quote(str(wizard_instance_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any:
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any]:
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
    body: NaturalPersonWizardUpdateData | Unset = UNSET,
) -> Response[Any]:
    """Update natural person wizard instance

     Updates natural person data from wizard. Only opened wizard instances (status other than
    FULLY_COMPLETED) can be updated. Any number of sections can be send as a request body. Each send
    section is validated. All send section data overwrites previously send sections data. Flag
    createNaturalPerson will create natural person from all send sections. It will return error if
    natural person could not be created.

    Args:
        wizard_instance_id (UUID):
        body (NaturalPersonWizardUpdateData | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        wizard_instance_id=wizard_instance_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


async def asyncio_detailed(
    wizard_instance_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: NaturalPersonWizardUpdateData | Unset = UNSET,
) -> Response[Any]:
    """Update natural person wizard instance

     Updates natural person data from wizard. Only opened wizard instances (status other than
    FULLY_COMPLETED) can be updated. Any number of sections can be send as a request body. Each send
    section is validated. All send section data overwrites previously send sections data. Flag
    createNaturalPerson will create natural person from all send sections. It will return error if
    natural person could not be created.

    Args:
        wizard_instance_id (UUID):
        body (NaturalPersonWizardUpdateData | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        wizard_instance_id=wizard_instance_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)
