"""``CHANGELOG.md`` (Keep a Changelog): one section per package version, drafted from the diff.

A section is ``## [<version>] - <date>`` with ``### Breaking`` (what a user must change), then
``### Added``, ``### Changed``, ``### Deprecated``, ``### Removed``. ``make changelog`` writes the draft;
a person edits the prose; ``make check-release`` requires every breaking change's subject (an
operationId, a model, a Python path) to be named under Breaking.
"""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

from generator.changes import RULES, Change

CHANGELOG = "CHANGELOG.md"
HEADER = """\
# Changelog

All notable changes to `wawex-partner-api`, one section per package version
(`<partner API release>.<client revision>`, see README "Versioning"), newest first. The format follows
[Keep a Changelog](https://keepachangelog.com/en/1.1.0/); **Breaking** says what a user must change.
Sections are drafted by `make changelog` from `make spec-diff` and then edited by hand;
`make check-release` fails while a breaking change's subject is not named, in backticks, under Breaking.
"""
_SECTION = re.compile(r"^## \[(?P<version>[^\]]+)\].*$", re.MULTILINE)
_SUBSECTION = re.compile(r"^### (?P<title>.+)$", re.MULTILINE)
CATEGORIES = ("Added", "Changed", "Deprecated", "Removed")


def read(root: Path) -> str:
    path = root / CHANGELOG
    return path.read_text(encoding="utf-8") if path.exists() else HEADER


def sections(text: str) -> dict[str, str]:
    """Version -> the text of its section (heading included)."""
    found = list(_SECTION.finditer(text))
    return {
        match["version"]: text[match.start() : found[i + 1].start() if i + 1 < len(found) else len(text)]
        for i, match in enumerate(found)
    }


def subsection(section: str, title: str) -> str:
    found = list(_SUBSECTION.finditer(section))
    for i, match in enumerate(found):
        if match["title"].strip().lower() == title.lower():
            return section[match.end() : found[i + 1].start() if i + 1 < len(found) else len(section)]
    return ""


def unlisted_breaking(section: str, changes: list[Change]) -> list[str]:
    """Subjects of breaking changes that the section's Breaking part does not name, in backticks (so that
    `get-order` is not taken as named by `get-order-wawex`)."""
    listed = subsection(section, "Breaking")
    return sorted({c.subject for c in changes if c.breaking and f"`{c.subject}`" not in listed})


def category(item: Change) -> str:
    if "deprecated" in item.rule:
        return "Deprecated"
    if "added" in item.rule:
        return "Added"
    if "removed" in item.rule:
        return "Removed"
    return "Changed"


def draft(
    version: str, date: str, previous: str | None, changes: list[Change], deprecated: list[str] | None = None
) -> str:
    """The section of ``version``; ``deprecated`` lists the old spellings this version starts to warn about."""
    since = f"Compared with {previous} (`make spec-diff FROM={previous}`)." if previous else "First recorded release."
    lines = [f"## [{version}] - {date}", "", since, ""]
    breaking: dict[str, list[Change]] = defaultdict(list)
    for item in changes:
        if item.breaking:
            breaking[item.subject].append(item)
    if breaking:
        lines += ["### Breaking", ""]
        for subject, items in sorted(breaking.items()):
            where = sorted({i.where for i in items if i.where})
            lines.append(f"- `{subject}`" + (f" ({'; '.join(where)})" if where else "") + ":")
            lines += [f"  - {i.detail}" for i in items]
        lines.append("")
    for title in CATEGORIES:
        entries = _entries([c for c in changes if not c.breaking and category(c) == title])
        if title == "Deprecated":
            entries += [f"- {line}" for line in deprecated or []]
        if entries:
            lines += [f"### {title}", "", *entries, ""]
    return "\n".join(lines)


def _entries(items: list[Change], most: int = 8) -> list[str]:
    """One line per change; a rule with more than ``most`` changes is one line naming the first few."""
    by_rule: dict[str, list[Change]] = defaultdict(list)
    for item in items:
        by_rule[item.rule].append(item)
    lines = []
    for rule, group in by_rule.items():
        if len(group) > most:
            names = ", ".join(f"`{c.subject}`" for c in group[:most])
            lines.append(f"- {RULES[rule].title}: {len(group)} ({names}, …; `make spec-diff` lists them)")
        else:
            lines += [f"- {_named(c)}" + _where(c) for c in group]
    return lines


def _where(item: Change) -> str:
    return f" ({item.where})" if item.where and item.where not in item.detail else ""


def _named(item: Change) -> str:
    return item.detail if f"`{item.subject}" in item.detail else f"`{item.subject}`: {item.detail}"


def insert(text: str, section: str) -> str:
    """``section`` placed above the newest one (the file is newest first)."""
    first = _SECTION.search(text)
    if first is None:
        return text.rstrip("\n") + "\n\n" + section
    return text[: first.start()] + section + "\n" + text[first.start() :]
