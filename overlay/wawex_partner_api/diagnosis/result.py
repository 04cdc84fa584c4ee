"""What a diagnosis finds: one ``Check`` per step, in order, inside a ``Diagnosis``; immutable and safe to print
(no check holds a secret or a token)."""

from __future__ import annotations

import enum
from typing import Any

import attrs


class Status(enum.StrEnum):
    OK = "ok"
    WARN = "warn"
    FAIL = "fail"
    SKIP = "skip"


class Cause(enum.StrEnum):
    """What kind of problem a failed check found; the command line's exit code follows it.

    settings: they do not load; network: a host cannot be reached (name, connection, TLS); auth: no access token,
    or the API refused it (401, 403); api: the API answered another 4xx; server: it answered 5xx; other: anything
    else (the clocks disagree, the client did not behave as documented).
    """

    SETTINGS = "settings"
    NETWORK = "network"
    AUTH = "auth"
    API = "api"
    SERVER = "server"
    OTHER = "other"


@attrs.frozen
class Check:
    """One step: its name, what it found, and for a warning or a failure what to do about it."""

    name: str
    status: Status
    detail: str
    fix: str | None = None
    cause: Cause | None = None
    """Set for failures only."""

    @classmethod
    def ok(cls, name: str, detail: str) -> Check:
        return cls(name, Status.OK, detail)

    @classmethod
    def warn(cls, name: str, detail: str, fix: str) -> Check:
        return cls(name, Status.WARN, detail, fix)

    @classmethod
    def fail(cls, name: str, detail: str, fix: str, cause: Cause) -> Check:
        return cls(name, Status.FAIL, detail, fix, cause)

    @classmethod
    def skip(cls, name: str, reason: str) -> Check:
        return cls(name, Status.SKIP, reason)

    @property
    def passed(self) -> bool:
        """Good enough for the checks that depend on this one: ok or a warning."""
        return self.status in (Status.OK, Status.WARN)

    def as_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "status": self.status.value,
            "detail": self.detail,
            "fix": self.fix,
            "cause": None if self.cause is None else self.cause.value,
        }


@attrs.frozen
class Diagnosis:
    """Every check, in the order they ran."""

    checks: tuple[Check, ...]

    @property
    def ok(self) -> bool:
        """No check failed (warnings and skips allowed)."""
        return not self.failures

    @property
    def failures(self) -> tuple[Check, ...]:
        return tuple(check for check in self.checks if check.status is Status.FAIL)

    @property
    def warnings(self) -> tuple[Check, ...]:
        return tuple(check for check in self.checks if check.status is Status.WARN)

    def __getitem__(self, name: str) -> Check:
        for check in self.checks:
            if check.name == name:
                return check
        raise KeyError(name)

    def as_dict(self) -> dict[str, Any]:
        return {"ok": self.ok, "checks": [check.as_dict() for check in self.checks]}
