from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_message import ErrorMessage
from ...models.role_offboarding import RoleOffboarding
from ...types import UNSET, Response


def _get_kwargs(
    *,
    offboarding_role_type: str,
    role_id: UUID,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["offboardingRoleType"] = offboarding_role_type

    json_role_id = str(role_id)
    params["roleId"] = json_role_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/roles/offboardings",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorMessage | list[RoleOffboarding] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = RoleOffboarding.from_dict(response_200_item_data)

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
) -> Response[ErrorMessage | list[RoleOffboarding]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    offboarding_role_type: str,
    role_id: UUID,
) -> Response[ErrorMessage | list[RoleOffboarding]]:
    """Get list of offboardings for a role

     Get list of offboardings for a role

    Args:
        offboarding_role_type (str):  Example: CUSTOMER.
        role_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | list[RoleOffboarding]]
    """

    kwargs = _get_kwargs(
        offboarding_role_type=offboarding_role_type,
        role_id=role_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    offboarding_role_type: str,
    role_id: UUID,
) -> ErrorMessage | list[RoleOffboarding] | None:
    """Get list of offboardings for a role

     Get list of offboardings for a role

    Args:
        offboarding_role_type (str):  Example: CUSTOMER.
        role_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | list[RoleOffboarding]
    """

    return sync_detailed(
        client=client,
        offboarding_role_type=offboarding_role_type,
        role_id=role_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    offboarding_role_type: str,
    role_id: UUID,
) -> Response[ErrorMessage | list[RoleOffboarding]]:
    """Get list of offboardings for a role

     Get list of offboardings for a role

    Args:
        offboarding_role_type (str):  Example: CUSTOMER.
        role_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | list[RoleOffboarding]]
    """

    kwargs = _get_kwargs(
        offboarding_role_type=offboarding_role_type,
        role_id=role_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    offboarding_role_type: str,
    role_id: UUID,
) -> ErrorMessage | list[RoleOffboarding] | None:
    """Get list of offboardings for a role

     Get list of offboardings for a role

    Args:
        offboarding_role_type (str):  Example: CUSTOMER.
        role_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | list[RoleOffboarding]
    """

    return (
        await asyncio_detailed(
            client=client,
            offboarding_role_type=offboarding_role_type,
            role_id=role_id,
        )
    ).parsed
