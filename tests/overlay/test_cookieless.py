"""A PartnerClient keeps no cookie: what one requestor's call is sent never goes out with another's."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any

import pytest

from tests.overlay.served_receiver import LoopbackApp
from wawex_partner_api import ConfigurationError, PartnerClient, PartnerConfig, TokenCache
from wawex_partner_api.operations.natural_persons import get_natural_person

ALICE = "123e4567-e89b-12d3-a456-426614174000"
BOB = "223e4567-e89b-12d3-a456-426614174000"
TOKEN = b'{"access_token": "cookie-test-token-0123456789", "token_type": "Bearer", "expires_in": 3600}'


class SetsCookies:
    """Answers every API request with ``Set-Cookie: session=<its Requestor-ID>`` and records the Cookie header
    each request came with."""

    def __init__(self) -> None:
        self.cookie_headers: list[str | None] = []

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            return
        while (await receive()).get("more_body"):
            pass
        headers = dict(scope["headers"])
        body, answer_headers = TOKEN, [(b"content-type", b"application/json")]
        if not scope["path"].endswith("/oauth2/token"):
            cookie = headers.get(b"cookie")
            self.cookie_headers.append(cookie.decode() if cookie is not None else None)
            requestor = headers.get(b"requestor-id", b"none")
            answer_headers.append((b"set-cookie", b"session=" + requestor + b"; Path=/"))
            body = b"{}"
        answer_headers.append((b"content-length", str(len(body)).encode()))
        await send({"type": "http.response.start", "status": 200, "headers": answer_headers})
        await send({"type": "http.response.body", "body": body})


@pytest.fixture
def served() -> Iterator[tuple[SetsCookies, PartnerClient]]:
    app = SetsCookies()
    server = LoopbackApp(app)
    base = server.url("")
    config = PartnerConfig(client_id="c", client_secret="s", base_url=base, token_url=f"{base}/oauth2/token")
    client = PartnerClient(config, token_cache=TokenCache())
    yield app, client
    client.close()
    server.stop()


def test_a_cookie_set_for_one_requestor_is_not_sent_with_the_next_calls(
    served: tuple[SetsCookies, PartnerClient],
) -> None:
    app, client = served
    for person in (ALICE, BOB, ALICE):
        response = get_natural_person.sync_detailed(person, client=client.with_requestor(person))
        assert response.headers["set-cookie"] == f"session={person}; Path=/"  # the server did set one

    async def calls() -> None:
        for person in (BOB, ALICE):
            await get_natural_person.asyncio_detailed(person, client=client.with_requestor(person))

    asyncio.run(calls())
    assert app.cookie_headers == [None] * 5
    assert len(client.get_httpx_client().cookies) == 0


def test_the_jar_cannot_be_replaced(served: tuple[SetsCookies, PartnerClient]) -> None:
    _, client = served
    with pytest.raises(ConfigurationError, match="keeps no cookies"):
        client.get_httpx_client().cookies = {"session": "x"}  # type: ignore[assignment]
