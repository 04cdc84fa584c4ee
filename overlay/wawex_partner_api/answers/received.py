"""What a model read from an answer holds beyond its typed fields."""

from __future__ import annotations

from typing import Any


def absent_fields(model: object) -> frozenset[str]:
    """The required fields of a model read from an answer that the answer lacked or that did not fit (reading
    them raises ``AbsentFieldError``); empty for a model that has all of its fields."""
    try:
        absent: frozenset[str] = object.__getattribute__(model, "_wawex_absent")
    except AttributeError:
        return frozenset()
    return absent


def raw(model: object) -> Any:
    """The JSON object ``model`` was read from: as received when it differed from the spec, else its ``to_dict()``."""
    try:
        return object.__getattribute__(model, "_wawex_raw")
    except AttributeError:
        return model.to_dict() if hasattr(model, "to_dict") else model
