from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.customer_product import CustomerProduct
from ...models.get_customer_products_response_400 import GetCustomerProductsResponse400
from ...models.product_code_enum import ProductCodeEnum
from ...models.product_type_enum import ProductTypeEnum
from ...types import UNSET, Response, Unset


def _get_kwargs(
    customer_id: UUID,
    *,
    product_type: ProductTypeEnum | Unset = UNSET,
    product_code: ProductCodeEnum | Unset = UNSET,
    status: str | Unset = UNSET,
    iban: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_product_type: str | Unset = UNSET
    if not isinstance(product_type, Unset):
        json_product_type = product_type

    params["productType"] = json_product_type

    json_product_code: str | Unset = UNSET
    if not isinstance(product_code, Unset):
        json_product_code = product_code

    params["productCode"] = json_product_code

    params["status"] = status

    params["iban"] = iban

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/customers/{customer_id}/products".format(
            customer_id=quote(str(customer_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetCustomerProductsResponse400 | list[CustomerProduct] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = CustomerProduct.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if response.status_code == 400:
        response_400 = GetCustomerProductsResponse400.from_dict(response.json())

        return response_400

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetCustomerProductsResponse400 | list[CustomerProduct]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    customer_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    product_type: ProductTypeEnum | Unset = UNSET,
    product_code: ProductCodeEnum | Unset = UNSET,
    status: str | Unset = UNSET,
    iban: str | Unset = UNSET,
) -> Response[GetCustomerProductsResponse400 | list[CustomerProduct]]:
    """Get Customer Products

     Get Customer Products

    Args:
        customer_id (UUID):
        product_type (ProductTypeEnum | Unset): Product type
        product_code (ProductCodeEnum | Unset): Product code
        status (str | Unset):
        iban (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetCustomerProductsResponse400 | list[CustomerProduct]]
    """

    kwargs = _get_kwargs(
        customer_id=customer_id,
        product_type=product_type,
        product_code=product_code,
        status=status,
        iban=iban,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    customer_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    product_type: ProductTypeEnum | Unset = UNSET,
    product_code: ProductCodeEnum | Unset = UNSET,
    status: str | Unset = UNSET,
    iban: str | Unset = UNSET,
) -> GetCustomerProductsResponse400 | list[CustomerProduct] | None:
    """Get Customer Products

     Get Customer Products

    Args:
        customer_id (UUID):
        product_type (ProductTypeEnum | Unset): Product type
        product_code (ProductCodeEnum | Unset): Product code
        status (str | Unset):
        iban (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetCustomerProductsResponse400 | list[CustomerProduct]
    """

    return sync_detailed(
        customer_id=customer_id,
        client=client,
        product_type=product_type,
        product_code=product_code,
        status=status,
        iban=iban,
    ).parsed


async def asyncio_detailed(
    customer_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    product_type: ProductTypeEnum | Unset = UNSET,
    product_code: ProductCodeEnum | Unset = UNSET,
    status: str | Unset = UNSET,
    iban: str | Unset = UNSET,
) -> Response[GetCustomerProductsResponse400 | list[CustomerProduct]]:
    """Get Customer Products

     Get Customer Products

    Args:
        customer_id (UUID):
        product_type (ProductTypeEnum | Unset): Product type
        product_code (ProductCodeEnum | Unset): Product code
        status (str | Unset):
        iban (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetCustomerProductsResponse400 | list[CustomerProduct]]
    """

    kwargs = _get_kwargs(
        customer_id=customer_id,
        product_type=product_type,
        product_code=product_code,
        status=status,
        iban=iban,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    customer_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    product_type: ProductTypeEnum | Unset = UNSET,
    product_code: ProductCodeEnum | Unset = UNSET,
    status: str | Unset = UNSET,
    iban: str | Unset = UNSET,
) -> GetCustomerProductsResponse400 | list[CustomerProduct] | None:
    """Get Customer Products

     Get Customer Products

    Args:
        customer_id (UUID):
        product_type (ProductTypeEnum | Unset): Product type
        product_code (ProductCodeEnum | Unset): Product code
        status (str | Unset):
        iban (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetCustomerProductsResponse400 | list[CustomerProduct]
    """

    return (
        await asyncio_detailed(
            customer_id=customer_id,
            client=client,
            product_type=product_type,
            product_code=product_code,
            status=status,
            iban=iban,
        )
    ).parsed
