"""What a token cache shared by processes is told by the leader of a refresh, and what it answers.

``wawex_partner_api.tokens`` leads refreshes; ``wawex_partner_api.token_cache`` implements
``SharedTokens`` on Redis. The protocol lives here so that neither imports the other.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Final, Protocol

import attrs

from wawex_partner_api.errors import TokenError
from wawex_partner_api.grant import AccessToken

Outcome = AccessToken | TokenError

INTERIM_RECHECK: Final = 1.0
"""Seconds an interim token (another process is refreshing) is used before the shared cache is asked again."""


@attrs.frozen
class Interim:
    """A token to use for a moment while another process refreshes (the advisory rule across processes)."""

    token: AccessToken


@attrs.frozen
class Need:
    """What the leader of a refresh tells a shared cache."""

    advisory: bool
    """The cached token may still be sent (advisory window): no need to wait for another process."""
    cached: AccessToken | None
    rejected: AccessToken | None
    """The token the API refused last: the shared entry is dropped if it still holds it."""


class SharedTokens(Protocol):
    """A token cache shared by processes; it never raises, and calls ``fetch`` when it cannot help."""

    def refresh(self, need: Need, fetch: Callable[[], Outcome]) -> Outcome | Interim: ...

    async def refresh_async(self, need: Need, fetch: Callable[[], Awaitable[Outcome]]) -> Outcome | Interim: ...
