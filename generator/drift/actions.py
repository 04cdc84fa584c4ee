"""An overlay action and the vocabulary of the builders that make them (``generator.drift.fields`` for what is
inside a body, ``generator.drift.bodies`` for a body as a whole): a record located at a node, a schema of
observed JSON types, and the OpenAPI Overlay document that carries actions.

Each kind of record has a locator and a builder. The locator says where the record's fix goes (a ``Site``), or
None when the spec already accepts the record, or raises ``NotLocated``. The builder makes the actions for all
records located at one node: they land on one node, so they make one fix.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import yaml

from generator.drift.locate import FROM_DRIFT, Context, Site, Where
from generator.drift.records import DriftRecord


@dataclass(frozen=True)
class Action:
    """One overlay action and the drift kind it answers."""

    kind: str
    target: str
    description: str
    update: Any = None
    remove: bool = False

    def as_yaml(self) -> dict[str, Any]:
        body: dict[str, Any] = {"remove": True} if self.remove else {"update": self.update}
        return {"target": self.target, "description": self.description, **body}


@dataclass
class Located:
    record: DriftRecord
    site: Site


Locator = Callable[[Context, DriftRecord], Site | None]
Builder = Callable[[Context, Where, list[Located]], list[Action]]


def schema_of(observed: Iterable[str]) -> dict[str, Any]:
    """The schema that accepts exactly the JSON types observed (an empty list's items are unknown: any)."""
    seen = set(observed)
    types = seen - {"null"}
    if types == {"integer", "number"}:
        types = {"number"}
    schema: dict[str, Any] = {}
    if len(types) == 1:
        schema["type"] = next(iter(types))
        if schema["type"] == "array":
            schema["items"] = {}
    if "null" in seen:
        schema["nullable"] = True
    schema[FROM_DRIFT] = "observed"
    return schema


def types_in_words(observed: Iterable[str]) -> str:
    return " or ".join(sorted(set(observed)))


class _Dumper(yaml.SafeDumper):
    """Block lists indented under their key, multi-line strings as literal blocks (as the fixes are written)."""

    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        super().increase_indent(flow, False)


def _string(dumper: yaml.SafeDumper, data: str) -> yaml.ScalarNode:
    return dumper.represent_scalar("tag:yaml.org,2002:str", data, style="|" if "\n" in data else None)


_Dumper.add_representer(str, _string)


def overlay_text(actions: Sequence[dict[str, Any]], header: str = "") -> str:
    """An OpenAPI Overlay 1.0 document of ``actions`` (as ``Action.as_yaml`` writes them), after ``header``."""
    document = {
        "overlay": "1.0.0",
        "info": {"title": "Spec fixes proposed from drift records", "version": "1.0.0"},
        "actions": list(actions),
    }
    return header + yaml.dump(document, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=120)
