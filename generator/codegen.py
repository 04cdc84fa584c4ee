"""Run the pinned openapi-python-client on the fixed spec; any warning not allow-listed is an error."""

from __future__ import annotations

import json
import os
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openapi_python_client import generate
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser.errors import ErrorLevel

from generator.errors import PipelineError
from generator.loading import load_mapping

_ENDPOINT_WARNING = re.compile(r"WARNING parsing (?P<method>[A-Z]+) (?P<path>\S+) within")
_COMPONENT = re.compile(r"/components/(\w+/[^\s:]+)")


@dataclass(frozen=True)
class Allowance:
    operation_id: str
    reason: str


def load_allowlist(path: Path) -> dict[tuple[str, str], Allowance]:
    """Map (METHOD, path) to the reason its generator warnings are accepted."""
    entries = load_mapping(path).get("allow") or []
    allowed: dict[tuple[str, str], Allowance] = {}
    for entry in entries:
        if not str(entry.get("reason", "")).strip():
            raise PipelineError(f"allow-list entry {entry.get('operationId')!r} needs a reason", file=path)
        allowed[(entry["method"].upper(), entry["path"])] = Allowance(entry["operationId"], entry["reason"])
    return allowed


def run_generator(
    spec: dict[str, Any], spec_path: Path, config_path: Path, output_dir: Path, allowlist_path: Path, templates: Path
) -> list[str]:
    """Generate the package from ``spec`` (written to ``spec_path``) into ``output_dir``.

    Templates in ``templates`` replace openapi-python-client's own of the same name. Returns the
    allow-listed warnings that were accepted; any other warning or error raises, naming the partner
    document it came from (or the generator configuration, for post-hook failures).
    """
    spec_path.write_text(json.dumps(spec, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    # Post-hooks (ruff) must be the pinned ones installed beside this interpreter.
    os.environ["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"
    config = Config.from_sources(
        ConfigFile.load_from_path(config_path),
        MetaType.NONE,
        spec_path,
        "utf-8",
        overwrite=True,
        output_path=output_dir,
    )
    allowed = load_allowlist(allowlist_path)
    accepted: list[str] = []
    problems: list[tuple[Path, str]] = []
    for error in generate(config=config, custom_template_path=templates):
        text = " ".join(" ".join(part.split()) for part in (error.header, error.detail) if part)
        match = _ENDPOINT_WARNING.search(error.header or "")
        key = (match["method"], match["path"]) if match else None
        if error.level == ErrorLevel.WARNING and key in allowed:
            accepted.append(f"{allowed[key].operation_id}: {text} (allowed: {allowed[key].reason})")
        else:
            problems.append((_source_of(spec, key, text) or config_path, f"{error.level.value}: {text}"))
    if problems:
        raise PipelineError(
            "openapi-python-client reported problems (a warning is an error unless its operation is on "
            "generator/warnings-allowlist.yaml with a reason): "
            + " | ".join(f"{source.name}: {text}" for source, text in problems),
            file=problems[0][0],
        )
    return accepted


def _source_of(spec: dict[str, Any], endpoint: tuple[str, str] | None, text: str) -> Path | None:
    """The partner document behind a generator message: its operation, or the component it names."""
    if endpoint is not None:
        operation = spec["paths"].get(endpoint[1], {}).get(endpoint[0].lower(), {})
        document = operation.get("x-document")
    else:
        component = _COMPONENT.search(text)
        document = spec.get("x-component-documents", {}).get(component[1]) if component else None
    return Path("openapi") / document if document else None
