"""Property-based tests of reading answers: the format rules against references written here without regular
expressions; the quick msgspec check against the Python reader it stands in for (same problems, same models, on
any body); and the reader's promise on any body: nothing raised, and each difference found once."""

from __future__ import annotations

import datetime
import json
import string
from typing import Any

import httpx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from wawex_partner_api.answers import fast, rules
from wawex_partner_api.answers.answer import _read_body, read_answer
from wawex_partner_api.answers.reading import Reader
from wawex_partner_api.sandbox import drifting
from wawex_partner_api_client.shapes import ANSWERS

HEX = set(string.hexdigits)
DIGITS = set("0123456789")


def _is_uuid(text: str) -> bool:
    parts = text.split("-")
    return [len(part) for part in parts] == [8, 4, 4, 4, 12] and all(set(part) <= HEX for part in parts)


def _is_date(text: str) -> bool:
    parts = text.split("-")
    if [len(part) for part in parts] != [4, 2, 2] or not all(set(part) <= DIGITS for part in parts):
        return False
    year, month, day = map(int, parts)
    try:
        datetime.date(year, month, day)
    except ValueError:
        return False
    return True


def _is_instant(text: str) -> bool:
    """RFC 3339 date-time, spelled out: date, T or space, hh:mm:ss, optional fraction, Z or ±hh:mm."""
    if len(text) < 20 or text[10] not in "T " or not _is_date(text[:10]):
        return False
    clock, rest = text[11:19], text[19:]
    hours, minutes, seconds = clock[0:2], clock[3:5], clock[6:8]
    if (
        clock[2] != ":"
        or clock[5] != ":"
        or not all(set(p) <= DIGITS and len(p) == 2 for p in (hours, minutes, seconds))
    ):
        return False
    if int(hours) > 23 or int(minutes) > 59 or int(seconds) > 59:
        return False
    if rest.startswith("."):
        digits = len(rest) - len(rest[1:].lstrip("0123456789"))
        if digits == 1:
            return False
        rest = rest[digits:]
    if rest == "Z":
        return True
    offset = rest[1:]
    return (
        len(rest) == 6
        and rest[0] in "+-"
        and offset[2] == ":"
        and set(offset[:2] + offset[3:]) <= DIGITS
        and int(offset[:2]) <= 23
        and int(offset[3:]) <= 59
    )


def _near(reference: str) -> st.SearchStrategy[str]:
    """Strings like ``reference``, with characters changed, added or dropped (and unrelated text)."""
    alphabet = st.sampled_from("0123456789abcdefABCDEF-:.TZ+ tz\n\u0661")
    edits = st.lists(st.tuples(st.integers(0, len(reference)), st.sampled_from("rid"), alphabet), max_size=3)

    def apply(changes: list[tuple[int, str, str]]) -> str:
        text = reference
        for index, kind, char in changes:
            index = min(index, len(text))
            text = text[:index] + (char if kind != "d" else "") + text[index + (kind != "i") :]
        return text

    return st.one_of(edits.map(apply), st.text(max_size=40))


@given(_near("3f2c9a4e-8b1d-4c6e-9f0a-1b2c3d4e5f60"))
def test_uuid_rule(text: str) -> None:
    assert bool(rules.UUID.fullmatch(text)) == _is_uuid(text)
    assert fast.fits("uuid", text) == _is_uuid(text)


@given(_near("2025-06-30"))
def test_date_rule(text: str) -> None:
    assert (rules.parse_date(text) is not None) == _is_date(text)


@given(_near("2025-06-30T21:21:31.503+02:00"))
def test_datetime_rule(text: str) -> None:
    parsed = rules.parse_datetime(text)
    assert (parsed is not None) == _is_instant(text)
    assert parsed is None or parsed.tzinfo is not None


SUCCESSES = sorted(
    {
        (operation_id, low, shape)
        for operation_id, entries in ANSWERS.items()
        for low, high, source, shape in entries
        if source == "json" and shape != "any" and low >= 200 and high < 300
    },
    key=repr,
)
JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=12,
)


@st.composite
def bodies(draw: st.DrawFn) -> tuple[str, int, Any, Any]:
    """A documented success (operation, status, shape), and a body for it: a valid sample with a few mutations
    and a value replaced by any JSON."""
    operation_id, status, shape = draw(st.sampled_from(SUCCESSES))
    body = drifting.sample(shape)
    for _ in range(draw(st.integers(0, 3))):
        candidates = drifting.mutations(shape, body)
        if not candidates:
            break
        body = draw(st.sampled_from(candidates)).apply(body)
    if draw(st.booleans()):
        body = _replace_a_leaf(body, draw(JSON), draw(st.integers(0, 50)))
    return operation_id, status, shape, body


def _replace_a_leaf(body: Any, value: Any, index: int) -> Any:
    spots: list[tuple[Any, Any]] = []

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            spots.extend((node, key) for key in node)
            for child in node.values():
                walk(child)
        elif isinstance(node, list):
            spots.extend((node, i) for i in range(len(node)))
            for child in node:
                walk(child)

    walk(body)
    if spots:
        parent, key = spots[index % len(spots)]
        parent[key] = value
    return body


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(bodies())
def test_the_quick_check_and_the_reader_agree_on_any_body(case: tuple[str, int, Any, Any]) -> None:
    operation_id, status, shape, body = case
    content = json.dumps(body).encode()
    answer = read_answer(operation_id, httpx.Response(status, content=content))  # quick check first
    parsed, problems, usable = _read_body(shape, json.loads(content))  # the reader alone
    assert answer.usable == usable
    assert list(answer.problems) == problems
    assert answer.parsed == parsed


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(bodies())
def test_each_difference_is_found_once_and_nothing_raises(case: tuple[str, int, Any, Any]) -> None:
    _, _, shape, body = case
    reader = Reader()
    reader.read(shape, body, "$")
    places = [(problem.path, problem.kind, problem.observed) for problem in reader.problems]
    assert len(places) == len(set(places))
    if fast.fits(shape, body):
        assert not [p for p in reader.problems if p.kind != "format-mismatch"]  # a date no calendar has: below
