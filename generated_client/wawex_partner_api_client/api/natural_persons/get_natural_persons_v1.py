from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_natural_persons_v1_response_200 import GetNaturalPersonsV1Response200
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    cursor: str | Unset = UNSET,
    limit: int = 20,
    natural_person_status: str | Unset = UNSET,
    role: Any | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["cursor"] = cursor

    params["limit"] = limit

    params["naturalPersonStatus"] = natural_person_status

    params["role"] = role

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/natural-persons",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | GetNaturalPersonsV1Response200 | None:
    if response.status_code == 200:
        response_200 = GetNaturalPersonsV1Response200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = cast(Any, None)
        return response_400

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | GetNaturalPersonsV1Response200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    cursor: str | Unset = UNSET,
    limit: int = 20,
    natural_person_status: str | Unset = UNSET,
    role: Any | Unset = UNSET,
) -> Response[Any | GetNaturalPersonsV1Response200]:
    """Get Natural Persons

     Get natural persons

    Args:
        cursor (str | Unset):
        limit (int):  Default: 20.
        natural_person_status (str | Unset):
        role (Any | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | GetNaturalPersonsV1Response200]
    """

    kwargs = _get_kwargs(
        cursor=cursor,
        limit=limit,
        natural_person_status=natural_person_status,
        role=role,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    cursor: str | Unset = UNSET,
    limit: int = 20,
    natural_person_status: str | Unset = UNSET,
    role: Any | Unset = UNSET,
) -> Any | GetNaturalPersonsV1Response200 | None:
    """Get Natural Persons

     Get natural persons

    Args:
        cursor (str | Unset):
        limit (int):  Default: 20.
        natural_person_status (str | Unset):
        role (Any | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | GetNaturalPersonsV1Response200
    """

    return sync_detailed(
        client=client,
        cursor=cursor,
        limit=limit,
        natural_person_status=natural_person_status,
        role=role,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    cursor: str | Unset = UNSET,
    limit: int = 20,
    natural_person_status: str | Unset = UNSET,
    role: Any | Unset = UNSET,
) -> Response[Any | GetNaturalPersonsV1Response200]:
    """Get Natural Persons

     Get natural persons

    Args:
        cursor (str | Unset):
        limit (int):  Default: 20.
        natural_person_status (str | Unset):
        role (Any | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | GetNaturalPersonsV1Response200]
    """

    kwargs = _get_kwargs(
        cursor=cursor,
        limit=limit,
        natural_person_status=natural_person_status,
        role=role,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    cursor: str | Unset = UNSET,
    limit: int = 20,
    natural_person_status: str | Unset = UNSET,
    role: Any | Unset = UNSET,
) -> Any | GetNaturalPersonsV1Response200 | None:
    """Get Natural Persons

     Get natural persons

    Args:
        cursor (str | Unset):
        limit (int):  Default: 20.
        natural_person_status (str | Unset):
        role (Any | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | GetNaturalPersonsV1Response200
    """

    return (
        await asyncio_detailed(
            client=client,
            cursor=cursor,
            limit=limit,
            natural_person_status=natural_person_status,
            role=role,
        )
    ).parsed
