"""The notifications the partner sends: callback path <-> event type <-> payload model, from the generated metadata.

A notification is recognised by the last segment of the path it arrives on (``…/natural-person-notification``),
so a receiver works wherever it is mounted. Its identity, for deduplication, is what the partner's documents
give every notification: the object's id fields (``…Id``), ``modifiedOn`` and ``notificationType``.
"""

from __future__ import annotations

import functools
import importlib
import re
from typing import Any

import attrs

_SNAKE = re.compile(r"_([a-z0-9])")
IDENTITY_EXTRAS = ("modifiedOn", "notificationType")


@attrs.frozen
class Kind:
    """One kind of notification."""

    path: str
    event_type: str
    model: type[Any]
    summary: str
    source_url: str
    id_fields: tuple[str, ...]
    """The payload's id fields (JSON names): a receiver requires them, since it deduplicates on them."""

    @property
    def segment(self) -> str:
        return self.path.rstrip("/").rsplit("/", 1)[-1]


def _id_fields(model: type[Any]) -> tuple[str, ...]:
    names = (field.name for field in attrs.fields(model) if field.name.endswith("_id"))
    return tuple(_SNAKE.sub(lambda match: match[1].upper(), name) for name in names)


@functools.cache
def kinds() -> tuple[Kind, ...]:
    from wawex_partner_api_client.metadata import NOTIFICATIONS  # here: the models load on first use

    found = []
    for metadata in NOTIFICATIONS.values():
        model = getattr(importlib.import_module(metadata.module), metadata.model)
        found.append(
            Kind(metadata.path, metadata.event_type, model, metadata.summary, metadata.source_url, _id_fields(model))
        )
    return tuple(found)


def by_segment(path: str) -> Kind | None:
    segment = path.rstrip("/").rsplit("/", 1)[-1]
    return next((kind for kind in kinds() if kind.segment == segment), None)


def by_event_type(event_type: str) -> Kind | None:
    return next((kind for kind in kinds() if kind.event_type == event_type), None)


def by_model(model: type[Any]) -> Kind | None:
    return next((kind for kind in kinds() if kind.model is model), None)
