"""Property-based tests of what the client validates before anything reaches the wire: Requestor-ID values,
the token endpoint's answers, and the header values built from them. Each property is checked against a
reference written here without regular expressions, and accepted values against h11, the HTTP/1.1
implementation under httpx, so a value that passes validation but cannot be sent is found here."""

from __future__ import annotations

import json
import math
import string
import uuid
from types import SimpleNamespace
from typing import Any

import h11
import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from wawex_partner_api import InvalidRequestorError, TokenProtocolError, normalize_requestor
from wawex_partner_api.grant import MAX_EXPIRES_IN, read_token_response
from wawex_partner_api.retries import retry_after

B64TOKEN = set(string.ascii_letters + string.digits + "-._~+/")
LINE_BREAKS_AND_SPACE = st.sampled_from(["\n", "\r\n", "\r", " ", "\t", "\x00", "\x0b", "\u2028", "\x85"])


def _sendable(name: str, value: str) -> bool:
    try:
        h11.Request(method="GET", target="/", headers=[("Host", "api"), (name, value)])
    except (h11.LocalProtocolError, UnicodeEncodeError):
        return False
    return True


def _canonical_uuid(value: str) -> bool:
    parts = value.split("-")
    return (
        len(value) == 36
        and [len(part) for part in parts] == [8, 4, 4, 4, 12]
        and all(c in string.hexdigits for part in parts for c in part)
    )


def _decorated(core: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    """``core`` with, sometimes, line breaks, spaces or other text before or after it."""
    edge = st.one_of(st.just(""), LINE_BREAKS_AND_SPACE, st.text(max_size=3))
    return st.tuples(edge, core, edge).map("".join)


REQUESTORS = st.one_of(st.text(), _decorated(st.uuids().map(str)), _decorated(st.uuids().map(lambda u: str(u).upper())))


@given(REQUESTORS)
@example("123e4567-e89b-12d3-a456-426614174000\n")
@example("123e4567-e89b-12d3-a456-426614174000\r\n")
@example("123e4567-e89b-12d3-a456-42661417400\uff10")
def test_a_requestor_id_is_accepted_exactly_when_it_is_a_canonical_uuid(value: str) -> None:
    try:
        normalized = normalize_requestor(value)
    except InvalidRequestorError:
        assert not _canonical_uuid(value)
        return
    assert _canonical_uuid(value)
    assert normalized == str(uuid.UUID(value)) == value.lower()
    assert _sendable("Requestor-ID", normalized)


@given(st.uuids())
def test_a_uuid_object_is_always_accepted(value: uuid.UUID) -> None:
    assert normalize_requestor(value) == str(value)


def _b64token(value: str) -> bool:
    body = value.rstrip("=")
    return bool(body) and all(c in B64TOKEN for c in body)


def _answer(payload: dict[str, Any], status: int = 200) -> SimpleNamespace:
    return SimpleNamespace(status_code=status, headers={}, content=json.dumps(payload).encode())


TOKENS = st.one_of(
    st.text(),
    _decorated(st.from_regex(r"[A-Za-z0-9\-._~+/]{1,40}={0,2}", fullmatch=True)),
)


@given(TOKENS)
@example("a0b1c2d3e4f5\n")
@example("a0b1c2d3e4f5\r\n")
@example("===")
def test_an_access_token_is_accepted_exactly_when_it_can_be_sent_as_a_bearer_token(token: str) -> None:
    refused: TokenProtocolError | None = None
    try:
        accepted = read_token_response(_answer({"access_token": token, "token_type": "Bearer"}), sent_at=10.0)
    except TokenProtocolError as error:
        refused = error
    if refused is not None:
        assert not _b64token(token)
        assert len(token) < 4 or token not in f"{refused} {refused!r} {refused.args}"
        return
    assert _b64token(token)
    assert accepted.value == token
    assert _sendable("Authorization", accepted.authorization)


EXPIRES_IN = st.one_of(
    st.integers(),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=12),
    st.integers(min_value=-(10**6), max_value=10**7).map(str),
    st.booleans(),
    st.none(),
    st.lists(st.integers(), max_size=2),
)


@given(EXPIRES_IN)
@example("3600\n")
@example("1e400")
@example(True)
@example(1e-308)
def test_expires_in_of_any_shape_gives_a_bounded_lifetime_or_a_single_use(expires_in: object) -> None:
    payload = {"access_token": "a0b1c2d3", "token_type": "Bearer", "expires_in": expires_in}
    token = read_token_response(_answer(payload), sent_at=10.0)
    if token.expires_at is not None:
        assert math.isfinite(token.expires_at)
        assert 10.0 + 1.0 <= token.expires_at <= 10.0 + MAX_EXPIRES_IN


@given(st.one_of(st.text(max_size=12), st.integers(min_value=0, max_value=10**9).map(str)))
@example("²")
@example("٣")
@example(" 7\n")
def test_retry_after_is_a_non_negative_number_of_seconds_or_ignored(value: str) -> None:
    seconds = retry_after({"retry-after": value})
    stripped = value.strip()
    if stripped.isascii() and stripped.isdigit():
        assert seconds == float(stripped)
    else:
        assert seconds is None


@pytest.mark.parametrize("status", [503, 429])
def test_a_retryable_token_answer_with_a_non_ascii_retry_after_is_still_retryable(status: int) -> None:
    from wawex_partner_api.grant import RetryableFailure

    answer = SimpleNamespace(status_code=status, headers={"retry-after": "²"}, content=b"{}")
    with pytest.raises(RetryableFailure) as raised:
        read_token_response(answer, sent_at=0.0)
    assert raised.value.retry_after is None
