"""Keep credentials out of logs: bearer tokens, ``client_secret``, ``access_token`` and ``Authorization`` values.

A logger's filters only see records logged on that very logger, not on its children, so the filter is
put on each logger that carries requests: this package's own (made with ``get_logger``), httpx's and
httpcore's (and their httpx2 counterparts). To cover every logger of an application, add
``RedactingFilter()`` to its handlers.
"""

from __future__ import annotations

import logging
import re

_PATTERNS = (
    (re.compile(r"(Bearer\s+)[A-Za-z0-9\-._~+/]+=*", re.IGNORECASE), r"\1[REDACTED]"),
    (re.compile(r"((?:client_secret|access_token|refresh_token)[\"']?\s*[:=]\s*[\"']?)[^\"'&\s,}]+"), r"\1[REDACTED]"),
    (
        re.compile(r"(authorization[\"']?\s*[:=]\s*[\"']?)(?![\"'\s]|Bearer\s)[^\"'\n,}]+", re.IGNORECASE),
        r"\1[REDACTED]",
    ),
)
THIRD_PARTY_LOGGERS = (
    "httpx",
    "httpx2",
    *(
        f"{core}.{part}"
        for core in ("httpcore", "httpcore2")
        for part in ("connection", "http11", "http2", "proxy", "socks")
    ),
)


def redact(text: str) -> str:
    for pattern, replacement in _PATTERNS:
        text = pattern.sub(replacement, text)
    return text


class RedactingFilter(logging.Filter):
    """Rewrites each record's message with credentials masked (formatting its arguments first)."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        redacted = redact(message)
        if redacted != message:
            record.msg, record.args = redacted, None
        return True


_FILTER = RedactingFilter()


def _guard(logger: logging.Logger) -> logging.Logger:
    if _FILTER not in logger.filters:
        logger.addFilter(_FILTER)
    return logger


def get_logger(name: str) -> logging.Logger:
    """A logger of this package, with the redacting filter on it."""
    return _guard(logging.getLogger(name))


def install_log_redaction() -> None:
    """Put the filter on the httpx and httpcore loggers (done when the package is imported)."""
    for name in THIRD_PARTY_LOGGERS:
        _guard(logging.getLogger(name))
