"""What one version of the client is, for comparing versions: the bundled partner spec, the
Requestor-ID policy table and the public Python surface, with the version they were generated as.

A snapshot is read from a project tree (the working tree, or a git revision extracted to a temporary
directory) or from a release record (``releases/``, see ``generator.releases``).
"""

from __future__ import annotations

import ast
import copy
import hashlib
import io
import json
import subprocess
import tarfile
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from generator import surface as python_surface
from generator.errors import PipelineError
from generator.fixes import apply_overlay

PACKAGE_DIR = Path("generated_client") / "wawex_partner_api_client"


@dataclass(frozen=True)
class Snapshot:
    package_version: str
    api_release: str
    spec: dict[str, Any]  # the bundled partner documents, before generator/fixes (openapi.json)
    policy: dict[str, dict[str, Any]]  # operationId -> the generated OperationMetadata fields
    surface: dict[str, Any]  # generator.surface.dump()
    label: str  # where it came from, for reports
    # ``spec`` after generator/fixes: what the client was generated from. Recorded since 2.5.0.6, when fixes began
    # to change what the client reads (``make spec-drift``); None for older records.
    fixed: dict[str, Any] | None = None

    @property
    def fixed_sha256(self) -> str | None:
        return None if self.fixed is None else hashlib.sha256(spec_text(self.fixed).encode()).hexdigest()

    @property
    def spec_sha256(self) -> str:
        return hashlib.sha256(spec_text(self.spec).encode()).hexdigest()

    @property
    def surface_sha256(self) -> str:
        return python_surface.digest(self.surface)

    def content(self) -> dict[str, Any]:
        found = {
            "package_version": self.package_version,
            "spec": self.spec,
            "policy": self.policy,
            "surface": self.surface,
        }
        return found if self.fixed is None else {**found, "fixed": self.fixed}


def spec_text(spec: dict[str, Any]) -> str:
    """``openapi.json`` exactly as the pipeline writes it (its sha256 is ``SPEC_SHA256``)."""
    return json.dumps(spec, indent=2, ensure_ascii=False) + "\n"


def from_tree(root: Path, label: str = "working tree") -> Snapshot:
    package = root / PACKAGE_DIR
    try:
        spec = json.loads((package / "openapi.json").read_text(encoding="utf-8"))
        facts = _metadata(package / "metadata.py")
    except (OSError, ValueError, SyntaxError) as exc:
        raise PipelineError(f"no readable generated client ({exc})", file=package) from None
    return Snapshot(
        package_version=facts["__version__"],
        api_release=facts["API_RELEASE"],
        spec=spec,
        policy=facts["OPERATIONS"],
        surface=python_surface.dump(root),
        label=label,
        fixed=_fixed(spec, root / "generator" / "fixes"),
    )


def _fixed(spec: dict[str, Any], fixes: Path) -> dict[str, Any] | None:
    """``spec`` with the overlays of ``fixes`` applied, as the pipeline applies them (None without the folder)."""
    if not fixes.is_dir():
        return None
    fixed = copy.deepcopy(spec)
    for overlay in sorted(fixes.glob("*.yaml")):
        apply_overlay(fixed, overlay)
    return fixed


def from_git(root: Path, revision: str) -> Snapshot:
    """The client as committed at ``revision`` (any git revision: commit, branch, tag, HEAD~2)."""
    archive = subprocess.run(
        [
            "git",
            "-C",
            str(root),
            "archive",
            "--format=tar",
            revision,
            "generated_client",
            "overlay",
            *_fixes_at(root, revision),
        ],
        capture_output=True,
        check=False,
    )
    if archive.returncode != 0:
        raise PipelineError(f"{revision!r} is neither a recorded release nor a git revision with a generated client")
    with tempfile.TemporaryDirectory(prefix="wawex-revision-") as scratch:
        with tarfile.open(fileobj=io.BytesIO(archive.stdout)) as tar:
            tar.extractall(scratch, filter="data")
        return from_tree(Path(scratch), label=f"git {revision}")


def _fixes_at(root: Path, revision: str) -> list[str]:
    """``generator/fixes`` when ``revision`` has it (git archive refuses a path a revision does not have)."""
    found = subprocess.run(
        ["git", "-C", str(root), "cat-file", "-e", f"{revision}:generator/fixes"], capture_output=True, check=False
    )
    return ["generator/fixes"] if found.returncode == 0 else []


def _metadata(path: Path) -> dict[str, Any]:
    """The literal facts of a generated ``metadata.py``, read without importing it (it may be another version's)."""
    facts: dict[str, Any] = {}
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        target, value = _assignment(node)
        if value is None:
            continue
        if target in {"__version__", "API_RELEASE", "SPEC_SHA256"}:
            facts[target] = ast.literal_eval(value)
        elif target == "OPERATIONS" and isinstance(value, ast.Dict):
            facts[target] = {
                ast.literal_eval(key): {kw.arg: ast.literal_eval(kw.value) for kw in call.keywords if kw.arg}
                for key, call in zip(value.keys, value.values, strict=True)
                if key is not None and isinstance(call, ast.Call)
            }
    missing = {"__version__", "API_RELEASE", "OPERATIONS"} - facts.keys()
    if missing:
        raise ValueError(f"metadata.py lacks {', '.join(sorted(missing))}")
    for entry in facts["OPERATIONS"].values():
        entry["tags"] = list(entry.get("tags", ()))
    return facts


def _assignment(node: ast.stmt) -> tuple[str | None, ast.expr | None]:
    if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
        return node.targets[0].id, node.value
    if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
        return node.target.id, node.value
    return None, None
