"""A minimal loopback HTTP server for the benchmarks: answers ``{}`` to any request and a bearer token to
``POST /oauth2/token``, so that the client's cost is what is measured, not the server's.

``python benchmarks/echo_server.py --fd N`` serves on an already bound socket (see ``EchoServer``).
"""

from __future__ import annotations

import argparse
import json
import socket
import subprocess
import sys
import time
from typing import Any

import httpx

TOKEN = json.dumps({"access_token": "benchmark-token", "token_type": "Bearer", "expires_in": 3600}).encode()


async def app(scope: dict[str, Any], receive: Any, send: Any) -> None:
    if scope["type"] != "http":
        return
    while (await receive()).get("more_body"):
        pass
    body = TOKEN if scope["path"].endswith("/token") else b"{}"
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
    await send({"type": "http.response.start", "status": 200, "headers": headers})
    await send({"type": "http.response.body", "body": body})


class EchoServer:
    """The echo server in a child process on a loopback port the OS picks."""

    def __init__(self) -> None:
        self._socket = socket.socket()
        self._socket.bind(("127.0.0.1", 0))
        self._socket.listen(2048)
        self.base_url = f"http://127.0.0.1:{self._socket.getsockname()[1]}"
        fd = self._socket.fileno()
        self._process = subprocess.Popen([sys.executable, __file__, "--fd", str(fd)], pass_fds=(fd,))
        deadline = time.monotonic() + 10
        while True:
            try:
                httpx.get(self.base_url + "/ready")
                return
            except httpx.TransportError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.02)

    def stop(self) -> None:
        self._process.terminate()
        self._process.wait(timeout=10)
        self._socket.close()


if __name__ == "__main__":
    import uvicorn

    parser = argparse.ArgumentParser()
    parser.add_argument("--fd", type=int, required=True)
    args = parser.parse_args()
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", access_log=False))
    server.run(sockets=[socket.socket(fileno=args.fd)])
