"""The real ``wawex`` console script, run in a subprocess against a sandbox process on loopback.

Every run is audited: neither the client secret nor any token the sandbox issued (its request log keeps
the bearer tokens it received) may appear on stdout or stderr.
"""

from __future__ import annotations

import contextlib
import os
import re
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

from wawex_partner_api.sandbox import SandboxServer

WAWEX = Path(sys.executable).with_name("wawex")
PERSON = "123e4567-e89b-12d3-a456-426614174000"
UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
TOKEN_LIKE = re.compile(r"[A-Za-z0-9_-]{32,}")
"""What the sandbox's tokens look like (``secrets.token_urlsafe(24)``: 32 characters); UUIDs removed first."""


def token_like(text: str) -> list[str]:
    return TOKEN_LIKE.findall(UUID.sub("", text))


@dataclass(frozen=True)
class Run:
    code: int
    stdout: str
    stderr: str

    @property
    def error_line(self) -> str:
        """stderr, which must be exactly one line."""
        assert self.stderr.count("\n") == 1, self.stderr
        assert self.stderr.endswith("\n"), self.stderr
        return self.stderr


class Cli:
    def __init__(self, sandbox: SandboxServer) -> None:
        self.sandbox = sandbox
        self.env = {key: value for key, value in os.environ.items() if not key.startswith("WAWEX_")}
        self.env.update(
            WAWEX_BASE_URL=sandbox.base_url,
            WAWEX_TOKEN_URL=sandbox.token_url,
            WAWEX_CLIENT_ID=sandbox.client_id,
            WAWEX_CLIENT_SECRET=sandbox.client_secret,
            COLUMNS="200",
        )

    def __call__(self, *args: str, stdin: str = "", env: dict[str, str] | None = None, cwd: Path | None = None) -> Run:
        environ = {**self.env, **(env or {})}
        for key in [key for key, value in environ.items() if value == ""]:
            del environ[key]  # "" removes a variable
        done = subprocess.run(
            [str(WAWEX), *args],
            input=stdin,
            capture_output=True,
            text=True,
            env=environ,
            cwd=cwd,
            timeout=60,
            check=False,
        )
        run = Run(done.returncode, done.stdout, done.stderr)
        self.audit(run)
        return run

    def audit(self, run: Run) -> None:
        for text in (run.stdout, run.stderr):
            assert self.sandbox.client_secret not in text
            for entry in self.sandbox.requests("api"):
                assert not entry["token"] or entry["token"] not in text

    def counts(self) -> tuple[int, int]:
        """(API requests, token requests) the sandbox has seen."""
        return self.sandbox.counter("api_requests"), self.sandbox.counter("token_requests")


@contextlib.contextmanager
def cli_sandbox(*options: str) -> Iterator[tuple[str, subprocess.Popen[str], dict[str, str]]]:
    """``wawex sandbox`` on a free loopback port: (its base URL, the process, an environment for ``wawex`` to use
    it with the sandbox's published credentials), stopped on leaving."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    env = {key: value for key, value in os.environ.items() if not key.startswith("WAWEX_")}
    server = subprocess.Popen(
        [str(WAWEX), "sandbox", "--port", str(port), *options],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 15
        while True:
            try:
                httpx.get(f"{base}/_sandbox/stats", timeout=1).raise_for_status()
                break
            except httpx.TransportError:
                assert server.poll() is None, server.communicate()
                assert time.monotonic() < deadline, "the sandbox did not start"
                time.sleep(0.05)
        client_env = {
            **env,
            "WAWEX_BASE_URL": base,
            "WAWEX_TOKEN_URL": f"{base}/oauth2/token",
            "WAWEX_CLIENT_ID": "sandbox-client",
            "WAWEX_CLIENT_SECRET": "sandbox-secret",
        }
        yield base, server, client_env
    finally:
        server.terminate()
        server.wait(timeout=10)


@pytest.fixture(scope="session")
def sandbox_process() -> Iterator[SandboxServer]:
    assert WAWEX.exists(), f"{WAWEX} is missing: `make bootstrap` installs the project with its console script"
    with SandboxServer() as server:
        yield server


@pytest.fixture
def sandbox(sandbox_process: SandboxServer) -> SandboxServer:
    sandbox_process.reset()
    return sandbox_process


@pytest.fixture
def wawex(sandbox: SandboxServer) -> Cli:
    return Cli(sandbox)
