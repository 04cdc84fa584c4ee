"""Drift records: what the partner's answers say that the spec does not, kept for whoever fixes the spec.

A ``Drift`` is one problem of ``reading`` as the spec sees it: the operation, the status, the JSONPath with list
indices as ``[*]``, the kind, the JSON type observed and what the spec expected, plus, for an enum value the
spec does not list, that value. Never any other value: answers hold personal data.

Every occurrence is counted in the client's ``DriftLog`` (``client.drift()``: bounded, at most ``LIMIT``
distinct records, the rest counted as ``dropped``). Each distinct record is logged once per process as a
WARNING on ``wawex_partner_api.drift``. With a drift file (``WAWEX_DRIFT_FILE``, ``PartnerConfig.drift_file``),
records are appended to it as JSON Lines: a record the first time this process sees it, then its count again
every ``FLUSH_EVERY`` seconds while it keeps coming and once more when the process ends. Each line is written
with one ``write`` under an exclusive ``flock`` on a file opened for appending, so any number of processes can
share the file; ``make spec-drift`` sums the lines.
"""

from __future__ import annotations

import atexit
import datetime
import fcntl
import json
import os
import re
import threading
import time
from collections.abc import Iterable
from typing import Any, Final

import attrs

from wawex_partner_api.answers.problems import DriftKind, Problem
from wawex_partner_api.redaction import get_logger
from wawex_partner_api_client.metadata import SPEC_SHA256, __version__

logger = get_logger("wawex_partner_api.drift")

LIMIT: Final = 1000
"""Distinct records a ``DriftLog`` keeps (and the process warns about); more are only counted."""
FLUSH_EVERY: Final = 60.0
_INDEX = re.compile(r"\[[0-9]+\]")


@attrs.frozen
class Drift:
    operation: str
    status: int
    path: str
    kind: DriftKind
    observed: str
    expected: str
    value: str | None = None

    @classmethod
    def of(cls, operation: str, status: int, problem: Problem) -> Drift:
        return cls(
            operation,
            status,
            # list items count as one, but where a wrapped body was found is a place ("$[0]": a one-item list)
            _INDEX.sub("[*]", problem.path) if "[" in problem.path and problem.kind != "wrapped" else problem.path,
            problem.kind,
            problem.observed,
            problem.expected,
            problem.value,
        )

    def describe(self) -> str:
        value = f" {self.value!r}" if self.value is not None else ""
        return (
            f"{self.operation} {self.status}: {self.path} {self.kind}{value} "
            f"(spec: {self.expected}; observed: {self.observed})"
        )

    def as_json(self) -> dict[str, Any]:
        return attrs.asdict(self)


@attrs.define
class Tally:
    """How often a record was seen, and when first and last (UTC, seconds since the epoch)."""

    drift: Drift
    count: int
    first_seen: float
    last_seen: float


class DriftLog:
    """The drift a client (and its views) met: ``snapshot()`` is what ``client.drift()`` returns."""

    def __init__(self, drift_file: str | None = None, *, limit: int = LIMIT) -> None:
        self._lock = threading.Lock()
        self._tallies: dict[Drift, Tally] = {}
        self._limit = limit
        self.dropped = 0
        self._sink = sink_for(drift_file) if drift_file else None

    def record(self, drifts: Iterable[Drift]) -> None:
        now = time.time()
        for drift in drifts:
            with self._lock:
                tally = self._tallies.get(drift)
                if tally is not None:
                    tally.count += 1
                    tally.last_seen = now
                elif len(self._tallies) < self._limit:
                    self._tallies[drift] = Tally(drift, 1, now, now)
                else:
                    self.dropped += 1
            _warn_once(drift)
            if self._sink is not None:
                self._sink.add(drift, now)

    def snapshot(self) -> list[Tally]:
        """Every record with its count, most frequent first."""
        with self._lock:
            tallies = [attrs.evolve(t) for t in self._tallies.values()]
        return sorted(tallies, key=lambda t: (-t.count, t.drift.operation, t.drift.path))

    def clear(self) -> None:
        with self._lock:
            self._tallies.clear()
            self.dropped = 0


_warned: set[Drift] = set()
_warned_lock = threading.Lock()


def _warn_once(drift: Drift) -> None:
    if drift in _warned:
        return
    with _warned_lock:
        if drift in _warned or len(_warned) > LIMIT:
            return
        _warned.add(drift)
        last = len(_warned) > LIMIT
    logger.warning("answer differs from the spec: %s", drift.describe())
    if last:
        logger.warning(
            "more than %d distinct differences from the spec: no more are logged (see client.drift())", LIMIT
        )


class DriftSink:
    """One drift file of this process: lines as described in the module docstring."""

    def __init__(self, path: str) -> None:
        self.path = path
        self._lock = threading.Lock()
        self._pending: dict[Drift, Tally] = {}
        self._seen: set[Drift] = set()
        self._last_flush = time.monotonic()

    def add(self, drift: Drift, now: float) -> None:
        with self._lock:
            if drift not in self._seen and len(self._seen) <= LIMIT:
                self._seen.add(drift)
                self._write([Tally(drift, 1, now, now)])
                return
            tally = self._pending.get(drift)
            if tally is None:
                self._pending[drift] = Tally(drift, 1, now, now)
            else:
                tally.count += 1
                tally.last_seen = now
            if time.monotonic() - self._last_flush >= FLUSH_EVERY:
                self._flush_locked()

    def flush(self) -> None:
        with self._lock:
            self._flush_locked()

    def _flush_locked(self) -> None:
        pending, self._pending = list(self._pending.values()), {}
        self._last_flush = time.monotonic()
        if pending:
            self._write(pending)

    def _write(self, tallies: list[Tally]) -> None:
        lines = "".join(json.dumps(line(t), ensure_ascii=True) + "\n" for t in tallies).encode()
        try:
            descriptor = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        except OSError as error:
            logger.warning("drift file %s cannot be opened (%s); records stay in client.drift()", self.path, error)
            return
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX)
            os.write(descriptor, lines)
        except OSError as error:
            logger.warning("drift file %s cannot be written (%s)", self.path, error)
        finally:
            os.close(descriptor)  # closing releases the lock


def line(tally: Tally) -> dict[str, Any]:
    """One JSON Lines record of a drift file."""
    return {
        **tally.drift.as_json(),
        "count": tally.count,
        "first_seen": _iso(tally.first_seen),
        "last_seen": _iso(tally.last_seen),
        "client_version": __version__,
        "spec_sha256": SPEC_SHA256,
    }


def _iso(seconds: float) -> str:
    return datetime.datetime.fromtimestamp(seconds, datetime.UTC).isoformat(timespec="seconds")


_sinks: dict[str, DriftSink] = {}
_sinks_lock = threading.Lock()


def sink_for(path: str) -> DriftSink:
    """The one sink of this process for ``path`` (every client writing there shares it)."""
    key = os.path.abspath(path)
    with _sinks_lock:
        sink = _sinks.get(key)
        if sink is None:
            sink = _sinks[key] = DriftSink(key)
        return sink


@atexit.register
def _flush_all() -> None:
    for sink in list(_sinks.values()):
        sink.flush()


PROCESS_LOG: Final = DriftLog(os.environ.get("WAWEX_DRIFT_FILE") or None)
"""Where drift goes when an operation is called with a client that is not a PartnerClient."""
