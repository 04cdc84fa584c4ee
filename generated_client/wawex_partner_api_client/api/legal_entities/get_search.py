from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response


def _get_kwargs(
    search_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/entities/vendor/legal-entities/{search_id}".format(
            search_id=quote(str(search_id), safe=""),
        ),
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
    search_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any]:
    """Get search

     The preparation process goes through several statuses that partners can track:

    * **PREPARING** - Initial status when a legal entity search is initiated with the provider.
    * **WAITING\\_FOR\\_DATA** - The system is waiting for the provider to deliver the basic entity
    data.
    * **READY\\_DATA** - Basic entity data has been received, but documents are still pending.
    * **WAITING\\_FOR\\_DOCUMENTS** - The system is waiting for the provider to deliver the entity
    documents.
    * **READY\\_DOCUMENTS** - Documents have been received, but some data may still be processing.
    * **COMPLETED** - Both data and documents have been successfully collected and are ready for use.
    * **FAILED** - The provider was unable to retrieve the requested data or documents.
    * **ERROR** - An error occurred during the data collection process.

    Partners can check the current status using `GET /entities/vendor/legal-entities/{searchId}`. When
    the status is COMPLETED, partners can proceed to the next step of creating the legal entity.

    Args:
        search_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        search_id=search_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


async def asyncio_detailed(
    search_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any]:
    """Get search

     The preparation process goes through several statuses that partners can track:

    * **PREPARING** - Initial status when a legal entity search is initiated with the provider.
    * **WAITING\\_FOR\\_DATA** - The system is waiting for the provider to deliver the basic entity
    data.
    * **READY\\_DATA** - Basic entity data has been received, but documents are still pending.
    * **WAITING\\_FOR\\_DOCUMENTS** - The system is waiting for the provider to deliver the entity
    documents.
    * **READY\\_DOCUMENTS** - Documents have been received, but some data may still be processing.
    * **COMPLETED** - Both data and documents have been successfully collected and are ready for use.
    * **FAILED** - The provider was unable to retrieve the requested data or documents.
    * **ERROR** - An error occurred during the data collection process.

    Partners can check the current status using `GET /entities/vendor/legal-entities/{searchId}`. When
    the status is COMPLETED, partners can proceed to the next step of creating the legal entity.

    Args:
        search_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        search_id=search_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)
