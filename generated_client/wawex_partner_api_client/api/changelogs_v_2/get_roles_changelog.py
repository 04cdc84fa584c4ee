from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ...client import AuthenticatedClient, Client
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    item_id: UUID | Unset = UNSET,
    changelog_item_type: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_item_id: str | Unset = UNSET
    if not isinstance(item_id, Unset):
        json_item_id = str(item_id)
    params["itemId"] = json_item_id

    params["ChangelogItemType"] = changelog_item_type

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/roles-changelog",
        "params": params,
    }

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
    *,
    client: AuthenticatedClient | Client,
    item_id: UUID | Unset = UNSET,
    changelog_item_type: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[Any]:
    """Get Roles Changelog

     Get a log of roles changes for the specified timeframe, ordered chronologically. Option is to get by
    specified item type and id.

    Args:
        item_id (UUID | Unset):
        changelog_item_type (str | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        item_id=item_id,
        changelog_item_type=changelog_item_type,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    item_id: UUID | Unset = UNSET,
    changelog_item_type: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[Any]:
    """Get Roles Changelog

     Get a log of roles changes for the specified timeframe, ordered chronologically. Option is to get by
    specified item type and id.

    Args:
        item_id (UUID | Unset):
        changelog_item_type (str | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        item_id=item_id,
        changelog_item_type=changelog_item_type,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)
