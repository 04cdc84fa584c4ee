from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.prepare_legal_entity_data_body import PrepareLegalEntityDataBody
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: PrepareLegalEntityDataBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/entities/vendor/legal-entities",
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
    *,
    client: AuthenticatedClient | Client,
    body: PrepareLegalEntityDataBody | Unset = UNSET,
) -> Response[Any]:
    """Prepare legal entity data

     Partners can prepare data for a legal entity using `POST /entities/vendor/legal-entities`, which
    orders the data from an external provider. This returns a unique search ID for use in subsequent
    requests. The partner must wait until the data is ready before proceeding to the next step. This
    process may take some time as it depends on the external provider's data delivery timeframe.

    Args:
        body (PrepareLegalEntityDataBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PrepareLegalEntityDataBody | Unset = UNSET,
) -> Response[Any]:
    """Prepare legal entity data

     Partners can prepare data for a legal entity using `POST /entities/vendor/legal-entities`, which
    orders the data from an external provider. This returns a unique search ID for use in subsequent
    requests. The partner must wait until the data is ready before proceeding to the next step. This
    process may take some time as it depends on the external provider's data delivery timeframe.

    Args:
        body (PrepareLegalEntityDataBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)
