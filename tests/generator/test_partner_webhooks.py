"""The partner's notifications (openapi/partner-webhooks.yaml): typed payload models and NOTIFICATIONS, no operations.

The payload examples are read, at test time, from the captured partner page that prints them, as it prints
them: ``openapi/reference/pages/`` keeps that page (byte for byte the capture beside this repository,
``../shared/partner-api/raw``, which a test compares when it is there); no example is copied into a test.
"""

from __future__ import annotations

import datetime
import importlib
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from generator.spec_tree import iter_operations
from tests.conftest import OPERATIONS_DIR, PACKAGE_DIR, ROOT
from wawex_partner_api_client.metadata import NOTIFICATIONS, OPERATIONS
from wawex_partner_api_client.models.event_type_enum import EVENT_TYPE_ENUM_VALUES

RAW = ROOT / "openapi" / "reference" / "pages"
CAPTURE = ROOT.parent / "shared" / "partner-api" / "raw"
_EXCERPT = re.compile(r"^===== excerpt (\d+) =====$", re.MULTILINE)
_REQUEST_LINE = re.compile(r"^POST (/\S+) HTTP/1\.1$", re.MULTILINE)
_CONTENT_LENGTH = re.compile(r"^Content-Length: (\d+)$")


@dataclass(frozen=True)
class Example:
    page: str  # raw file name
    excerpt: int
    path: str
    content_length: int | None
    payload: dict[str, Any]

    def __str__(self) -> str:
        return f"{self.page} excerpt {self.excerpt}: POST {self.path}"


def _examples_of(page: Path) -> list[Example]:
    """Every notification request the page prints with a body (``POST /<object>-notification HTTP/1.1``)."""
    text = page.read_text(encoding="utf-8")
    parts = _EXCERPT.split(text)  # [preamble, number, body, number, body, ...]
    found = []
    for number, body in zip(parts[1::2], parts[2::2], strict=True):
        requests = list(_REQUEST_LINE.finditer(body))
        for index, request in enumerate(requests):
            if not request[1].endswith("-notification"):
                continue
            end = requests[index + 1].start() if index + 1 < len(requests) else len(body)
            offset = request.end()
            previous = ""
            for line in body[request.end() : end].splitlines(keepends=True):
                if line.startswith("{"):
                    payload, _ = json.JSONDecoder().raw_decode(body, offset)
                    length = _CONTENT_LENGTH.match(previous.strip())
                    declared = int(length[1]) if length else None
                    found.append(Example(page.name, int(number), request[1], declared, payload))
                    break
                previous = line
                offset += len(line)
    return found


def _captured_examples() -> list[Example]:
    if not RAW.is_dir():
        return []
    return [example for page in sorted(RAW.glob("*.txt")) for example in _examples_of(page)]


EXAMPLES = _captured_examples()
needs_pages = pytest.mark.skipif(not RAW.is_dir(), reason=f"no captured partner pages in {RAW}")


@pytest.mark.skipif(not CAPTURE.is_dir(), reason=f"the capture is not beside this checkout ({CAPTURE})")
def test_the_kept_pages_are_the_capture_byte_for_byte() -> None:
    kept = sorted(RAW.glob("*.txt"))
    assert kept
    for page in kept:
        assert page.read_bytes() == (CAPTURE / page.name).read_bytes(), page.name
    printing_examples = {page.name for page in CAPTURE.glob("*.txt") if _examples_of(page)}
    assert printing_examples <= {page.name for page in kept}, "every captured page that prints an example is kept"


def _model(path: str) -> Any:
    facts = NOTIFICATIONS[path]
    return getattr(importlib.import_module(facts.module), facts.model)


def _same(printed: Any, serialised: Any) -> bool:
    """JSON equality, except that a date-time may come back in another spelling of the same instant
    (``2025-07-10T01:49:17.074Z`` is written ``2025-07-10T01:49:17.074000+00:00``)."""
    if isinstance(printed, dict) and isinstance(serialised, dict):
        return printed.keys() == serialised.keys() and all(_same(printed[k], serialised[k]) for k in printed)
    if isinstance(printed, list) and isinstance(serialised, list):
        return len(printed) == len(serialised) and all(_same(a, b) for a, b in zip(printed, serialised, strict=True))
    if isinstance(printed, str) and isinstance(serialised, str) and printed != serialised:
        try:
            return datetime.datetime.fromisoformat(printed) == datetime.datetime.fromisoformat(serialised)
        except ValueError:
            return False
    return type(printed) is type(serialised) and printed == serialised


@needs_pages
def test_the_pages_print_the_examples_the_survey_found() -> None:
    # Customer (twice), natural person (twice), identification verification, labels update, corporate action;
    # the joint person request is cut before its body and has none.
    paths = {example.path for example in EXAMPLES}
    assert len(EXAMPLES) >= 7, [str(e) for e in EXAMPLES]
    assert {
        "/customer-notification",
        "/natural-person-notification",
        "/identification-verification-notification",
        "/labels-update-notification",
        "/corporate-action-notification",
    } <= paths
    assert "/joint-person-notification" not in paths


@needs_pages
@pytest.mark.parametrize("example", EXAMPLES, ids=str)
def test_every_printed_payload_parses_into_its_model_and_round_trips(example: Example) -> None:
    assert example.path in NOTIFICATIONS, f"{example} has no entry in NOTIFICATIONS"
    assert example.content_length == len(json.dumps(example.payload, separators=(",", ":"))), example
    model = _model(example.path).from_dict(example.payload)
    assert model.additional_keys == [], f"{example}: fields the model does not declare: {model.additional_keys}"
    assert _same(example.payload, model.to_dict()), (example.payload, model.to_dict())
    assert type(model).from_dict(model.to_dict()) == model


def test_callbacks_are_not_operations(partner_spec: dict[str, Any]) -> None:
    callbacks = partner_spec["x-callbacks"]
    ids = {operation["operationId"] for _, _, operation in iter_operations({"paths": callbacks})}
    assert set(callbacks).isdisjoint(partner_spec["paths"])
    assert ids.isdisjoint(OPERATIONS)
    assert not {facts.path for facts in OPERATIONS.values()} & set(callbacks)
    generated = [
        path
        for root in (ROOT / PACKAGE_DIR / "api", ROOT / OPERATIONS_DIR)
        for path in root.rglob("*.py")
        if "__pycache__" not in path.parts
    ]
    assert generated
    for module in generated:
        text = module.read_text(encoding="utf-8")
        for path in callbacks:
            assert f'"{path}"' not in text, f"{module} calls the callback {path}"
        assert "client-api-address" not in text, module
    names = {module.stem for module in generated}
    assert not {operation_id.replace("-", "_") for operation_id in ids} & names


def test_every_callback_path_maps_to_an_importable_model(partner_spec: dict[str, Any]) -> None:
    callbacks = partner_spec["x-callbacks"]
    assert set(NOTIFICATIONS) == set(callbacks)
    for path, facts in NOTIFICATIONS.items():
        operation = callbacks[path]["post"]
        assert facts.path == path
        assert facts.event_type == operation["x-event-type"]
        assert facts.summary == operation["summary"]
        assert facts.source_url == operation["x-source-url"]
        model = _model(path)
        assert model.__name__ == facts.model
        assert model.__module__ == facts.module
        assert callable(model.from_dict)
        assert model.from_dict({}).to_dict() == {}  # nothing is required unless a page says so
        assert operation["servers"] == [{"url": "http://client-api-address"}]


def test_every_event_type_is_an_event_type_enum_value(partner_spec: dict[str, Any]) -> None:
    values = set(EVENT_TYPE_ENUM_VALUES)
    assert {facts.event_type for facts in NOTIFICATIONS.values()} <= values
    assert len({facts.event_type for facts in NOTIFICATIONS.values()}) == len(NOTIFICATIONS)
    not_shown = partner_spec["x-callbacks-not-shown"]
    assert len(not_shown) == 13
    assert all(item["x-event-type-inferred"] for item in not_shown)
    assert {item["x-event-type"] for item in not_shown} <= values
    assert {item["x-event-type"] for item in not_shown}.isdisjoint(f.event_type for f in NOTIFICATIONS.values())
