"""Names and sealed values of a shared token entry: nothing a reader of Redis could use or forge.

Two keys are derived from the client secret with HKDF-SHA256, bound to the token URL, client id and scope:
one names the entry (an HMAC of that identity, so the name carries no secret and differs per secret), the
other seals its value with AES-256-GCM, the entry's name as associated data (a value copied under another
name does not open). A sealed value holds the token and its expiry as an absolute (wall-clock) time.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import math
import os
from typing import Final

import attrs
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from wawex_partner_api.config import PartnerConfig
from wawex_partner_api.grant import BEARER_TOKEN

FORMAT: Final = b"\x01"
_SALT: Final = b"wawex-partner-api shared token cache"
_NONCE_BYTES: Final = 12


@attrs.frozen
class Opened:
    """The content of a sealed value that opened and validated."""

    token: str = attrs.field(repr=False)
    expires_at: float
    """Wall-clock (Unix) seconds."""


class Sealer:
    """Entry and lock names of one (token URL, client id, secret, scope), and the sealing of its values."""

    __slots__ = ("_aead", "entry", "lock")

    def __init__(self, config: PartnerConfig, prefix: str) -> None:
        identity = "\n".join((config.token_url, config.client_id, config.scope or "")).encode()
        material = HKDF(algorithm=hashes.SHA256(), length=64, salt=_SALT, info=identity).derive(
            config.client_secret.reveal().encode()
        )
        name = hmac.new(material[32:], identity, hashlib.sha256).hexdigest()[:40]
        self.entry = f"{prefix}token:{name}"
        self.lock = f"{prefix}token:{name}:refresh"
        self._aead = AESGCM(material[:32])

    def __repr__(self) -> str:
        return f"<Sealer entry={self.entry!r}>"

    def seal(self, token: str, expires_at: float) -> bytes:
        nonce = os.urandom(_NONCE_BYTES)
        plain = json.dumps({"token": token, "expires_at": expires_at}).encode()
        return FORMAT + nonce + self._aead.encrypt(nonce, plain, self.entry.encode())

    def open(self, value: bytes) -> Opened | None:
        """The content of ``value``, or None when it was not sealed by these credentials for this entry."""
        if not value.startswith(FORMAT) or len(value) < len(FORMAT) + _NONCE_BYTES + 16:
            return None
        nonce, sealed = value[1 : 1 + _NONCE_BYTES], value[1 + _NONCE_BYTES :]
        try:
            content = json.loads(self._aead.decrypt(nonce, sealed, self.entry.encode()))
        except (InvalidTag, ValueError):
            return None
        token, expires_at = (content.get("token"), content.get("expires_at")) if isinstance(content, dict) else (0, 0)
        if not isinstance(token, str) or not BEARER_TOKEN.fullmatch(token):
            return None
        if isinstance(expires_at, bool) or not isinstance(expires_at, int | float) or not math.isfinite(expires_at):
            return None
        return Opened(token, float(expires_at))
