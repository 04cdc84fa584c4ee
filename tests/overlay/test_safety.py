"""Secrets stay secret, URLs stay safe, and importing the package is quiet."""

from __future__ import annotations

import logging
import subprocess
import sys

import httpx
import pytest

from tests.overlay.conftest import MakeClient
from wawex_partner_api import (
    APIConnectionError,
    ConfigurationError,
    PartnerClient,
    PartnerConfig,
    Secret,
    TokenError,
    TokenProtocolError,
)
from wawex_partner_api.operations.prices import get_prices as get_prices_wrapped
from wawex_partner_api.redaction import RedactingFilter
from wawex_partner_api.sandbox import SandboxServer
from wawex_partner_api_client.api.prices import get_prices

SECRET = "s3cr3t-value-that-must-not-leak"


def config(**settings: object) -> PartnerConfig:
    values: dict[str, object] = {
        "client_id": "partner",
        "client_secret": SECRET,
        "base_url": "https://api.example.com",
        "token_url": "https://auth.example.com/oauth2/token",
        **settings,
    }
    return PartnerConfig(**values)  # type: ignore[arg-type]


def test_21_repr_and_str_never_show_the_secret() -> None:
    settings = config()
    client = PartnerClient(settings)
    for shown in (repr(settings), str(settings), repr(client), str(client), repr(client.tokens), repr(Secret(SECRET))):
        assert SECRET not in shown
    assert settings.client_secret.reveal() == SECRET
    assert f"{settings.client_secret}" == "Secret('********')"


def test_21_log_filter_redacts_credentials(caplog: pytest.LogCaptureFixture) -> None:
    logger = logging.getLogger("wawex_partner_api.auth")
    logger.debug("headers {'Authorization': 'Bearer abcdef.123-xyz'}")
    logger.debug("body client_secret=%s&client_id=x", SECRET)
    logger.debug('token {"access_token": "tok.123", "token_type": "Bearer"}')
    text = "\n".join(r.getMessage() for r in caplog.records)
    assert "abcdef.123-xyz" not in text
    assert SECRET not in text
    assert "tok.123" not in text
    assert text.count("[REDACTED]") == 3
    record = logging.LogRecord("x", logging.INFO, __file__, 1, "Authorization: Bearer zzz", None, None)
    assert RedactingFilter().filter(record)
    assert "zzz" not in record.getMessage()


def test_22_a_token_with_a_newline_is_refused_without_showing_it(
    sandbox: SandboxServer, make_client: MakeClient
) -> None:
    sandbox.script_token_responses({"json": {"access_token": "leaky\nX-Evil: 1", "token_type": "Bearer"}})
    with pytest.raises(TokenProtocolError) as raised:
        get_prices.sync_detailed(client=make_client())
    assert "leaky" not in f"{raised.value} {raised.value!r}"
    assert sandbox.counter("api_requests") == 0


@pytest.mark.parametrize("ending", ["\n", "\r\n", "\r"])
def test_22_a_token_ending_in_a_line_break_is_refused_and_not_cached(
    sandbox: SandboxServer, make_client: MakeClient, ending: str
) -> None:
    token = "a0b1c2d3e4f5g6h7" + ending
    sandbox.script_token_responses(*[{"json": {"access_token": token, "token_type": "Bearer", "expires_in": 3600}}] * 2)
    client = make_client()
    for expected_requests in (1, 2):  # refused each time: never cached, so the next call asks again
        with pytest.raises(TokenProtocolError, match="characters a bearer token cannot have") as raised:
            get_prices.sync_detailed(client=client)
        assert "a0b1c2d3" not in f"{raised.value} {raised.value!r} {raised.value.args}"
        assert sandbox.counter("token_requests") == expected_requests
    assert sandbox.counter("api_requests") == 0
    assert get_prices.sync_detailed(client=client).status_code == 200  # the sandbox's own token works


def test_22_a_transport_error_quoting_the_token_is_not_chained(
    sandbox: SandboxServer, make_client: MakeClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    """httpx refuses a header it cannot send with a message that quotes it (fault injected at the transport
    below the client); the typed error carries neither that message nor the original as cause or context."""
    quoted: list[str] = []
    send = httpx.HTTPTransport.handle_request

    def refuse_api_requests(self: httpx.HTTPTransport, request: httpx.Request) -> httpx.Response:
        if not request.headers.get("authorization", "").startswith("Bearer "):
            return send(self, request)  # the token request, the sandbox's control calls
        quoted.append(request.headers["authorization"])
        raise httpx.LocalProtocolError(f"Illegal header value {quoted[-1].encode()!r}")

    monkeypatch.setattr(httpx.HTTPTransport, "handle_request", refuse_api_requests)
    with pytest.raises(APIConnectionError, match="LocalProtocolError") as raised:
        get_prices_wrapped.sync_detailed(client=make_client(max_retries=0))
    (authorization,) = quoted
    token = authorization.removeprefix("Bearer ")
    assert len(token) >= 16
    assert raised.value.__cause__ is None
    assert raised.value.__context__ is None
    assert token not in f"{raised.value} {raised.value!r} {raised.value.args}"
    assert sandbox.counter("api_requests") == 0


def test_23_token_endpoint_redirects_are_not_followed(
    sandbox: SandboxServer, other_origin: SandboxServer, make_client: MakeClient
) -> None:
    sandbox.script_token_responses({"status": 307, "headers": {"Location": other_origin.token_url}})
    with pytest.raises(TokenProtocolError, match="redirect"):
        get_prices.sync_detailed(client=make_client())
    assert sandbox.counter("token_requests") == 1
    assert other_origin.counter("token_requests") == 0, "the secret went to the configured host only"


@pytest.mark.parametrize(
    ("settings", "message"),
    [
        ({"base_url": "http://api.example.com"}, "only allowed for loopback"),
        ({"token_url": "http://10.0.0.5/oauth2/token"}, "only allowed for loopback"),
        ({"base_url": "ftp://api.example.com"}, "absolute https URL"),
        ({"verify": False}, "cannot be turned off"),
        ({"client_id": ""}, "client_id"),
        ({"client_secret": ""}, "client_secret"),
        ({"mandatory_window": 600.0}, "mandatory_window"),
        ({"base_url": "https://user:pw@api.example.com"}, "credentials"),
        ({"token_url": f"ftp://partner:{SECRET}@auth.example.com"}, "credentials"),  # refused without quoting it
    ],
)
def test_24_unsafe_settings_are_refused_at_construction(settings: dict, message: str) -> None:
    with pytest.raises(ConfigurationError, match=message) as raised:
        config(**settings)
    assert isinstance(raised.value, ValueError)
    assert SECRET not in str(raised.value)


def test_24_loopback_http_is_allowed() -> None:
    for host in ("127.0.0.1", "localhost", "[::1]", "127.0.0.2"):
        assert config(base_url=f"http://{host}:8765").base_url == f"http://{host}:8765"


def test_environment_presets_and_from_env() -> None:
    env = {"WAWEX_CLIENT_ID": "partner", "WAWEX_CLIENT_SECRET": SECRET, "WAWEX_ENVIRONMENT": "production"}
    production = PartnerConfig.from_env(env)
    assert production.base_url == "https://tvda-api.platform-prod.tradevest.ai"
    assert production.token_url == "https://b2b.auth.platform-prod.tradevest.ai/oauth2/token"
    sandbox = PartnerConfig.from_env(
        {
            **env,
            "WAWEX_ENVIRONMENT": "sandbox",
            "WAWEX_SCOPE": "tradevest.api",
            "WAWEX_TOKEN_URL": "https://b2b.auth.platform-test.tradevest.ai/connect/token",
        }
    )
    assert sandbox.base_url == "https://tvda-api.platform-test.tradevest.ai"
    assert (sandbox.token_url, sandbox.scope) == (
        "https://b2b.auth.platform-test.tradevest.ai/connect/token",
        "tradevest.api",
    )
    assert PartnerConfig.from_env(env, base_url="http://127.0.0.1:1").base_url == "http://127.0.0.1:1"
    with pytest.raises(ConfigurationError, match="WAWEX_CLIENT_SECRET"):
        PartnerConfig.from_env({"WAWEX_CLIENT_ID": "partner"})
    with pytest.raises(ConfigurationError, match="environment must be one of"):
        PartnerConfig.from_env({**env, "WAWEX_ENVIRONMENT": "staging"})


def test_explicit_default_timeouts() -> None:
    settings = config()
    assert settings.timeout.connect == 5.0
    assert settings.timeout.read == 30.0
    assert settings.token_timeout == 10.0
    client = PartnerClient(settings)
    assert client.get_httpx_client().timeout.read == 30.0


def test_errors_share_one_base() -> None:
    from wawex_partner_api import WawexError

    assert issubclass(TokenProtocolError, TokenError)
    assert issubclass(TokenError, WawexError)
    assert issubclass(ConfigurationError, WawexError)


def test_importing_the_package_emits_no_warnings() -> None:
    code = (
        "import wawex_partner_api, wawex_partner_api.sandbox; wawex_partner_api.PartnerClient.from_env("
        "{'WAWEX_CLIENT_ID': 'a', 'WAWEX_CLIENT_SECRET': 'b'})"
    )
    result = subprocess.run([sys.executable, "-W", "error", "-c", code], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""


def test_authlib_runs_on_httpx2_when_installed_and_on_httpx_otherwise() -> None:
    import httpx

    from wawex_partner_api._compat import authlib_httpx_client, httpx2

    oauth_client = authlib_httpx_client().OAuth2Client
    expected = httpx2.Client if httpx2 is not None else httpx.Client
    assert issubclass(oauth_client, expected)
    # The generated operations always run on httpx, whatever Authlib uses.
    assert isinstance(PartnerClient(config()).get_httpx_client(), httpx.Client)
