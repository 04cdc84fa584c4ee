"""Drift files merge into records (counts summed, first and last seen widened, malformed lines skipped with why),
and record paths read and render as the client spells them."""

from __future__ import annotations

import datetime
import functools
import json
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator import drift
from generator.drift import ITEMS, parse_path, render_path
from tests.generator.drift.conftest import record, write_drift
from wawex_partner_api.answers.problems import DRIFT_KINDS
from wawex_partner_api.answers.reading import child


def test_the_kinds_are_the_clients() -> None:
    assert drift.KINDS == DRIFT_KINDS


def test_merging_sums_counts_widens_first_and_last_seen_and_skips_malformed_lines(tmp_path: Path, rec) -> None:
    enum = functools.partial(rec, "$.data[*].status", "unknown-enum-value", value="SHREDDED")
    first = write_drift(
        tmp_path / "a.jsonl",
        [
            enum(count=2, first="2026-12-08T10:00:00+00:00", last="2026-12-08T11:00:00+00:00"),
            "not json at all",
            "",
            enum(count=5, first="2026-12-08T09:00:00+00:00", last="2026-12-08T09:30:00+00:00", version="2.5.0.4"),
            [1, 2, 3],
            {**enum(), "kind": "something-new"},
            {**enum(), "count": 0},
            {**enum(), "status": True},
            {**rec("$.data[*].name", "type-mismatch"), "value": "Jane Doe"},  # a value only on an enum record
            {**enum(), "first_seen": "2026-12-08T10:00:00"},  # no offset
            enum(first="2026-12-09T00:00:00+00:00", last="2026-12-08T00:00:00+00:00"),
            {**enum(), "path": "$.data[*"},
        ],
    )
    second = write_drift(
        tmp_path / "b.jsonl",
        [enum(count=1, first="2026-12-08T12:00:00Z", last="2026-12-08T13:00:00+01:00"), rec("$.x", "not-json")],
    )
    (tmp_path / "c.jsonl").write_bytes(b"\xff\xfe garbage\n")

    found = drift.read_drift([first, second, tmp_path / "c.jsonl", tmp_path / "missing.jsonl"])

    assert found.lines == 4
    assert len(found.records) == 2
    merged = next(r for r in found.records.values() if r.key.kind == "unknown-enum-value")
    assert merged.count == 8
    assert merged.first_seen.isoformat() == "2026-12-08T09:00:00+00:00"
    assert merged.last_seen.isoformat() == "2026-12-08T12:00:00+00:00"  # 13:00+01:00
    assert merged.client_versions == {"2.5.0.4", "2.5.0.5"}
    assert [m.split(": ", 1)[1] for m in found.malformed] == [
        "not JSON",
        "not a JSON object",
        "unknown kind 'something-new'",
        "count is not a positive integer",
        "status is not an HTTP status code",
        "a value on a type-mismatch record",
        "first_seen is not an ISO 8601 date-time with an offset",
        "first_seen is after last_seen",
        "path '$.data[*': unexpected '[*'",
        "not JSON",
    ]
    assert found.malformed[0].startswith(f"{first}:2: ")
    assert found.malformed[-1].startswith(f"{tmp_path / 'c.jsonl'}:1: ")
    assert found.unreadable == [f"{tmp_path / 'missing.jsonl'}: No such file or directory"]


_LINE_PARTS = st.fixed_dictionaries(
    {
        "path": st.sampled_from(["$.data[*].status", "$.data[*].size", "$['odd key']", "$"]),
        "kind": st.sampled_from(["unknown-enum-value", "missing-field", "null-value"]),
        "operation": st.sampled_from(["get-documents", "get-orders"]),
        "status": st.sampled_from([200, 207]),
        "count": st.integers(1, 10**6),
        "first": st.datetimes(min_value=datetime.datetime(2026, 1, 1), max_value=datetime.datetime(2026, 6, 1)),
        "minutes": st.integers(0, 10**5),
        "version": st.sampled_from(["2.5.0.4", "2.5.0.5"]),
        "sha": st.sampled_from(["a" * 64, "b" * 64]),
    }
)


def _line(parts: dict[str, Any]) -> str:
    first = parts["first"].replace(tzinfo=datetime.UTC)
    last = first + datetime.timedelta(minutes=parts["minutes"])
    value = "SHREDDED" if parts["kind"] == "unknown-enum-value" else None
    return json.dumps(
        record(
            parts["path"],
            parts["kind"],
            sha=parts["sha"],
            operation=parts["operation"],
            status=parts["status"],
            value=value,
            count=parts["count"],
            first=first.isoformat(),
            last=last.isoformat(),
            version=parts["version"],
        )
    )


@settings(max_examples=60, deadline=None)
@given(lines=st.lists(_LINE_PARTS.map(_line), max_size=25), data=st.data())
def test_any_lines_merge_to_the_same_records_in_any_order_and_any_split_into_files(lines: list[str], data) -> None:
    shuffled = data.draw(st.permutations(lines))
    cut = data.draw(st.integers(0, len(lines)))
    with tempfile.TemporaryDirectory() as scratch:
        whole = write_drift(Path(scratch) / "whole.jsonl", lines)
        head = write_drift(Path(scratch) / "head.jsonl", shuffled[:cut])
        tail = write_drift(Path(scratch) / "tail.jsonl", shuffled[cut:])
        once = drift.read_drift([whole])
        split = drift.read_drift([tail, head])
    assert once.records == split.records
    assert once.lines == split.lines == len(lines)
    assert sum(r.count for r in once.records.values()) == sum(json.loads(line)["count"] for line in lines)
    for merged in once.records.values():
        mine = [json.loads(line) for line in lines if drift.parse_line(line.encode()).key == merged.key]
        assert merged.first_seen == min(drift.parse_line(json.dumps(m).encode()).first_seen for m in mine)
        assert merged.last_seen == max(drift.parse_line(json.dumps(m).encode()).last_seen for m in mine)


# --- paths ------------------------------------------------------------------------------------------------------

_SEGMENTS = st.lists(st.one_of(st.just(ITEMS), st.text(max_size=12)), max_size=6)


@given(_SEGMENTS)
def test_path_rendering_and_parsing_round_trip(segments: list[Any]) -> None:
    text = render_path(segments)
    assert parse_path(text) == tuple(segments)
    assert render_path(parse_path(text)) == text


@given(st.text(max_size=20))
def test_paths_are_spelled_as_the_client_spells_them(key: str) -> None:
    assert render_path([key]) == child("$", key)
    assert render_path(["data", ITEMS, key]) == child(child("$", "data") + "[*]", key)


def test_list_indices_read_as_every_item_and_bad_paths_are_refused() -> None:
    assert parse_path("$[0].data[12]['a b']") == (ITEMS, "data", ITEMS, "a b")
    for bad in ("data", "$.", "$.1a", "$[x]", "$['open", "$['bad \\n escape']", "$..a"):
        with pytest.raises(ValueError, match="path"):
            parse_path(bad)


def test_a_withheld_member_name_reads_and_is_not_located() -> None:
    from generator.drift.records import WITHHELD

    assert parse_path("$.data[*].*") == ("data", ITEMS, WITHHELD)
    assert render_path(("data", ITEMS, WITHHELD)) == "$.data[*].*"
