"""Command line of the pipeline: ``python -m generator <command>`` (the Makefile's targets call these)."""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from generator import lint, metadata, pipeline, report
from generator.errors import PipelineError
from generator.manifest import pin_manifest


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
        manifest = pin_manifest(layout.openapi_dir)
        print(f"pinned {len(manifest.documents)} documents for API release {manifest.api_release}")
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
    return report.main(layout)


def _print_requestor_policy(layout: pipeline.Layout) -> int:
    spec, _ = pipeline.bundled_spec(layout)
    facts = metadata.collect(spec, pipeline.PACKAGE, "field_", pipeline.policy_rules(layout, spec))
    print("| policy | operationId | method path | partner declares | why |")
    print("|---|---|---|---|---|")
    order = {"required": 0, "optional": 1, "never": 2}
    for fact in sorted(facts, key=lambda f: (order[f.requestor_policy], f.path, f.method)):
        print(
            f"| {fact.requestor_policy} | {fact.operation_id} | {fact.method} {fact.path} | "
            f"{fact.requestor_id} | {fact.requestor_policy_reason} |"
        )
    counts = {policy: sum(f.requestor_policy == policy for f in facts) for policy in order}
    print(f"\n{len(facts)} operations: " + ", ".join(f"{n} {policy}" for policy, n in counts.items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
