"""When a JSON value fits a shape of the generated models: the one rule both readers of an answer apply.

A value fits when the generated model can hold it with the type its annotation promises, converted the way
the generated ``from_dict`` converts it. Only what decides the Python type is checked (JSON type, and the
``uuid``, ``date`` and ``date-time`` formats that become ``UUID``, ``date`` and ``datetime``); value
constraints such as patterns, lengths and ranges are the partner's to enforce, not a reader's.

- ``uuid``: the canonical 8-4-4-4-12 hexadecimal form (any case), RFC 9562 §4;
- ``date``: ``YYYY-MM-DD`` naming a real day (RFC 3339 ``full-date``);
- ``date-time``: RFC 3339 ``date-time`` with its offset (``Z`` or ``±HH:MM``; ``T`` or a space between date
  and time, fractions of any length) naming a real instant: a time without an offset is not an instant;
- ``integer``: a JSON integer (not ``true``/``false``, not ``1.0``); ``number``: an integer or a fraction;
- an enum: any string (the ones the spec does not list are kept as ``UnknownValue``).
"""

from __future__ import annotations

import datetime
import re
from typing import Any, Final

UUID_PATTERN: Final = r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"
DATE_PATTERN: Final = r"[0-9]{4}-[0-9]{2}-[0-9]{2}"
DATETIME_PATTERN: Final = (
    r"[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]+)?(?:Z|[+-][0-9]{2}:[0-9]{2})"
)
UUID = re.compile(UUID_PATTERN)
DATE = re.compile(DATE_PATTERN)
DATETIME = re.compile(DATETIME_PATTERN)

FORMATS: Final = {"uuid": "string (uuid)", "date": "string (date)", "datetime": "string (date-time)"}


def json_type(value: Any) -> str:
    """The JSON Schema type name of a decoded JSON value (``absent`` for a missing one is the caller's)."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    if isinstance(value, dict):
        return "object"
    return type(value).__name__


def parse_date(text: str) -> datetime.date | None:
    """The day ``text`` names, or None when it is not a ``full-date``."""
    if DATE.fullmatch(text) is None:
        return None
    try:
        return datetime.date.fromisoformat(text)
    except ValueError:
        return None


def parse_datetime(text: str) -> datetime.datetime | None:
    """The instant ``text`` names (timezone-aware), or None when it is not an RFC 3339 ``date-time``."""
    if DATETIME.fullmatch(text) is None:
        return None
    try:
        return datetime.datetime.fromisoformat(text)
    except ValueError:
        return None
