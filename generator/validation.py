"""OpenAPI 3.0 validation (openapi-spec-validator), as one line per problem."""

from __future__ import annotations

from typing import Any

from openapi_spec_validator import OpenAPIV30SpecValidator
from referencing.exceptions import Unresolvable


def openapi_problems(spec: dict[str, Any]) -> list[str]:
    try:
        return [
            f"{'/'.join(map(str, error.path)) or '(root)'}: {error.message}"
            for error in OpenAPIV30SpecValidator(spec).iter_errors()
        ]
    except Unresolvable as exc:  # raised, not reported, by the validator for a $ref that points nowhere
        return [f"unresolvable reference: {exc}"[:300]]
