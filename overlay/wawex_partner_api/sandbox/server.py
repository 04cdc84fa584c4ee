"""Start and stop a sandbox process from Python (tests, examples), and steer it."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from typing import Any, Self

import httpx

from wawex_partner_api.client import PartnerClient
from wawex_partner_api.config import PartnerConfig
from wawex_partner_api.sandbox.defaults import SANDBOX_CLIENT_ID, SANDBOX_CLIENT_SECRET
from wawex_partner_api.sandbox.extra import require_sandbox_extra


class SandboxServer:
    """A sandbox in a child process, listening on a loopback port chosen by the OS.

    The socket is bound here and handed to the child, so the port is known before the child starts
    and nothing else can take it. ``stop()`` (or leaving the ``with`` block) ends the child.
    """

    def __init__(
        self,
        *,
        client_id: str = SANDBOX_CLIENT_ID,
        client_secret: str = SANDBOX_CLIENT_SECRET,
        host: str = "127.0.0.1",
        drift: int | None = None,
    ) -> None:
        """``drift``: a seed; success answers then differ from the spec on purpose, one seeded mutation per
        operation (see ``sandbox.api._drifted``), so the client's drift handling can be rehearsed offline."""
        require_sandbox_extra()  # MissingExtraError now, rather than a child process that cannot start
        self.client_id = client_id
        self.client_secret = client_secret
        self.drift = drift
        self._socket = socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET, socket.SOCK_STREAM)
        self._socket.bind((host, 0))
        self._socket.listen(2048)
        self.host = host
        self.port: int = self._socket.getsockname()[1]
        self._process: subprocess.Popen[bytes] | None = None
        self._control = httpx.Client(base_url=self.base_url, timeout=10.0)

    @property
    def base_url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}"

    @property
    def token_url(self) -> str:
        return f"{self.base_url}/oauth2/token"

    def config(self, **settings: Any) -> PartnerConfig:
        """Settings of a client of this sandbox: its URLs and credentials, plus ``settings``."""
        return PartnerConfig(
            **{
                "client_id": self.client_id,
                "client_secret": self.client_secret,
                "base_url": self.base_url,
                "token_url": self.token_url,
                **settings,
            }
        )

    def client(self, **settings: Any) -> PartnerClient:
        """A ``PartnerClient`` of this sandbox (``settings`` as for ``PartnerConfig``)."""
        return PartnerClient(self.config(**settings))

    def start(self, timeout: float = 10.0) -> Self:
        fd = self._socket.fileno()
        command = [
            sys.executable,
            "-m",
            "wawex_partner_api.sandbox",
            "--fd",
            str(fd),
            "--client-id",
            self.client_id,
            "--client-secret",
            self.client_secret,
            *(["--drift", str(self.drift)] if self.drift is not None else []),
        ]
        self._process = subprocess.Popen(command, pass_fds=(fd,))
        deadline = time.monotonic() + timeout
        while True:
            try:
                self._control.get("/_sandbox/stats").raise_for_status()
                return self
            except httpx.TransportError:
                if self._process.poll() is not None or time.monotonic() > deadline:
                    self.stop()
                    raise RuntimeError("the sandbox did not start") from None
                time.sleep(0.02)

    def stop(self) -> None:
        if self._process is not None:
            self._process.terminate()
            try:
                self._process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self._process.kill()
                self._process.wait()
            self._process = None
        self._control.close()
        self._socket.close()

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- steering -------------------------------------------------------------------------------------

    def reset(self) -> None:
        self._control.post("/_sandbox/reset").raise_for_status()

    def reset_counters(self) -> None:
        """Zero the counters and the request log, keeping tokens and stored data."""
        self._control.post("/_sandbox/reset-counters").raise_for_status()

    def settings(self, **changes: Any) -> None:
        self._control.post("/_sandbox/settings", json=changes).raise_for_status()

    def script_token_responses(self, *responses: dict[str, Any]) -> None:
        self._control.post("/_sandbox/token-script", json=list(responses)).raise_for_status()

    def script_api_responses(self, *responses: dict[str, Any]) -> None:
        self._control.post("/_sandbox/api-script", json=list(responses)).raise_for_status()

    def revoke(self, *tokens: str) -> None:
        self._control.post("/_sandbox/revoke", json=list(tokens)).raise_for_status()

    def stats(self) -> dict[str, Any]:
        response = self._control.get("/_sandbox/stats")
        response.raise_for_status()
        result: dict[str, Any] = response.json()
        return result

    def wait_for_deliveries(self, timeout: float = 10.0) -> None:
        """Return once no webhook delivery is queued or under way; TimeoutError after ``timeout`` seconds."""
        response = self._control.post(
            "/_sandbox/webhook-deliveries/wait", json={"timeout": timeout}, timeout=timeout + 10.0
        )
        if response.status_code == 504:
            pending = response.json().get("pending")
            raise TimeoutError(f"{pending} webhook deliveries still pending after {timeout} s")
        response.raise_for_status()

    def counter(self, name: str) -> int:
        return int(self.stats()["counters"].get(name, 0))

    def requests(self, kind: str) -> list[dict[str, Any]]:
        """The logged ``token`` or ``api`` requests, oldest first."""
        return [entry for entry in self.stats()["log"] if entry["kind"] == kind]
