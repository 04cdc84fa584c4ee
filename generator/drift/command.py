"""``make spec-drift``: read the drift files, propose, check, write the overlay and the policy entries, and say
what was done.

The output's earlier actions are kept (those whose target no longer matches anything are dropped: they would
stop the pipeline) and new ones are appended, so ``git diff`` shows what a run added. Before anything is
written, every file of ``generator/fixes`` is applied to a copy of the bundled spec, the proposal in its place,
and the result must be valid OpenAPI; the policy file must read back as the old rules plus the new entries.
Nothing is written unless every check passes.
"""

from __future__ import annotations

import copy
import hashlib
import os
import sys
import tempfile
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

import jsonpath

from generator import pipeline
from generator.drift.actions import overlay_text
from generator.drift.policy import POLICY_FILE, check_policy, policy_text, propose_policy
from generator.drift.proposal import Proposal, apply_actions, propose
from generator.drift.records import KINDS, DriftFiles, read_drift
from generator.fixes import apply_overlay
from generator.loading import load_mapping
from generator.snapshot import spec_text

DEFAULT_OUTPUT: Final = Path("fixes") / "drift-proposed.yaml"
"""In ``generator/``."""

HEADER: Final = """\
# Spec fixes proposed by `make spec-drift` from drift records (the WAWEX_DRIFT_FILE of running clients):
# what the partner's answers showed and the spec did not say. A proposal to review, not a decision: each
# action's description gives its evidence and what the partner's page shows there; `git diff` shows what
# the last run added. Edit or delete actions before committing. `make generate` applies this file after
# client-fixes.yaml (generator/fixes/*.yaml in name order). A new run keeps the actions here (not the
# comments), drops those whose target no longer matches, and appends new ones.
"""


@dataclass
class Outcome:
    proposal: Proposal
    output: Path
    output_applied: bool
    policy_file: Path | None


def main(layout: pipeline.Layout, drift_files: Sequence[Path], output: Path | None) -> int:
    drift = read_drift(drift_files)
    for problem in drift.unreadable:
        print(f"cannot read {problem}", file=sys.stderr)
    print(
        f"read {drift.lines} records from {len(drift_files) - len(drift.unreadable)} of {len(drift_files)} files "
        f"({len(drift.records)} distinct); skipped {len(drift.malformed)} malformed lines"
    )
    for problem in drift.malformed[:10]:
        print(f"  {problem}")
    if len(drift.malformed) > 10:
        print(f"  … and {len(drift.malformed) - 10} more")
    if not drift.records:
        print("error: no drift record could be read; nothing to propose", file=sys.stderr)
        return 1
    outcome = run(layout, drift, output or layout.generator_dir / DEFAULT_OUTPUT)
    for line in summary(outcome, layout.root):
        print(line)
    return 0


def run(layout: pipeline.Layout, drift: DriftFiles, output: Path) -> Outcome:
    """Propose, validate, and write the overlay (and the policy entries); nothing is written if any check fails."""
    bundled, _ = pipeline.bundled_spec(layout)
    bundled_sha256 = hashlib.sha256(spec_text(bundled).encode()).hexdigest()
    records = list(drift.records.values())
    proposal = Proposal()
    with tempfile.TemporaryDirectory(prefix="wawex-drift-") as work:
        scratch = Path(work)
        spec = _current(layout, bundled, output, scratch, proposal)
        propose(spec, bundled_sha256, [r for r in records if r.key.kind != "requestor-refused"], scratch, proposal)
        entries, unplaced, required = propose_policy(
            layout, bundled, bundled_sha256, [r for r in records if r.key.kind == "requestor-refused"]
        )
        proposal.policy, proposal.accepted = entries, [*proposal.accepted, *required]
        proposal.not_located.extend(unplaced)
        text = None
        if proposal.actions or proposal.dropped:
            text = overlay_text([*proposal.kept, *(a.as_yaml() for a in proposal.actions)], HEADER)
            _validated(layout, bundled, output, text, scratch)
        policy_path = layout.generator_dir / POLICY_FILE
        policy = None
        if entries:
            policy = policy_text(policy_path.read_text(encoding="utf-8"), entries)
            check_policy(policy_path, policy, entries, bundled)
    if text is not None:
        _write(output, text)
    if policy is not None:
        _write(policy_path, policy)
    return Outcome(proposal, output, _fix_files(layout, output)[1], policy_path if policy is not None else None)


def _fix_files(layout: pipeline.Layout, output: Path) -> tuple[list[Path], bool]:
    """The other fix files in the order the pipeline applies them, and whether it applies ``output`` too."""
    fixes = layout.generator_dir / "fixes"
    others = [p for p in sorted(fixes.glob("*.yaml")) if p.resolve() != output.resolve()]
    return others, output.parent.resolve() == fixes.resolve() and output.suffix == ".yaml"


def _in_order(layout: pipeline.Layout, output: Path) -> list[Path | None]:
    """The fix files as the pipeline applies them, ``None`` standing for the output (last when it applies none)."""
    others, applied = _fix_files(layout, output)
    if not applied:
        return [*others, None]
    named: list[tuple[str, Path | None]] = [(p.name, p) for p in others]
    return [p for _, p in sorted([*named, (output.name, None)], key=lambda item: item[0])]


def _current(
    layout: pipeline.Layout, bundled: dict[str, Any], output: Path, scratch: Path, proposal: Proposal
) -> dict[str, Any]:
    """The spec as the generator sees it today, the output's earlier actions replayed (dropping stale ones)."""
    spec = copy.deepcopy(bundled)
    earlier: list[dict[str, Any]] = []
    if output.exists():
        overlay = load_mapping(output)
        earlier = [a for a in overlay.get("actions") or [] if isinstance(a, dict)]
    for path in _in_order(layout, output):
        if path is not None:
            apply_overlay(spec, path)
            continue
        for action in earlier:
            try:
                matches = jsonpath.findall(str(action.get("target")), spec)
            except jsonpath.JSONPathError:
                matches = []
            if not matches:
                proposal.dropped.append(str(action.get("target")))
                continue
            apply_actions(spec, [action], scratch)
            proposal.kept.append(action)
    return spec


def _validated(layout: pipeline.Layout, bundled: dict[str, Any], output: Path, text: str, scratch: Path) -> None:
    """Apply every fix file with ``text`` in the output's place to a copy of ``bundled``: it must be valid."""
    staged = scratch / "final" / output.name
    staged.parent.mkdir()
    staged.write_text(text, encoding="utf-8")
    spec = copy.deepcopy(bundled)
    for path in _in_order(layout, output):
        apply_overlay(spec, path or staged)
    pipeline.validate(spec, "the bundled spec after generator/fixes with the proposed drift fixes")


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    staged = path.with_name(f".{path.name}.tmp")
    staged.write_text(text, encoding="utf-8")
    os.replace(staged, path)


def summary(outcome: Outcome, root: Path) -> list[str]:
    proposal = outcome.proposal
    shown = _relative(outcome.output, root)
    lines: list[str] = []
    if proposal.actions:
        counts = Counter(action.kind for action in proposal.actions)
        lines.append(f"proposed {len(proposal.actions)} actions in {shown}:")
        lines += [f"  {kind:20} {counts[kind]}" for kind in KINDS if counts[kind]]
        if proposal.kept:
            lines.append(f"  (after the {len(proposal.kept)} actions it already had)")
        if not outcome.output_applied:
            lines.append(
                f"  {shown} is not in generator/fixes/: `make generate` applies it only once it is moved there"
            )
    else:
        lines.append("no spec change proposed")
    if proposal.dropped:
        lines.append(f"dropped {len(proposal.dropped)} earlier actions of {shown} that match nothing now:")
        lines += [f"  {where}" for where in proposal.dropped]
    if outcome.policy_file is not None:
        lines.append(
            f"appended {len(proposal.policy)} Requestor-ID overrides (policy: required) to "
            f"{_relative(outcome.policy_file, root)}: {', '.join(e.operation_id for e in proposal.policy)}"
        )
    if proposal.accepted:
        lines.append(f"already accepted by the spec (with its fixes): {len(proposal.accepted)} records")
    if proposal.not_located:
        lines.append(f"not located: {len(proposal.not_located)} records")
        lines += [f"  {record.key.describe()}: {why}" for record, why in proposal.not_located]
    if proposal.reported:
        lines.append(f"reported only (not a spec fix): {len(proposal.reported)} records")
        lines += [f"  {r.key.describe()}: {r.count} answers" for r in proposal.reported]
    if proposal.actions or outcome.policy_file is not None:
        lines += [
            "next: review with `git diff generator/`, then `make generate` (regenerates the client), "
            "`make spec-diff` (what changed) and `make changelog` (with a new package_version)"
        ]
    return lines


def _relative(path: Path, root: Path) -> str:
    try:
        return str(path.resolve().relative_to(root.resolve()))
    except ValueError:
        return str(path)
