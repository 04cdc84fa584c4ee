"""The order of the checks and what each needs: a check whose prerequisite failed or was skipped is skipped,
saying which one. Nothing diagnosed raises: an unexpected error becomes a failed check, named by its type (with
the message only for this package's errors, which never quote a credential: another library's can quote
request headers)."""

from __future__ import annotations

from collections.abc import Callable

from wawex_partner_api.client import PartnerClient
from wawex_partner_api.config import PartnerConfig
from wawex_partner_api.diagnosis import calls, network, settings, timing, token
from wawex_partner_api.diagnosis.result import Cause, Check, Diagnosis, Status
from wawex_partner_api.errors import WawexError
from wawex_partner_api.grant import AccessToken
from wawex_partner_api.redaction import redact
from wawex_partner_api.tokens import TokenCache

NAMES = (
    settings.NAME,
    "api-host",
    "token-host",
    token.NAME,
    timing.LIFETIME,
    timing.CLOCK,
    calls.READ,
    calls.CLIENT_CHECK,
    calls.EXEMPT_CHECK,
    calls.REQUIRED_CHECK,
)
DEFAULT_CONNECT_TIMEOUT = 5.0


def diagnose(source: settings.ConfigSource) -> Diagnosis:
    first, config = settings.load(source)
    if config is None:
        return Diagnosis((first, *(Check.skip(name, _needs(first)) for name in NAMES[1:])))
    clients = _Clients()
    try:
        return Diagnosis((first, *_checks(config, clients)))
    finally:
        clients.close()


class _Clients:
    """The diagnosis's own clients, with a token cache of their own: no token is taken from or left in the
    process's cache."""

    def __init__(self) -> None:
        self._cache = TokenCache()
        self._made: list[PartnerClient] = []

    def make(self, config: PartnerConfig) -> PartnerClient:
        client = PartnerClient(config, token_cache=self._cache)
        self._made.append(client)
        return client

    def close(self) -> None:
        for client in self._made:
            client.close()


def _needs(prerequisite: Check) -> str:
    happened = "failed" if prerequisite.status is Status.FAIL else "was skipped"
    return f"needs {prerequisite.name}, which {happened}"


def _needs_answer(read: Check) -> str:
    return f"needs an answer of the API (from {_needs(read).removeprefix('needs ')})"


def _unexpected(name: str, error: Exception) -> Check:
    said = f": {redact(str(error))}" if isinstance(error, WawexError) else ""  # ours never quote a credential
    return Check.fail(name, f"unexpected {type(error).__name__}{said}", "report this line", Cause.OTHER)


def _safely(name: str, step: Callable[[], Check]) -> Check:
    try:
        return step()
    except Exception as error:  # a diagnosis reports what it finds; it never raises it
        return _unexpected(name, error)


def _checks(config: PartnerConfig, clients: _Clients) -> list[Check]:
    configured = clients.make(config)
    context = configured.tokens.ssl_context  # the configured verify, loaded as the client loads it
    timeout = config.timeout.connect or DEFAULT_CONNECT_TIMEOUT
    api_host = _safely(
        "api-host",
        lambda: network.check_host(
            "api-host", config.base_url, "WAWEX_BASE_URL", context, timeout, honours_proxy=False
        ),
    )
    token_host = _safely(
        "token-host",
        lambda: network.check_host(
            "token-host", config.token_url, "WAWEX_TOKEN_URL", context, timeout, honours_proxy=True
        ),
    )
    obtained: token.Obtained | None = None
    if not token_host.passed:
        token_check = Check.skip(token.NAME, _needs(token_host))
    else:
        try:
            obtained = token.obtain(configured, clients.make)
            token_check = obtained.check
        except Exception as error:  # see _safely
            token_check = _unexpected(token.NAME, error)

    attempt = obtained.attempt if obtained else None
    working = obtained.client if obtained else None
    if attempt is not None and isinstance(attempt.outcome, AccessToken):
        access = attempt.outcome
        lifetime = _safely(timing.LIFETIME, lambda: timing.lifetime(attempt.config, access, attempt.warnings))
    else:
        lifetime = Check.skip(timing.LIFETIME, _needs(token_check))

    client = working or configured
    traffic = calls.Traffic(client)
    if not api_host.passed:
        read = Check.skip(calls.READ, _needs(api_host))
    elif working is None:
        read = Check.skip(calls.READ, _needs(token_check))
    else:
        read = _safely(calls.READ, lambda: calls.read_call(client))
    # The clock is read from the API's answers (the read call's), so it is decided after it.
    if traffic.answers:
        clock = _safely(timing.CLOCK, lambda: timing.clock(traffic.answers))
    else:
        clock = Check.skip(timing.CLOCK, _needs_answer(read))

    client_check = _safely(calls.CLIENT_CHECK, lambda: calls.client_refuses(client, traffic))
    if read.passed:
        exempt = _safely(calls.EXEMPT_CHECK, lambda: calls.partner_accepts_exempt(client))
        required = _safely(calls.REQUIRED_CHECK, lambda: calls.partner_refuses_required(client))
    else:
        exempt = Check.skip(calls.EXEMPT_CHECK, _needs(read))
        required = Check.skip(calls.REQUIRED_CHECK, _needs(read))
    return [api_host, token_host, token_check, lifetime, clock, read, client_check, exempt, required]
