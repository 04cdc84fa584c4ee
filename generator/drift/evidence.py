"""What an action says for itself: the evidence of its records and what the partner's page showed at its node.

Evidence is one line per kind: how many answers, at which operations and statuses, first and last seen, from
which client versions, and whether the records came from another spec than the current one. The page note says
whether the change contradicts a page (``contradicts <page> (the page shows …)``: the spec took the node from
it), replaces an inference (``replaces an inference (x-partial: …)``: the page did not show it), or changes what
an earlier drift fix added. Neither holds a value from an answer: counts, names, types and dates only.
"""

from __future__ import annotations

import datetime
from collections import Counter
from collections.abc import Sequence
from typing import Any, Final

from generator.drift.locate import FROM_DRIFT, Context, Where
from generator.drift.records import DriftRecord

_REASON_LIMIT: Final = 200
_NOTES: Final = ("x-discrepancy", "x-shown-only-in", "x-enum-source", "x-enum-note")
"""Marks of the bundled spec that say more about what a page showed; quoted (shortened) into the page note."""


def describe(headline: str, context: Context, records: Sequence[DriftRecord], *notes: str) -> str:
    """An action's description: ``drift: <headline>``, its evidence, then ``notes`` (empty ones left out)."""
    return "\n".join([f"drift: {headline}", *evidence(records, context.spec_sha256), *filter(None, notes)])


def evidence(records: Sequence[DriftRecord], spec_sha256: str) -> list[str]:
    """One line per kind: how often, where, when, from which clients, against which spec."""
    lines = []
    for kind in sorted({r.key.kind for r in records}):
        mine = [r for r in records if r.key.kind == kind]
        where: Counter[str] = Counter()
        for record in mine:
            where[f"{record.key.operation} {record.key.status}"] += record.count
        places = ", ".join(f"{place}: {count}" for place, count in sorted(where.items()))
        versions = ", ".join(sorted(set().union(*(r.client_versions for r in mine))))
        shas = set().union(*(r.spec_sha256s for r in mine))
        other = sorted(sha[:12] for sha in shas if sha != spec_sha256)
        spec = (
            "against the current spec"
            if not other
            else f"these records came from another spec (spec_sha256 {', '.join(other)}…, the current spec is "
            f"{spec_sha256[:12]}…): check the paths mean the same here"
        )
        total = sum(r.count for r in mine)
        lines.append(
            f"evidence: {kind}, {total} answer{'s' if total != 1 else ''} ({places}); first seen "
            f"{_iso(min(r.first_seen for r in mine))}, last seen {_iso(max(r.last_seen for r in mine))}; "
            f"client {versions}; {spec}"
        )
    return lines


def _iso(instant: datetime.datetime) -> str:
    return instant.isoformat(timespec="seconds")


def _shorten(text: Any) -> str:
    words = " ".join(str(text).split())
    return words if len(words) <= _REASON_LIMIT else words[: _REASON_LIMIT - 1] + "…"


def page_note(context: Context, where: Where, records: Sequence[DriftRecord], shows: str) -> str:
    """What the partner's page said about the node at ``where``: taken from it (then the change contradicts the
    page), not shown (the change replaces an inference), or already a drift fix.

    The node and the nodes enclosing it count: up to its component schema, or for a node under an operation, up
    to and including the operation."""
    chain = _chain(context.spec, where)
    notes = [f"{name}: {_shorten(node[name])}" for node in chain for name in _NOTES if node.get(name)]
    extra = f"; {'; '.join(notes)}" if notes else ""
    for node in reversed(chain):
        if node.get(FROM_DRIFT):
            return f"page: changes what an earlier drift fix added ({FROM_DRIFT}: {node[FROM_DRIFT]}){extra}"
        if node.get("x-partial"):
            reason = node.get("x-partial-reason", "no reason given")
            return f"page: replaces an inference (x-partial: {_shorten(reason)}){extra}"
        if node.get("x-schema-inferred"):
            return f"page: replaces an inference (x-schema-inferred: {_shorten(node['x-schema-inferred'])}){extra}"
    urls = sorted(
        {
            str(context.operations[r.key.operation].node.get("x-source-url", "the operation's page"))
            for r in records
            if r.key.operation in context.operations
        }
    )
    return f"page: contradicts {', '.join(urls)} (the page shows {shows}){extra}"


def _chain(spec: dict[str, Any], where: Where) -> list[dict[str, Any]]:
    """The nodes from the component schema or the operation that encloses ``where`` down to it."""
    start = 3 if where[:1] in (("components",), ("paths",)) else 0
    nodes: list[dict[str, Any]] = []
    node: Any = spec
    for depth, token in enumerate(where):
        try:
            node = node[token]
        except (KeyError, IndexError, TypeError):
            break
        if depth + 1 >= start and isinstance(node, dict):
            nodes.append(node)
    return nodes
