"""``make spec-report``: how much of the partner's documented reference ``openapi/`` holds, and how typed it is.

Rows of ``openapi/reference/operations.tsv`` (the index of the partner's captured pages) are matched to
operations of the bundled spec by method and path (path parameter names ignored). Partner-hosted
webhook callbacks and the websocket feed are not client calls and are left out.
"""

from __future__ import annotations

import csv
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from generator.spec_tree import iter_nodes, iter_operations, iter_refs, resolve_local

if TYPE_CHECKING:
    from generator.pipeline import Layout

NOT_CLIENT_CALLS = ("Partner Webhooks", "Websocket")
_METHOD = re.compile(r"^(GET|POST|PUT|PATCH|DELETE)$")


@dataclass(frozen=True)
class Row:
    group: str
    method: str
    path: str | None  # None when the page does not print it
    summary: str


def read_rows(tsv: Path) -> list[Row]:
    rows = []
    with tsv.open(encoding="utf-8", newline="") as handle:
        for record in csv.DictReader(handle, delimiter="\t"):
            if record["group"].startswith(NOT_CLIENT_CALLS):
                continue
            raw_path = record["path"].strip()
            path = raw_path.split()[0] if raw_path.startswith("/") else None
            method = record["method"].strip()
            rows.append(Row(record["group"], method, path if _METHOD.match(method) else None, record["summary"]))
    return rows


def shape(path: str) -> str:
    return re.sub(r"\{[^}]*\}", "{}", path)


def find_operation(operations: dict[tuple[str, str], dict[str, Any]], method: str, path: str) -> tuple[str, str] | None:
    """The operation documented by a row: same shape, else a concrete path the row's template covers.

    (The Products guide documents ``/trading/order/{type}`` for type market/limit/stop.)
    """
    key = (method, shape(path))
    if key in operations:
        return key
    template = re.compile(re.escape(shape(path)).replace(re.escape("{}"), "[^/{}]+") + "$")
    return next((k for k in operations if k[0] == method and template.match(k[1])), None)


def partial_markers(spec: dict[str, Any], operation: dict[str, Any]) -> int:
    """x-partial markers in the operation and every schema it reaches."""
    seen: set[str] = set()
    pending = [operation]
    markers = 0
    while pending:
        node = pending.pop()
        markers += sum(1 for _, n in iter_nodes(node) if n.get("x-partial") is True)
        for _, ref in iter_refs(node):
            if ref not in seen:
                seen.add(ref)
                pending.append(resolve_local(spec, ref))
    return markers


@dataclass
class Fidelity:
    """What ``make spec-report`` prints: per operations.tsv group, and the rows that did not match."""

    table: dict[str, dict[str, int]] = field(default_factory=lambda: defaultdict(lambda: defaultdict(int)))
    unmatched: list[str] = field(default_factory=list)
    extra: list[str] = field(default_factory=list)
    rows_with_path: int = 0
    undocumented: int = 0

    def total(self, column: str) -> int:
        return sum(counts[column] for counts in self.table.values())


def measure(spec: dict[str, Any], rows: list[Row]) -> Fidelity:
    operations = {(m.upper(), shape(p)): op for p, m, op in iter_operations(spec)}
    fidelity = Fidelity(
        rows_with_path=sum(1 for row in rows if row.path is not None),
        undocumented=len(spec.get("x-undocumented-operations", [])),
    )
    matched: set[tuple[str, str]] = set()
    for row in rows:
        counts = fidelity.table[row.group]
        counts["rows"] += 1
        if row.path is None:
            fidelity.unmatched.append(f"{row.group}: {row.method} — {row.summary} (path not shown on the page)")
            continue
        key = find_operation(operations, row.method, row.path)
        if key is None:
            fidelity.unmatched.append(f"{row.group}: {row.method} {row.path} — {row.summary} (NOT IN openapi/)")
            continue
        counts["present"] += 1
        if key in matched:
            continue  # one operation documented twice (e.g. once per brand)
        matched.add(key)
        markers = partial_markers(spec, operations[key])
        counts["typed"] += markers == 0
        counts["partial"] += markers
    fidelity.extra = sorted(
        f"{m} {p} ({op['operationId']})" for (m, p), op in operations.items() if (m, p) not in matched
    )
    return fidelity


def main(layout: Layout) -> int:
    from generator.pipeline import bundled_spec

    spec, _ = bundled_spec(layout)
    rows = read_rows(layout.openapi_dir / "reference" / "operations.tsv")
    fidelity = measure(spec, rows)
    columns = ("rows", "present", "typed", "partial")
    header = f"{'group (operations.tsv)':58} {'rows':>5} {'in openapi/':>11} {'fully typed':>11} {'x-partial':>9}"
    print(header)
    print("-" * len(header))
    for group, counts in fidelity.table.items():
        print(f"{group[:58]:58} " + " ".join(f"{counts[c]:>{w}}" for c, w in zip(columns, (5, 11, 11, 9), strict=True)))
    print("-" * len(header))
    print(
        f"{'total':58} " + " ".join(f"{fidelity.total(c):>{w}}" for c, w in zip(columns, (5, 11, 11, 9), strict=True))
    )
    present, rows_total, with_path = fidelity.total("present"), fidelity.total("rows"), fidelity.rows_with_path
    operations = sum(1 for _ in iter_operations(spec))
    print()
    print(
        f"client-side rows present: {present}/{rows_total} ({100 * present / rows_total:.1f}%); "
        f"of rows whose page prints a path: {present}/{with_path} ({100 * present / with_path:.1f}%)"
    )
    print(
        f"operations in openapi/: {operations} (all with x-source-url); "
        f"known but unmodelled (x-undocumented-operations): {fidelity.undocumented}"
    )
    for title, lines in (
        ("rows not present", fidelity.unmatched),
        ("operations not in operations.tsv", fidelity.extra),
    ):
        print(f"\n{title} ({len(lines)}):")
        for line in lines:
            print(f"  {line}")
    return 0
