"""``wawex call`` against the sandbox: every operation its stateful flows support, pagination, answers on
stdout only, error classes and their exit codes."""

from __future__ import annotations

import json
import os
import pty
import select
import shlex
import socket
import subprocess
import sys
from pathlib import Path
from typing import Any

from tests.cli.conftest import PERSON, WAWEX, Cli
from tests.overlay.conftest import PERSON_DATA

LEGAL_ENTITY = {
    "legalName": "Analytical Engines Ltd",
    "legalForm": "LTD",
    "registerCountry": "GB",
    "registerNumber": "HRB 1843",
    "registerCourt": "London",
    "foundedOn": "1843-07-01",
    "taxNumber": "1843",
}
WEBHOOK = {"eventType": "CUSTOMER_NOTIFICATION", "url": "https://partner.invalid/customer-notification"}


def _json(cli: Cli, *args: str, stdin: str = "") -> Any:
    run = cli(*args, stdin=stdin)
    assert run.code == 0, run.stderr
    assert run.stderr == ""
    return json.loads(run.stdout)


def test_natural_persons_create_get_list(wawex: Cli, tmp_path: Path) -> None:
    body = tmp_path / "person.json"
    body.write_text(json.dumps(PERSON_DATA))
    created = _json(wawex, "call", "create-natural-person", "--body", f"@{body}")
    person_id = created["naturalPersonId"]

    person = _json(wawex, "call", "get-natural-person", "-p", f"naturalPersonId={person_id}")
    assert person["firstName"] == PERSON_DATA["firstName"]
    assert person["naturalPersonId"] == person_id

    listed = _json(wawex, "call", "get-natural-persons", "-p", "limit=5")
    assert [entry["naturalPersonId"] for entry in listed["data"]] == [person_id]
    assert wawex.sandbox.counter("operation:create-natural-person") == 1


def test_legal_entities_prepare_search_create_get_list(wawex: Cli) -> None:
    search = _json(wawex, "call", "prepare-legal-entity-data", "--body", "{}")
    statuses = [_json(wawex, "call", "get-search", "-p", f"searchId={search['searchId']}")["status"] for _ in range(5)]
    assert statuses[-1] == "COMPLETED"

    created = _json(wawex, "call", "create-legal-entity", "--body", "-", stdin=json.dumps(LEGAL_ENTITY))
    entity_id = created["legalEntityId"]
    entity = _json(wawex, "call", "get-specific-legal-entity", "-p", f"legalEntityId={entity_id}")
    assert entity["legalName"] == LEGAL_ENTITY["legalName"]
    listed = _json(wawex, "call", "list-legal-entities")
    assert [entry["legalEntityId"] for entry in listed["data"]] == [entity_id]


def test_customers_create_and_list_through_a_pipe(wawex: Cli) -> None:
    body = json.dumps({"entityId": PERSON, "entityType": "NATURAL_PERSON"})
    created = _json(wawex, "call", "create-customer", "--requestor", PERSON, "--body", body)
    assert wawex.sandbox.requests("api")[-1]["requestor_id"] == PERSON

    # The README's line: stdout is pure JSON, so it pipes into a JSON reader.
    command = (
        f"{shlex.quote(str(WAWEX))} call get-customers --requestor {PERSON} -p limit=2"
        f' | {shlex.quote(sys.executable)} -c \'import json,sys; print(json.load(sys.stdin)["data"][0]["customerId"])\''
    )
    piped = subprocess.run(command, shell=True, env=wawex.env, capture_output=True, text=True, check=False)
    assert piped.returncode == 0, piped.stderr
    assert piped.stdout.strip() == created["customerId"]
    assert piped.stderr == ""
    assert wawex.sandbox.requests("api")[-1]["path"] == "/roles/customers"


def test_labelling_customers_answers_202_without_a_body(wawex: Cli) -> None:
    body = json.dumps({"entityId": PERSON, "entityType": "NATURAL_PERSON"})
    customer = _json(wawex, "call", "create-customer", "--requestor", PERSON, "--body", body)["customerId"]
    run = wawex("call", "add-label-to-all-provided-customers", "-p", "labelName=vip", "--body", json.dumps([customer]))
    assert (run.code, run.stdout, run.stderr) == (0, "", "")
    status = _json(
        wawex, "call", "add-label-to-all-provided-customers", "-p", "labelName=vip", "--body", "[]", "--include-status"
    )
    assert status == {"status": 202, "body": None}


def test_webhooks_subscribe_list_missing_get_delete(wawex: Cli) -> None:
    assert (
        _json(wawex, "call", "create-or-update-webhook", "--body", "-", "--include-status", stdin=json.dumps(WEBHOOK))[
            "status"
        ]
        == 200
    )
    listed = _json(wawex, "call", "get-all-webhooks")
    assert [(hook["eventType"], hook["url"]) for hook in listed] == [(WEBHOOK["eventType"], WEBHOOK["url"])]
    missing = [entry["eventType"] for entry in _json(wawex, "call", "get-all-missing-webhooks")]
    assert WEBHOOK["eventType"] not in missing
    assert "NATURAL_PERSON_NOTIFICATION" in missing
    assert _json(wawex, "call", "get-webhook", "-p", "eventType=CUSTOMER_NOTIFICATION")["url"] == WEBHOOK["url"]
    run = wawex("call", "delete-webhook", "-p", "eventType=CUSTOMER_NOTIFICATION")
    assert run.code == 0, run.stderr
    assert _json(wawex, "call", "get-all-webhooks") == []


def test_a_date_time_parameter_reaches_the_api_in_rfc_3339(wawex: Cli) -> None:
    found = _json(wawex, "call", "get-undelivered-webhooks", "-p", "startDate=2025-01-31T09:30:00Z", "-p", "limit=5")
    assert found == {"data": [], "pagination": {"limit": 5}}
    assert wawex.sandbox.requests("api")[-1]["path"] == "/undelivered-webhooks"


def test_all_pages_streams_every_item_as_json_lines(wawex: Cli) -> None:
    client = wawex.sandbox.client().with_requestor(PERSON)
    for _ in range(7):
        client.get_httpx_client().post("/roles/customers", json={"entityId": PERSON, "entityType": "NATURAL_PERSON"})
    client.close()
    wawex.sandbox.reset_counters()

    run = wawex("call", "get-customers", "--all-pages", "-p", "limit=3")
    assert run.code == 0, run.stderr
    assert run.stderr == ""  # no progress: stderr is not a terminal
    items = [json.loads(line) for line in run.stdout.splitlines()]
    assert len(items) == 7
    assert len({item["customerId"] for item in items}) == 7
    assert wawex.sandbox.counter("operation:get-customers") == 3  # 3 + 3 + 1


def test_an_error_answer_is_one_line_on_stderr_with_the_4xx_exit_code(wawex: Cli) -> None:
    run = wawex("call", "get-natural-person", "-p", f"naturalPersonId={PERSON}")
    assert run.code == 4
    assert run.stdout == ""
    assert run.error_line.startswith("wawex call: error: get-natural-person (GET /entities/natural-persons/")
    assert "answered 404: natural person not found" in run.stderr

    run = wawex("call", "get-natural-person", "-p", f"naturalPersonId={PERSON}", "--json-errors", "--include-status")
    assert run.code == 4
    assert json.loads(run.stdout)["status"] == 404
    error = json.loads(run.error_line)
    assert error["error"] == "NotFoundError"
    assert (error["exit_code"], error["status"], error["operation"]) == (4, 404, "get-natural-person")


def test_the_sandbox_validation_details_are_in_the_line(wawex: Cli) -> None:
    wawex.sandbox.script_api_responses(
        {
            "status": 400,
            "json": {
                "message": "invalid request",
                "errorCode": "VALIDATION_ERROR",
                "errorDetails": [{"field": "entityId", "errors": [{"code": "INVALID", "message": "unknown entity"}]}],
            },
        }
    )
    run = wawex("call", "get-customers")
    assert run.code == 4
    assert "answered 400: invalid request [VALIDATION_ERROR] — entityId: unknown entity" in run.error_line


def test_a_server_error_exits_5_after_the_retries(wawex: Cli) -> None:
    wawex.sandbox.script_api_responses(
        *[{"status": 503, "json": {"message": "down"}, "headers": {"Retry-After": "0"}} for _ in range(3)]
    )
    run = wawex("call", "get-customers")
    assert run.code == 5
    assert "answered 503: down" in run.error_line
    assert wawex.sandbox.counter("api_requests") == 3


def test_an_unreachable_api_exits_6(wawex: Cli) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        closed = f"http://127.0.0.1:{sock.getsockname()[1]}"
    run = wawex("call", "get-customers", "--base-url", closed)
    assert run.code == 6
    assert "failed: ConnectError (check WAWEX_BASE_URL, --base-url or --environment)" in run.error_line


def test_options_override_the_environment(wawex: Cli) -> None:
    env = {"WAWEX_BASE_URL": "http://127.0.0.1:9", "WAWEX_TOKEN_URL": "http://127.0.0.1:9/oauth2/token"}
    run = wawex(
        "call",
        "get-all-webhooks",
        "--base-url",
        wawex.sandbox.base_url,
        "--token-url",
        wawex.sandbox.token_url,
        env=env,
    )
    assert run.code == 0, run.stderr
    assert json.loads(run.stdout) == []


def test_a_missing_requestor_exits_3_and_sends_nothing(wawex: Cli) -> None:
    run = wawex("call", "update-customer", "-p", f"customerId={PERSON}", "--body", "{}")
    assert run.code == 3
    assert run.stdout == ""
    assert (
        run.error_line == "wawex call: error: update-customer requires --requestor UUID (the natural person acting)\n"
    )
    assert wawex.counts() == (0, 0)


def test_missing_credentials_are_a_usage_error(wawex: Cli) -> None:
    run = wawex("call", "get-customers", env={"WAWEX_CLIENT_SECRET": ""})
    assert run.code == 2
    assert "missing environment variable(s): WAWEX_CLIENT_SECRET" in run.error_line
    assert wawex.counts() == (0, 0)


def test_verbose_logs_requests_without_credentials(wawex: Cli) -> None:
    run = wawex("call", "get-customers", "-v")
    assert run.code == 0
    assert "get-customers GET /roles/customers -> 200" in run.stderr
    run = wawex("call", "get-customers", "-vv", "--requestor", PERSON)
    assert run.code == 0
    assert "[REDACTED]" in run.stderr  # the Authorization header, masked
    json.loads(run.stdout)
    # Cli.audit: neither the secret nor the tokens the sandbox saw are on stdout or stderr.


def test_a_binary_answer_goes_to_stdout_as_it_came(wawex: Cli) -> None:
    done = subprocess.run(
        [str(WAWEX), "call", "get-order-receipt", "-p", f"orderId={PERSON}", "--requestor", PERSON],
        env=wawex.env,
        capture_output=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout == b"sandbox get-order-receipt"


def test_all_pages_shows_progress_only_on_a_terminal_and_never_on_stdout(wawex: Cli) -> None:
    client = wawex.sandbox.client().with_requestor(PERSON)
    for _ in range(3):
        client.get_httpx_client().post("/roles/customers", json={"entityId": PERSON, "entityType": "NATURAL_PERSON"})
    client.close()
    controller, terminal = pty.openpty()
    try:
        done = subprocess.run(
            [str(WAWEX), "call", "get-customers", "--all-pages", "-p", "limit=1"],
            env={**wawex.env, "TERM": "xterm"},
            stdout=subprocess.PIPE,
            stderr=terminal,
            check=False,
            timeout=60,
        )
        os.close(terminal)
        shown = b""
        while select.select([controller], [], [], 0.5)[0]:
            try:
                chunk = os.read(controller, 65536)
            except OSError:  # the terminal's other end is closed: all read
                break
            if not chunk:
                break
            shown += chunk
    finally:
        os.close(controller)
    assert done.returncode == 0
    assert [json.loads(line)["customerStatus"] for line in done.stdout.splitlines()] == ["CREATED"] * 3
    assert b"get-customers: 3 page(s), 3 item(s)" in shown


def test_a_call_imports_only_the_operation_it_calls(wawex: Cli) -> None:
    probe = (
        "import json, sys\n"
        "from wawex_partner_api.cli.app import run\n"
        "started = sorted(m for m in sys.modules if m.startswith(PREFIXES))\n"
        "code = run(['call', 'get-customers', '-p', 'limit=1'])\n"
        "called = sorted(m for m in sys.modules if m.startswith(PREFIXES))\n"
        "print(json.dumps({'code': code, 'started': started, 'called': called}), file=sys.stderr)\n"
    ).replace("PREFIXES", "('wawex_partner_api.operations.', 'wawex_partner_api_client.api.', 'jsonschema')")
    done = subprocess.run([sys.executable, "-c", probe], env=wawex.env, capture_output=True, text=True, check=False)
    found = json.loads(done.stderr.splitlines()[-1])
    assert found["code"] == 0
    assert found["started"] == []
    loaded = {name for name in found["called"] if not name.startswith("jsonschema")}
    assert loaded == {
        "wawex_partner_api.operations.customers",
        "wawex_partner_api.operations.customers.get_customers",
        "wawex_partner_api_client.api.customers",
        "wawex_partner_api_client.api.customers.get_customers",
    }
