from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.joint_person import JointPerson
from ...types import Response


def _get_kwargs(
    joint_person_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/entities/joint-persons/{joint_person_id}".format(
            joint_person_id=quote(str(joint_person_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> JointPerson | None:
    if response.status_code == 200:
        response_200 = JointPerson.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[JointPerson]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    joint_person_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[JointPerson]:
    """Get specific joint person

     Get specific joint person

    Args:
        joint_person_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[JointPerson]
    """

    kwargs = _get_kwargs(
        joint_person_id=joint_person_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    joint_person_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> JointPerson | None:
    """Get specific joint person

     Get specific joint person

    Args:
        joint_person_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        JointPerson
    """

    return sync_detailed(
        joint_person_id=joint_person_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    joint_person_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[JointPerson]:
    """Get specific joint person

     Get specific joint person

    Args:
        joint_person_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[JointPerson]
    """

    kwargs = _get_kwargs(
        joint_person_id=joint_person_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    joint_person_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> JointPerson | None:
    """Get specific joint person

     Get specific joint person

    Args:
        joint_person_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        JointPerson
    """

    return (
        await asyncio_detailed(
            joint_person_id=joint_person_id,
            client=client,
        )
    ).parsed
