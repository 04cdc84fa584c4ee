"""The regeneration pipeline: documents → bundle → validate → record metadata → fixes → generate → swap.

Everything is built in a temporary directory beside the committed client; the committed client is
replaced only after every step succeeded, by renames on the same filesystem.
"""

from __future__ import annotations

import copy
import filecmp
import hashlib
import json
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from generator import metadata, shapes
from generator.bundle import BundleConfig, bundle, load_documents
from generator.codegen import run_generator
from generator.compat import Compat
from generator.errors import PipelineError
from generator.fixes import apply_overlay
from generator.loading import load_mapping
from generator.manifest import Manifest, on_disk, pin_manifest, read_manifest, verify_manifest
from generator.operations import write_operation_modules
from generator.requestor_policy import PolicyRules
from generator.returns import generator_data, success_returns
from generator.spec_tree import iter_operations
from generator.validation import openapi_problems

PACKAGE = "wawex_partner_api_client"


@dataclass(frozen=True)
class Layout:
    """Where the pipeline reads and writes, relative to one project root (tests use copies)."""

    root: Path

    @property
    def openapi_dir(self) -> Path:
        return self.root / "openapi"

    @property
    def generator_dir(self) -> Path:
        return self.root / "generator"

    @property
    def package_dir(self) -> Path:
        return self.root / "generated_client" / PACKAGE

    @property
    def operations_dir(self) -> Path:
        return self.root / "overlay" / "wawex_partner_api" / "operations"


@dataclass(frozen=True)
class BuildReport:
    operations: int
    fixes: list[str]
    accepted_warnings: list[str]


def bundled_spec(layout: Layout) -> tuple[dict[str, Any], str]:
    """Verify the pins, lint, bundle and validate the partner documents; return (spec, package version)."""
    manifest = read_manifest(layout.openapi_dir)
    verify_manifest(layout.openapi_dir, manifest)
    return _bundle(layout, manifest), manifest.package_version


def pin(layout: Layout) -> tuple[Manifest, list[str]]:
    """Lint, bundle and validate the documents on disk, then pin them; nothing is pinned if any step fails."""
    manifest = on_disk(layout.openapi_dir)
    _bundle(layout, manifest)
    return manifest, pin_manifest(layout.openapi_dir, manifest)


def _bundle(layout: Layout, manifest: Manifest) -> dict[str, Any]:
    documents = load_documents(layout.openapi_dir, manifest)
    config = BundleConfig.load(layout.generator_dir / "bundle.yaml")
    spec = bundle(documents, config, manifest.api_release, layout.openapi_dir)
    validate(spec, "the bundled partner documents")
    return spec


def policy_rules(layout: Layout, spec: dict[str, Any]) -> PolicyRules:
    path = layout.generator_dir / "requestor-policy.yaml"
    rules = PolicyRules.load(path)
    operations = list(iter_operations(spec))
    rules.check_known(
        {op["operationId"] for _, _, op in operations}, {t for _, _, op in operations for t in op["tags"]}, path
    )
    return rules


def fixed_spec(layout: Layout, spec: dict[str, Any]) -> tuple[dict[str, Any], list[str]]:
    fixed = copy.deepcopy(spec)
    applied: list[str] = []
    for overlay in sorted((layout.generator_dir / "fixes").glob("*.yaml")):
        applied.extend(apply_overlay(fixed, overlay))
    validate(fixed, "the bundled spec after generator/fixes")
    return fixed, applied


def validate(spec: dict[str, Any], what: str) -> None:
    problems = openapi_problems(spec)
    if problems:
        raise PipelineError(f"{what} are not valid OpenAPI 3.0: {'; '.join(problems[:5])}")


def build(layout: Layout, package_dir: Path, operations_dir: Path) -> BuildReport:
    """Build the generated package into ``package_dir`` and the overlay's operation modules into
    ``operations_dir`` (neither may exist yet)."""
    spec, version = bundled_spec(layout)
    config = load_mapping(layout.generator_dir / "openapi-python-client.yaml")
    field_prefix = config.get("field_prefix", "field_")
    facts = metadata.collect(spec, PACKAGE, field_prefix, policy_rules(layout, spec))
    notifications = metadata.collect_notifications(spec, PACKAGE, field_prefix)
    fixed, applied = fixed_spec(layout, spec)
    with tempfile.TemporaryDirectory(prefix="wawex-spec-") as scratch:
        accepted = run_generator(
            fixed,
            Path(scratch) / "openapi.fixed.json",
            layout.generator_dir / "openapi-python-client.yaml",
            package_dir,
            layout.generator_dir / "warnings-allowlist.yaml",
            layout.generator_dir / "templates",
        )
        parsed = generator_data(
            fixed, Path(scratch) / "returns.json", layout.generator_dir / "openapi-python-client.yaml"
        )
        returns = success_returns(parsed)
        models, enums, answers = shapes.collect(parsed, {f.module.rsplit(".", 1)[1]: f.operation_id for f in facts})
    partner_json = json.dumps(spec, indent=2, ensure_ascii=False) + "\n"
    (package_dir / "openapi.json").write_text(partner_json, encoding="utf-8")
    (package_dir / "py.typed").write_text("", encoding="utf-8")
    (package_dir / "shapes.py").write_text(shapes.render_module(models, enums, answers), encoding="utf-8")
    module = package_dir / "metadata.py"
    module.write_text(
        metadata.render_module(
            facts,
            api_release=spec["info"]["version"],
            version=version,
            spec_sha256=hashlib.sha256(partner_json.encode()).hexdigest(),
            notifications=notifications,
        ),
        encoding="utf-8",
    )
    missing = [f.module for f in facts if not (package_dir.parent / (f.module.replace(".", "/") + ".py")).is_file()]
    if missing:
        raise PipelineError(f"operations without a generated module: {', '.join(missing)}", file=package_dir)
    unmodelled = [
        f"{n.path} ({n.module})"
        for n in notifications
        if not (package_dir.parent / (n.module.replace(".", "/") + ".py")).is_file()
    ]
    if unmodelled:
        raise PipelineError(f"notifications without a generated model: {', '.join(unmodelled)}", file=package_dir)
    calling = sorted({path for path in spec.get("x-callbacks") or {} if path in fixed["paths"]})
    if calling:
        raise PipelineError(f"callbacks became client operations: {', '.join(calling)}", file=package_dir)
    compat_file = layout.generator_dir / "compat.yaml"
    compat = Compat.load(compat_file, version, {f.operation_id for f in facts})
    write_operation_modules(facts, spec, package_dir.parent, operations_dir, compat, compat_file, returns)
    _ruff("format", "--isolated", "--no-cache", "--quiet", str(module), str(operations_dir))
    expired = [
        f"compat.yaml: {name} reached its removed_in and is no longer kept; delete the entry" for name in compat.expired
    ]
    return BuildReport(len(facts), [*applied, *expired], accepted)


def generate(layout: Layout) -> BuildReport:
    """Regenerate the committed client; on any failure it stays byte-for-byte as it was."""
    layout.package_dir.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix=".regenerate-", dir=layout.package_dir.parent) as work:
        staged = {layout.package_dir: Path(work) / PACKAGE, layout.operations_dir: Path(work) / "operations"}
        report = build(layout, staged[layout.package_dir], staged[layout.operations_dir])
        _swap(staged, Path(work) / "previous")
    return report


def _swap(staged: dict[Path, Path], previous_root: Path) -> None:
    """Move each staged tree into place by renames; if one fails, put back what was already replaced."""
    done: list[tuple[Path, Path]] = []
    try:
        for index, (target, new) in enumerate(staged.items()):
            previous = previous_root / str(index)
            previous.parent.mkdir(exist_ok=True)
            if target.exists():
                target.rename(previous)
            done.append((target, previous))
            new.rename(target)
    except OSError:
        for target, previous in reversed(done):
            if target.exists() and previous.exists():
                target.rename(previous.with_suffix(".failed"))
            if previous.exists():
                previous.rename(target)
        raise


def stale_files(layout: Layout) -> list[str]:
    """Regenerate into a temporary directory; list the committed files (client and operation modules) that differ."""
    with tempfile.TemporaryDirectory(prefix="wawex-check-") as work:
        fresh, operations = Path(work) / PACKAGE, Path(work) / "operations"
        build(layout, fresh, operations)
        return [f"generated_client/{PACKAGE}/{name}" for name in _differences(fresh, layout.package_dir)] + [
            f"overlay/wawex_partner_api/operations/{name}" for name in _differences(operations, layout.operations_dir)
        ]


def _differences(fresh: Path, committed: Path) -> list[str]:
    def files(root: Path) -> set[str]:
        if not root.exists():
            return set()
        return {str(p.relative_to(root)) for p in root.rglob("*") if p.is_file() and "__pycache__" not in p.parts}

    fresh_files, committed_files = files(fresh), files(committed)
    differing = [
        f"{name} (not generated)"
        if name not in fresh_files
        else f"{name} (missing)"
        if name not in committed_files
        else name
        for name in sorted(fresh_files | committed_files)
        if name not in fresh_files
        or name not in committed_files
        or not filecmp.cmp(fresh / name, committed / name, shallow=False)
    ]
    return differing


def _ruff(*args: str) -> None:
    ruff = Path(sys.executable).parent / "ruff"
    result = subprocess.run([str(ruff), *args], capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise PipelineError(f"ruff {' '.join(args)} failed: {result.stderr.strip() or result.stdout.strip()}")
