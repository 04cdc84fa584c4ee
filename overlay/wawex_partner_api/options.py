"""Options of one call (timeout, retries, strict reading) that override the client's, without changing the client.

``client.with_options(timeout=5, max_retries=0, strict=True)`` gives a view of the client carrying them; the
operation wrappers publish the view's options for the duration of the call (a context variable, so per
thread and per task), and the transport reads them.
"""

from __future__ import annotations

import contextvars

import attrs
import httpx

from wawex_partner_api.errors import ConfigurationError


def _timeout(value: float | httpx.Timeout | None) -> httpx.Timeout | None:
    return value if value is None or isinstance(value, httpx.Timeout) else httpx.Timeout(value)


def _retries(instance: object, attribute: attrs.Attribute[int | None], value: int | None) -> None:
    if value is not None and not 0 <= value <= 10:
        raise ConfigurationError("max_retries must be between 0 and 10")


@attrs.frozen
class CallOptions:
    """Unset fields (None) fall back to the client's configuration."""

    timeout: httpx.Timeout | None = attrs.field(default=None, converter=_timeout)
    max_retries: int | None = attrs.field(default=None, validator=_retries)
    strict: bool | None = None

    def merged(self, other: CallOptions) -> CallOptions:
        """These options, with ``other``'s set fields taking precedence."""
        return CallOptions(
            timeout=other.timeout if other.timeout is not None else self.timeout,
            max_retries=other.max_retries if other.max_retries is not None else self.max_retries,
            strict=other.strict if other.strict is not None else self.strict,
        )


NO_OPTIONS = CallOptions()
current_options: contextvars.ContextVar[CallOptions] = contextvars.ContextVar("wawex_options", default=NO_OPTIONS)
"""The options of the operation call in progress in this thread or task."""
