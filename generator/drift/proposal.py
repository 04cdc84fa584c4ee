"""The proposal for a set of records: the overlay actions, in steps, each step seeing the previous ones applied.

The steps: types and nullability, formats, enum values, new fields, fields no longer required, then wrappers,
undocumented statuses and bodies. Every record is located in the documented body (a path from inside a wrapper
is tried again without the wrapper's prefix), so the wrapper, which holds the documented body, comes after the
fixes to it; and a new success status gets the documented success's content with every fix in it. A record the
spec already accepts at its step (a value the enum lists, a field declared or not required, a wrapper the body
offers, …) is counted, not proposed again, so a second run on the same files proposes nothing.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final

from generator.drift import bodies, fields
from generator.drift.actions import Action, Builder, Located, Locator, overlay_text
from generator.drift.bodies import BodyFields
from generator.drift.locate import Context, NotLocated, Where, operations_by_id
from generator.drift.policy import PolicyEntry
from generator.drift.records import DriftRecord, Segment, parse_path
from generator.fixes import apply_overlay


@dataclass
class Proposal:
    actions: list[Action] = field(default_factory=list)
    kept: list[dict[str, Any]] = field(default_factory=list)  # earlier actions of the output, still matching
    dropped: list[str] = field(default_factory=list)  # earlier actions whose target matches nothing now
    accepted: list[DriftRecord] = field(default_factory=list)
    not_located: list[tuple[DriftRecord, str]] = field(default_factory=list)
    reported: list[DriftRecord] = field(default_factory=list)  # not-json: nothing for a spec to say
    policy: list[PolicyEntry] = field(default_factory=list)


STEPS: Final[tuple[tuple[tuple[str, ...], Locator, Builder], ...]] = (
    (("type-mismatch", "null-value"), fields.retype_site, fields.retype),
    (("format-mismatch",), fields.format_site, fields.unformat),
    (("unknown-enum-value",), fields.enum_site, fields.extend_enum),
    (("unknown-field",), fields.new_field_site, fields.add_field),
    (("missing-field",), fields.required_site, fields.unrequire),
    # After the fields: every record is located in the documented body (see locate.in_body), which the wrapper holds.
    (("wrapped",), bodies.wrapped_site, bodies.wrap),
    # After the wrapper: a new success status gets the documented success's content as fixed.
    (("undocumented-status",), bodies.status_site, bodies.add_status),
)


def propose(
    spec: dict[str, Any],
    bundled_sha256: str,
    records: Iterable[DriftRecord],
    scratch: Path,
    proposal: Proposal | None = None,
) -> Proposal:
    """The overlay actions for ``records`` in ``spec`` (the spec as the generator sees it, changed in place as
    the actions are applied to it), and what could not be located, was accepted already, or is only reported.
    ``requestor-refused`` records are not the spec's: ``policy.propose_policy`` takes them."""
    ordered = sorted(records, key=lambda r: r.key.order())
    run = _Run(
        spec,
        bundled_sha256,
        bodies.wrapper_prefixes(ordered),
        scratch,
        proposal if proposal is not None else Proposal(),
    )
    # The top-level fields of a body the spec does not document become that body's properties.
    undocumented = {(r.key.operation, r.key.status) for r in ordered if r.key.kind == "undocumented-body"}
    body_fields: BodyFields = {}
    for record in ordered:
        place = (record.key.operation, record.key.status)
        if record.key.kind == "unknown-field" and place in undocumented and len(parse_path(record.key.path)) == 1:
            body_fields.setdefault(place, []).append(record)
    consumed = {record.key for group in body_fields.values() for record in group}
    pending = [r for r in ordered if r.key not in consumed]
    run.proposal.reported.extend(r for r in pending if r.key.kind == "not-json")
    for kinds, locate, build in STEPS:
        run.step([r for r in pending if r.key.kind in kinds], locate, build)
    run.step(
        [r for r in pending if r.key.kind == "undocumented-body"],
        bodies.body_site,
        lambda context, where, located: bodies.add_body(context, where, located, body_fields),
    )
    # Top-level fields of a body the spec documents by now (an earlier fix, another spec) are ordinary fields.
    run.step([record for group in body_fields.values() for record in group], fields.new_field_site, fields.add_field)
    return run.proposal


def apply_actions(spec: dict[str, Any], actions: list[dict[str, Any]], scratch: Path) -> None:
    """Apply overlay ``actions`` to ``spec`` in place, as the pipeline applies a fix file."""
    staged = scratch / "step.yaml"
    staged.write_text(overlay_text(actions), encoding="utf-8")
    apply_overlay(spec, staged)


@dataclass
class _Run:
    spec: dict[str, Any]
    bundled_sha256: str
    wrappers: dict[tuple[str, int], list[tuple[Segment, ...]]]
    scratch: Path
    proposal: Proposal

    def step(self, records: list[DriftRecord], locate: Locator, build: Builder) -> None:
        """Locate ``records``, build one action (or two) per node, and apply them before the next step."""
        context = Context(self.spec, self.bundled_sha256, operations_by_id(self.spec), self.wrappers)
        groups: dict[Where, list[Located]] = {}
        for record in records:
            try:
                site = locate(context, record)
            except NotLocated as exc:
                self.proposal.not_located.append((record, str(exc)))
                continue
            if site is None:
                self.proposal.accepted.append(record)
                continue
            # missing-field groups by the object that requires the field; the others by the node itself
            group = site.where[:-2] if record.key.kind == "missing-field" else site.where
            groups.setdefault(group, []).append(Located(record, site))
        actions: list[Action] = []
        for where, located in groups.items():
            try:
                actions.extend(build(context, where, located))
            except NotLocated as exc:
                self.proposal.not_located.extend((item.record, str(exc)) for item in located)
        if actions:
            apply_actions(self.spec, [action.as_yaml() for action in actions], self.scratch)
            self.proposal.actions.extend(actions)
