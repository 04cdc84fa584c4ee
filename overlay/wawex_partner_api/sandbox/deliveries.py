"""Webhook deliveries of the sandbox: what its flows emit, POSTed to the subscribed URL in the background.

After each API request, the notifications its flow emitted (``Store.outbox``) are queued; one background
task in the server's event loop sends them in order, so the API answer never waits for a delivery. A
delivery is a ``POST`` to the subscription's ``url`` as given, with the notification as compact JSON,
``Content-Type: application/json`` and the subscription's headers (a copy taken when the event happened),
and a time limit (5 s unless set). It counts as delivered only on a 2xx answer; anything else (an error
status, a refused connection, a timeout) keeps it as undelivered, for ``GET /undelivered-webhooks``. The
sandbox does not retry (the partner's pages say nothing of retries).

Knobs, through ``POST /_sandbox/settings`` (all cleared by ``POST /_sandbox/reset``; each notification's fate
is decided when it is queued):

- ``webhook_drop``: the next N notifications are not sent, and kept as undelivered;
- ``webhook_duplicate``: the next N notifications that are sent are sent twice (delivered if either is);
- ``webhook_delay``: seconds to wait before sending each notification;
- ``webhook_timeout``: the time limit of each POST (default 5 s).

Counters: ``webhook_deliveries`` (POSTs sent), ``webhook_delivered`` (2xx answers), ``webhook_undelivered``
(notifications kept). The request log gets one ``{"kind": "webhook", ...}`` entry per POST or drop (event type,
URL, outcome; never the headers). ``POST /_sandbox/webhook-deliveries/wait`` with ``{"timeout": seconds}``
answers 200 ``{"idle": true}`` once nothing is queued or being sent, or 504 ``{"idle": false, "pending": n}``.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections import Counter
from dataclasses import dataclass
from typing import Any

import httpx
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from wawex_partner_api.sandbox.flows import Notification, Store

DEFAULT_TIMEOUT = 5.0
KNOBS = {"webhook_drop": int, "webhook_duplicate": int, "webhook_delay": float, "webhook_timeout": float}


@dataclass(frozen=True)
class Job:
    notification: Notification
    drop: bool
    copies: int
    delay: float
    timeout: float


class Deliveries:
    """The delivery queue of one sandbox. Every method runs in the server's event loop (or before it starts)."""

    def __init__(self, store: Store, counters: Counter[str], log: list[dict[str, Any]]) -> None:
        self.store, self.counters, self.log = store, counters, log
        self.knobs: dict[str, Any] = {}
        self.pending = 0  # queued or being sent
        self._idle = asyncio.Event()
        self._queue: asyncio.Queue[Job] = asyncio.Queue()
        self._worker: asyncio.Task[None] | None = None
        self.reset()

    def reset(self) -> None:
        """Forget the queue (a POST under way is abandoned) and the knobs."""
        if self._worker is not None:
            self._worker.cancel()
            self._worker = None
        self._queue = asyncio.Queue()
        self.pending = 0
        self._idle.set()
        self.knobs = {"webhook_drop": 0, "webhook_duplicate": 0, "webhook_delay": 0.0}
        self.knobs["webhook_timeout"] = DEFAULT_TIMEOUT

    def configure(self, changes: dict[str, Any]) -> None:
        for name, kind in KNOBS.items():
            if name in changes:
                self.knobs[name] = kind(changes[name])

    def submit(self) -> None:
        """Queue what the last flow emitted, deciding each one's fate from the knobs."""
        while self.store.outbox:
            notification = self.store.outbox.pop(0)
            drop = self._take("webhook_drop")
            copies = 2 if not drop and self._take("webhook_duplicate") else 1
            delay, timeout = float(self.knobs["webhook_delay"]), float(self.knobs["webhook_timeout"])
            self._queue.put_nowait(Job(notification, drop, copies, delay, timeout))
            self.pending += 1
            self._idle.clear()
        if self.pending and (self._worker is None or self._worker.done()):
            self._worker = asyncio.get_running_loop().create_task(self._work())

    def _take(self, knob: str) -> bool:
        if self.knobs[knob] > 0:
            self.knobs[knob] -= 1
            return True
        return False

    async def wait_idle(self, timeout: float) -> bool:
        try:
            await asyncio.wait_for(self._idle.wait(), timeout)
        except TimeoutError:
            return False
        return True

    async def _work(self) -> None:
        queue = self._queue
        async with httpx.AsyncClient(trust_env=False, follow_redirects=False) as http:
            while True:
                job = await queue.get()
                await self._deliver(http, job)
                self.pending -= 1
                if not self.pending:
                    self._idle.set()

    async def _deliver(self, http: httpx.AsyncClient, job: Job) -> None:
        notification = job.notification
        delivered = False
        if job.drop:
            self._log(notification, "dropped")
        else:
            if job.delay > 0:
                await asyncio.sleep(job.delay)
            body = json.dumps(notification.payload, separators=(",", ":")).encode()
            headers = list(notification.headers)
            if not any(name.lower() == "content-type" for name, _ in headers):
                headers.insert(0, ("Content-Type", "application/json"))
            for _ in range(job.copies):
                self.counters["webhook_deliveries"] += 1
                outcome = await self._post(http, notification.url, body, headers, job.timeout)
                self._log(notification, outcome)
                if outcome == "delivered":
                    self.counters["webhook_delivered"] += 1
                    delivered = True
        if not delivered:
            self.counters["webhook_undelivered"] += 1
            self.store.undelivered.append(
                {
                    "eventType": notification.event_type,
                    "url": notification.url,
                    "payload": notification.payload,
                    "createdOn": notification.created_on,
                }
            )

    @staticmethod
    async def _post(
        http: httpx.AsyncClient, url: str, body: bytes, headers: list[tuple[str, str]], timeout: float
    ) -> str:
        try:
            response = await http.post(url, content=body, headers=headers, timeout=timeout)
        except Exception as error:  # refused, timed out, a URL httpx cannot send to, ...: all undelivered
            return type(error).__name__
        return "delivered" if response.is_success else f"status {response.status_code}"

    def _log(self, notification: Notification, outcome: str) -> None:
        self.log.append(
            {
                "kind": "webhook",
                "time": time.monotonic(),
                "event_type": notification.event_type,
                "url": notification.url,
                "outcome": outcome,
            }
        )


def control_routes(deliveries: Deliveries) -> list[Route]:
    async def wait(request: Request) -> Response:
        timeout = float((await request.json()).get("timeout", 10.0))
        if await deliveries.wait_idle(timeout):
            return JSONResponse({"idle": True})
        return JSONResponse({"idle": False, "pending": deliveries.pending}, status_code=504)

    return [Route("/_sandbox/webhook-deliveries/wait", wait, methods=["POST"])]
