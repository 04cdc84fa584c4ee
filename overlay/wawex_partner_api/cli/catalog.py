"""The operations of the generated metadata (``OPERATIONS``): looked up, filtered, and as table rows.

Nothing here reads the spec or imports an operation module: ``wawex operations`` stays cheap.
"""

from __future__ import annotations

import difflib
import re
from typing import Any

from wawex_partner_api.cli.exits import CliError
from wawex_partner_api_client.metadata import OPERATIONS, OperationMetadata

COLUMNS = ("operation", "method", "path", "requestor-id", "deprecated")


def _folded(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", text.lower())


def module_tag(facts: OperationMetadata) -> str:
    """The tag as the import path spells it: ``customer_labels`` in ``wawex_partner_api.operations.customer_labels``."""
    return facts.module.rsplit(".", 2)[-2]


def overlay_module(facts: OperationMetadata) -> str:
    """The module users import: ``wawex_partner_api.operations.<tag>.<operation>``."""
    tag, name = facts.module.rsplit(".", 2)[-2:]
    return f"wawex_partner_api.operations.{tag}.{name}"


def find(operation_id: str) -> OperationMetadata:
    """The operation named ``operation_id`` (its operationId); a usage error naming the nearest ids otherwise."""
    facts = OPERATIONS.get(operation_id)
    if facts is not None:
        return facts
    close = difflib.get_close_matches(operation_id, OPERATIONS, n=3, cutoff=0.6)
    hint = f"; did you mean {' or '.join(close)}?" if close else "; `wawex operations` lists them"
    raise CliError(f"unknown operation {operation_id!r}{hint}")


def tags() -> list[str]:
    return sorted({tag for facts in OPERATIONS.values() for tag in facts.tags})


def select(tag: str | None = None, requestor: str | None = None) -> list[OperationMetadata]:
    """The operations with ``tag`` (as the partner or the import path spells it, any case) and this policy."""
    chosen = []
    for facts in sorted(OPERATIONS.values(), key=lambda f: (f.tags, f.operation_id)):
        if tag is not None and _folded(tag) not in {_folded(t) for t in (*facts.tags, module_tag(facts))}:
            continue
        if requestor is not None and facts.requestor_policy != requestor:
            continue
        chosen.append(facts)
    known = {_folded(t) for facts in OPERATIONS.values() for t in (*facts.tags, module_tag(facts))}
    if tag is not None and _folded(tag) not in known:
        raise CliError(f"unknown tag {tag!r}; the tags are: {', '.join(tags())}")
    return chosen


def row(facts: OperationMetadata) -> tuple[str, str, str, str, str]:
    return (
        facts.operation_id,
        facts.method,
        facts.path,
        facts.requestor_policy,
        "yes" if facts.deprecated else "",
    )


def as_json(facts: OperationMetadata) -> dict[str, Any]:
    return {
        "operation_id": facts.operation_id,
        "method": facts.method,
        "path": facts.path,
        "tags": list(facts.tags),
        "group": facts.group,
        "module": overlay_module(facts),
        "requestor_policy": facts.requestor_policy,
        "requestor_policy_reason": facts.requestor_policy_reason,
        "requestor_id_declared": facts.requestor_id,
        "deprecated": facts.deprecated,
        "source_url": facts.source_url,
    }
