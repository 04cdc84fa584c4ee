"""``wawex doctor`` against a real sandbox process: all green, and each fault it is there to find named with
its fix and exit code. Every run is audited by the ``wawex`` fixture: neither the client secret nor any token the
sandbox issued appears on stdout or stderr."""

from __future__ import annotations

import json
import re
import socket

import pytest

from tests.cli.conftest import Cli, Run, token_like
from wawex_partner_api_client.metadata import OPERATIONS

NAMES = [
    "settings",
    "api-host",
    "token-host",
    "token",
    "token-lifetime",
    "clock",
    "read-call",
    "requestor-client",
    "requestor-exempt",
    "requestor-required",
]
LINE = re.compile(r"(ok|warn|FAIL|skip) {2,4}(\S+) +(.*)")
FIX = re.compile(r" +fix: (.*)")


def tokens_in(text: str) -> list[str]:
    """What looks like a sandbox token in ``text``, operation ids (some are as long) aside."""
    return [found for found in token_like(text) if found not in OPERATIONS]


def checks(run: Run) -> dict[str, tuple[str, str, str | None]]:
    """The report's checks by name: (mark, detail, fix); its last line is the summary."""
    found: dict[str, tuple[str, str, str | None]] = {}
    *report, summary = run.stdout.splitlines()
    assert re.fullmatch(r"\d+ \w+(, \d+ \w+)* \(exit \d\)", summary), summary
    name = ""
    for line in report:
        fix = FIX.fullmatch(line)
        if fix:
            mark, detail, _ = found[name]
            found[name] = (mark, detail, fix[1])
            continue
        parsed = LINE.fullmatch(line)
        assert parsed, line
        mark, name, detail = parsed.groups()
        found[name] = (mark, detail, None)
    assert list(found) == NAMES
    for mark, _, fix in found.values():
        assert (fix is not None) == (mark in ("FAIL", "warn"))
    return found


def marks(run: Run) -> dict[str, str]:
    return {name: mark for name, (mark, _, _) in checks(run).items()}


@pytest.fixture
def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_against_the_sandbox_every_check_passes(wawex: Cli) -> None:
    run = wawex("doctor")
    assert run.code == 0, run.stdout
    assert run.stderr == ""
    assert set(marks(run).values()) == {"ok"}
    assert run.stdout.splitlines()[-1] == "10 ok (exit 0)"
    found = checks(run)
    assert "a local sandbox (loopback)" in found["settings"][1]
    assert "client secret set" in found["settings"][1]
    assert f"a token from {wawex.sandbox.token_url} without a scope" in found["token"][1]
    assert "MissingRequestorError, nothing sent" in found["requestor-client"][1]
    assert "Requestor-ID header is required for get-identification-verifications" in found["requestor-required"][1]
    assert not tokens_in(run.stdout)

    sandbox = wawex.sandbox
    assert sandbox.counter("token_requests") == 1  # one token serves the read and the probes
    calls = {entry["operation"]: entry for entry in sandbox.requests("api") if "operation" in entry}
    assert set(calls) == {"get-natural-persons", "create-natural-person", "get-identification-verifications"}
    assert all(entry["requestor_id"] is None for entry in calls.values())
    # the client's refusal sent nothing: the requiring operation reached the sandbox once, as the raw probe
    assert sandbox.counter("operation:get-identification-verifications") == 1


def test_json_is_one_object_with_every_check_in_order(wawex: Cli) -> None:
    run = wawex("doctor", "--json")
    assert run.code == 0, run.stdout
    found = json.loads(run.stdout)
    assert (found["ok"], found["exit_code"]) == (True, 0)
    assert [check["name"] for check in found["checks"]] == NAMES
    for check in found["checks"]:
        assert set(check) == {"name", "status", "detail", "fix", "cause"}
        assert (check["status"], check["fix"], check["cause"]) == ("ok", None, None)
    assert not tokens_in(run.stdout)


@pytest.mark.parametrize(
    ("served", "configured", "sandbox_settings", "fix"),
    [
        pytest.param(
            "/connect/token",
            {},
            {},
            "set WAWEX_TOKEN_URL={base}/connect/token and WAWEX_SCOPE=tradevest.api",
            id="reference-configured-guide-served",
        ),
        pytest.param(
            "/oauth2/token",
            {"WAWEX_TOKEN_URL": "{base}/connect/token", "WAWEX_SCOPE": "tradevest.api"},
            {},
            "set WAWEX_TOKEN_URL={base}/oauth2/token and unset WAWEX_SCOPE",
            id="guide-configured-reference-served",
        ),
        pytest.param(
            "/connect/token",
            {"WAWEX_TOKEN_URL": "{base}/connect/token"},
            {"token_scope_required": True},
            "set WAWEX_SCOPE=tradevest.api",
            id="guide-without-its-scope",
        ),
    ],
)
def test_the_other_documented_token_form_is_named_with_its_settings(
    wawex: Cli, served: str, configured: dict[str, str], sandbox_settings: dict[str, object], fix: str
) -> None:
    base = wawex.sandbox.base_url
    wawex.sandbox.settings(token_paths=[served], **sandbox_settings)
    run = wawex("doctor", env={key: value.format(base=base) for key, value in configured.items()})
    assert run.code == 7, run.stdout
    found = checks(run)
    mark, detail, said = found["token"]
    assert mark == "FAIL"
    assert f"{base}{served} with scope tradevest.api" in detail or f"{base}{served} without a scope" in detail
    assert "gives a token (the checks below use it)" in detail
    assert said == fix.format(base=base)
    # the rest of the diagnosis went on with the working form
    assert {name: mark for name, (mark, _, _) in found.items() if name != "token"} == dict.fromkeys(
        [name for name in NAMES if name != "token"], "ok"
    )
    assert wawex.sandbox.requests("token")[-1]["path"] == served


def test_a_token_url_where_neither_form_answers_names_both(wawex: Cli) -> None:
    wawex.sandbox.settings(token_paths=[])
    run = wawex("doctor")
    assert run.code == 7
    mark, detail, fix = checks(run)["token"]
    assert mark == "FAIL"
    assert "answered 404 without an OAuth error (no token endpoint there)" in detail
    assert f"{wawex.sandbox.base_url}/connect/token with scope tradevest.api" in detail
    assert (fix or "").startswith("check WAWEX_TOKEN_URL")
    assert marks(run)["read-call"] == "skip"


def test_a_token_endpoint_answering_html_is_diagnosed_not_a_traceback(wawex: Cli) -> None:
    wawex.sandbox.script_token_responses({"status": 200, "body": "<html>login</html>", "media_type": "text/html"})
    run = wawex("doctor")
    assert run.stderr == ""
    assert run.code == 7
    mark, detail, fix = checks(run)["token"]
    assert mark == "FAIL"
    assert "not a JSON object" in detail
    assert fix == f"set WAWEX_TOKEN_URL={wawex.sandbox.base_url}/connect/token and WAWEX_SCOPE=tradevest.api"


def test_a_wrong_secret_is_an_invalid_client_pointing_at_the_credentials(wawex: Cli) -> None:
    run = wawex("doctor", env={"WAWEX_CLIENT_SECRET": "wrong-secret-123"})
    assert run.code == 7
    assert "wrong-secret-123" not in run.stdout + run.stderr
    found = checks(run)
    mark, detail, fix = found["token"]
    assert mark == "FAIL"
    assert "(invalid_client)" in detail
    assert "invalid client" in detail
    assert fix is not None
    assert "WAWEX_CLIENT_SECRET" in fix
    assert "WAWEX_CLIENT_ID (client id sandbox-client)" in fix
    assert found["read-call"] == ("skip", "needs token, which failed", None)
    assert found["requestor-client"][0] == "ok"  # needs no network
    assert wawex.counts() == (0, 1)  # one refused token request, no other form tried for a wrong secret


def test_an_unreachable_base_url_names_host_port_and_fix(wawex: Cli, closed_port: int) -> None:
    run = wawex("doctor", "--base-url", f"http://127.0.0.1:{closed_port}")
    assert run.code == 6
    found = checks(run)
    mark, detail, fix = found["api-host"]
    assert mark == "FAIL"
    assert detail == f"127.0.0.1:{closed_port}: resolves (127.0.0.1), but connection refused"
    assert (fix or "").startswith("check WAWEX_BASE_URL")
    assert found["token"][0] == "ok"
    assert found["read-call"] == ("skip", "needs api-host, which failed", None)
    assert found["clock"][0] == "skip"
    assert wawex.counts() == (0, 1)
    assert not tokens_in(run.stdout)  # the token it got was never used, so the fixture's audit does not know it


@pytest.mark.parametrize(("offset", "direction"), [(600, "behind"), (-600, "ahead of")])
def test_a_clock_ten_minutes_off_is_named_in_seconds(wawex: Cli, offset: int, direction: str) -> None:
    wawex.sandbox.settings(clock_offset=offset)
    run = wawex("doctor")
    assert run.code == 1
    mark, detail, fix = checks(run)["clock"]
    assert mark == "FAIL"
    seconds = re.fullmatch(rf"the local clock is (\d+) s {direction} the API's Date header \(tolerance 60 s\)", detail)
    assert seconds, detail
    assert 598 <= int(seconds[1]) <= 602
    assert "synchronise this machine's clock (NTP" in (fix or "")
    assert [name for name, mark in marks(run).items() if mark != "ok"] == ["clock"]


def test_a_missing_or_short_expires_in_is_a_warning(wawex: Cli) -> None:
    wawex.sandbox.settings(expires_in="missing")
    run = wawex("doctor")
    assert run.code == 0
    assert run.stderr == ""  # the client's warning is in the report, not logged on stderr
    mark, detail, fix = checks(run)["token-lifetime"]
    assert mark == "warn"
    assert "has no expires_in" in detail
    assert fix

    wawex.sandbox.settings(expires_in=100)
    mark, detail, _ = checks(wawex("doctor"))["token-lifetime"]
    assert mark == "warn"
    assert detail.startswith("expires_in 100 s is inside the advisory window (advisory_window 300 s")


@pytest.mark.parametrize(
    ("env", "args", "fix"),
    [
        ({"WAWEX_CLIENT_SECRET": ""}, (), "set WAWEX_CLIENT_SECRET"),
        ({}, ("--base-url", "http://example.com"), "check WAWEX_BASE_URL (base_url): https:// is required"),
    ],
)
def test_settings_that_do_not_load_exit_2_and_nothing_is_sent(
    wawex: Cli, env: dict[str, str], args: tuple[str, ...], fix: str
) -> None:
    run = wawex("doctor", *args, env=env)
    assert run.code == 2
    found = checks(run)
    assert found["settings"][0] == "FAIL"
    assert (found["settings"][2] or "").startswith(fix)
    assert {mark for name, (mark, _, _) in found.items() if name != "settings"} == {"skip"}
    assert found["api-host"][1] == "needs settings, which failed"
    assert wawex.counts() == (0, 0)


def test_the_api_refusing_the_token_is_an_auth_failure(wawex: Cli) -> None:
    refusal = {"status": 403, "json": {"message": "not for you", "errorCode": "FORBIDDEN"}}
    wawex.sandbox.script_api_responses(refusal)
    run = wawex("doctor", "--json")
    assert run.code == 7
    found = {check["name"]: check for check in json.loads(run.stdout)["checks"]}
    read = found["read-call"]
    assert (read["status"], read["cause"]) == ("fail", "auth")
    assert "answered 403: not for you [FORBIDDEN]: permission denied" in read["detail"]
    assert "client id sandbox-client may not call get-natural-persons" in read["fix"]
    assert found["clock"]["status"] == "ok"  # read from the refusal's Date
    assert found["requestor-exempt"]["detail"] == "needs read-call, which failed"


def test_a_partner_accepting_a_requiring_operation_without_the_header_is_a_warning(wawex: Cli) -> None:
    page = {"status": 200, "json": {"data": [], "pagination": {}}}
    created = {"status": 200, "json": {"naturalPersonId": "123e4567-e89b-12d3-a456-426614174000"}}
    wawex.sandbox.script_api_responses(page, created, {"status": 200, "json": {"data": []}})
    run = wawex("doctor")
    assert run.code == 0, run.stdout
    mark, detail, fix = checks(run)["requestor-required"]
    assert mark == "warn"
    assert detail.endswith("the partner answered 200, not the refusal its rule predicts")
    assert (fix or "").startswith("nothing to change: the client keeps requiring it")


def test_verbose_logs_show_no_credential(wawex: Cli) -> None:
    run = wawex("doctor", "-vv")  # every logger at DEBUG: httpx, httpcore, Authlib, the client's
    assert run.code == 0
    assert "wawex: DEBUG" in run.stderr
    assert not tokens_in(run.stdout + run.stderr)  # the fixture's audit checks the secret and the tokens used
