"""``Receiver``: one inbound notification in, one answer out, whatever the web framework.

    receiver = Receiver({"api-key": secret_value})

    @receiver.on(NaturalPersonNotification)
    def person_changed(notification: NaturalPersonNotification) -> None: ...

    reply = receiver.receive("POST", path, headers, body)      # any framework: Flask, Django, …
    app = receiver.asgi()                                      # Starlette / FastAPI: mount it

In order: the subscription's headers (401, before the body is looked at), the method (405), the path
(404, or an ``UnknownNotification`` for its handlers when ``accept_unknown``), the size (413), the content
type (415), JSON (400), the payload's schema and its id fields (400, in the partner's ``ErrorMessage``
shape). Fields the documents do not know are kept (``additional_properties``), never refused. Then the
notification is claimed in the dedupe store: handled before -> 200 without calling a handler; being
handled -> 409; else the handlers run: success -> 200 and the key is recorded; an error -> 500 and the
key is released, so a redelivery or ``recover`` runs them again.
"""

from __future__ import annotations

import hashlib
import inspect
import json
from collections.abc import Awaitable, Callable, Iterable, Mapping
from typing import Any, TypeVar

import attrs

from wawex_partner_api.config import Secret
from wawex_partner_api.errors import ConfigurationError
from wawex_partner_api.redaction import get_logger
from wawex_partner_api.webhooks import kinds
from wawex_partner_api.webhooks.checks import MAX_BODY_DEFAULT, OK, HeaderCheck, Reply, error, is_json
from wawex_partner_api.webhooks.dedupe import Claim, DedupeStore, MemoryDedupeStore

logger = get_logger("wawex_partner_api.webhooks")

N = TypeVar("N")
Handler = Callable[[Any], Awaitable[None] | None]


@attrs.frozen
class UnknownNotification:
    """A notification on a path the partner's documents do not describe (only with ``accept_unknown``)."""

    path: str
    payload: dict[str, Any]


@attrs.frozen
class Admitted:
    """A notification that passed every check: its typed form, its kind, its dedupe key."""

    notification: Any
    key: str
    handlers: tuple[Handler, ...]


class Receiver:
    def __init__(
        self,
        expected_headers: Mapping[str, str | Secret],
        *,
        store: DedupeStore | None = None,
        max_body: int = MAX_BODY_DEFAULT,
        accept_unknown: bool = False,
        insecure_no_authentication: bool = False,
    ) -> None:
        if not expected_headers and not insecure_no_authentication:
            raise ConfigurationError(
                "a receiver needs the headers configured at subscription (the partner's only authentication)"
            )
        self._check = HeaderCheck(expected_headers)
        self._store = store if store is not None else MemoryDedupeStore()
        self._max_body = max_body
        self._accept_unknown = accept_unknown
        self._handlers: dict[type[Any], list[Handler]] = {}

    def __repr__(self) -> str:
        return f"<Receiver {self._check!r} store={type(self._store).__name__}>"

    @property
    def max_body(self) -> int:
        return self._max_body

    def on(self, model: type[N]) -> Callable[[Callable[[N], Any]], Callable[[N], Any]]:
        """Register a handler (sync or async) for one notification model, or ``UnknownNotification``."""
        if model is not UnknownNotification and kinds.by_model(model) is None:
            raise ConfigurationError(f"{model.__name__} is not a notification model")

        def register(handler: Callable[[N], Any]) -> Callable[[N], Any]:
            self._handlers.setdefault(model, []).append(handler)
            return handler

        return register

    # -- the two ways in ---------------------------------------------------------------------------

    def receive(self, method: str, path: str, headers: Iterable[tuple[str, str]], body: bytes) -> Reply:
        """Check, deduplicate and handle one notification; async handlers run to completion here."""
        admitted = self.admit(method, path, headers, body)
        return admitted if isinstance(admitted, Reply) else self._handle(admitted)

    async def receive_async(self, method: str, path: str, headers: Iterable[tuple[str, str]], body: bytes) -> Reply:
        """The same, for an event loop: sync handlers run in a worker thread, async ones are awaited."""
        import asyncio

        admitted = self.admit(method, path, headers, body)
        if isinstance(admitted, Reply):
            return admitted
        claim = await asyncio.to_thread(self._store.claim, admitted.key)
        if claim is not Claim.NEW:
            return _already(claim)
        try:
            for handler in admitted.handlers:
                if inspect.iscoroutinefunction(handler):
                    await handler(admitted.notification)
                else:
                    await asyncio.to_thread(handler, admitted.notification)
        except Exception:
            await asyncio.to_thread(self._store.release, admitted.key)
            logger.exception("a notification handler failed; the notification may be delivered again")
            return error(500, "the notification could not be handled")
        await asyncio.to_thread(self._store.done, admitted.key)
        return OK

    def asgi(self) -> Any:
        """An ASGI application serving this receiver (mount it under any path)."""
        from wawex_partner_api.webhooks.asgi import ReceiverApp

        return ReceiverApp(self)

    # -- checks ------------------------------------------------------------------------------------

    def admit(self, method: str, path: str, headers: Iterable[tuple[str, str]], body: bytes) -> Admitted | Reply:
        headers = list(headers)
        if not self._check.passes(headers):
            return error(401, "the notification does not carry the headers configured for this webhook")
        if method.upper() != "POST":
            return error(405, "notifications are POSTed")
        kind = kinds.by_segment(path)
        if kind is None and not self._accept_unknown:
            return error(404, "no notification of the partner's is delivered on this path")
        if len(body) > self._max_body:
            return error(413, f"the body is larger than {self._max_body} bytes")
        content_type = next((value for name, value in headers if name.lower() == "content-type"), None)
        if not is_json(content_type):
            return error(415, "notifications are JSON (Content-Type: application/json)")
        try:
            payload = json.loads(body)
        except ValueError:
            return error(400, "the body is not valid JSON")
        return self._typed(kind, path, payload)

    def replay(self, event_type: str, payload: object) -> Reply:
        """Handle a notification fetched from the partner (``recover``): no HTTP checks, the same dedupe."""
        kind = kinds.by_event_type(event_type)
        if kind is None and not self._accept_unknown:
            return error(404, f"{event_type} is not a notification the partner's documents describe")
        admitted = self._typed(kind, event_type, payload)
        return admitted if isinstance(admitted, Reply) else self._handle(admitted)

    def _typed(self, kind: kinds.Kind | None, where: str, payload: object) -> Admitted | Reply:
        if not isinstance(payload, dict):
            return error(400, "the body is not a JSON object", [("body", "TYPE", "a JSON object is expected")])
        if kind is None:
            notification: Any = UnknownNotification(where, payload)
            return Admitted(notification, _key(where, payload), tuple(self._handlers.get(UnknownNotification, ())))
        missing = [name for name in kind.id_fields if not isinstance(payload.get(name), str)]
        if missing:
            why = "the object's id is needed to handle each notification once"
            return error(400, f"the {kind.event_type} payload lacks its id", [(n, "REQUIRED", why) for n in missing])
        try:
            notification = kind.model.from_dict(payload)
        except (KeyError, ValueError, TypeError, AttributeError) as problem:
            reason = type(problem).__name__
            return error(400, f"the {kind.event_type} payload does not fit its schema", [("body", "SCHEMA", reason)])
        identity = {name: payload.get(name) for name in (*kind.id_fields, *kinds.IDENTITY_EXTRAS)}
        return Admitted(
            notification,
            _key(kind.event_type, identity if kind.id_fields else payload),
            tuple(self._handlers.get(kind.model, ())),
        )

    def _handle(self, admitted: Admitted) -> Reply:
        """Claim, run the handlers (async ones to completion, with ``asyncio.run``), record or release."""
        import asyncio

        claim = self._store.claim(admitted.key)
        if claim is not Claim.NEW:
            return _already(claim)
        try:
            for handler in admitted.handlers:
                outcome = handler(admitted.notification)
                if inspect.isawaitable(outcome):
                    asyncio.run(_awaited(outcome))
        except Exception:
            self._store.release(admitted.key)
            logger.exception("a notification handler failed; the notification may be delivered again")
            return error(500, "the notification could not be handled")
        self._store.done(admitted.key)
        return OK


def _already(claim: Claim) -> Reply:
    if claim is Claim.DONE:
        return Reply(200, duplicate=True)  # a redelivery: acknowledged, not handled twice
    return error(409, "this notification is being handled; deliver it again later")


def _key(kind: str, identity: Mapping[str, Any]) -> str:
    canonical = json.dumps([kind, identity], sort_keys=True, separators=(",", ":"), default=str)
    return hashlib.sha256(canonical.encode()).hexdigest()


async def _awaited(outcome: Awaitable[None]) -> None:
    await outcome
