"""The kinds of difference between an answer and the spec, and one difference found in one answer."""

from __future__ import annotations

from typing import Final, Literal

import attrs

DriftKind = Literal[
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
]
DRIFT_KINDS: Final[tuple[DriftKind, ...]] = DriftKind.__args__  # type: ignore[attr-defined]


@attrs.frozen
class Problem:
    """One place where an answer differs from the spec: ``path`` (JSONPath of the value, with list indices),
    ``kind``, the JSON type ``observed`` there (``absent`` for a missing one), what the spec ``expected``,
    and for an unknown enum value only, the ``value`` as received."""

    path: str
    kind: DriftKind
    observed: str
    expected: str
    value: str | None = None
