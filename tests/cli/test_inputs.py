"""Bad input to ``wawex call``: a clear one-line message naming the problem, exit 2, and nothing sent
(neither an API request nor a token request reaches the sandbox)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli.conftest import PERSON, Cli

CUSTOMER = json.dumps({"entityId": PERSON, "entityType": "NATURAL_PERSON"})
CASES = [
    (
        ("get-customers", "-p", "colour=blue"),
        "",
        "unknown parameter 'colour' for get-customers (its parameters: cursor,",
    ),
    (("get-customers", "-p", "limit=many"), "", "parameter limit: 'many' is not an integer"),
    (("get-customers", "-p", "limit"), "", "-p expects NAME=VALUE, got 'limit'"),
    (("get-customers", "-p", "limit=1", "-p", "limit=2"), "", "parameter limit given twice"),
    (("get-customers", "-p", "entityId=42"), "", "parameter entityId: '42' is not a UUID (8-4-4-4-12 hexadecimal"),
    (
        ("get-customer-products", "-p", f"customerId={PERSON}", "-p", "productType=GOLD"),
        "",
        "parameter productType: 'GOLD' is not one of CASH,",
    ),
    (
        ("get-undelivered-webhooks", "-p", "startDate=2025-01-31"),
        "",
        "parameter startDate: '2025-01-31' is not an RFC 3339 date-time with an offset",
    ),
    (("get-natural-person",), "", "get-natural-person needs naturalPersonId (path): pass -p NAME=VALUE"),
    (("get-customers", "-p", "Requestor-ID=" + PERSON), "", "Requestor-ID is not a -p parameter: pass --requestor"),
    (("get-customers", "--requestor", "not-a-uuid"), "", "--requestor: 'not-a-uuid' is not a UUID"),
    (("get-customers", "--requestor", " " + PERSON), "", "is not a UUID (8-4-4-4-12 hexadecimal digits)"),
    (("create-customer", "--body", '{"entityId": '), "", "--body: the inline JSON is not valid JSON: Expecting value"),
    (("create-customer", "--body", "-"), "{oops}", "--body: standard input is not valid JSON: Expecting property name"),
    (("create-customer", "--body", "-"), "", "--body: standard input is empty; it must hold JSON"),
    (("create-customer", "--body", "@missing.json"), "", "--body: cannot read missing.json: No such file or directory"),
    (("create-customer", "--body", '{"entityType": "NATURAL_PERSON"}'), "", "body: 'entityId' is a required property"),
    (("create-customer", "--body", '{"entityId": "x", "entityType": 7}'), "", "body.entityId: 'x' is not a UUID"),
    (("create-customer", "--body", "[1, 2]"), "", "body: [1, 2] is not of type 'object'"),
    (("get-customers", "--body", CUSTOMER), "", "get-customers takes no request body"),
    (("get-customer", "--all-pages", "-p", f"customerId={PERSON}"), "", "get-customer is not paginated"),
    (("get-customers", "--all-pages", "--include-status"), "", "--all-pages streams items; it does not take"),
    (("get-token",), "", "get-token is a token endpoint; the command line never prints tokens"),
    (("get-custmers",), "", "unknown operation 'get-custmers'; did you mean get-customers"),
    (("get-customers", "--limit", "2"), "", "--limit"),  # click's own message (its wording varies by version)
    (("get-customers", "--environment", "staging"), "", "'staging' is not one of"),
]


@pytest.mark.parametrize(("args", "stdin", "message"), CASES, ids=[" ".join(case[0]) for case in CASES])
def test_bad_input_is_refused_before_any_request(wawex: Cli, args: tuple[str, ...], stdin: str, message: str) -> None:
    run = wawex("call", *args, stdin=stdin)
    assert run.code == 2, run.stderr
    assert run.stdout == ""
    assert run.error_line.startswith("wawex call: error: ")
    assert message in run.stderr
    assert wawex.counts() == (0, 0)


def test_every_problem_of_a_body_is_listed_in_json_errors(wawex: Cli, tmp_path: Path) -> None:
    body = tmp_path / "person.json"
    body.write_text(json.dumps({"firstName": 7, "birthDay": "10.12.1815"}))
    run = wawex("call", "create-natural-person", "--body", f"@{body}", "--json-errors")
    assert run.code == 2
    error = json.loads(run.error_line)
    assert error["exit_code"] == 2
    assert "body.birthDay: '10.12.1815' is not a date, e.g. 2025-01-31" in error["problems"]
    assert "body.firstName: 7 is not of type 'string'" in error["problems"]
    assert "body: 'lastName' is a required property" in error["problems"]
    assert error["message"].startswith("invalid input for create-natural-person: ")
    assert wawex.counts() == (0, 0)


def test_parameter_names_match_however_they_are_spelled(wawex: Cli) -> None:
    for name in ("entityId", "entity_id", "entity-id", "ENTITYID"):
        run = wawex("call", "get-customers", "-p", f"{name}={PERSON}")
        assert run.code == 0, run.stderr
    assert wawex.sandbox.counter("operation:get-customers") == 4
