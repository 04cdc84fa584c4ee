"""``wawex token`` (the credentials checked, the token never shown) and ``wawex sandbox``."""

from __future__ import annotations

import json
import subprocess

from tests.cli.conftest import WAWEX, Cli, cli_sandbox, token_like


def test_token_reports_url_expiry_scope_and_time_but_never_the_token(wawex: Cli) -> None:
    run = wawex("token")
    assert run.code == 0, run.stderr
    assert run.stderr == ""
    lines = run.stdout.splitlines()
    assert lines[0] == "token obtained (not shown)"
    assert f"token URL   {wawex.sandbox.token_url}" in lines
    assert "client id   sandbox-client" in lines
    assert "scope       (none requested)" in lines
    assert any(line.startswith("expires     in 3600 s (at ") for line in lines)
    assert any(line.startswith("took        ") and line.endswith(" ms") for line in lines)
    assert not token_like(run.stdout)
    assert wawex.counts() == (0, 1)

    found = json.loads(wawex("token", "--json", env={"WAWEX_SCOPE": "tradevest.api"}).stdout)
    assert found["scope"] == "tradevest.api"
    assert found["expires_in"] == 3600
    assert found["token_url"] == wawex.sandbox.token_url
    assert "access_token" not in found
    assert not token_like(json.dumps(found))
    assert wawex.sandbox.requests("token")[-1]["form_keys"] == [
        "client_id",
        "client_secret",
        "grant_type",
        "scope",
    ]


def test_a_refused_client_says_which_settings_to_check(wawex: Cli) -> None:
    run = wawex("token", env={"WAWEX_CLIENT_SECRET": "wrong-secret-123"})
    assert run.code == 7
    assert run.stdout == ""
    assert run.error_line == (
        "wawex token: error: no access token: token endpoint refused the request (invalid_client): unknown client; "
        "check WAWEX_CLIENT_ID and WAWEX_CLIENT_SECRET\n"
    )
    assert "wrong-secret-123" not in run.stderr

    wawex.sandbox.script_token_responses({"status": 400, "json": {"error": "invalid_scope"}})
    run = wawex("token", "--json-errors", env={"WAWEX_SCOPE": "everything"})
    assert run.code == 7
    error = json.loads(run.error_line)
    assert (error["error"], error["check"]) == ("InvalidScopeError", "WAWEX_SCOPE")


def test_an_unavailable_token_endpoint_points_at_the_token_url(wawex: Cli) -> None:
    wawex.sandbox.script_token_responses(*[{"status": 503, "headers": {"Retry-After": "0"}} for _ in range(3)])
    run = wawex("token")
    assert run.code == 7
    assert "token endpoint answered 503 (after 3 attempts); check WAWEX_TOKEN_URL" in run.error_line


def test_a_call_without_a_token_exits_7_before_the_api_is_asked(wawex: Cli) -> None:
    run = wawex("call", "get-customers", env={"WAWEX_CLIENT_ID": "someone-else"})
    assert run.code == 7
    assert "check WAWEX_CLIENT_ID and WAWEX_CLIENT_SECRET" in run.error_line
    assert wawex.counts() == (0, 1)


def test_the_sandbox_command_serves_until_stopped() -> None:
    with cli_sandbox() as (base, server, env):
        checked = subprocess.run([str(WAWEX), "token"], env=env, capture_output=True, text=True, check=False)
        assert checked.returncode == 0, checked.stderr
        assert f"token URL   {base}/oauth2/token" in checked.stdout
    out, err = server.communicate(timeout=10)
    assert out == ""
    assert err.startswith(f"wawex: sandbox at {base} (token URL {base}/oauth2/token)")
    assert "sandbox-secret" not in err
