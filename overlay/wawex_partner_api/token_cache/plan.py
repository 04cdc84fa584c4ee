"""The fleet-wide refresh, as steps: what the leader of a process's refresh does with the shared entry.

The plan is a generator of steps with no I/O of its own; ``slot.py`` runs it with a sync and an async
driver (the same plan for both, as httpx runs one auth flow for both). A step that touches Redis is
answered with ``DOWN`` when Redis cannot help, and the plan then fetches as if it were alone.

1. Drop the shared entry if it still holds the token the API rejected (compare-and-delete).
2. Read the entry: a fresh token is used as is.
3. Take the refresh lock (an owner value and a TTL). Holding it: read again (someone may just have
   written), else fetch, write the new token, release the lock.
4. Someone else holds it: a token still inside the advisory window (the entry's, or the cached one
   when it may still be sent) is used for a moment; otherwise wait, reading the entry with growing
   pauses, for a token that was not there before; when the lock frees without one, take it.
5. After waiting as long as the lock may be held, fetch without it: a dead holder delays at most that.
"""

from __future__ import annotations

from collections.abc import Callable, Generator
from typing import Final

import attrs

from wawex_partner_api.errors import TokenError
from wawex_partner_api.grant import AccessToken
from wawex_partner_api.sharing import Interim, Need, Outcome

State = Callable[[AccessToken | None], str]

FIRST_PAUSE: Final = 0.005
LONGEST_PAUSE: Final = 0.1


class _Down:
    def __repr__(self) -> str:
        return "DOWN"


DOWN: Final = _Down()
"""The answer to a Redis step when Redis could not be used."""


@attrs.frozen
class Read:
    """Answered with the entry's token (None if absent or unusable) or DOWN."""


@attrs.frozen
class Lock:
    """Answered with True (taken), False (held by another) or DOWN."""


@attrs.frozen
class Unlock:
    pass


@attrs.frozen
class Write:
    token: AccessToken


@attrs.frozen
class DropRejected:
    token: AccessToken


@attrs.frozen
class Sleep:
    seconds: float


@attrs.frozen
class Fetch:
    """Answered with the outcome of the token request (with its own retries)."""


Step = Read | Lock | Unlock | Write | DropRejected | Sleep | Fetch
Plan = Generator[Step, object, Outcome | Interim]


def refresh(need: Need, *, state: State, clock: Callable[[], float], lock_ttl: float) -> Plan:
    rejected = need.rejected.value if need.rejected is not None else None
    if need.rejected is not None:
        yield DropRejected(need.rejected)
    entry = yield Read()
    if entry is DOWN:
        return (yield from _fetch())
    assert entry is None or isinstance(entry, AccessToken)
    if entry is not None and entry.value != rejected and state(entry) == "fresh":
        return entry
    stale = {entry.value for entry in (entry, need.cached) if entry is not None} | {rejected}

    def news(found: object) -> AccessToken | None:
        """A token someone else has written since we came, still good to send."""
        if isinstance(found, AccessToken) and found.value not in stale and state(found) != "missing":
            return found
        return None

    deadline, pause = clock() + lock_ttl, FIRST_PAUSE
    while True:
        locked = yield Lock()
        if locked is DOWN:
            return (yield from _fetch())
        if locked:
            return (yield from _refresh_holding_the_lock(news))
        interim = next((t for t in (entry, need.cached if need.advisory else None) if state(t) == "advisory"), None)
        if interim is not None and interim.value != rejected:
            return Interim(interim)
        if clock() >= deadline:
            return (yield from _fetch())  # the holder is late or gone
        yield Sleep(pause)
        pause = min(pause * 2, LONGEST_PAUSE)
        found = yield Read()
        if found is DOWN:
            return (yield from _fetch())
        written = news(found)
        if written is not None:
            return written


def _refresh_holding_the_lock(news: Callable[[object], AccessToken | None]) -> Plan:
    written = news((yield Read()))
    if written is not None:
        yield Unlock()
        return written
    outcome = yield from _fetch()
    if isinstance(outcome, AccessToken) and outcome.expires_at is not None:
        yield Write(outcome)
    yield Unlock()
    return outcome


def _fetch() -> Generator[Step, object, Outcome]:
    outcome = yield Fetch()
    assert isinstance(outcome, AccessToken | TokenError)
    return outcome
