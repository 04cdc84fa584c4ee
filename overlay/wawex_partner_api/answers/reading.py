"""Reading a JSON body against its shape: the value the generated ``from_dict`` would build, built from what fits,
and a ``Problem`` for every place where the body differs from the spec.

What is built, by what the body holds where the shape expects something:

- a value that fits (``rules``): converted as the generated code converts it;
- an enum value the spec does not list: kept, as ``UnknownValue``;
- a key the model does not declare: kept in ``additional_properties``, as the generated code keeps it;
- a value that does not fit: left out of the model and kept, as received, in ``additional_properties`` under its
  JSON name; an optional field is then ``UNSET``, a required one is absent (below);
- a required field that is missing, or did not fit: the model is an instance of a subclass of the generated class
  (same name, ``isinstance`` holds) on which reading that attribute raises ``AbsentFieldError``;
- a list item that does not fit: left out of the list (the list as received stays in ``raw(model)``).

Nothing here raises: the caller decides what a problem means (a drift record, or a ``ResponseValidationError``
in strict mode). Problems carry where and what, never a value, except the value of an enum field the spec does
not know (``Problem.value``), which is what a spec fix needs and is not personal data.
"""

from __future__ import annotations

import importlib
import re
import uuid
from typing import Any, Final

import attrs

from wawex_partner_api.answers import rules
from wawex_partner_api.answers.problems import DriftKind, Problem
from wawex_partner_api.errors import AbsentFieldError
from wawex_partner_api_client.shapes import ENUMS, MODELS
from wawex_partner_api_client.types import UNSET, UnknownValue

_ENUM_TOKEN = re.compile(r"[A-Za-z0-9_.:/-]{1,64}")
"""An enum value is recorded only when it looks like one: anything longer or with other characters (an e-mail
address, a sentence) could be personal data sent in the wrong field, and is withheld."""

_SCALAR_EXPECTED: Final = {
    "str": "string",
    "int": "integer",
    "float": "number",
    "bool": "boolean",
    "any": "any",
    "none": "null",
    "file": "file",
    **rules.FORMATS,
}


def expected(shape: Any) -> str:
    """What the spec says a value of ``shape`` is, in words."""
    if isinstance(shape, str):
        return _SCALAR_EXPECTED.get(shape, shape)
    kind = shape[0]
    if kind == "model":
        return f"object ({shape[1]})"
    if kind == "enum":
        return f"string (enum {shape[1]})"
    if kind == "list":
        return f"array of {expected(shape[1])}"
    if kind == "union":
        return " or ".join(expected(part) for part in shape[1])
    return f"the constant {shape[1]!r}"


_SHORTHAND = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_FIELD_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]{0,63}")
_HEX_ID = re.compile(r"[0-9A-Fa-f]{32}")
WITHHELD: Final = "*"
"""The member of a path whose name is withheld (JSONPath's wildcard)."""


def child(path: str, key: str) -> str:
    """The JSONPath of member ``key`` (a name the spec declares) of the value at ``path``."""
    if _SHORTHAND.fullmatch(key):
        return f"{path}.{key}"
    return f"{path}[{_quoted(key)}]"


def undeclared(path: str, key: str) -> str:
    """The JSONPath of member ``key``, a name the spec does not declare: shown when it reads like a field name
    (letters, digits, underscores), else withheld as ``*``. A map the partner keys by e-mail addresses, ids or
    names would otherwise put personal data into records, logs and error messages."""
    if _FIELD_NAME.fullmatch(key) and not _HEX_ID.fullmatch(key):
        return f"{path}.{key}"
    return f"{path}.{WITHHELD}"


def _quoted(key: str) -> str:
    return "'" + key.replace("\\", "\\\\").replace("'", "\\'") + "'"


_CLASSES: dict[str, type[Any]] = {}
_DRIFTED: dict[type[Any], type[Any]] = {}
_ENUM_SETS: dict[str, frozenset[str]] = {}


def model_class(name: str) -> type[Any]:
    """The generated class named ``name`` (imported on first use)."""
    found = _CLASSES.get(name)
    if found is None:
        module = importlib.import_module(f"wawex_partner_api_client.models.{MODELS[name][0]}")
        found = _CLASSES[name] = getattr(module, name)
    return found


def _enum_values(name: str) -> frozenset[str]:
    found = _ENUM_SETS.get(name)
    if found is None:
        found = _ENUM_SETS[name] = frozenset(ENUMS[name])
    return found


class Reader:
    """One reading of one body; ``problems`` collects what differed, ``matched`` counts the declared fields that
    were found and fit (what tells a wrapped body from one with unknown fields)."""

    __slots__ = ("matched", "problems")

    def __init__(self) -> None:
        self.problems: list[Problem] = []
        self.matched = 0

    def _differs(self, path: str, kind: DriftKind, data: Any, shape: Any) -> tuple[bool, Any]:
        self.problems.append(Problem(path, kind, rules.json_type(data), expected(shape)))
        return False, None

    def _mismatch(self, path: str, data: Any, shape: Any) -> tuple[bool, Any]:
        return self._differs(path, "null-value" if data is None else "type-mismatch", data, shape)

    def read(self, shape: Any, data: Any, path: str) -> tuple[bool, Any]:
        """(whether ``data`` fits ``shape``, the Python value built from it)."""
        if isinstance(shape, str):
            return self._scalar(shape, data, path)
        kind = shape[0]
        if kind == "model":
            return self._model(shape[1], data, path)
        if kind == "enum":
            return self._enum(shape[1], data, path, shape)
        if kind == "list":
            return self._list(shape[1], data, path, shape)
        if kind == "union":
            return self._union(shape[1], data, path, shape)
        if kind == "const":
            return (True, data) if data == shape[1] else self._mismatch(path, data, shape)
        return self._mismatch(path, data, shape)

    def _scalar(self, shape: str, data: Any, path: str) -> tuple[bool, Any]:
        if shape == "any":
            return True, data
        if shape == "none":
            return (True, None) if data is None else self._differs(path, "type-mismatch", data, shape)
        if shape == "str":
            return (True, data) if isinstance(data, str) else self._mismatch(path, data, shape)
        if shape == "int":
            return (True, data) if type(data) is int else self._mismatch(path, data, shape)
        if shape == "float":
            return (True, data) if type(data) in (float, int) else self._mismatch(path, data, shape)
        if shape == "bool":
            return (True, data) if type(data) is bool else self._mismatch(path, data, shape)
        if not isinstance(data, str):
            return self._mismatch(path, data, shape)
        if shape == "uuid":
            if rules.UUID.fullmatch(data):
                return True, uuid.UUID(data)
        elif shape == "datetime":
            instant = rules.parse_datetime(data)
            if instant is not None:
                return True, instant
        elif shape == "date":
            day = rules.parse_date(data)
            if day is not None:
                return True, day
        else:  # "file" never comes in JSON
            return self._mismatch(path, data, shape)
        return self._differs(path, "format-mismatch", data, shape)

    def _enum(self, name: str, data: Any, path: str, shape: Any) -> tuple[bool, Any]:
        if not isinstance(data, str):
            return self._mismatch(path, data, shape)
        if data in _enum_values(name):
            return True, data
        recorded = data if _ENUM_TOKEN.fullmatch(data) else None
        self.problems.append(Problem(path, "unknown-enum-value", "string", expected(shape), recorded))
        return True, UnknownValue(data)

    def _list(self, item: Any, data: Any, path: str, shape: Any) -> tuple[bool, Any]:
        if not isinstance(data, list):
            return self._mismatch(path, data, shape)
        built = []
        for index, element in enumerate(data):
            fits, value = self.read(item, element, f"{path}[{index}]")
            if fits:
                built.append(value)
        return True, built

    def _union(self, parts: tuple[Any, ...], data: Any, path: str, shape: Any) -> tuple[bool, Any]:
        best: tuple[int, Any, list[Problem]] | None = None
        for part in parts:
            probe = Reader()
            fits, value = probe.read(part, data, path)
            if fits and not probe.problems:
                return True, value
            if fits and (best is None or len(probe.problems) < best[0]):
                best = (len(probe.problems), value, probe.problems)
        if best is None:
            return self._mismatch(path, data, shape)
        self.problems.extend(best[2])
        return True, best[1]

    def _model(self, name: str, data: Any, path: str) -> tuple[bool, Any]:
        if not isinstance(data, dict):
            return self._mismatch(path, data, ("model", name))
        _, fields, additional = MODELS[name]
        values: dict[str, Any] = {}
        absent: list[str] = []
        kept: dict[str, Any] = {}
        for python_name, wire_name, required, shape in fields:
            if wire_name in data:
                fits, value = self.read(shape, data[wire_name], child(path, wire_name))
                if fits:
                    values[python_name] = value
                    self.matched += 1
                    continue
                kept[wire_name] = data[wire_name]
            elif required:
                self.problems.append(Problem(child(path, wire_name), "missing-field", "absent", expected(shape)))
            else:
                continue
            if required:
                absent.append(python_name)
        declared = {field[1] for field in fields}
        for key, value in data.items():
            if key in declared:
                continue
            if additional is None or additional == "open":
                kept[key] = value
                found = Problem(undeclared(path, key), "unknown-field", rules.json_type(value), "no such field")
                if not (found.path.endswith(WITHHELD) and found in self.problems):  # withheld names: one difference
                    self.problems.append(found)
            else:
                fits, built = self.read(additional, value, undeclared(path, key))
                kept[key] = built if fits else value
        return True, _build(model_class(name), values, absent, kept, data, additional is not None)


def _build(
    cls: type[Any], values: dict[str, Any], absent: list[str], kept: dict[str, Any], raw: dict[str, Any], extra: bool
) -> Any:
    if not absent and (extra or not kept):
        instance = cls(**values)
        if extra:
            instance.additional_properties = kept
        return instance
    drifted = drifted_class(cls)
    instance = drifted(**values, **dict.fromkeys(absent))
    for name in absent:
        object.__delattr__(instance, name)
    if extra:
        instance.additional_properties = kept
    object.__setattr__(instance, "_wawex_absent", frozenset(absent))
    object.__setattr__(instance, "_wawex_raw", raw)
    return instance


def drifted_class(cls: type[Any]) -> type[Any]:
    """The subclass of generated model ``cls`` whose instances lack some required fields (see module docstring)."""
    found = _DRIFTED.get(cls)
    if found is None:
        namespace = {
            "__slots__": ("_wawex_absent", "_wawex_raw"),
            "__module__": cls.__module__,
            "__qualname__": cls.__qualname__,
            "__doc__": cls.__doc__,
            "__getattr__": _absent_attribute,
            "__eq__": _drifted_eq,
            "__ne__": _drifted_ne,
            "__getstate__": _drifted_getstate,
            "__reduce__": _drifted_reduce,
            "__repr__": _drifted_repr,
            "to_dict": _drifted_to_dict,
        }
        # setdefault: two threads meeting a class at once share one subclass (equality compares classes)
        found = _DRIFTED.setdefault(cls, type(cls.__name__, (cls,), namespace))
    return found


def _absent_attribute(self: Any, name: str) -> Any:
    absent: frozenset[str] = object.__getattribute__(self, "_wawex_absent")
    if name in absent:
        raise AbsentFieldError(type(self).__name__, name)
    raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}", name=name, obj=self)


def _present(self: Any) -> dict[str, Any]:
    state = {}
    for field in attrs.fields(type(self)):
        try:
            state[field.name] = object.__getattribute__(self, field.name)
        except AttributeError:
            continue
    return state


def _drifted_eq(self: Any, other: object) -> Any:
    if other.__class__ is not self.__class__:
        return NotImplemented
    return _present(self) == _present(other)


def _drifted_ne(self: Any, other: object) -> Any:
    equal = _drifted_eq(self, other)
    return equal if equal is NotImplemented else not equal


def _drifted_repr(self: Any) -> str:
    present = _present(self)
    shown = ", ".join(
        f"{field.name}={present[field.name]!r}" if field.name in present else f"{field.name}=<absent>"
        for field in attrs.fields(type(self))
    )
    return f"{type(self).__name__}({shown})"


def _drifted_reduce(self: Any) -> tuple[Any, ...]:
    # The subclass has the generated class's name, which pickle would find instead: rebuild it from that class.
    return (_rebuilt, (type(self).__mro__[1], _drifted_getstate(self)))


def _rebuilt(cls: type[Any], state: dict[str, Any]) -> Any:
    instance = object.__new__(drifted_class(cls))
    for name, value in state.items():
        object.__setattr__(instance, name, value)
    return instance


def _drifted_getstate(self: Any) -> dict[str, Any]:
    return {
        **_present(self),
        "_wawex_absent": object.__getattribute__(self, "_wawex_absent"),
        "_wawex_raw": object.__getattribute__(self, "_wawex_raw"),
    }


def _drifted_to_dict(self: Any) -> dict[str, Any]:
    """The fields it has, as the generated ``to_dict`` writes them, and what it keeps in ``additional_properties``
    (which includes every value that did not fit, as received)."""
    _, fields, _ = MODELS[type(self).__name__]
    result: dict[str, Any] = dict(getattr(self, "additional_properties", {}))
    present = _present(self)
    for python_name, wire_name, _, _ in fields:
        value = present.get(python_name, UNSET)
        if value is not UNSET:
            result[wire_name] = json_of(value)
    return result


def json_of(value: Any) -> Any:
    """A built value back as JSON, as the generated ``to_dict`` converts it."""
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if isinstance(value, list):
        return [json_of(item) for item in value]
    if isinstance(value, uuid.UUID):
        return str(value)
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value
