"""``wawex_partner_api.diagnose`` as a library function against sandbox processes (and a TLS server of its own
for the handshake check), and the sandbox settings it is tested with: ``clock_offset``, ``token_paths`` and
``token_scope_required``. The overlay's audit fixture checks every log record and error for credentials."""

from __future__ import annotations

import datetime
import email.utils
import ipaddress
import socket
import ssl
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import attrs
import httpx
import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

import wawex_partner_api
from wawex_partner_api import ENVIRONMENTS, Check, Diagnosis, PartnerClient, PartnerConfig, acting_as, diagnose
from wawex_partner_api.diagnosis import Cause, Status
from wawex_partner_api.diagnosis.calls import partner_accepts_exempt
from wawex_partner_api.diagnosis.settings import describe
from wawex_partner_api.sandbox import SandboxServer

PERSON = "123e4567-e89b-12d3-a456-426614174000"


def test_a_diagnosis_is_a_frozen_tuple_of_checks_in_order(sandbox: SandboxServer) -> None:
    found = diagnose(sandbox.config(token_backoff=0.01))
    assert isinstance(found, Diagnosis)
    assert isinstance(found.checks, tuple)
    assert [check.status for check in found.checks] == [Status.OK] * 10
    assert found.ok
    assert found.failures == found.warnings == ()
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        found.checks = ()  # type: ignore[misc]
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        found["token"].detail = "changed"  # type: ignore[misc]
    assert found.as_dict()["checks"][0]["name"] == "settings"
    assert {"diagnose", "Diagnosis", "Check"} <= set(wawex_partner_api.__all__)


def test_settings_that_do_not_load_are_diagnosed_not_raised(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("WAWEX_CLIENT_ID", "WAWEX_CLIENT_SECRET"):
        monkeypatch.delenv(name, raising=False)
    found = diagnose()  # PartnerConfig.from_env()
    first = found["settings"]
    assert (first.status, first.cause) == (Status.FAIL, Cause.SETTINGS)
    assert first.fix == "set WAWEX_CLIENT_ID and WAWEX_CLIENT_SECRET"
    assert all(check.status is Status.SKIP for check in found.checks[1:])

    unsafe = diagnose(lambda: PartnerConfig.for_environment("staging", client_id="a", client_secret="b"))
    assert unsafe["settings"].detail.startswith("the settings do not load: environment must be one of")
    assert unsafe["settings"].fix == "set WAWEX_ENVIRONMENT to sandbox or production"


@pytest.mark.parametrize(
    "answer",
    [
        {"status": 200, "body": "<html>sign in</html>", "media_type": "text/html"},
        {"status": 200, "json": {"token_type": "Bearer"}},
        {"status": 200, "json": {"access_token": "has spaces in it", "token_type": "Bearer"}},
        {"status": 302, "headers": {"Location": "https://elsewhere.example/"}},
        {"status": 400, "json": ["not", "an", "object"]},
        {"status": 418, "body": ""},
    ],
)
def test_strange_token_answers_are_diagnosed_never_raised(sandbox: SandboxServer, answer: dict[str, Any]) -> None:
    sandbox.script_token_responses(answer)
    found = diagnose(sandbox.config(token_backoff=0.01))
    token = found["token"]
    assert (token.status, token.cause) == (Status.FAIL, Cause.AUTH)
    assert token.detail.startswith(f"{sandbox.token_url} without a scope: ")
    # the guide's form, tried next, was served normally
    assert token.fix == f"set WAWEX_TOKEN_URL={sandbox.base_url}/connect/token and WAWEX_SCOPE=tradevest.api"


def test_an_unavailable_token_endpoint_is_not_a_question_of_form(sandbox: SandboxServer) -> None:
    sandbox.script_token_responses(*[{"status": 503, "headers": {"Retry-After": "0"}}] * 3)
    token = diagnose(sandbox.config(token_backoff=0.01))["token"]
    assert (token.status, token.cause) == (Status.FAIL, Cause.AUTH)
    assert "answered 503 (after 3 attempts)" in token.detail
    assert token.fix is not None
    assert "is failing: try again later" in token.fix
    assert sandbox.counter("token_requests") == 3  # no other form tried


def test_the_requestor_probes_ignore_an_acting_as_block_of_the_caller(sandbox: SandboxServer) -> None:
    with acting_as(PERSON):
        found = diagnose(sandbox.config(token_backoff=0.01))
    assert found["requestor-client"].status is Status.OK
    assert found["requestor-required"].status is Status.OK
    assert {entry["requestor_id"] for entry in sandbox.requests("api")} == {None}


def test_against_the_partners_hosts_the_state_changing_probe_is_skipped() -> None:
    config = PartnerConfig.for_environment("sandbox", client_id="someone", client_secret="not-used-here")
    with PartnerClient(config) as client:
        found = partner_accepts_exempt(client)  # returns before any I/O: the host is not even resolved
    assert found.status is Status.SKIP
    assert found.detail.startswith(
        "create-natural-person changes state: sent only to a local sandbox (loopback base URL), "
        "not to tvda-api.platform-test.tradevest.ai"
    )


# -- TLS: a handshake-only server with a certificate of a CA of the test's own ---------------------------------


@attrs.frozen
class Tls:
    port: int
    ca: Path


def _certificate(subject: str, key: ec.EllipticCurvePrivateKey, issuer: x509.Name, signer: Any, ca: bool) -> Any:
    now = datetime.datetime.now(datetime.UTC)
    builder = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, subject)]))
        .issuer_name(issuer)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(hours=1))
        .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
    )
    if ca:
        builder = builder.add_extension(
            x509.KeyUsage(False, False, False, False, False, True, True, False, False), critical=True
        )
    else:
        builder = builder.add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), critical=False
        )
    return builder.sign(signer, hashes.SHA256())


@pytest.fixture
def tls_server(tmp_path: Path) -> Iterator[Tls]:
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "doctor test CA")])
    ca = _certificate("doctor test CA", ca_key, ca_name, ca_key, ca=True)
    key = ec.generate_private_key(ec.SECP256R1())
    leaf = _certificate("127.0.0.1", key, ca_name, ca_key, ca=False)
    (tmp_path / "ca.pem").write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    (tmp_path / "leaf.pem").write_bytes(
        leaf.public_bytes(serialization.Encoding.PEM)
        + key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(tmp_path / "leaf.pem")
    listener = socket.create_server(("127.0.0.1", 0))
    listener.settimeout(0.1)
    stop = threading.Event()

    def serve() -> None:
        while not stop.is_set():
            try:
                connection, _ = listener.accept()
            except TimeoutError:
                continue
            try:
                with context.wrap_socket(connection, server_side=True) as tls:
                    tls.recv(1)  # the handshake, then whatever the client says: it closes
            except (ssl.SSLError, OSError):
                pass

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    yield Tls(listener.getsockname()[1], tmp_path / "ca.pem")
    stop.set()
    thread.join()
    listener.close()


def _tls_config(server: Tls, **settings: Any) -> PartnerConfig:
    base = f"https://127.0.0.1:{server.port}"
    return PartnerConfig(
        client_id="someone",
        client_secret="not-used-here",
        base_url=base,
        token_url=f"{base}/oauth2/token",
        token_attempts=1,
        **settings,
    )


def test_an_untrusted_certificate_names_host_port_and_the_ca_fix(tls_server: Tls) -> None:
    found = diagnose(_tls_config(tls_server))
    host = found["api-host"]
    assert (host.status, host.cause) == (Status.FAIL, Cause.NETWORK)
    assert host.detail.startswith(f"127.0.0.1:{tls_server.port}: resolves (127.0.0.1), connects, but its TLS")
    assert "certificate is not trusted" in host.detail
    assert host.fix is not None
    assert "PartnerConfig(verify='/path/to/ca.pem') or SSL_CERT_FILE" in host.fix
    assert "TLS verification stays on" in host.fix
    assert found["token"].detail == "needs token-host, which failed"


def test_the_configured_ca_is_the_one_the_handshake_trusts(tls_server: Tls) -> None:
    trusted = ssl.create_default_context(cafile=str(tls_server.ca))
    found = diagnose(_tls_config(tls_server, verify=trusted))
    host = found["api-host"]
    assert host.status is Status.OK
    assert host.detail.startswith(f"127.0.0.1:{tls_server.port}: resolves (127.0.0.1), connects, TLS verified (TLS")
    assert found["token"].status is Status.FAIL  # a handshake-only server: no token endpoint
    assert found["token"].cause is Cause.NETWORK


# -- the sandbox settings doctor is tested with ---------------------------------------------------------------


def _date_offsets(response: httpx.Response) -> list[float]:
    return [
        email.utils.parsedate_to_datetime(value).timestamp() - time.time()
        for value in response.headers.get_list("date")
    ]


def test_the_sandbox_shifts_its_date_serves_chosen_token_paths_and_resets(sandbox: SandboxServer) -> None:
    form = {"grant_type": "client_credentials", "client_id": sandbox.client_id, "client_secret": sandbox.client_secret}
    with httpx.Client(base_url=sandbox.base_url) as http:
        (unshifted,) = _date_offsets(http.post("/oauth2/token", data=form))
        assert abs(unshifted) < 3  # whole seconds

        sandbox.settings(clock_offset=600, token_paths=["/connect/token"], token_scope_required=True)
        refused = http.post("/oauth2/token", data=form)
        assert (refused.status_code, refused.text) == (404, "Not Found")
        no_scope = http.post("/connect/token", data=form)
        assert (no_scope.status_code, no_scope.json()["error"]) == (400, "invalid_scope")
        issued = http.post("/connect/token", data={**form, "scope": "tradevest.api"})
        assert issued.status_code == 200
        (shifted,) = _date_offsets(issued)  # one Date, the shifted one: the server writes none of its own
        assert 598 < shifted < 602
        answer = http.get(
            "/entities/natural-persons", headers={"Authorization": f"Bearer {issued.json()['access_token']}"}
        )
        assert 598 < _date_offsets(answer)[-1] < 602

        unknown = http.post("/_sandbox/settings", json={"clock_offset": 5, "token_paths": ["/token"]})
        assert unknown.status_code == 400
        assert 598 < _date_offsets(http.post("/connect/token", data=form))[-1] < 602  # nothing changed

        sandbox.reset()
        assert http.post("/oauth2/token", data=form).status_code == 200
        assert http.post("/connect/token", data=form).status_code == 200
        assert len(http.post("/connect/token", data=form).headers.get_list("date")) == 1


def test_check_and_diagnosis_hold_no_secret(sandbox: SandboxServer) -> None:
    found = diagnose(sandbox.config(client_secret="a-wrong-secret-value", token_backoff=0.01))
    shown = repr(found) + str(found.as_dict())
    assert "a-wrong-secret-value" not in shown
    assert sandbox.client_secret not in shown
    assert found["token"] == Check(
        "token",
        Status.FAIL,
        f"{sandbox.token_url} without a scope: token endpoint refused the request (invalid_client): unknown client: "
        "the client id or the secret is wrong (invalid client)",
        "check WAWEX_CLIENT_SECRET and WAWEX_CLIENT_ID (client id sandbox-client): they must be the credentials "
        "the partner issued for 127.0.0.1",
        Cause.AUTH,
    )


def test_hosts_of_two_environments_are_a_warning() -> None:
    config = PartnerConfig.for_environment(
        "sandbox",
        client_id="someone",
        client_secret="not-used-here",
        token_url=f"{ENVIRONMENTS['production'][1]}/oauth2/token",
    )
    found = describe(config)  # the settings check alone: the diagnosis would reach out to the partner's hosts
    assert found.status is Status.WARN
    assert found.detail.startswith("custom hosts: API https://tvda-api.platform-test.tradevest.ai, token https://")
    assert found.detail.endswith("the API host is the partner's sandbox, the token host its production")
    assert (found.fix or "").startswith("tokens of one environment are not valid in the other")
