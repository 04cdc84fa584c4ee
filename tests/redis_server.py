"""A real redis-server of a test's own: a unix socket in a temporary directory, its own config, no persistence.

Used by the tests and by ``make bench``. ``redis-server`` comes from the Debian package of that name
(``.ci/run`` installs it when missing).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from pathlib import Path
from typing import Any, Self
from urllib.parse import quote

import redis


class RedisServerMissing(RuntimeError):
    pass


def redis_server_binary() -> str:
    binary = shutil.which("redis-server")
    if binary is None:
        raise RedisServerMissing("redis-server is not installed (Debian: apt-get install redis-server)")
    return binary


class RedisServer:
    """``start()`` / ``stop()`` / ``kill()``: a redis-server process listening on ``directory/redis.sock``."""

    def __init__(self, directory: Path, *, password: str | None = None, settings: dict[str, str] | None = None) -> None:
        self.directory = directory
        self.socket = directory / "redis.sock"
        self.password = password
        self._settings = {"maxmemory-policy": "noeviction", **(settings or {})}
        self._process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        query = f"?password={quote(self.password, safe='')}" if self.password else ""
        return f"unix://{self.socket}{query}"

    def client(self, **settings: Any) -> redis.Redis:
        return redis.Redis(unix_socket_path=str(self.socket), password=self.password, **settings)

    def start(self, timeout: float = 10.0) -> Self:
        self.directory.mkdir(parents=True, exist_ok=True)
        config = {
            "port": "0",
            "unixsocket": str(self.socket),
            "unixsocketperm": "700",
            "dir": str(self.directory),
            "save": '""',
            "appendonly": "no",
            "enable-debug-command": "yes",
            "logfile": str(self.directory / "redis.log"),
            **({"requirepass": self.password} if self.password else {}),
            **self._settings,
        }
        (self.directory / "redis.conf").write_text("".join(f"{key} {value}\n" for key, value in config.items()))
        self._process = subprocess.Popen([redis_server_binary(), str(self.directory / "redis.conf")])
        deadline = time.monotonic() + timeout
        while True:
            try:
                with self.client(socket_timeout=1.0) as probe:
                    probe.ping()
                return self
            except (redis.ConnectionError, redis.TimeoutError, FileNotFoundError):
                if time.monotonic() > deadline or self._process.poll() is not None:
                    self.stop()
                    raise RuntimeError(f"redis-server did not start: {self.directory / 'redis.log'}") from None
                time.sleep(0.01)

    def stop(self) -> None:
        self._end(kill=False)

    def kill(self) -> None:
        """SIGKILL: no goodbye to clients, the data gone (nothing is persisted)."""
        self._end(kill=True)

    def _end(self, *, kill: bool) -> None:
        if self._process is not None:
            self._process.kill() if kill else self._process.terminate()
            self._process.wait(timeout=10)
            self._process = None
        if self.socket.exists():
            os.unlink(self.socket)

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
