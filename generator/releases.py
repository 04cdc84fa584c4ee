"""``releases/``: a record of every published version, kept in the repository.

``releases/<package version>/release.json`` says what the version is (API release, sha256 of the
bundled spec, sha256 of the public Python surface, operation and policy counts);
``snapshot.json.gz`` beside it holds the spec, the Requestor-ID policy table and the surface, so any
two recorded versions can be compared on a clean clone, without git history, tags or network.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import subprocess
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from generator.errors import PipelineError
from generator.manifest import version_key
from generator.snapshot import Snapshot

RELEASES = "releases"
RECORD, SNAPSHOT = "release.json", "snapshot.json.gz"


@dataclass(frozen=True)
class Record:
    package_version: str
    api_release: str
    spec_sha256: str
    surface_sha256: str
    snapshot_sha256: str
    directory: Path

    fixed_sha256: str | None = None  # since 2.5.0.6: the spec after generator/fixes

    def matches(self, snapshot: Snapshot) -> bool:
        same_fixes = self.fixed_sha256 is None or self.fixed_sha256 == snapshot.fixed_sha256
        return same_fixes and (self.spec_sha256, self.surface_sha256) == (snapshot.spec_sha256, snapshot.surface_sha256)

    def snapshot(self) -> Snapshot:
        path = self.directory / SNAPSHOT
        try:
            text = gzip.decompress(path.read_bytes())
        except (OSError, EOFError, gzip.BadGzipFile) as exc:
            raise PipelineError(f"unreadable release snapshot ({exc})", file=path) from None
        if hashlib.sha256(text).hexdigest() != self.snapshot_sha256:
            raise PipelineError(f"does not match snapshot_sha256 in {RECORD}", file=path)
        content = json.loads(text)
        return Snapshot(
            package_version=content["package_version"],
            api_release=self.api_release,
            spec=content["spec"],
            policy=content["policy"],
            surface=content["surface"],
            label=f"release {self.package_version}",
            fixed=content.get("fixed"),
        )


def records(root: Path) -> dict[str, Record]:
    """Every recorded release, oldest first."""
    found: dict[str, Record] = {}
    for path in sorted((root / RELEASES).glob(f"*/{RECORD}")):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            record = Record(
                data["package_version"],
                data["api_release"],
                data["spec_sha256"],
                data["surface_sha256"],
                data["snapshot_sha256"],
                path.parent,
                data.get("fixed_sha256"),
            )
        except (OSError, ValueError, KeyError) as exc:
            raise PipelineError(f"not a release record ({exc})", file=path) from None
        if record.package_version != path.parent.name:
            raise PipelineError(f"records {record.package_version}, but lives in {path.parent.name}/", file=path)
        found[record.package_version] = record
    return dict(sorted(found.items(), key=lambda item: version_key(item[0])))


def write(root: Path, snapshot: Snapshot) -> Record:
    """Record ``snapshot`` as release ``snapshot.package_version``.

    A record that is already committed is never rewritten with other content: that version was
    published, so different content needs a new version.
    """
    directory = root / RELEASES / snapshot.package_version
    existing = records(root).get(snapshot.package_version)
    if existing is not None and not existing.matches(snapshot) and _committed(root, directory / RECORD):
        raise PipelineError(
            f"release {snapshot.package_version} is committed with other content; bump package_version in "
            "openapi/manifest.yaml for what changed since",
            file=directory / RECORD,
        )
    text = json.dumps(snapshot.content(), sort_keys=True, separators=(",", ":")).encode()
    policies = Counter(str(facts.get("requestor_policy")) for facts in snapshot.policy.values())
    summary: dict[str, Any] = {
        "package_version": snapshot.package_version,
        "api_release": snapshot.api_release,
        "spec_sha256": snapshot.spec_sha256,
        "surface_sha256": snapshot.surface_sha256,
        **({"fixed_sha256": snapshot.fixed_sha256} if snapshot.fixed is not None else {}),
        "snapshot_sha256": hashlib.sha256(text).hexdigest(),
        "operations": len(snapshot.policy),
        "requestor_policy": dict(sorted(policies.items())),
    }
    directory.mkdir(parents=True, exist_ok=True)
    (directory / SNAPSHOT).write_bytes(gzip.compress(text, compresslevel=9, mtime=0))
    (directory / RECORD).write_text(json.dumps(summary, indent=2) + "\n", encoding="utf-8")
    return records(root)[snapshot.package_version]


def _committed(root: Path, path: Path) -> bool:
    """Whether ``path`` is in the repository's HEAD (False outside a git checkout)."""
    relative = path.relative_to(root).as_posix()
    result = subprocess.run(
        ["git", "-C", str(root), "cat-file", "-e", f"HEAD:{relative}"], capture_output=True, check=False
    )
    return result.returncode == 0
