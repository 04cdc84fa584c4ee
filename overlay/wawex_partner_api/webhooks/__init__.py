"""Receiving the partner's notifications: typed, authenticated, handled once.

The partner answers most writes "accepted" and reports the outcome later by POSTing a notification to
the URL subscribed for its event type, with the static headers configured at subscription (its only
authentication). ``Receiver`` checks, parses and deduplicates each one and calls your handlers:

    from wawex_partner_api.webhooks import Receiver, new_header_value, subscribe
    from wawex_partner_api_client.models.natural_person_notification import NaturalPersonNotification

    secret = new_header_value()                            # keep it with your other secrets
    subscribe(client, "NATURAL_PERSON_NOTIFICATION", "https://example.com/hooks/natural-person-notification",
              {"api-key": secret})
    receiver = Receiver({"api-key": secret})

    @receiver.on(NaturalPersonNotification)
    def person_changed(notification: NaturalPersonNotification) -> None: ...

- Starlette / FastAPI: ``Mount("/hooks", app=receiver.asgi())``.
- Flask, Django or anything else: ``reply = receiver.receive(method, path, headers, body)``, then answer
  ``reply.status`` with ``reply.body`` and ``reply.headers``.
- Several processes: ``Receiver(..., store=RedisDedupeStore(redis.Redis(...)))`` (the ``[redis]`` extra).
- After an outage: ``recover(client, receiver)`` handles what the partner could not deliver.
"""

from wawex_partner_api.webhooks.checks import Reply
from wawex_partner_api.webhooks.dedupe import MemoryDedupeStore, RedisDedupeStore
from wawex_partner_api.webhooks.receiver import Receiver, UnknownNotification
from wawex_partner_api.webhooks.recovery import Recovered, recover
from wawex_partner_api.webhooks.subscribing import new_header_value, subscribe, subscribe_async, webhook

__all__ = [
    "MemoryDedupeStore",
    "Receiver",
    "Recovered",
    "RedisDedupeStore",
    "Reply",
    "UnknownNotification",
    "new_header_value",
    "recover",
    "subscribe",
    "subscribe_async",
    "webhook",
]
