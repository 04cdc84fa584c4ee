"""The quick check of an answer: msgspec tells, in C, whether a decoded body certainly fits its shape.

When it does, the generated ``from_dict`` builds the model exactly as before, and there is nothing to record;
when it does not (or cannot say: a shape msgspec cannot express, such as a recursive model, a typed map or an
untagged union of models), ``reading.Reader`` walks the body and says where it differs. So the check must never
accept what the reader would refuse; it may refuse more, which only costs time (the tests hold it to that).

Measured against the alternatives on a page of 20 customers (``make bench``, section P1): decoding with msgspec
and checking with ``msgspec.convert`` costs less than the ``json.loads`` it replaces plus nothing, where
``jsonschema`` or a Python walk of the same body would cost as much as ``from_dict`` itself.
"""

from __future__ import annotations

import json
from typing import Annotated, Any, Literal

import msgspec

from wawex_partner_api.answers import rules
from wawex_partner_api_client.shapes import ENUMS, MODELS

_UNSUPPORTED = object()
_TYPES: dict[Any, Any] = {}
_DECODER = msgspec.json.Decoder()


def _pattern(pattern: str) -> Any:
    # msgspec searches with re.search: anchored at both ends, and \Z because $ also matches before a final newline.
    return Annotated[str, msgspec.Meta(pattern=f"^(?:{pattern})\\Z")]


_SCALARS: dict[str, Any] = {
    "str": str,
    "int": int,
    "float": float,
    "bool": bool,
    "any": Any,
    "none": None,
    "uuid": _pattern(rules.UUID_PATTERN),
    "date": _pattern(rules.DATE_PATTERN),
    "datetime": _pattern(rules.DATETIME_PATTERN),
}


class _Unsupported(Exception):
    pass


def _type_of(shape: Any, building: frozenset[str]) -> Any:
    if isinstance(shape, str):
        if shape not in _SCALARS:
            raise _Unsupported(shape)
        return _SCALARS[shape]
    kind = shape[0]
    if kind == "model":
        return _struct(shape[1], building)
    if kind == "enum":
        values = ENUMS[shape[1]]
        if not values:
            raise _Unsupported(shape)
        return Literal[values]
    if kind == "list":
        return list[_type_of(shape[1], building)]  # type: ignore[misc]
    if kind == "const":
        return Literal[(shape[1],)]
    if kind == "union":
        parts = tuple(_type_of(part, building) for part in shape[1])
        union: Any = parts[0]
        for part in parts[1:]:
            union = union | part
        return union
    raise _Unsupported(shape)


def _struct(name: str, building: frozenset[str]) -> Any:
    if name in building:
        raise _Unsupported(name)  # a model that contains itself: the reader walks it
    cached = _TYPES.get(("model", name))
    if cached is not None:
        if cached is _UNSUPPORTED:
            raise _Unsupported(name)
        return cached
    _, fields, additional = MODELS[name]
    if additional not in (None, "open"):
        raise _Unsupported(name)  # known fields plus a typed map: msgspec has no such type
    inner = building | {name}
    struct = msgspec.defstruct(
        name,
        [
            (python_name, _type_of(shape, inner)) if required else (python_name, _type_of(shape, inner), None)
            for python_name, _, required, shape in sorted(fields, key=lambda field: not field[2])
        ],
        rename={python_name: wire_name for python_name, wire_name, _, _ in fields},
        forbid_unknown_fields=True,  # a key the spec does not declare is drift, recorded by the reader
    )
    _TYPES[("model", name)] = struct
    return struct


def checker(shape: Any) -> Any | None:
    """The msgspec type a body of ``shape`` must convert to, or None when msgspec cannot express it."""
    found = _TYPES.get(shape)
    if found is None:
        try:
            found = _type_of(shape, frozenset())
            msgspec.convert(None, found)  # msgspec checks a type when it first uses it
        except msgspec.ValidationError:
            pass
        except (_Unsupported, TypeError):
            found = _UNSUPPORTED
        _TYPES[shape] = found
    return None if found is _UNSUPPORTED else found


def fits(shape: Any, data: Any) -> bool:
    """True when ``data`` certainly fits ``shape``; False when it may not (the reader then decides)."""
    kind = checker(shape)
    if kind is None:
        return False
    try:
        msgspec.convert(data, kind)
    except msgspec.ValidationError:
        return False
    return True


def decode(content: bytes) -> Any:
    """The JSON value of ``content``; raises ValueError when it is not JSON (msgspec first, the standard library
    for what msgspec refuses and JSON parsers commonly accept, such as NaN or an unpaired surrogate)."""
    try:
        return _DECODER.decode(content)
    except msgspec.DecodeError:
        return json.loads(content)
