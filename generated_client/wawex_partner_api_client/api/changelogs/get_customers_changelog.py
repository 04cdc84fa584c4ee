import datetime
from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.changelogs import Changelogs
from ...models.get_customers_changelog_response_400 import (
    GetCustomersChangelogResponse400,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    item_id: UUID | Unset = UNSET,
    changelog_item_type: str | Unset = UNSET,
    limit: int = 20,
    cursor: str | Unset = UNSET,
    order_direction: str | Unset = "ASC",
    start_date: datetime.datetime | Unset = UNSET,
    end_date: datetime.datetime | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_item_id: str | Unset = UNSET
    if not isinstance(item_id, Unset):
        json_item_id = str(item_id)
    params["itemId"] = json_item_id

    params["ChangelogItemType"] = changelog_item_type

    params["limit"] = limit

    params["cursor"] = cursor

    params["orderDirection"] = order_direction

    json_start_date: str | Unset = UNSET
    if not isinstance(start_date, Unset):
        json_start_date = start_date.isoformat()
    params["startDate"] = json_start_date

    json_end_date: str | Unset = UNSET
    if not isinstance(end_date, Unset):
        json_end_date = end_date.isoformat()
    params["endDate"] = json_end_date

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/customers-changelog",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Changelogs | GetCustomersChangelogResponse400 | None:
    if response.status_code == 200:
        response_200 = Changelogs.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = GetCustomersChangelogResponse400.from_dict(response.json())

        return response_400

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Changelogs | GetCustomersChangelogResponse400]:
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
    limit: int = 20,
    cursor: str | Unset = UNSET,
    order_direction: str | Unset = "ASC",
    start_date: datetime.datetime | Unset = UNSET,
    end_date: datetime.datetime | Unset = UNSET,
) -> Response[Changelogs | GetCustomersChangelogResponse400]:
    """Get a log of customers changes for the specified timeframe, ordered chronologically.

     Get a log of customers changes for the specified timeframe, ordered chronologically. Option is to
    get by specified item type and id.

    Args:
        item_id (UUID | Unset):
        changelog_item_type (str | Unset):
        limit (int):  Default: 20.
        cursor (str | Unset):
        order_direction (str | Unset):  Default: 'ASC'.
        start_date (datetime.datetime | Unset):  Example: 2019-04-12T23:20:50.52Z.
        end_date (datetime.datetime | Unset):  Example: 2019-05-12T23:20:50.52Z.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Changelogs | GetCustomersChangelogResponse400]
    """

    kwargs = _get_kwargs(
        item_id=item_id,
        changelog_item_type=changelog_item_type,
        limit=limit,
        cursor=cursor,
        order_direction=order_direction,
        start_date=start_date,
        end_date=end_date,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    item_id: UUID | Unset = UNSET,
    changelog_item_type: str | Unset = UNSET,
    limit: int = 20,
    cursor: str | Unset = UNSET,
    order_direction: str | Unset = "ASC",
    start_date: datetime.datetime | Unset = UNSET,
    end_date: datetime.datetime | Unset = UNSET,
) -> Changelogs | GetCustomersChangelogResponse400 | None:
    """Get a log of customers changes for the specified timeframe, ordered chronologically.

     Get a log of customers changes for the specified timeframe, ordered chronologically. Option is to
    get by specified item type and id.

    Args:
        item_id (UUID | Unset):
        changelog_item_type (str | Unset):
        limit (int):  Default: 20.
        cursor (str | Unset):
        order_direction (str | Unset):  Default: 'ASC'.
        start_date (datetime.datetime | Unset):  Example: 2019-04-12T23:20:50.52Z.
        end_date (datetime.datetime | Unset):  Example: 2019-05-12T23:20:50.52Z.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Changelogs | GetCustomersChangelogResponse400
    """

    return sync_detailed(
        client=client,
        item_id=item_id,
        changelog_item_type=changelog_item_type,
        limit=limit,
        cursor=cursor,
        order_direction=order_direction,
        start_date=start_date,
        end_date=end_date,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    item_id: UUID | Unset = UNSET,
    changelog_item_type: str | Unset = UNSET,
    limit: int = 20,
    cursor: str | Unset = UNSET,
    order_direction: str | Unset = "ASC",
    start_date: datetime.datetime | Unset = UNSET,
    end_date: datetime.datetime | Unset = UNSET,
) -> Response[Changelogs | GetCustomersChangelogResponse400]:
    """Get a log of customers changes for the specified timeframe, ordered chronologically.

     Get a log of customers changes for the specified timeframe, ordered chronologically. Option is to
    get by specified item type and id.

    Args:
        item_id (UUID | Unset):
        changelog_item_type (str | Unset):
        limit (int):  Default: 20.
        cursor (str | Unset):
        order_direction (str | Unset):  Default: 'ASC'.
        start_date (datetime.datetime | Unset):  Example: 2019-04-12T23:20:50.52Z.
        end_date (datetime.datetime | Unset):  Example: 2019-05-12T23:20:50.52Z.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Changelogs | GetCustomersChangelogResponse400]
    """

    kwargs = _get_kwargs(
        item_id=item_id,
        changelog_item_type=changelog_item_type,
        limit=limit,
        cursor=cursor,
        order_direction=order_direction,
        start_date=start_date,
        end_date=end_date,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    item_id: UUID | Unset = UNSET,
    changelog_item_type: str | Unset = UNSET,
    limit: int = 20,
    cursor: str | Unset = UNSET,
    order_direction: str | Unset = "ASC",
    start_date: datetime.datetime | Unset = UNSET,
    end_date: datetime.datetime | Unset = UNSET,
) -> Changelogs | GetCustomersChangelogResponse400 | None:
    """Get a log of customers changes for the specified timeframe, ordered chronologically.

     Get a log of customers changes for the specified timeframe, ordered chronologically. Option is to
    get by specified item type and id.

    Args:
        item_id (UUID | Unset):
        changelog_item_type (str | Unset):
        limit (int):  Default: 20.
        cursor (str | Unset):
        order_direction (str | Unset):  Default: 'ASC'.
        start_date (datetime.datetime | Unset):  Example: 2019-04-12T23:20:50.52Z.
        end_date (datetime.datetime | Unset):  Example: 2019-05-12T23:20:50.52Z.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Changelogs | GetCustomersChangelogResponse400
    """

    return (
        await asyncio_detailed(
            client=client,
            item_id=item_id,
            changelog_item_type=changelog_item_type,
            limit=limit,
            cursor=cursor,
            order_direction=order_direction,
            start_date=start_date,
            end_date=end_date,
        )
    ).parsed
