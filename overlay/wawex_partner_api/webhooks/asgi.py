"""The receiver as an ASGI application: mount it in Starlette or FastAPI (``Mount("/hooks", app=...)``).

The body is read only after the headers passed, and no further than the size limit: a larger body is
answered 413 without being read to its end.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, MutableMapping
from typing import TYPE_CHECKING, Any

from wawex_partner_api.webhooks.checks import Reply, error

if TYPE_CHECKING:
    from wawex_partner_api.webhooks.receiver import Receiver

Scope = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[MutableMapping[str, Any]]]
Send = Callable[[MutableMapping[str, Any]], Awaitable[None]]


class ReceiverApp:
    def __init__(self, receiver: Receiver) -> None:
        self._receiver = receiver

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await _lifespan(receive, send)
            return
        if scope["type"] != "http":
            return
        headers = [(name.decode("latin-1"), value.decode("latin-1")) for name, value in scope["headers"]]
        # The headers are judged first, with an empty body, so an unauthenticated body is never read.
        early = self._receiver.admit(scope["method"], scope["path"], headers, b"")
        if isinstance(early, Reply) and early.status in (401, 404, 405):
            await _answer(send, early)
            return
        body = await _read(receive, self._receiver.max_body)
        if body is None:
            await _answer(send, error(413, f"the body is larger than {self._receiver.max_body} bytes"))
            return
        await _answer(send, await self._receiver.receive_async(scope["method"], scope["path"], headers, body))


async def _read(receive: Receive, limit: int) -> bytes | None:
    chunks: list[bytes] = []
    size = 0
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            return b"".join(chunks)
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > limit:
            return None
        chunks.append(chunk)
        if not message.get("more_body", False):
            return b"".join(chunks)


async def _answer(send: Send, reply: Reply) -> None:
    headers = [(name.encode(), value.encode()) for name, value in reply.headers]
    headers.append((b"content-length", str(len(reply.body)).encode()))
    await send({"type": "http.response.start", "status": reply.status, "headers": headers})
    await send({"type": "http.response.body", "body": reply.body})


async def _lifespan(receive: Receive, send: Send) -> None:
    while True:
        message = await receive()
        if message["type"] == "lifespan.startup":
            await send({"type": "lifespan.startup.complete"})
        elif message["type"] == "lifespan.shutdown":
            await send({"type": "lifespan.shutdown.complete"})
            return
