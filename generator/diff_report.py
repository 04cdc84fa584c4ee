"""How ``make spec-diff`` prints its changes: grouped text for people, JSON for programs."""

from __future__ import annotations

import json
from typing import Any

from generator.changes import RULES, SECTION_TITLES, SECTIONS, Change
from generator.snapshot import Snapshot


def text(old: Snapshot, new: Snapshot, changes: list[Change]) -> str:
    breaking = sum(c.breaking for c in changes)
    lines = [
        f"spec-diff {old.package_version} ({old.label}) -> {new.package_version} ({new.label})",
        f"{breaking} breaking, {len(changes) - breaking} other changes"
        + ("" if changes else " (spec and Python surface compare equal)"),
    ]
    for section in SECTIONS:
        items = [c for c in changes if c.section == section]
        if not items:
            continue
        lines += ["", f"{SECTION_TITLES[section]} ({sum(c.breaking for c in items)} breaking, {len(items)} in all)"]
        for item in items:
            mark = "BREAKING" if item.breaking else "-"
            lines.append(f"  {mark:8} {item.subject}: {item.detail}  [{RULES[item.rule].title}]")
            if item.where:
                lines.append(f"  {'':8}   {item.where}")
    return "\n".join(lines) + "\n"


def as_json(old: Snapshot, new: Snapshot, changes: list[Change]) -> str:
    document: dict[str, Any] = {
        "from": {"package_version": old.package_version, "source": old.label, "spec_sha256": old.spec_sha256},
        "to": {"package_version": new.package_version, "source": new.label, "spec_sha256": new.spec_sha256},
        "breaking": sum(c.breaking for c in changes),
        "changes": [c.as_dict() for c in changes],
    }
    return json.dumps(document, indent=2) + "\n"
