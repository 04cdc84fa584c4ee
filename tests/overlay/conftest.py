"""Fixtures for the overlay: real sandbox processes on loopback, a controllable clock, and audits of every log
record and every error for credentials."""

from __future__ import annotations

import logging
import os
import re
import shutil
import socket
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.redis_server import RedisServer, RedisServerMissing
from wawex_partner_api import PartnerClient, PartnerConfig, Secret, TokenCache, WawexError
from wawex_partner_api.answers.drift import DriftLog, DriftSink, Tally, line
from wawex_partner_api.sandbox import SandboxServer, drifting

PERSON_DATA = {
    "gender": "MALE",
    "firstName": "Ada",
    "lastName": "Lovelace",
    "birthDay": "1990-12-10",
    "birthPlace": "London",
    "birthCountry": "GB",
    "isUsNationality": False,
}
"""A natural person the sandbox accepts."""

PERSONAL_CANARIES = (
    *(value for value in PERSON_DATA.values() if isinstance(value, str) and len(value) >= 6),
    drifting.sample("str"),
    drifting.sample("uuid"),
)
"""Values that stand for personal data in the tests' answers (the person above, and what the drift corpus fills
every string and uuid field with): no drift record, log line or error may repeat them."""


class FakeClock:
    """A monotonic clock that only moves when told to."""

    def __init__(self, start: float = 1000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture(scope="session")
def sandbox_process() -> Iterator[SandboxServer]:
    with SandboxServer() as server:
        yield server


@pytest.fixture(scope="session")
def other_origin_process() -> Iterator[SandboxServer]:
    """A second sandbox on another loopback host: another origin."""
    with SandboxServer(host="127.0.0.2") as server:
        yield server


@pytest.fixture
def sandbox(sandbox_process: SandboxServer) -> SandboxServer:
    sandbox_process.reset()
    return sandbox_process


@pytest.fixture
def other_origin(other_origin_process: SandboxServer) -> SandboxServer:
    other_origin_process.reset()
    return other_origin_process


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


MakeClient = Callable[..., PartnerClient]


@pytest.fixture
def make_client(sandbox: SandboxServer) -> Iterator[MakeClient]:
    """Clients of the sandbox, each with its own token cache unless one is given."""
    made: list[PartnerClient] = []

    def make(
        clock: Callable[[], float] | None = None, cache: TokenCache | None = None, **settings: Any
    ) -> PartnerClient:
        values: dict[str, Any] = {
            "client_id": sandbox.client_id,
            "client_secret": sandbox.client_secret,
            "base_url": sandbox.base_url,
            "token_url": sandbox.token_url,
            "token_backoff": 0.01,
            **settings,
        }
        token_cache = cache or (TokenCache(clock=clock) if clock else TokenCache())
        client = PartnerClient(PartnerConfig(**values), token_cache=token_cache)
        made.append(client)
        return client

    yield make
    for client in made:
        client.close()


@pytest.fixture
def closed_port() -> int:
    """A loopback port nothing listens on."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


_BEARER = re.compile(r"Bearer\s+(?!\[REDACTED\])[A-Za-z0-9\-._~+/]{8,}")


def _quotes_credential(text: str, tokens: list[str]) -> bool:
    return "sandbox-secret" in text or _BEARER.search(text) is not None or any(token in text for token in tokens)


@pytest.fixture(autouse=True)
def no_credentials_in_logs_or_errors(
    request: pytest.FixtureRequest, caplog: pytest.LogCaptureFixture
) -> Iterator[None]:
    """Row 21 and its twin for errors: in every overlay test, every log record at DEBUG, and every error this
    package creates (in any thread) with everything chained to it as ``__cause__`` or ``__context__``
    (message, args, repr), is free of the secret, of every token the sandbox saw, and of every value held
    in a ``Secret`` during the test (webhook header values included). The same errors, this package's log
    records and every drift record (counted or written to a drift file) are free of ``PERSONAL_CANARIES``."""
    caplog.set_level(logging.DEBUG)
    created: list[BaseException] = []

    def record(cls: type[BaseException], *args: Any, **kwargs: Any) -> BaseException:
        error = BaseException.__new__(cls, *args, **kwargs)
        created.append(error)
        return error

    secrets: list[str] = []  # every Secret made or used meanwhile: client secrets, webhook header values, …
    keep_init, keep_reveal = Secret.__init__, Secret.reveal

    def remember(value: str) -> str:
        if len(value) >= 8 and value not in secrets:  # shorter ones occur in any text by chance
            secrets.append(value)
        return value

    def made(self: Secret, value: str) -> None:
        keep_init(self, remember(value))

    def revealed(self: Secret) -> str:
        return remember(keep_reveal(self))

    drift_lines: list[str] = []  # every drift record counted and every line written to a drift file
    keep_record, keep_write = DriftLog.record, DriftSink._write

    def counted(self: DriftLog, drifts: Any) -> None:
        drifts = list(drifts)
        drift_lines.extend(repr(drift.as_json()) for drift in drifts)
        keep_record(self, drifts)

    def written(self: DriftSink, tallies: list[Tally]) -> None:
        drift_lines.extend(repr(line(tally)) for tally in tallies)
        keep_write(self, tallies)

    WawexError.__new__ = record  # type: ignore[assignment,method-assign]
    Secret.__init__, Secret.reveal = made, revealed  # type: ignore[method-assign]
    DriftLog.record, DriftSink._write = counted, written  # type: ignore[method-assign]
    try:
        yield
    finally:
        del WawexError.__new__
        Secret.__init__, Secret.reveal = keep_init, keep_reveal  # type: ignore[method-assign]
        DriftLog.record, DriftSink._write = keep_record, keep_write  # type: ignore[method-assign]
    tokens = list(secrets)
    if "sandbox_process" in request.fixturenames:
        server: SandboxServer = request.getfixturevalue("sandbox_process")
        tokens += [entry["token"] for entry in server.requests("api") if entry["token"]]
    # the offending text is never shown: it holds a credential
    # caplog.records holds only the current phase's records (here: teardown); the test's are the call's
    records = [*caplog.get_records("setup"), *caplog.get_records("call"), *caplog.records]
    logged = "\n".join(r.getMessage() for r in records)
    assert not _quotes_credential(logged, tokens), "a log record does"
    # personal data: never in a drift record, a drift file, a log line of this package, or an error (below)
    ours = "\n".join(r.getMessage() for r in records if r.name.startswith("wawex_partner_api"))
    assert not any(canary in ours for canary in PERSONAL_CANARIES), "a log record of this package quotes one"
    assert not any(canary in text for text in drift_lines for canary in PERSONAL_CANARIES), "a drift record does"
    for error in created:
        seen: set[int] = set()
        pending: list[BaseException | None] = [error]
        while pending:
            current = pending.pop()
            if current is None or id(current) in seen:
                continue
            seen.add(id(current))
            shown = f"{current} {current!r} {current.args!r}"
            leaked = _quotes_credential(shown, tokens)
            assert not leaked, f"{type(current).__name__} chained to {type(error).__name__} quotes a credential"
            personal = any(canary in shown for canary in PERSONAL_CANARIES)
            assert not personal, f"{type(current).__name__} chained to {type(error).__name__} quotes personal data"
            pending += [current.__cause__, current.__context__]


def together(count: int, work: Callable[[], Any]) -> list[Any]:
    """Run ``work`` in ``count`` threads released at once by a barrier; results or errors, in finishing order."""
    barrier = threading.Barrier(count)
    results: list[Any] = []

    def worker() -> None:
        barrier.wait()
        try:
            results.append(work())
        except Exception as error:
            results.append(error)

    threads = [threading.Thread(target=worker) for _ in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results


@pytest.fixture
def redis_server() -> Iterator[RedisServer]:
    """A redis-server of this test's own (a short path: unix socket paths are limited to ~100 bytes)."""
    directory = Path(tempfile.mkdtemp(prefix="wawex-redis-"))
    try:
        server = RedisServer(directory).start()
    except RedisServerMissing as missing:
        if os.environ.get("CI"):
            raise
        pytest.skip(str(missing))
    yield server
    server.stop()
    shutil.rmtree(directory, ignore_errors=True)


class FleetClocks:
    """A monotonic FakeClock and, per process, a wall clock that moves with it (offset: that machine's error)."""

    def __init__(self) -> None:
        self.monotonic = FakeClock()
        self._wall_start = time.time()

    def wall(self, offset: float = 0.0) -> Callable[[], float]:
        return lambda: self._wall_start + offset + self.monotonic.now

    def advance(self, seconds: float) -> None:
        self.monotonic.advance(seconds)
