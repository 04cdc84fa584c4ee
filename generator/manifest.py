"""``openapi/manifest.yaml``: the API release and the sha256 of every pinned partner document."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

from generator.errors import PipelineError
from generator.loading import load_mapping

MANIFEST_NAME = "manifest.yaml"
_VERSION = re.compile(r"^(?P<release>\d+\.\d+\.\d+)\.(?P<revision>\d+)$")
_HEADER = """\
# package_version = <partner API release>.<client revision for that release> (see README, "Versioning").
# The sha256 of each document is written by `make pin-spec`; every other pipeline step refuses to run
# when a document no longer matches its hash.
"""


def version_key(version: str) -> tuple[int, ...]:
    """A package version (``2.5.0.1``) as numbers, for ordering."""
    return tuple(int(part) for part in version.split("."))


@dataclass(frozen=True)
class Manifest:
    package_version: str
    release_notes: str
    documents: dict[str, str]

    @property
    def api_release(self) -> str:
        return self.package_version.rsplit(".", 1)[0]


def sha256_of(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def read_manifest(openapi_dir: Path) -> Manifest:
    path = openapi_dir / MANIFEST_NAME
    data = load_mapping(path)
    version = str(data.get("package_version", ""))
    documents = data.get("documents")
    if not _VERSION.match(version):
        raise PipelineError(
            f"package_version must be <API release>.<client revision>, e.g. 2.5.0.0, not {version!r}", file=path
        )
    if not isinstance(documents, dict) or not documents:
        raise PipelineError("documents must map each document file name to its sha256", file=path)
    return Manifest(version, str(data.get("release_notes", "")), {str(k): str(v) for k, v in documents.items()})


def verify_manifest(openapi_dir: Path, manifest: Manifest) -> None:
    """Refuse documents that changed, appeared or disappeared since the last ``make pin-spec``."""
    path = openapi_dir / MANIFEST_NAME
    on_disk = {p.name for p in _document_files(openapi_dir)}
    unpinned = sorted(on_disk - manifest.documents.keys())
    missing = sorted(manifest.documents.keys() - on_disk)
    if unpinned or missing:
        raise PipelineError(
            f"does not match the documents on disk (not pinned: {unpinned or 'none'}; pinned but missing: "
            f"{missing or 'none'}); review the change and run `make pin-spec`",
            file=path,
        )
    for name, expected in manifest.documents.items():
        if sha256_of(openapi_dir / name) != expected:
            raise PipelineError(
                f"changed since it was pinned (sha256 differs from {MANIFEST_NAME}); "
                "review the change and run `make pin-spec`",
                file=openapi_dir / name,
            )


def on_disk(openapi_dir: Path) -> Manifest:
    """The manifest as ``make pin-spec`` would write it: the documents on disk with their current sha256."""
    current = read_manifest(openapi_dir)
    documents = {p.name: sha256_of(p) for p in _document_files(openapi_dir)}
    return Manifest(current.package_version, current.release_notes, documents)


def pin_manifest(openapi_dir: Path, pinned: Manifest) -> list[str]:
    """Write ``pinned`` (from ``on_disk``) as the manifest; return the documents whose pin changed."""
    previous = read_manifest(openapi_dir).documents
    changed = sorted(
        f"{name} ({'new' if name not in previous else 'changed'})"
        for name, digest in pinned.documents.items()
        if previous.get(name) != digest
    ) + sorted(f"{name} (removed)" for name in previous.keys() - pinned.documents.keys())
    lines = [
        _HEADER,
        f"package_version: {pinned.package_version}",
        f"release_notes: {pinned.release_notes}",
        "documents:",
        *(f"  {name}: {digest}" for name, digest in pinned.documents.items()),
    ]
    (openapi_dir / MANIFEST_NAME).write_text("\n".join(lines) + "\n", encoding="utf-8")
    return changed


def _document_files(openapi_dir: Path) -> list[Path]:
    return sorted(p for p in openapi_dir.glob("*.yaml") if p.name != MANIFEST_NAME)
