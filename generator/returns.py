"""What an operation's ``sync`` / ``asyncio`` return once every error status raises: its 2xx answers only.

The generated functions are typed with every documented status (``CreateCustomerResult | ErrorMessage
| None``), because they return whatever was parsed. The overlay's raise on anything but 2xx, so their
honest type is the union of the 2xx answers, taken here from openapi-python-client's own parse of the
spec (the same one that generated the models, so the names agree):

- ``typed``: the 2xx bodies' generated types (a model, ``list[Model]``, ``File``), plus ``None`` when
  a 2xx answer has no body;
- ``none``: every 2xx answer is documented without a body;
- ``json``: the success body is not shown (an empty schema, or only a ``default`` response): the
  parsed JSON, or ``None`` for an empty body.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.properties import AnyProperty

from generator.errors import PipelineError

PACKAGE_PREFIX = "wawex_partner_api_client."


@dataclass(frozen=True)
class Returns:
    kind: Literal["typed", "none", "json"]
    annotation: str  # the Python type text, e.g. "CreateCustomerResult", "list[Webhook] | None", "Any"
    imports: tuple[str, ...]  # absolute import lines the annotation needs


def generator_data(spec: dict[str, Any], spec_path: Path, config_path: Path) -> GeneratorData:
    """openapi-python-client's own parse of ``spec`` (written to ``spec_path``), with the pipeline's configuration."""
    spec_path.write_text(json.dumps(spec, ensure_ascii=False), encoding="utf-8")
    config = Config.from_sources(
        ConfigFile.load_from_path(config_path), MetaType.NONE, spec_path, "utf-8", overwrite=True, output_path=None
    )
    data = GeneratorData.from_dict(spec, config=config)
    if not isinstance(data, GeneratorData):
        raise PipelineError(f"openapi-python-client could not parse the spec: {data}", file=config_path)
    return data


def success_returns(data: GeneratorData) -> dict[str, Returns]:
    """Generated module name (the operation's Python name) -> what the overlay's ``sync`` returns."""
    return {
        str(endpoint.name): _returns(endpoint.responses)
        for collection in data.endpoint_collections_by_tag.values()
        for endpoint in collection.endpoints
    }


def _returns(responses: Any) -> Returns:
    successes = [
        r for r in responses if r.status_code.range and 200 <= r.status_code.range[0] <= r.status_code.range[1] < 300
    ]
    bodies = [r for r in successes if not (isinstance(r.prop, AnyProperty) and r.source["return_type"] == "None")]
    if not successes or any(isinstance(r.prop, AnyProperty) for r in bodies):
        return Returns("json", "Any", ("from typing import Any",))
    if not bodies:
        return Returns("none", "None", ())
    types = list(dict.fromkeys(r.prop.get_type_string(no_optional=True).as_unembedded_code() for r in bodies))
    imports = sorted({line for r in bodies for line in _absolute(r.prop)})
    optional = " | None" if len(bodies) < len(successes) else ""
    return Returns("typed", " | ".join(types) + optional, tuple(imports))


def _absolute(prop: Any) -> set[str]:
    """The imports a response's type needs, from the generated package (its own are relative)."""
    lines = (
        set(prop.get_lazy_imports(prefix=PACKAGE_PREFIX.rstrip(".") + ".") or ())
        if hasattr(prop, "get_lazy_imports")
        else set()
    )
    lines |= {
        line for line in prop.get_imports(prefix=PACKAGE_PREFIX) if not line.startswith("from typing import cast")
    }
    return {line.replace("wawex_partner_api_client..", PACKAGE_PREFIX) for line in lines}
