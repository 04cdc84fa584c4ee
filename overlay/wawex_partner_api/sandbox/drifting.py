"""Answers that differ from the spec on purpose: single, seeded mutations of a valid answer body.

The live partner will answer things the spec does not know; the sandbox (``SandboxServer(drift=seed)``,
``wawex sandbox --drift SEED``) and the tests rehearse that offline. A ``Mutation`` changes one thing of one
kind at one place of a body that fits its shape, and says which difference a reader must find there:

- ``unknown-enum-value``: an enum value the spec does not list;
- ``unknown-field``: a key the model does not declare;
- ``missing-field``: a required key left out;
- ``null-value``: ``null`` where the spec does not allow it;
- ``type-mismatch``: a number for a string, a number as a string (``"12"``), ``"true"`` for a boolean, an
  array for an object, an object for an array;
- ``format-mismatch``: a malformed uuid, a date-time without its offset, a date in another notation;
- ``wrapped``: the whole body inside ``{"data": …}`` or a one-item list, or one item where a list is documented.

Mutations are built from the shapes of the generated models (``wawex_partner_api_client.shapes``), not from the
reader, so the tests that use them check the reader against an independent account of where each difference is.
"""

from __future__ import annotations

import copy
import random
from collections.abc import Iterator
from typing import Any, Final

import attrs

from wawex_partner_api.answers.problems import DriftKind
from wawex_partner_api.answers.reading import child
from wawex_partner_api_client.shapes import ENUMS, MODELS

UNLISTED_VALUE: Final = "UNLISTED_VALUE_FROM_THE_PARTNER"
UNLISTED_FIELD: Final = "unlistedFieldFromThePartner"
_DELETE: Final = object()

Location = tuple[str | int, ...]


@attrs.frozen
class Mutation:
    """One change to a body: ``kind`` and ``path`` (exact JSONPath) of the one difference it makes."""

    kind: DriftKind
    path: str
    description: str
    location: Location = attrs.field(repr=False)
    replacement: Any = attrs.field(repr=False, default=None)
    wrap: str | None = attrs.field(repr=False, default=None)

    def apply(self, body: Any) -> Any:
        """The mutated copy of ``body`` (``body`` is left as it was)."""
        if self.wrap == "data":
            return {"data": copy.deepcopy(body)}
        if self.wrap == "list":
            return [copy.deepcopy(body)]
        if self.wrap == "item":
            return copy.deepcopy(body[0])
        changed = copy.deepcopy(body)
        parent = changed
        for key in self.location[:-1]:
            parent = parent[key]
        last = self.location[-1]
        if self.replacement is _DELETE:
            del parent[last]
        else:
            parent[last] = copy.deepcopy(self.replacement)
        return changed


def sample(shape: Any, _stack: tuple[str, ...] = ()) -> Any:
    """A body of ``shape`` with every field present and valid (the first value of each enum)."""
    if isinstance(shape, str):
        return _SAMPLES.get(shape, {})
    kind = shape[0]
    if kind == "enum":
        return ENUMS[shape[1]][0]
    if kind == "list":
        return [sample(shape[1], _stack), sample(shape[1], _stack)]  # two: a difference in the second is found too
    if kind == "union":
        return sample(next(part for part in shape[1] if part != "none"), _stack)
    if kind == "const":
        return shape[1]
    name = shape[1]
    _, fields, _ = MODELS[name]
    if name in _stack:  # a model inside itself: only what it requires, to end the recursion
        return {wire: sample(fshape, (*_stack, name)) for _, wire, required, fshape in fields if required}
    return {wire: sample(fshape, (*_stack, name)) for _, wire, _, fshape in fields}


_SAMPLES: Final[dict[str, Any]] = {
    "str": "Ada Lovelace",  # reads like personal data: the tests check no record or log line repeats it
    "int": 7,
    "float": 1.5,
    "bool": True,
    "any": {"anything": 1},
    "none": None,
    "uuid": "3f2c9a4e-8b1d-4c6e-9f0a-1b2c3d4e5f60",
    "date": "2025-06-30",
    "datetime": "2025-06-30T21:21:31.503Z",
}


def mutations(shape: Any, body: Any) -> list[Mutation]:
    """Every single mutation of ``body`` (a body that fits ``shape``), in a stable order."""
    found = list(_within(shape, body, (), "$"))
    found.extend(_wrappings(shape, body))
    return found


def choose(shape: Any, body: Any, rng: random.Random) -> Mutation | None:
    """One mutation of ``body``, drawn with ``rng`` (None when the body has nothing to change)."""
    found = mutations(shape, body)
    return rng.choice(found) if found else None


def _accepts_null(shape: Any) -> bool:
    return shape in ("any", "none") or (isinstance(shape, tuple) and shape[0] == "union" and "none" in shape[1])


def _within(shape: Any, value: Any, location: Location, path: str) -> Iterator[Mutation]:
    if not isinstance(shape, tuple):
        return
    if shape[0] == "list" and isinstance(value, list):
        for index, item in enumerate(value):
            yield from _within(shape[1], item, (*location, index), f"{path}[{index}]")
    elif shape[0] == "model" and isinstance(value, dict):
        _, fields, additional = MODELS[shape[1]]
        declared = {wire for _, wire, _, _ in fields}
        if additional in (None, "open") and UNLISTED_FIELD not in declared:
            yield Mutation(
                "unknown-field",
                child(path, UNLISTED_FIELD),
                f"{shape[1]}: a field the spec does not declare",
                (*location, UNLISTED_FIELD),
                "from the partner",
            )
        for _, wire, required, field_shape in fields:
            if wire in value:
                yield from _field(shape[1], wire, required, field_shape, value[wire], location, path)


def _field(
    model: str, wire: str, required: bool, shape: Any, value: Any, location: Location, path: str
) -> Iterator[Mutation]:
    at, where = (*location, wire), child(path, wire)
    name = f"{model}.{wire}"
    if required:
        yield Mutation("missing-field", where, f"{name}: a required field left out", at, _DELETE)
    if not _accepts_null(shape):
        yield Mutation("null-value", where, f"{name}: null", at, None)
    flipped = _flipped(shape, value)
    if flipped is not None:
        yield Mutation("type-mismatch", where, f"{name}: {flipped[1]}", at, flipped[0])
    malformed = _MALFORMED.get(shape) if isinstance(shape, str) else None
    if malformed is not None:
        yield Mutation("format-mismatch", where, f"{name}: {malformed[1]}", at, malformed[0])
    if isinstance(shape, tuple) and shape[0] == "enum":
        yield Mutation("unknown-enum-value", where, f"{name}: an enum value the spec does not list", at, UNLISTED_VALUE)
    yield from _within(shape, value, at, where)


_MALFORMED: Final[dict[str, tuple[str, str]]] = {
    "uuid": ("not-a-uuid-0000", "a malformed uuid"),
    "datetime": ("2025-06-30T21:21:31", "a date-time without its offset"),
    "date": ("30/06/2025", "a date in another notation"),
}


def _flipped(shape: Any, value: Any) -> tuple[Any, str] | None:
    """A value of the other JSON type, and how to say it."""
    if shape in ("str", "uuid", "date", "datetime") or (isinstance(shape, tuple) and shape[0] == "enum"):
        return 12345, "a number for a string"
    if shape in ("int", "float"):
        return str(value), "a number as a string"
    if shape == "bool":
        return "true", "a string for a boolean"
    if isinstance(shape, tuple) and shape[0] == "model":
        return [value], "an array for an object"
    if isinstance(shape, tuple) and shape[0] == "list":
        first = value[0] if isinstance(value, list) and value else None
        return (first if isinstance(first, dict) else {"item": 1}), "an object for an array"
    return None


def _wrappings(shape: Any, body: Any) -> Iterator[Mutation]:
    if not isinstance(shape, tuple):
        return
    if shape[0] == "model" and isinstance(body, dict):
        declared = {wire for _, wire, _, _ in MODELS[shape[1]][1]}
        if declared & body.keys() and "data" not in declared:
            # A wrapper is only told from an unknown field by the documented fields found inside it.
            yield Mutation("wrapped", "$.data", f"{shape[1]} inside {{'data': …}}", (), wrap="data")
        yield Mutation("wrapped", "$[0]", f"{shape[1]} inside a one-item list", (), wrap="list")
    elif shape[0] == "list" and isinstance(body, list) and body:
        yield Mutation("wrapped", "$.data", "the list inside {'data': …}", (), wrap="data")
        if isinstance(body[0], dict) and isinstance(shape[1], tuple) and shape[1][0] == "model":
            yield Mutation("wrapped", "$", "one item where a list is documented", (), wrap="item")
