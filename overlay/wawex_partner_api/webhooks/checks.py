"""What an inbound notification must pass before its body is trusted: the subscription's headers, its size,
its content type; and the answers given when it does not (the partner's ``ErrorMessage`` shape).

The partner authenticates notifications only with the static headers configured at subscription (no
signature, no timestamp). Their expected values are secrets: compared in constant time, never shown.
"""

from __future__ import annotations

import hmac
import json
import uuid
from collections.abc import Iterable, Mapping

import attrs

from wawex_partner_api.config import Secret

MAX_BODY_DEFAULT = 1024 * 1024


@attrs.frozen
class Reply:
    """What to answer the partner: a status and a body (JSON, or empty)."""

    status: int
    body: bytes = b""
    duplicate: bool = False
    """Handled before: acknowledged without calling a handler."""

    @property
    def headers(self) -> list[tuple[str, str]]:
        return [("content-type", "application/json")] if self.body else []


OK = Reply(200)


def error(status: int, message: str, details: Iterable[tuple[str, str, str]] = ()) -> Reply:
    """An ``ErrorMessage``: message, responseType, requestId and (field, code, message) details."""
    body: dict[str, object] = {"message": message, "responseType": "ERROR", "requestId": str(uuid.uuid4())}
    listed = [{"field": field, "errors": [{"code": code, "message": text}]} for field, code, text in details]
    if listed:
        body["errorDetails"] = listed
    return Reply(status, json.dumps(body, separators=(",", ":")).encode())


class HeaderCheck:
    """The headers every notification must carry, with exactly the configured values."""

    __slots__ = ("_expected",)

    def __init__(self, expected: Mapping[str, str | Secret]) -> None:
        self._expected = {
            name.lower(): value if isinstance(value, Secret) else Secret(value) for name, value in expected.items()
        }

    def __repr__(self) -> str:
        return f"<HeaderCheck {sorted(self._expected)}>"  # names only: the values are secrets

    def passes(self, headers: Iterable[tuple[str, str]]) -> bool:
        received: dict[str, list[str]] = {}
        for name, value in headers:
            received.setdefault(name.lower(), []).append(value)
        verdict = True
        for name, expected in self._expected.items():
            values = received.get(name, [])
            # every configured header is compared, so the time taken does not tell which one failed
            candidate = values[0] if len(values) == 1 else ""
            same = hmac.compare_digest(candidate.encode(), expected.reveal().encode())
            verdict = verdict and same and len(values) == 1
        return verdict


def is_json(content_type: str | None) -> bool:
    if content_type is None:
        return False
    media = content_type.split(";", 1)[0].strip().lower()
    return media == "application/json" or (media.startswith("application/") and media.endswith("+json"))
