"""Reading answers that should be JSON objects, without trusting that they are."""

from __future__ import annotations

import json
from typing import Any


def json_object(content: bytes) -> dict[str, Any] | None:
    """The JSON object in ``content``; None for anything else (empty, not JSON, a list, …)."""
    try:
        payload = json.loads(content)
    except (ValueError, UnicodeDecodeError):
        return None
    return payload if isinstance(payload, dict) else None


def json_value(content: bytes) -> Any:
    """A body the partner's documents do not describe: None when empty, its JSON when it is JSON, else the
    bytes as they came (nothing is dropped)."""
    if not content.strip():
        return None
    try:
        return json.loads(content)
    except (ValueError, UnicodeDecodeError):
        return content
