"""The client end to end against the local sandbox, as a partner would use it (`make demo`).

Starts a sandbox on a free loopback port, points the WAWEX_* environment at it, and then uses only
the public API: the client from the environment, operations from wawex_partner_api.operations.
Prints a short transcript; never a secret or a token.
"""

from __future__ import annotations

import contextlib
import logging
import os
import socket
import threading
import time
import uuid
from collections.abc import Iterator

from wawex_partner_api import MissingRequestorError, PartnerClient, ResponseValidationError
from wawex_partner_api.operations.customers import update_customer
from wawex_partner_api.operations.natural_persons import create_natural_person, get_natural_person, get_natural_persons
from wawex_partner_api.operations.new_documents import get_documents
from wawex_partner_api.sandbox import SandboxServer
from wawex_partner_api.webhooks import Receiver, new_header_value, subscribe
from wawex_partner_api_client.models.customer_update_data import CustomerUpdateData
from wawex_partner_api_client.models.natural_person_data import NaturalPersonData
from wawex_partner_api_client.models.natural_person_notification import NaturalPersonNotification
from wawex_partner_api_client.types import UNSET

PEOPLE = [("Ada", "Lovelace", "1815-12-10"), ("Alan", "Turing", "1912-06-23"), ("Grace", "Hopper", "1906-12-09")]


def person_data(who: tuple[str, str, str]) -> NaturalPersonData:
    first, last, born = who
    return NaturalPersonData.from_dict(
        {
            "gender": "FEMALE",
            "firstName": first,
            "lastName": last,
            "birthDay": born,
            "birthPlace": "London",
            "birthCountry": "GB",
            "isUsNationality": False,
        }
    )


def say(step: str, text: str) -> None:
    print(f"{step:>3}  {text}")


def run(sandbox: SandboxServer) -> None:
    client = PartnerClient.from_env(advisory_window=3.0, mandatory_window=2.0)  # short windows: see a refresh
    say("", f"client: {client!r}")

    ids = []
    for who in PEOPLE:
        created = create_natural_person.sync(client=client, body=person_data(who))
        ids.append(str(created.natural_person_id))  # typed CreateNaturalPersonResult: errors raise
    say("1.", f"created {len(ids)} natural persons without a Requestor-ID (exempt): {ids[0][:8]}…, …")

    ada = client.with_requestor(ids[0])
    person = get_natural_person.sync(ids[0], client=ada)  # the page shows no schema: the answer's JSON
    say("2.", f"read it acting as {ids[0][:8]}…: {person['firstName']} {person['lastName']}, {person['status']}")

    cursor, pages = UNSET, []
    while True:
        body = get_natural_persons.sync(client=ada, limit=2, cursor=cursor)
        pages.append(len(body["data"]))
        cursor = body["pagination"].get("cursor", UNSET)
        if cursor is UNSET:
            break
    say("3.", f"listed natural persons 2 per page: pages of {pages}")

    before = sandbox.counter("token_requests")
    time.sleep(3.2)  # the sandbox's tokens live 5 s; now inside the client's 3 s refresh window
    get_natural_person.sync_detailed(ids[1], client=client.with_requestor(ids[1]))
    say("4.", f"token requests: {before} before, {sandbox.counter('token_requests')} after nearing expiry (refreshed)")

    try:
        update_customer.sync(uuid.UUID(ids[2]), client=client, body=CustomerUpdateData(labels=["demo"]))
    except MissingRequestorError as error:
        sent = sandbox.counter("operation:update-customer")
        say("5.", f"label a customer with no requestor -> {type(error).__name__}: {error}")
        say("", f"requests that reached the sandbox for it: {sent}")

    receive_a_notification(sandbox, client, PEOPLE[0])
    tallies = client.drift()  # the sandbox answers like the partner: with more than its pages show
    say("7.", f"the answers held {len(tallies)} things the spec does not know (client.drift()), e.g.:")
    for tally in tallies[:2]:
        say("", f"{tally.count}x {tally.drift.describe()}")
    client.close()
    read_answers_that_drift()


def read_answers_that_drift() -> None:
    """A sandbox whose answers differ from the spec (one seeded difference per operation): read anyway, recorded,
    and refused in strict mode."""
    with SandboxServer(drift=5) as drifting:
        client = drifting.client()
        page = get_documents.sync(client=client, resource_type="NATURAL_PERSON", resource_id=uuid.uuid4())
        (tally,) = client.drift()
        say(
            "8.",
            f"a drifting sandbox's get-documents, read anyway ({len(page.data)} documents): {tally.drift.describe()}",
        )
        try:
            get_documents.sync(client=client.with_options(strict=True), resource_type="X", resource_id=uuid.uuid4())
        except ResponseValidationError as error:
            say("", f"strict=True -> {type(error).__name__}: {error}")
        client.close()


@contextlib.contextmanager
def serving(receiver: Receiver) -> Iterator[str]:
    """The receiver in a Starlette app on a loopback port (uvicorn in a thread): the integrator's server."""
    import uvicorn
    from starlette.applications import Starlette
    from starlette.routing import Mount

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    app = Starlette(routes=[Mount("/hooks", app=receiver.asgi())])
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run)
    thread.start()
    while not server.started:
        time.sleep(0.01)
    try:
        yield f"http://127.0.0.1:{port}/hooks"
    finally:
        server.should_exit = True
        thread.join()


def receive_a_notification(sandbox: SandboxServer, client: PartnerClient, who: tuple[str, str, str]) -> None:
    secret = new_header_value()  # the partner sends it with every notification: our proof of origin
    receiver = Receiver({"api-key": secret})
    received: list[NaturalPersonNotification] = []
    receiver.on(NaturalPersonNotification)(received.append)
    with serving(receiver) as hooks:
        subscribe(client, "NATURAL_PERSON_NOTIFICATION", f"{hooks}/natural-person-notification", {"api-key": secret})
        created = create_natural_person.sync(client=client, body=person_data(who))
        sandbox.wait_for_deliveries()
    (notification,) = received
    say(
        "6.",
        f"subscribed, created {str(created.natural_person_id)[:8]}…: received {type(notification).__name__}"
        f" {str(notification.natural_person_id)[:8]}… {notification.notification_type}",
    )


def main() -> None:
    # Each difference from the spec is logged once as a WARNING; this transcript shows them in steps 7 and 8 instead.
    logging.getLogger("wawex_partner_api.drift").addHandler(logging.NullHandler())
    logging.getLogger("wawex_partner_api.drift").propagate = False
    started = time.perf_counter()
    with SandboxServer() as sandbox:
        say("", f"sandbox on {sandbox.base_url}, ready in {time.perf_counter() - started:.2f} s")
        sandbox.settings(expires_in=5)
        os.environ.update(
            WAWEX_CLIENT_ID=sandbox.client_id,
            WAWEX_CLIENT_SECRET=sandbox.client_secret,
            WAWEX_BASE_URL=sandbox.base_url,
            WAWEX_TOKEN_URL=sandbox.token_url,
        )
        run(sandbox)
        port = sandbox.port
    say("", f"sandbox stopped; port {port} closed")


if __name__ == "__main__":
    main()
