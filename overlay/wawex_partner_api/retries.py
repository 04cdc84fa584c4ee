"""Retrying API requests safely, as a transport (sync and async twins).

Retried, up to ``max_retries`` times (per client, or per call with ``client.with_options``):

- GET, HEAD, PUT, DELETE, OPTIONS (idempotent): on 408, 429, 502, 503, 504 and on any connection error;
- POST, PATCH: only when the request cannot have reached the server — the connection was never made
  (connect error or time-out, no pooled connection in time). The partner has no idempotency keys, so a
  POST that may have arrived is never sent twice.

Waits double from ``retry_backoff`` with ±25% jitter; a ``Retry-After`` in seconds is honoured; every
wait is capped at ``retry_max_wait``. Each attempt is logged at DEBUG with its number. The call's
timeout, when set per call, is applied here too.
"""

from __future__ import annotations

import logging
import random
import re
import time
from collections.abc import Mapping

import httpx

from wawex_partner_api.config import PartnerConfig
from wawex_partner_api.options import current_options
from wawex_partner_api.redaction import get_logger

logger = get_logger("wawex_partner_api.http")

IDEMPOTENT = frozenset({"GET", "HEAD", "PUT", "DELETE", "OPTIONS"})
RETRYABLE_STATUS = frozenset({408, 429, 502, 503, 504})
NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
_DELTA_SECONDS = re.compile(r"[0-9]+")  # RFC 9110: ASCII digits only ("²".isdigit() is true, float("²") fails)


def retry_after(headers: Mapping[str, str]) -> float | None:
    """``Retry-After`` in seconds, or None when absent or not delta-seconds (an HTTP date is not honoured)."""
    value = headers.get("retry-after", "").strip()
    return float(value) if _DELTA_SECONDS.fullmatch(value) else None


class _Policy:
    def __init__(self, config: PartnerConfig) -> None:
        self._config = config

    def prepare(self, request: httpx.Request) -> int:
        """Apply the call's timeout; return how many retries the request may have."""
        options = current_options.get()
        if options.timeout is not None:
            request.extensions["timeout"] = options.timeout.as_dict()
        return self._config.max_retries if options.max_retries is None else options.max_retries

    def retry_error(self, request: httpx.Request, error: Exception) -> bool:
        return request.method in IDEMPOTENT or isinstance(error, NOT_SENT)

    def retry_status(self, request: httpx.Request, response: httpx.Response) -> bool:
        return request.method in IDEMPOTENT and response.status_code in RETRYABLE_STATUS

    def wait(self, attempt: int, response: httpx.Response | None) -> float:
        asked = retry_after(response.headers) if response is not None else None
        if asked is not None:
            return min(asked, self._config.retry_max_wait)
        jitter = random.uniform(0.75, 1.25)  # noqa: S311 - jitter, not cryptography
        return min(self._config.retry_backoff * float(2 ** (attempt - 1)) * jitter, self._config.retry_max_wait)

    def log(self, attempt: int, request: httpx.Request, outcome: str, wait: float | None) -> None:
        if not logger.isEnabledFor(logging.DEBUG):  # building the header list costs; skip it when unseen
            return
        then = f"; retrying in {wait:.2f} s" if wait is not None else ""
        headers = {
            name: "[REDACTED]" if name.lower() == "authorization" else value for name, value in request.headers.items()
        }
        logger.debug("attempt %d %s %s: %s%s; headers %s", attempt, request.method, request.url, outcome, then, headers)


class RetryingTransport(httpx.BaseTransport):
    def __init__(self, inner: httpx.BaseTransport, config: PartnerConfig) -> None:
        self._inner = inner
        self._policy = _Policy(config)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        retries = self._policy.prepare(request)
        attempt = 0
        while True:
            attempt += 1
            try:
                response = self._inner.handle_request(request)
            except httpx.TransportError as error:
                if attempt > retries or not self._policy.retry_error(request, error):
                    self._policy.log(attempt, request, type(error).__name__, None)
                    raise
                wait = self._policy.wait(attempt, None)
                self._policy.log(attempt, request, type(error).__name__, wait)
                time.sleep(wait)
                continue
            if attempt > retries or not self._policy.retry_status(request, response):
                self._policy.log(attempt, request, str(response.status_code), None)
                return response
            wait = self._policy.wait(attempt, response)
            self._policy.log(attempt, request, str(response.status_code), wait)
            response.close()
            time.sleep(wait)

    def close(self) -> None:
        self._inner.close()


class AsyncRetryingTransport(httpx.AsyncBaseTransport):
    def __init__(self, inner: httpx.AsyncBaseTransport, config: PartnerConfig) -> None:
        self._inner = inner
        self._policy = _Policy(config)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        import asyncio

        retries = self._policy.prepare(request)
        attempt = 0
        while True:
            attempt += 1
            try:
                response = await self._inner.handle_async_request(request)
            except httpx.TransportError as error:
                if attempt > retries or not self._policy.retry_error(request, error):
                    self._policy.log(attempt, request, type(error).__name__, None)
                    raise
                wait = self._policy.wait(attempt, None)
                self._policy.log(attempt, request, type(error).__name__, wait)
                await asyncio.sleep(wait)
                continue
            if attempt > retries or not self._policy.retry_status(request, response):
                self._policy.log(attempt, request, str(response.status_code), None)
                return response
            wait = self._policy.wait(attempt, response)
            self._policy.log(attempt, request, str(response.status_code), wait)
            await response.aclose()
            await asyncio.sleep(wait)

    async def aclose(self) -> None:
        await self._inner.aclose()
