"""Property-based tests of the shared token cache's sealed values and of the cache URL check: a value opens
only with the credentials and entry it was sealed for, any change to it is refused, and a refused URL is
never quoted (it may hold a Redis password)."""

from __future__ import annotations

import string

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from wawex_partner_api import ConfigurationError, PartnerConfig
from wawex_partner_api.token_cache.sealing import Sealer
from wawex_partner_api.token_cache.stores import check_url

TOKENS = st.text(
    string.ascii_letters + string.digits + "-._~+/", min_size=16, max_size=200
)  # short ones occur by chance
EXPIRIES = st.floats(min_value=0, max_value=4e9, allow_nan=False)
SECRETS = st.text(min_size=16, max_size=40).filter(lambda s: s.strip() == s)


def config(secret: str = "secret", client_id: str = "client", scope: str | None = None) -> PartnerConfig:
    return PartnerConfig(
        client_id=client_id,
        client_secret=secret,
        base_url="https://api.example",
        token_url="https://auth.example/oauth2/token",
        scope=scope,
    )


@given(token=TOKENS, expires_at=EXPIRIES, secret=SECRETS)
def test_a_sealed_value_opens_to_what_was_sealed_and_never_shows_it(token: str, expires_at: float, secret: str) -> None:
    sealer = Sealer(config(secret), "wawex:")
    value = sealer.seal(token, expires_at)
    opened = sealer.open(value)
    assert opened is not None
    assert (opened.token, opened.expires_at) == (token, expires_at)
    assert token.encode() not in value
    assert secret.encode() not in sealer.entry.encode()
    assert token not in repr(opened)


@given(token=TOKENS, position=st.integers(min_value=0), flip=st.integers(min_value=1, max_value=255))
def test_any_changed_byte_is_refused(token: str, position: int, flip: int) -> None:
    sealer = Sealer(config(), "wawex:")
    value = bytearray(sealer.seal(token, 1e9))
    value[position % len(value)] ^= flip
    assert sealer.open(bytes(value)) is None


@given(value=st.binary(max_size=300))
def test_arbitrary_bytes_are_refused(value: bytes) -> None:
    assert Sealer(config(), "wawex:").open(value) is None


@pytest.mark.parametrize(
    "other",
    [config(secret="another"), config(client_id="another"), config(scope="another")],
    ids=["secret", "client id", "scope"],
)
def test_other_credentials_name_another_entry_and_cannot_open(other: PartnerConfig) -> None:
    ours, theirs = Sealer(config(), "wawex:"), Sealer(other, "wawex:")
    assert ours.entry != theirs.entry
    assert ours.lock != theirs.lock
    assert theirs.open(ours.seal("token", 1e9)) is None


@given(
    scheme=st.sampled_from(["http", "https", "redis", "rediss", "unix", "memcached", ""]),
    password=st.text(string.ascii_letters + string.digits, min_size=8, max_size=20),
    rest=st.text(string.printable, max_size=30),
)
@example(scheme="rediss", password="p4ssw0rd-secret", rest="host:6380/0?ssl_cert_reqs=none")
@example(scheme="redis", password="p4ssw0rd-secret", rest="")
@example(scheme="redis", password="p4ssw0rd-secret", rest="[::1")
def test_a_refused_cache_url_is_never_quoted(scheme: str, password: str, rest: str) -> None:
    url = f"{scheme}://:{password}@{rest}"
    try:
        accepted = check_url(url)
    except ConfigurationError as error:
        message = f"{error} {error!r}"
    else:
        assert accepted == url
        return
    assert password not in message
