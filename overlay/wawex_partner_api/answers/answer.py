"""Reading a whole answer: which documented response its status is, its body as that response's shape, and
everything about it the spec does not say.

The generated ``_parse_response`` is replaced by this, for the overlay's operations: same documented statuses
in the same order, the same Python values for a body that fits, and for one that does not, what ``reading``
builds plus its problems, instead of a bare ``KeyError`` / ``TypeError`` / ``ValueError``.

The body as a whole may also differ from the documented response:

- a status the operation does not document: one ``undocumented-status`` problem, and a success status is read
  as the operation's documented success (the body is usually the same); statuses any operation can meet on the
  way (401, 407, 408, 429, 5xx) are not the operation's and are not recorded;
- a body where the spec documents none: ``undocumented-body``, plus an ``unknown-field`` per top-level key, so
  the spec can learn what these answers hold (types only);
- a documented body that sits inside a wrapper (``{"data": …}``, a one-item list) or a single item where a list
  is documented: read where it is, with one ``wrapped`` problem naming where (whichever reading explains the
  body with the fewest problems wins, the documented one on a tie);
- a body that is not JSON, or of a JSON type nothing can be read from (``null`` for an object, say):
  ``not-json`` / ``type-mismatch`` at ``$`` and nothing usable (``Reading.usable`` is False).
"""

from __future__ import annotations

import io
from typing import Any, Final

import attrs
import httpx

from wawex_partner_api.answers import fast, rules
from wawex_partner_api.answers.problems import Problem
from wawex_partner_api.answers.reading import Reader, expected, model_class, undeclared
from wawex_partner_api_client.shapes import ANSWERS
from wawex_partner_api_client.types import File

NOT_THE_OPERATIONS: Final = frozenset({401, 407, 408, 429})
"""Statuses any request can meet on its way (authentication, proxies, time limits, rate limits), like every 5xx:
not recorded as an operation's undocumented status."""


@attrs.frozen
class Reading:
    """What an answer's body became: ``parsed`` (as the generated code would type it), the ``problems`` found, and
    whether anything honest could be built (``usable``: False for a success body of the wrong kind altogether)."""

    parsed: Any
    problems: tuple[Problem, ...] = ()
    usable: bool = True


CLEAN_NONE: Final = Reading(None)


def _documented(entries: tuple[tuple[int, int, str, Any], ...], status: int) -> tuple[int, int, str, Any] | None:
    for entry in entries:
        if entry[0] <= status <= entry[1]:
            return entry
    return None


def read_answer(operation_id: str, response: httpx.Response) -> Reading:
    """The documented answer ``response`` is, read (never raises)."""
    entries = ANSWERS.get(operation_id, ())
    status = response.status_code
    entry = _documented(entries, status)
    problems: list[Problem] = []
    if entry is None:
        if status not in NOT_THE_OPERATIONS and status < 500:
            shown = ", ".join(
                "default" if (low, high) == (0, 999) else str(low) if low == high else f"{low // 100}XX"
                for low, high, _, _ in entries
            )
            problems.append(Problem("$", "undocumented-status", str(status), shown or "none documented"))
        if 200 <= status < 300:
            entry = next((e for e in entries if e[0] >= 200 and e[1] < 300), None)
        if entry is None:
            return Reading(None, tuple(problems))
    source, shape = entry[2], entry[3]
    content = response.content
    if source == "bytes":
        return Reading(File(payload=io.BytesIO(content)), tuple(problems))
    if source == "text":
        return Reading(response.text, tuple(problems))
    if source == "none":
        if content.strip():
            problems.extend(_undocumented_body(content))
        return Reading(None, tuple(problems))
    try:
        data = fast.decode(content)
    except ValueError:
        observed = "empty" if not content.strip() else "text"
        problems.append(Problem("$", "not-json", observed, expected(shape)))
        return Reading(None, tuple(problems), usable=False)
    if not problems and _is_models(shape) and fast.fits(shape, data):
        try:
            return Reading(_generated(shape, data))
        except Exception:  # noqa: S110 - the generated code disagreed with the quick check: the reader decides
            pass
    parsed, found, usable = _read_body(shape, data)
    return Reading(parsed, (*problems, *found), usable)


def _is_models(shape: Any) -> bool:
    return isinstance(shape, tuple) and (shape[0] == "model" or (shape[0] == "list" and _is_models(shape[1])))


def _generated(shape: Any, data: Any) -> Any:
    """What the generated code builds from a body that fits."""
    if shape[0] == "model":
        return model_class(shape[1]).from_dict(data)
    return [_generated(shape[1], item) for item in data]


def _read_body(shape: Any, data: Any) -> tuple[Any, list[Problem], bool]:
    direct = Reader()
    fits, value = direct.read(shape, data, "$")
    if fits and not direct.problems:
        return value, [], True
    # The reading that explains the body with the fewest problems, then with the most documented fields found.
    best: tuple[tuple[int, int], Any, list[Problem]] | None = (
        ((len(direct.problems), -direct.matched), value, direct.problems) if fits else None
    )
    for where, inner in _wrappings(shape, data):
        reader = Reader()
        single = where == "$"  # one item where a list is documented
        inner_fits, inner_value = reader.read(shape[1] if single else shape, inner, where)
        if not inner_fits:
            continue
        wrapped = Problem(where, "wrapped", rules.json_type(data), expected(shape))
        score = (len(reader.problems) + 1, -reader.matched)
        if best is None or score < best[0]:
            best = (score, [inner_value] if single else inner_value, [wrapped, *reader.problems])
    if best is None:
        return None, direct.problems, False
    return best[1], best[2], True


def _wrappings(shape: Any, data: Any) -> list[tuple[str, Any]]:
    """Where else in ``data`` a body of ``shape`` could sit: (its JSONPath, the value there); ``$`` for a single
    item where a list is documented."""
    if not isinstance(shape, tuple):
        return []
    found: list[tuple[str, Any]] = []
    if shape[0] == "model":
        if isinstance(data, list) and len(data) == 1 and isinstance(data[0], dict):
            found.append(("$[0]", data[0]))
        if isinstance(data, dict) and len(data) == 1:
            key, value = next(iter(data.items()))
            if isinstance(value, dict):
                found.append((undeclared("$", key), value))
    elif shape[0] == "list" and isinstance(data, dict):
        found.extend((undeclared("$", key), value) for key, value in data.items() if isinstance(value, list))
        found.append(("$", data))
    return found


def _undocumented_body(content: bytes) -> list[Problem]:
    try:
        data = fast.decode(content)
    except ValueError:
        return [Problem("$", "undocumented-body", "text", "no body")]
    problems = [Problem("$", "undocumented-body", rules.json_type(data), "no body")]
    if isinstance(data, dict):
        problems.extend(
            Problem(undeclared("$", key), "unknown-field", rules.json_type(value), "no such field")
            for key, value in data.items()
        )
    return problems


def requestor_refusal(status: int, content: bytes) -> Problem | None:
    """An error answer that names the Requestor-ID header, for a call sent without one."""
    if status in (400, 403, 422) and b"requestor" in content.lower():
        return Problem("header:Requestor-ID", "requestor-refused", str(status), "optional (not sent)")
    return None
