"""A minimal loopback HTTP/1.1 server for the benchmarks, so that the client's cost is what is measured, not the
server's: a bare asyncio protocol (no ASGI framework) that answers every request from bytes made at start.

- ``POST …/token``: a bearer token that lives an hour;
- ``GET /roles/customers``: a realistic page of 20 customers (``customers_page()``, built from the generated
  models, so ``Customers.from_dict`` parses it without error);
- anything else: ``{}``.

``EchoServer(delay=s)`` answers every request ``s`` seconds after it arrived, without holding up the others, as
a distant API would. ``python -m benchmarks.echo_server --fd N [--delay S]`` serves on an already bound socket.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import socket
import subprocess
import sys
import time
import uuid
from pathlib import Path
from typing import TYPE_CHECKING, Any

import httpx

if TYPE_CHECKING:
    from wawex_partner_api import PartnerConfig

TOKEN = {"access_token": "benchmark-token", "token_type": "Bearer", "expires_in": 3600}
PAGE_SIZE = 20
# What the contenders send: the requestor they act for, the no-parse operation's path, raw httpx's static headers.
PERSON = "123e4567-e89b-12d3-a456-426614174000"
PERSON_PATH = f"/entities/natural-persons/{PERSON}"
RAW_HEADERS = {"Authorization": f"Bearer {TOKEN['access_token']}", "Requestor-ID": PERSON}


def partner_config(base_url: str) -> PartnerConfig:
    """Our client's settings for the echo server at ``base_url`` (any credentials: it grants every request)."""
    from wawex_partner_api import PartnerConfig

    return PartnerConfig(client_id="c", client_secret="s", base_url=base_url, token_url=f"{base_url}/oauth2/token")


def customers_page(size: int = PAGE_SIZE) -> dict[str, Any]:
    """A page of ``size`` customers, each with two signed documents and a reference account, as the partner
    sends it (the generated models' ``to_dict()``)."""
    from wawex_partner_api_client.models.customer import Customer
    from wawex_partner_api_client.models.customer_signed_documents_related_to_customer_item import (
        CustomerSignedDocumentsRelatedToCustomerItem as Document,
    )
    from wawex_partner_api_client.models.customers import Customers
    from wawex_partner_api_client.models.pagination import Pagination
    from wawex_partner_api_client.models.ref_account import RefAccount

    def uid(kind: str, index: int) -> str:
        return str(uuid.uuid5(uuid.NAMESPACE_URL, f"https://bench.invalid/{kind}/{index}"))

    stamp = "2025-08-30T17:55:25.058Z"
    customers = [
        Customer(
            customer_id=uid("customer", i),
            customer_status="ACTIVE",
            signed_documents_related_to_customer=[
                Document(
                    partner_document_id=uid("document", 2 * i + kind),
                    name=name,
                    document_type=document_type,
                    version=3,
                    natural_person_id=uid("person", i),
                    natural_person_full_name=f"Person Number {i}",
                    created_on=stamp,
                    modified_on=stamp,
                )
                for kind, (name, document_type) in enumerate(
                    [("Terms and conditions", "TERMS_AND_CONDITIONS"), ("Privacy policy", "PRIVACY_POLICY")]
                )
            ],
            created_on=stamp,
            modified_on=stamp,
            entity_id=uid("person", i),
            entity_type="NATURAL_PERSON",
            ref_accounts=[
                RefAccount(
                    bank_name="Benchmark Bank",
                    iban=f"DE89370400440532{i:06d}",
                    bic="COBADEFFXXX",
                    type_="PRIMARY",
                    owner_name=f"Person Number {i}",
                )
            ],
        )
        for i in range(size)
    ]
    page = Customers(data=customers, pagination=Pagination(cursor=uid("cursor", 1), limit=size)).to_dict()
    assert Customers.from_dict(page).to_dict() == page
    return page


def _answer(body: bytes) -> bytes:
    head = f"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {len(body)}\r\n\r\n"
    return head.encode() + body


class _Echo(asyncio.Protocol):
    def __init__(self, answers: dict[bytes, bytes], delay: float) -> None:
        self._answers = answers
        self._delay = delay
        self._buffer = bytearray()
        self._transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self._transport = transport

    def data_received(self, data: bytes) -> None:
        self._buffer += data
        while (end := self._buffer.find(b"\r\n\r\n")) >= 0:
            head = bytes(self._buffer[:end]).lower()
            length = 0
            if (start := head.find(b"\r\ncontent-length:")) >= 0:
                stop = head.find(b"\r\n", start + 2)
                length = int(head[start + 17 : stop if stop >= 0 else None])
            if len(self._buffer) < end + 4 + length:
                return  # the body is still coming
            del self._buffer[: end + 4 + length]
            path = head.split(b" ", 2)[1].split(b"?", 1)[0]
            key = b"token" if path.endswith(b"/token") else path
            answer, close = self._answers.get(key, self._answers[b""]), b"\r\nconnection: close" in head
            if self._delay:
                asyncio.get_running_loop().call_later(self._delay, self._send, answer, close)
            else:
                self._send(answer, close)
            if close:
                return

    def _send(self, answer: bytes, close: bool) -> None:
        assert self._transport is not None
        if self._transport.is_closing():  # the client gave up waiting
            return
        self._transport.write(answer)
        if close:
            self._transport.close()


def serve(fd: int, delay: float) -> None:
    answers = {
        b"token": _answer(json.dumps(TOKEN).encode()),
        b"/roles/customers": _answer(json.dumps(customers_page()).encode()),
        b"": _answer(b"{}"),
    }

    async def main() -> None:
        loop = asyncio.get_running_loop()
        server = await loop.create_server(lambda: _Echo(answers, delay), sock=socket.socket(fileno=fd))
        async with server:
            await server.serve_forever()

    asyncio.run(main())


class EchoServer:
    """The echo server in a child process on a loopback port the OS picks."""

    def __init__(self, delay: float = 0.0) -> None:
        self._socket = socket.socket()
        self._socket.bind(("127.0.0.1", 0))
        self._socket.listen(2048)
        self.base_url = f"http://127.0.0.1:{self._socket.getsockname()[1]}"
        fd = self._socket.fileno()
        command = [sys.executable, "-m", "benchmarks.echo_server", "--fd", str(fd), "--delay", str(delay)]
        self._process = subprocess.Popen(command, pass_fds=(fd,), cwd=Path(__file__).resolve().parent.parent)
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

    def __enter__(self) -> EchoServer:
        return self

    def __exit__(self, *args: object) -> None:
        self.stop()


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--fd", type=int, required=True)
    parser.add_argument("--delay", type=float, default=0.0)
    arguments = parser.parse_args()
    serve(arguments.fd, arguments.delay)
