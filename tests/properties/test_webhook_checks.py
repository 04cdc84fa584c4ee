"""Property-based tests of what guards the notification receiver and the subscription helper: the header check
accepts exactly the configured value, and a subscription's header names and values are checked before any I/O
against h11, the HTTP/1.1 implementation under httpx and uvicorn."""

from __future__ import annotations

import h11
import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from wawex_partner_api import ConfigurationError
from wawex_partner_api.webhooks import webhook
from wawex_partner_api.webhooks.checks import HeaderCheck

VALUES = st.text(min_size=1, max_size=60)


@given(expected=VALUES, received=VALUES)
@example(expected="secret", received="secret ")
@example(expected="secret", received="SECRET")
@example(expected="sécret", received="secret")
def test_the_header_check_accepts_exactly_the_configured_value(expected: str, received: str) -> None:
    check = HeaderCheck({"Api-Key": expected})
    assert check.passes([("api-key", received)]) == (received == expected)
    assert not check.passes([])
    assert not check.passes([("api-key", expected), ("API-KEY", expected)]), "sent twice: ambiguous"
    assert expected not in repr(check) or expected in "<HeaderCheck ['api-key']>"


def _sendable(name: str, value: str) -> bool:
    try:
        h11.Request(method="POST", target="/", headers=[("Host", "x"), (name, value)])
    except h11.LocalProtocolError:
        return False
    return True


@given(name=st.text(max_size=20), value=st.text(max_size=40))
@example(name="api-key", value="value\n")
@example(name="api key", value="value")
@example(name="api-key", value=" value")
def test_a_subscription_header_is_accepted_only_if_it_can_be_sent_as_is(name: str, value: str) -> None:
    try:
        body = webhook("CUSTOMER_NOTIFICATION", "https://example.com/hooks/customer-notification", {name: value})
    except ConfigurationError as refused:
        message = str(refused)
    else:
        message = ""
    if message:
        shown = message.replace(repr(name), "")
        assert repr(value) not in shown
        assert len(value) < 12 or value not in shown  # short values occur in any text by chance
        return
    assert _sendable(name, value)
    assert value == value.strip(), "h11 would strip surrounding blanks: the receiver would never see them"
    assert body.to_dict()["headers"] == [{"name": name, "value": value}]


@pytest.mark.parametrize(
    ("event_type", "url", "headers"),
    [
        ("NOT_AN_EVENT", "https://example.com/x", {"a": "b"}),
        ("CUSTOMER_NOTIFICATION", "http://example.com/x", {"a": "b"}),
        ("CUSTOMER_NOTIFICATION", "https://example.com/x", {}),
        ("CUSTOMER_NOTIFICATION", "https://example.com/x", {f"h{i}": "v" for i in range(6)}),
    ],
    ids=["event type", "plain http", "no header", "six headers"],
)
def test_what_the_partner_refuses_is_refused_before_any_io(event_type: str, url: str, headers: dict[str, str]) -> None:
    with pytest.raises(ConfigurationError):
        webhook(event_type, url, headers)
