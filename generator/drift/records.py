"""Drift records as the generator reads them: the path of a value in an answer, one line of a drift file, and the
records merged from any number of files.

A line is written by ``wawex_partner_api.answers.drift.line``; the generator does not import the client, so what a
line may hold is checked here again. A line that is not a record is skipped and said why, never fatal: drift
files come from running processes that may have been killed mid-write.
"""

from __future__ import annotations

import datetime
import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final

KINDS: Final = (
    "unknown-enum-value",
    "unknown-field",
    "missing-field",
    "null-value",
    "type-mismatch",
    "format-mismatch",
    "wrapped",
    "not-json",
    "undocumented-status",
    "undocumented-body",
    "requestor-refused",
)
"""The client's ``DriftKind`` (``wawex_partner_api.answers.problems``); the generator does not import the client."""

JSON_TYPES: Final = frozenset({"string", "integer", "number", "boolean", "null", "object", "array"})
REQUESTOR_PATH: Final = "header:Requestor-ID"
ENUM_TOKEN: Final = re.compile(r"[A-Za-z0-9_.:/-]{1,64}")
"""The client records an enum value only when it has this shape (anything else could be personal data sent in
the wrong field); a value of any other shape is not written into a proposal either."""

SHORTHAND: Final = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
"""A name written after a dot, in the client's paths and in overlay targets; any other name is quoted."""

_LIST_INDEX = re.compile(r"\[[0-9]+\]")
_TEXT_FIELDS = ("operation", "path", "kind", "observed", "expected", "client_version", "spec_sha256")


# --- paths ------------------------------------------------------------------------------------------------------


class _Items:
    """The path segment ``[*]``: every item of a list."""

    def __repr__(self) -> str:
        return "ITEMS"


ITEMS: Final = _Items()


class _Withheld:
    """The path segment ``.*``: a member whose name the client withheld (it did not read like a field name, so
    it may be personal data: an e-mail address, an id)."""

    def __repr__(self) -> str:
        return "WITHHELD"


WITHHELD: Final = _Withheld()
Segment = str | _Items | _Withheld


def render_path(segments: Iterable[Segment]) -> str:
    """A record's JSONPath, spelled as the client spells it (``wawex_partner_api.answers.reading.child``)."""
    text = "$"
    for segment in segments:
        if isinstance(segment, _Items):
            text += "[*]"
        elif isinstance(segment, _Withheld):
            text += ".*"
        elif SHORTHAND.fullmatch(segment):
            text += f".{segment}"
        else:
            text += "['" + segment.replace("\\", "\\\\").replace("'", "\\'") + "']"
    return text


def parse_path(text: str) -> tuple[Segment, ...]:
    """The segments of a record's path; a list index (``[0]``) reads as ``[*]``. ValueError when it is not one.

    A name after a dot may be any Python identifier: older clients wrote non-ASCII names that way."""
    if not text.startswith("$"):
        raise ValueError(f"path {text!r} does not start with $")
    segments: list[Segment] = []
    position = 1
    while position < len(text):
        if text.startswith(".*", position):
            segments.append(WITHHELD)
            position += 2
        elif text[position] == ".":
            end = position + 1
            while end < len(text) and text[end] not in ".[":
                end += 1
            name = text[position + 1 : end]
            if not name.isidentifier():
                raise ValueError(f"path {text!r}: {name!r} after '.' is not an identifier")
            segments.append(name)
            position = end
        elif text.startswith("[*]", position):
            segments.append(ITEMS)
            position += 3
        elif text.startswith("['", position):
            name, position = _quoted_name(text, position + 2)
            segments.append(name)
        else:
            index = _LIST_INDEX.match(text, position)
            if index is None:
                raise ValueError(f"path {text!r}: unexpected {text[position : position + 10]!r}")
            segments.append(ITEMS)
            position = index.end()
    return tuple(segments)


def _quoted_name(text: str, position: int) -> tuple[str, int]:
    name: list[str] = []
    while position < len(text):
        char = text[position]
        if char == "\\":
            escaped = text[position + 1 : position + 2]
            if escaped not in ("\\", "'"):
                raise ValueError(f"path {text!r}: unknown escape \\{escaped}")
            name.append(escaped)
            position += 2
        elif char == "'":
            if text[position + 1 : position + 2] != "]":
                raise ValueError(f"path {text!r}: quoted name not closed by ']'")
            return "".join(name), position + 2
        else:
            name.append(char)
            position += 1
    raise ValueError(f"path {text!r}: quoted name not closed")


# --- records ----------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class DriftKey:
    """What makes two lines the same record."""

    operation: str
    status: int
    path: str
    kind: str
    observed: str
    expected: str
    value: str | None

    def describe(self) -> str:
        value = f" {self.value!r}" if self.value is not None else ""
        return f"{self.operation} {self.status} {self.path} ({self.kind}{value}; observed {self.observed})"

    def order(self) -> tuple[str, int, str, str, str, str, bool, str]:
        """A total order (a withheld value sorts first), so that proposals do not depend on the order of lines."""
        return (
            self.operation,
            self.status,
            self.path,
            self.kind,
            self.observed,
            self.expected,
            self.value is not None,
            self.value or "",
        )


@dataclass(frozen=True)
class DriftRecord:
    """One record merged from every line that names it."""

    key: DriftKey
    count: int
    first_seen: datetime.datetime
    last_seen: datetime.datetime
    client_versions: frozenset[str]
    spec_sha256s: frozenset[str]

    def merged(self, other: DriftRecord) -> DriftRecord:
        return DriftRecord(
            self.key,
            self.count + other.count,
            min(self.first_seen, other.first_seen),
            max(self.last_seen, other.last_seen),
            self.client_versions | other.client_versions,
            self.spec_sha256s | other.spec_sha256s,
        )


@dataclass
class DriftFiles:
    """What a set of drift files held: the merged records, how many lines were read, and what was skipped."""

    records: dict[DriftKey, DriftRecord] = field(default_factory=dict)
    lines: int = 0
    malformed: list[str] = field(default_factory=list)  # "<file>:<line>: why"
    unreadable: list[str] = field(default_factory=list)  # "<file>: why"

    def add_line(self, source: str, number: int, raw: bytes) -> None:
        if not raw.strip():
            return
        try:
            record = parse_line(raw)
        except ValueError as exc:
            self.malformed.append(f"{source}:{number}: {exc}")
            return
        self.lines += 1
        known = self.records.get(record.key)
        self.records[record.key] = record if known is None else known.merged(record)


def read_drift(paths: Sequence[Path]) -> DriftFiles:
    """Read and merge the drift files at ``paths``; nothing in them makes this raise."""
    found = DriftFiles()
    for path in paths:
        try:
            with path.open("rb") as lines:
                for number, raw in enumerate(lines, start=1):
                    found.add_line(str(path), number, raw)
        except OSError as exc:
            found.unreadable.append(f"{path}: {exc.strerror or exc}")
    return found


def parse_line(raw: bytes) -> DriftRecord:
    """One line of a drift file (``wawex_partner_api.answers.drift.line``); ValueError saying why it is not one."""
    try:
        line = json.loads(raw)
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise ValueError("not JSON") from None
    if not isinstance(line, dict):
        raise ValueError("not a JSON object")
    for name in _TEXT_FIELDS:
        if not isinstance(line.get(name), str) or not line[name]:
            raise ValueError(f"{name} missing or not a non-empty string")
    kind, path, value = line["kind"], line["path"], line.get("value")
    if kind not in KINDS:
        raise ValueError(f"unknown kind {kind!r}")
    status, count = line.get("status"), line.get("count")
    if not isinstance(status, int) or isinstance(status, bool) or not 100 <= status <= 599:
        raise ValueError("status is not an HTTP status code")
    if not isinstance(count, int) or isinstance(count, bool) or count < 1:
        raise ValueError("count is not a positive integer")
    if value is not None and (kind != "unknown-enum-value" or not isinstance(value, str)):
        # The client records a value for an unknown enum value only: anything else could be personal data.
        raise ValueError(f"a value on a {kind} record")
    if kind == "requestor-refused":
        if path != REQUESTOR_PATH:
            raise ValueError(f"requestor-refused at {path!r}, not {REQUESTOR_PATH}")
    else:
        parse_path(path)
    first, last = _instant(line, "first_seen"), _instant(line, "last_seen")
    if first > last:
        raise ValueError("first_seen is after last_seen")
    key = DriftKey(line["operation"], status, path, kind, line["observed"], line["expected"], value)
    return DriftRecord(key, count, first, last, frozenset({line["client_version"]}), frozenset({line["spec_sha256"]}))


def _instant(line: dict[str, Any], name: str) -> datetime.datetime:
    text = line.get(name)
    try:
        instant = datetime.datetime.fromisoformat(text) if isinstance(text, str) else None
    except ValueError:
        instant = None
    if instant is None or instant.tzinfo is None:
        raise ValueError(f"{name} is not an ISO 8601 date-time with an offset")
    return instant.astimezone(datetime.UTC)
