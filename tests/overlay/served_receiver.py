"""ASGI applications served by a real uvicorn server on a loopback port: any app, or a notification receiver."""

from __future__ import annotations

import socket
import threading
import time
from typing import Any

import httpx
import uvicorn
from starlette.applications import Starlette
from starlette.routing import Mount

from wawex_partner_api.webhooks import Receiver


class LoopbackApp:
    """An ASGI application served by uvicorn in a thread, on a free loopback port."""

    def __init__(self, app: Any) -> None:
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            self.port = sock.getsockname()[1]
        self._server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning"))
        self._thread = threading.Thread(target=self._server.run, daemon=True)
        self._thread.start()
        deadline = time.monotonic() + 10
        while not self._server.started:
            assert time.monotonic() < deadline, "the server did not start"
            time.sleep(0.01)

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def stop(self) -> None:
        self._server.should_exit = True
        self._thread.join(timeout=10)


class Served(LoopbackApp):
    """A Starlette app with the receiver mounted under /hooks."""

    def __init__(self, receiver: Receiver, *, header_value: str = "", path: str = "/hooks/notification") -> None:
        self._header_value, self._path = header_value, path
        super().__init__(Starlette(routes=[Mount("/hooks", app=receiver.asgi())]))
        self.http = httpx.Client(base_url=self.url(""), timeout=10)

    def post(
        self, body: Any = None, *, path: str | None = None, headers: dict[str, str] | None = None, **kw: Any
    ) -> httpx.Response:
        sent = {"api-key": self._header_value, **(headers or {})}
        if body is not None:
            kw["json"] = body
        return self.http.post(path or self._path, headers={k: v for k, v in sent.items() if v is not None}, **kw)

    def stop(self) -> None:
        self.http.close()
        super().stop()
