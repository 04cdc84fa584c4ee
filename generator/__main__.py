"""Command line of the pipeline: ``python -m generator <command>`` (the Makefile's targets call these)."""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from generator import diff_report, drift, lint, metadata, pipeline, release_check, report, spec_diff
from generator.errors import PipelineError


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m generator", description=__doc__)
    parser.add_argument("--root", type=Path, default=Path.cwd(), help="project root (default: current directory)")
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("lint", help="check the conventions of every document in openapi/")
    commands.add_parser("pin", help="rewrite the sha256 of every document in openapi/manifest.yaml")
    dump = commands.add_parser("bundle", help="write the bundled spec (before or after fixes) as JSON")
    dump.add_argument("--fixed", action="store_true", help="after generator/fixes, as the code generator sees it")
    dump.add_argument("--output", type=Path, help="file to write (default: standard output)")
    commands.add_parser("generate", help="regenerate generated_client/ (untouched unless every step succeeds)")
    commands.add_parser("check", help="fail, listing files, when generated_client/ is stale or hand-edited")
    commands.add_parser("report", help="fidelity of openapi/ against the partner reference index")
    commands.add_parser("requestor-policy", help="when each operation sends Requestor-ID, and why")
    compare = commands.add_parser("spec-diff", help="what changed between two versions, and what breaks")
    compare.add_argument(
        "--from", dest="old", help="a recorded release or git revision (default: the previous release)"
    )
    compare.add_argument("--to", dest="new", help="a recorded release or git revision (default: the working tree)")
    compare.add_argument("--format", choices=("text", "json"), default="text")
    commands.add_parser("changelog", help="draft the CHANGELOG section of this version and record the release")
    commands.add_parser("check-release", help="fail when content changed without a new version or CHANGELOG entry")
    spec_drift = commands.add_parser("spec-drift", help="propose spec fixes from the drift files of running clients")
    spec_drift.add_argument(
        "--drift", action="append", type=Path, required=True, metavar="FILE", help="a drift file (repeatable)"
    )
    spec_drift.add_argument(
        "--output", type=Path, help="overlay to write (default: generator/fixes/drift-proposed.yaml)"
    )
    args = parser.parse_args(argv)
    layout = pipeline.Layout(args.root.resolve())
    try:
        return _run(args, layout)
    except PipelineError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1


def _run(args: argparse.Namespace, layout: pipeline.Layout) -> int:
    if args.command == "lint":
        return lint.main([str(p) for p in sorted(layout.openapi_dir.glob("*.yaml")) if p.name != "manifest.yaml"])
    if args.command == "pin":
        manifest, changed = pipeline.pin(layout)
        for name in changed:
            print(f"  {name}")
        print(
            f"validated and pinned {len(manifest.documents)} documents for API release {manifest.api_release} "
            f"({len(changed)} changed)"
        )
        return 0
    if args.command == "bundle":
        spec, _ = pipeline.bundled_spec(layout)
        if args.fixed:
            spec, _ = pipeline.fixed_spec(layout, spec)
        text = json.dumps(spec, indent=2, ensure_ascii=False) + "\n"
        if args.output:
            args.output.write_text(text, encoding="utf-8")
        else:
            sys.stdout.write(text)
        return 0
    if args.command == "generate":
        started = time.perf_counter()
        built = pipeline.generate(layout)
        for line in [*built.fixes, *built.accepted_warnings]:
            print(f"  {line}")
        elapsed = time.perf_counter() - started
        print(f"generated {built.operations} operations into {layout.package_dir} in {elapsed:.1f} s")
        return 0
    if args.command == "check":
        stale = pipeline.stale_files(layout)
        if stale:
            print("the committed generated code differs from what `make generate` produces:", file=sys.stderr)
            for name in stale:
                print(f"  {name}", file=sys.stderr)
            print("regenerate with `make generate` (generated code is never edited by hand)", file=sys.stderr)
            return 1
        print("generated code is up to date")
        return 0
    if args.command == "requestor-policy":
        return _print_requestor_policy(layout)
    if args.command == "spec-diff":
        return _spec_diff(layout.root, args.old, args.new, args.format)
    if args.command == "changelog":
        for line in release_check.draft_and_record(layout.root):
            print(line)
        return 0
    if args.command == "check-release":
        outcome = release_check.check(layout.root)
        for line in outcome.notes:
            print(line)
        for line in outcome.problems:
            print(f"error: {line}", file=sys.stderr)
        if not outcome.problems:
            print("release record and CHANGELOG match the generated client")
        return 1 if outcome.problems else 0
    if args.command == "spec-drift":
        return drift.main(layout, args.drift, args.output)
    return report.main(layout)


def _spec_diff(root: Path, old_reference: str | None, new_reference: str | None, output: str) -> int:
    new = release_check.resolve(root, new_reference)
    if old_reference is None:
        previous = release_check.previous_record(root, new.package_version)
        if previous is None:
            print(f"error: no release recorded before {new.package_version}; pass --from", file=sys.stderr)
            return 2
        old_reference = previous.package_version
    old = release_check.resolve(root, old_reference)
    changes = spec_diff.diff(old, new)
    render = diff_report.as_json if output == "json" else diff_report.text
    sys.stdout.write(render(old, new, changes))
    return 0


def _print_requestor_policy(layout: pipeline.Layout) -> int:
    spec, _ = pipeline.bundled_spec(layout)
    facts = metadata.collect(spec, pipeline.PACKAGE, "field_", pipeline.policy_rules(layout, spec))
    print("| policy | operationId | method path | partner declares | evidence (page, rendering) | why |")
    print("|---|---|---|---|---|---|")
    order = {"required": 0, "optional": 1, "never": 2}
    for fact in sorted(facts, key=lambda f: (order[f.requestor_policy], f.path, f.method)):
        rendering = spec["paths"][fact.path][fact.method.lower()].get("x-rendering", "first capture")
        print(
            f"| {fact.requestor_policy} | {fact.operation_id} | {fact.method} {fact.path} | "
            f"{fact.requestor_id} | {fact.source_url} ({rendering}) | {fact.requestor_policy_reason} |"
        )
    counts = {policy: sum(f.requestor_policy == policy for f in facts) for policy in order}
    print(f"\n{len(facts)} operations: " + ", ".join(f"{n} {policy}" for policy, n in counts.items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
