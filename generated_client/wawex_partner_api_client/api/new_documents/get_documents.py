import datetime
from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.documents import Documents
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    start_date: datetime.datetime | Unset = UNSET,
    end_date: datetime.datetime | Unset = UNSET,
    search_text: str | Unset = UNSET,
    resource_type: str,
    resource_id: UUID,
    doc_type: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int = 20,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_start_date: str | Unset = UNSET
    if not isinstance(start_date, Unset):
        json_start_date = start_date.isoformat()
    params["startDate"] = json_start_date

    json_end_date: str | Unset = UNSET
    if not isinstance(end_date, Unset):
        json_end_date = end_date.isoformat()
    params["endDate"] = json_end_date

    params["searchText"] = search_text

    params["resourceType"] = resource_type

    json_resource_id = str(resource_id)
    params["resourceId"] = json_resource_id

    params["docType"] = doc_type

    params["cursor"] = cursor

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/documents",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Documents | None:
    if response.status_code == 200:
        response_200 = Documents.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Documents]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    start_date: datetime.datetime | Unset = UNSET,
    end_date: datetime.datetime | Unset = UNSET,
    search_text: str | Unset = UNSET,
    resource_type: str,
    resource_id: UUID,
    doc_type: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int = 20,
) -> Response[Documents]:
    """Get Documents

     Get documents. By default, it returns last 20 documents. It is possible to send query parameters to
    adjust the result

    Args:
        start_date (datetime.datetime | Unset):
        end_date (datetime.datetime | Unset):
        search_text (str | Unset):
        resource_type (str):
        resource_id (UUID):
        doc_type (str | Unset):
        cursor (str | Unset):
        limit (int):  Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Documents]
    """

    kwargs = _get_kwargs(
        start_date=start_date,
        end_date=end_date,
        search_text=search_text,
        resource_type=resource_type,
        resource_id=resource_id,
        doc_type=doc_type,
        cursor=cursor,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    start_date: datetime.datetime | Unset = UNSET,
    end_date: datetime.datetime | Unset = UNSET,
    search_text: str | Unset = UNSET,
    resource_type: str,
    resource_id: UUID,
    doc_type: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int = 20,
) -> Documents | None:
    """Get Documents

     Get documents. By default, it returns last 20 documents. It is possible to send query parameters to
    adjust the result

    Args:
        start_date (datetime.datetime | Unset):
        end_date (datetime.datetime | Unset):
        search_text (str | Unset):
        resource_type (str):
        resource_id (UUID):
        doc_type (str | Unset):
        cursor (str | Unset):
        limit (int):  Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Documents
    """

    return sync_detailed(
        client=client,
        start_date=start_date,
        end_date=end_date,
        search_text=search_text,
        resource_type=resource_type,
        resource_id=resource_id,
        doc_type=doc_type,
        cursor=cursor,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    start_date: datetime.datetime | Unset = UNSET,
    end_date: datetime.datetime | Unset = UNSET,
    search_text: str | Unset = UNSET,
    resource_type: str,
    resource_id: UUID,
    doc_type: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int = 20,
) -> Response[Documents]:
    """Get Documents

     Get documents. By default, it returns last 20 documents. It is possible to send query parameters to
    adjust the result

    Args:
        start_date (datetime.datetime | Unset):
        end_date (datetime.datetime | Unset):
        search_text (str | Unset):
        resource_type (str):
        resource_id (UUID):
        doc_type (str | Unset):
        cursor (str | Unset):
        limit (int):  Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Documents]
    """

    kwargs = _get_kwargs(
        start_date=start_date,
        end_date=end_date,
        search_text=search_text,
        resource_type=resource_type,
        resource_id=resource_id,
        doc_type=doc_type,
        cursor=cursor,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    start_date: datetime.datetime | Unset = UNSET,
    end_date: datetime.datetime | Unset = UNSET,
    search_text: str | Unset = UNSET,
    resource_type: str,
    resource_id: UUID,
    doc_type: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int = 20,
) -> Documents | None:
    """Get Documents

     Get documents. By default, it returns last 20 documents. It is possible to send query parameters to
    adjust the result

    Args:
        start_date (datetime.datetime | Unset):
        end_date (datetime.datetime | Unset):
        search_text (str | Unset):
        resource_type (str):
        resource_id (UUID):
        doc_type (str | Unset):
        cursor (str | Unset):
        limit (int):  Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Documents
    """

    return (
        await asyncio_detailed(
            client=client,
            start_date=start_date,
            end_date=end_date,
            search_text=search_text,
            resource_type=resource_type,
            resource_id=resource_id,
            doc_type=doc_type,
            cursor=cursor,
            limit=limit,
        )
    ).parsed
