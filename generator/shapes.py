"""The shapes of the generated models and of every operation's answers, for the overlay's tolerant reader.

openapi-python-client's own parse of the fixed spec (the one that generated the models) is walked once, and
``wawex_partner_api_client/shapes.py`` records, in plain literals:

- ``MODELS``: per generated model class, its module and its fields as ``(python name, wire name, required,
  shape)``, and what it does with keys it does not declare (``"open"``: kept in ``additional_properties``;
  ``None``: none allowed; a shape: a typed map);
- ``ENUMS``: per enum alias, the values the spec lists;
- ``ANSWERS``: per operationId, each documented status (a code, a range or ``default``) with where its body
  comes from (``json``, ``bytes``, ``none``) and its shape.

A shape is ``"str"``, ``"int"``, ``"float"``, ``"bool"``, ``"uuid"``, ``"date"``, ``"datetime"``, ``"any"``,
``"none"``, ``"file"``, or a tuple: ``("enum", alias)``, ``("model", class)``, ``("list", shape)``,
``("union", (shape, …))``, ``("const", value)``. The reader (``wawex_partner_api.answers``) builds the same
Python values from a body as the generated ``from_dict`` does, and says where the body differs from its shape.
"""

from __future__ import annotations

from typing import Any

from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.properties import (
    AnyProperty,
    LiteralEnumProperty,
    ModelProperty,
)
from openapi_python_client.parser.properties.boolean import BooleanProperty
from openapi_python_client.parser.properties.const import ConstProperty
from openapi_python_client.parser.properties.date import DateProperty
from openapi_python_client.parser.properties.datetime import DateTimeProperty
from openapi_python_client.parser.properties.file import FileProperty
from openapi_python_client.parser.properties.float import FloatProperty
from openapi_python_client.parser.properties.int import IntProperty
from openapi_python_client.parser.properties.list_property import ListProperty
from openapi_python_client.parser.properties.none import NoneProperty
from openapi_python_client.parser.properties.string import StringProperty
from openapi_python_client.parser.properties.union import UnionProperty
from openapi_python_client.parser.properties.uuid import UuidProperty

from generator.errors import PipelineError

Shape = str | tuple[Any, ...]

_SCALARS: dict[type[Any], str] = {
    StringProperty: "str",
    IntProperty: "int",
    FloatProperty: "float",
    BooleanProperty: "bool",
    UuidProperty: "uuid",
    DateProperty: "date",
    DateTimeProperty: "datetime",
    AnyProperty: "any",
    NoneProperty: "none",
    FileProperty: "file",
}
_SOURCES = {"response.json()": "json", "response.content": "bytes", "response.text": "text", "None": "none"}


class _Collector:
    def __init__(self, processed: dict[str, ModelProperty]) -> None:
        # Properties inside responses and other models may refer to a model before it was processed (its field
        # lists still None); the processed one of the same class is the one that was generated.
        self.processed = processed
        self.models: dict[str, tuple[str, tuple[tuple[str, str, bool, Shape], ...], Shape | None]] = {}
        self.enums: dict[str, tuple[str, ...]] = {}

    def shape(self, prop: Any) -> Shape:
        scalar = _SCALARS.get(type(prop))
        if scalar is not None:
            return scalar
        if isinstance(prop, ModelProperty):
            self._model(prop)
            return ("model", str(prop.class_info.name))
        if isinstance(prop, LiteralEnumProperty):
            self.enums[str(prop.class_info.name)] = tuple(sorted(str(v) for v in prop.values))
            return ("enum", str(prop.class_info.name))
        if isinstance(prop, ListProperty):
            return ("list", self.shape(prop.inner_property))
        if isinstance(prop, UnionProperty):
            return ("union", tuple(self.shape(inner) for inner in prop.inner_properties))
        if isinstance(prop, ConstProperty):
            return ("const", prop.value.python_code if hasattr(prop.value, "python_code") else prop.value)
        raise PipelineError(f"the answer reader has no shape for {type(prop).__name__} ({prop.name})")

    def _model(self, prop: ModelProperty) -> None:
        name = str(prop.class_info.name)
        if name in self.models:
            return
        prop = self.processed.get(name, prop)
        if prop.required_properties is None or prop.optional_properties is None:
            raise PipelineError(f"model {name} was never processed by openapi-python-client")
        self.models[name] = ("", (), None)  # placeholder: a model may contain itself
        fields = tuple(
            (str(field.python_name), _wire(field.name), bool(field.required), self.shape(field))
            for field in [*prop.required_properties, *prop.optional_properties]
        )
        extra = prop.additional_properties
        additional: Shape | None = (
            None if extra is None else "open" if isinstance(extra, AnyProperty) else self.shape(extra)
        )
        self.models[name] = (str(prop.class_info.module_name), fields, additional)


def _wire(name: Any) -> str:
    """The name as the JSON document spells it (rendered with ``repr``, so it never becomes code)."""
    return str(name.get_untrusted_value() if hasattr(name, "get_untrusted_value") else name)


def collect(
    data: GeneratorData, operation_ids: dict[str, str]
) -> tuple[dict[str, Any], dict[str, Any], dict[str, Any]]:
    """(MODELS, ENUMS, ANSWERS) of ``data``; ``operation_ids`` maps a generated module name to its operationId."""
    collector = _Collector({str(model.class_info.name): model for model in data.models})
    answers: dict[str, Any] = {}
    for collection in data.endpoint_collections_by_tag.values():
        for endpoint in collection.endpoints:
            documented = []
            for response in endpoint.responses:
                code_range = response.status_code.range
                source = _SOURCES.get(response.source["attribute"])
                if source is None:
                    raise PipelineError(f"{endpoint.name}: unknown response source {response.source['attribute']!r}")
                documented.append(
                    (
                        code_range[0] if code_range else 0,
                        code_range[1] if code_range else 999,
                        source,
                        collector.shape(response.prop),
                    )
                )
            answers[operation_ids[str(endpoint.name)]] = tuple(documented)
    for model in data.models:
        collector.shape(model)
    for enum in data.enums:
        if isinstance(enum, LiteralEnumProperty):
            collector.shape(enum)
    return dict(sorted(collector.models.items())), dict(sorted(collector.enums.items())), dict(sorted(answers.items()))


def render_module(models: dict[str, Any], enums: dict[str, Any], answers: dict[str, Any]) -> str:
    """The module's text: one line per field, enum and documented status (every literal through ``repr``)."""
    model_lines = []
    for name, (module, fields, additional) in models.items():
        model_lines.append(f"    {name!r}: (\n        {module!r},\n        (\n")
        model_lines.extend(f"            {field!r},\n" for field in fields)
        model_lines.append(f"        ),\n        {additional!r},\n    ),\n")
    enum_lines = [f"    {name!r}: {values!r},\n" for name, values in enums.items()]
    answer_lines = []
    for operation_id, documented in answers.items():
        answer_lines.append(f"    {operation_id!r}: (\n")
        answer_lines.extend(f"        {entry!r},\n" for entry in documented)
        answer_lines.append("    ),\n")
    return f'''"""The shape of every generated model and of every operation's documented answers.

Read by the overlay's tolerant reader (wawex_partner_api.answers). Written by generator/shapes.py on every
regeneration; not to be edited by hand.
"""

from typing import Any, Final

MODELS: Final[dict[str, tuple[str, tuple[tuple[str, str, bool, Any], ...], Any]]] = {{
{"".join(model_lines)}}}
"""class name -> (module under models/, ((python name, wire name, required, shape), ...), undeclared keys)"""

ENUMS: Final[dict[str, tuple[str, ...]]] = {{
{"".join(enum_lines)}}}
"""enum alias -> the values the spec lists"""

ANSWERS: Final[dict[str, tuple[tuple[int, int, str, Any], ...]]] = {{
{"".join(answer_lines)}}}
"""operationId -> ((lowest status, highest status, body source, shape), ...) in the generated code's order"""
'''
