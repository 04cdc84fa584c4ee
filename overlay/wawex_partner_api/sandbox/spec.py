"""The sandbox's view of the bundled partner spec: which operation a request is, whether it is valid,
and what a valid answer looks like."""

from __future__ import annotations

import copy
import re
import warnings
from dataclasses import dataclass
from typing import Any

from openapi_core import OpenAPI
from openapi_core.contrib.starlette.requests import StarletteOpenAPIRequest
from starlette.requests import Request

from wawex_partner_api.partner_spec import load_partner_spec, resolve
from wawex_partner_api.sandbox.synth import value_for
from wawex_partner_api_client.metadata import OPERATIONS, OperationMetadata

HTTP_METHODS = ("get", "put", "post", "delete", "patch")


@dataclass(frozen=True)
class Route:
    operation: OperationMetadata
    pattern: re.Pattern[str]
    parameters: tuple[str, ...]

    def match(self, path: str) -> dict[str, str] | None:
        found = self.pattern.fullmatch(path)
        return dict(zip(self.parameters, found.groups(), strict=True)) if found else None


class SandboxSpec:
    def __init__(self, spec: dict[str, Any] | None = None) -> None:
        self.spec = spec or load_partner_spec()
        self.routes = self._routes()
        self.validator = self._build_validator()  # built before the server is ready, not on the first request

    def _build_validator(self) -> OpenAPI:
        served = copy.deepcopy(self.spec)
        served["servers"] = [{"url": "/"}]  # wherever the sandbox listens
        served.pop("security", None)  # bearer tokens are checked by the sandbox itself
        for item in served["paths"].values():
            for method in HTTP_METHODS:
                if method in item:
                    item[method].pop("security", None)
                    item[method].pop("servers", None)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return OpenAPI.from_dict(served)

    def _routes(self) -> list[Route]:
        routes = []
        for operation in OPERATIONS.values():
            names = tuple(re.findall(r"\{([^}]+)\}", operation.path))
            pattern = re.compile(re.sub(r"\\\{[^}]+\\\}", "([^/]+)", re.escape(operation.path)))
            routes.append(Route(operation, pattern, names))
        # Literal paths before templated ones: /trading/order/market is not an {orderId}.
        return sorted(routes, key=lambda route: (len(route.parameters), route.operation.path))

    def route(self, method: str, path: str) -> tuple[OperationMetadata, dict[str, str]] | None:
        for candidate in self.routes:
            if candidate.operation.method == method:
                found = candidate.match(path)
                if found is not None:
                    return candidate.operation, found
        return None

    def request_errors(self, request: Request, body: bytes) -> list[tuple[str, str]]:
        """(field, message) per problem: one per schema error where openapi-core has them (each names the
        rejected value once), else the error's own message."""
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            result = self.validator.unmarshal_request(StarletteOpenAPIRequest(request, body))
        errors: list[tuple[str, str]] = []
        for error in result.errors:
            schema_errors = getattr(error.__cause__, "schema_errors", None) or []
            for problem in schema_errors:
                errors.append((".".join(str(part) for part in problem.absolute_path) or "body", problem.message))
            if not schema_errors:
                errors.append(("request", str(error)))
        return errors

    def operation_object(self, operation: OperationMetadata) -> dict[str, Any]:
        result: dict[str, Any] = self.spec["paths"][operation.path][operation.method.lower()]
        return result

    def success_response(self, operation: OperationMetadata) -> tuple[int, dict[str, Any] | None]:
        """The first documented 2xx status and its JSON schema (None: no body); 200 with no schema when
        the spec shows only a ``default`` response."""
        responses = self.operation_object(operation)["responses"]
        for status in sorted(code for code in responses if code.isdigit() and code.startswith("2")):
            content = resolve(self.spec, responses[status]).get("content") or {}
            media = content.get("application/json") or next(iter(content.values()), None)
            return int(status), (media or {}).get("schema") if media is not None else None
        return 200, {}

    def success_media_type(self, operation: OperationMetadata) -> str | None:
        """The media type of the first documented 2xx response when it is not JSON (e.g. application/pdf)."""
        responses = self.operation_object(operation)["responses"]
        for status in sorted(code for code in responses if code.isdigit() and code.startswith("2")):
            content = resolve(self.spec, responses[status]).get("content") or {}
            return None if not content or "application/json" in content else next(iter(content))
        return None

    def event_types(self) -> tuple[str, ...]:
        """The values of the Webhooks ``EventTypeEnum``, in the spec's order."""
        schema = self.spec.get("components", {}).get("schemas", {}).get("EventTypeEnum", {})
        return tuple(schema.get("enum", ()))

    def example(self, schema: dict[str, Any] | None) -> Any:
        return value_for(self.spec, schema)
