"""Release discipline: content and version move together, and breaking changes are written down.

``make check-release`` (part of ``make test``) fails when
- the spec or the generated Python surface differ from what was recorded for the current version
  (content changed, version did not), or the current version is not recorded yet;
- the current version has no CHANGELOG section, or a breaking change since the previous recorded
  release is not named under its Breaking heading.
``make changelog`` drafts that section from the diff and records the release.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from pathlib import Path

from generator import changelog, releases, snapshot, spec_diff
from generator.changes import Change
from generator.compat import Compat
from generator.errors import PipelineError
from generator.manifest import version_key


@dataclass
class Outcome:
    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def previous_record(root: Path, version: str) -> releases.Record | None:
    """The newest recorded release older than ``version``."""
    older = [r for v, r in releases.records(root).items() if version_key(v) < version_key(version)]
    return older[-1] if older else None


def resolve(root: Path, reference: str | None) -> snapshot.Snapshot:
    """A recorded release, a git revision, or (None / "worktree") the working tree."""
    if reference in (None, "", "worktree"):
        return snapshot.from_tree(root)
    record = releases.records(root).get(str(reference))
    return record.snapshot() if record is not None else snapshot.from_git(root, str(reference))


def check(root: Path) -> Outcome:
    outcome = Outcome()
    current = snapshot.from_tree(root)
    version = current.package_version
    recorded = releases.records(root)
    record = recorded.get(version)
    newest = next(reversed(recorded), None)
    if record is None:
        if newest is not None and version_key(version) < version_key(newest):
            outcome.problems.append(f"package_version {version} is older than the newest recorded release {newest}")
        else:
            outcome.problems.append(
                f"release {version} is not recorded; run `make changelog` (drafts its CHANGELOG section and "
                f"records it in {releases.RELEASES}/)"
            )
    elif not record.matches(current):
        what = [
            name
            for name, same in (
                ("the bundled spec", record.spec_sha256 == current.spec_sha256),
                ("generator/fixes", record.fixed_sha256 in (None, current.fixed_sha256)),
                ("the generated Python surface", record.surface_sha256 == current.surface_sha256),
            )
            if not same
        ]
        outcome.problems.append(
            f"{' and '.join(what)} changed since release {version} was recorded: bump package_version in "
            "openapi/manifest.yaml, then `make changelog` (or, while its record is not committed, run "
            "`make changelog` to record it again)"
        )
    section = changelog.sections(changelog.read(root)).get(version)
    if section is None:
        outcome.problems.append(f"{changelog.CHANGELOG} has no section for {version}; `make changelog` drafts one")
    previous = previous_record(root, version)
    if previous is not None and section is not None:
        changes = spec_diff.diff(previous.snapshot(), record.snapshot() if record else current)
        missing = changelog.unlisted_breaking(section, changes)
        if missing:
            since = previous.package_version
            outcome.problems.append(
                f"{changelog.CHANGELOG} [{version}] does not name these breaking changes since {since} under its "
                f"Breaking heading (in backticks): {', '.join(missing)} (`make spec-diff FROM={since}` shows them)"
            )
        outcome.notes.append(
            f"{version}: {sum(c.breaking for c in changes)} breaking and {sum(not c.breaking for c in changes)} other "
            f"changes since {previous.package_version}"
        )
    return outcome


def _deprecated_in(root: Path, current: snapshot.Snapshot) -> list[str]:
    """The old spellings generator/compat.yaml starts keeping in this version, as CHANGELOG lines."""
    version = current.package_version
    kept = Compat.load(root / "generator" / "compat.yaml", version, set(current.policy))
    lines = [
        f"`{entry.old_module}`: use the module of `{entry.operation_id}`; the old import path warns "
        f"(DeprecationWarning) and is removed in {entry.removed_in}"
        for entry in kept.moved
        if entry.since == version
    ]
    lines += [
        f"`{entry.operation_id}`: the keyword `{entry.old}` is now `{entry.new}`; `{entry.old}` warns "
        f"(DeprecationWarning) and is removed in {entry.removed_in}"
        for entry in kept.renamed
        if entry.since == version
    ]
    return lines


def draft_and_record(root: Path, today: datetime.date | None = None) -> list[str]:
    """``make changelog``: add the current version's drafted section (unless it has one) and record it."""
    current = snapshot.from_tree(root)
    version = current.package_version
    previous = previous_record(root, version)
    changes: list[Change] = spec_diff.diff(previous.snapshot(), current) if previous else []
    if previous is not None and not changes and previous.matches(current):
        raise PipelineError(f"nothing changed since release {previous.package_version}: no new release to record")
    text = changelog.read(root)
    existing = changelog.sections(text).get(version)
    messages = []
    if existing is None:
        date = (today or datetime.datetime.now(tz=datetime.UTC).date()).isoformat()
        since = previous.package_version if previous else None
        section = changelog.draft(version, date, since, changes, _deprecated_in(root, current))
        (root / changelog.CHANGELOG).write_text(changelog.insert(text, section), encoding="utf-8")
        messages.append(f"drafted [{version}] in {changelog.CHANGELOG}: edit its prose before committing")
    else:
        messages.append(f"{changelog.CHANGELOG} already has [{version}]; left as it is")
        unlisted = changelog.unlisted_breaking(existing, changes)
        if unlisted:
            messages.append(f"  not yet named under Breaking: {', '.join(unlisted)}")
    releases.write(root, current)
    messages.append(
        f"recorded release {version} in {releases.RELEASES}/{version}/ "
        f"({sum(c.breaking for c in changes)} breaking, {sum(not c.breaking for c in changes)} other changes)"
    )
    return messages
