"""The drift corpus: every success model of every operation, answered by a real sandbox process with each single
mutation of a valid body (wawex_partner_api.sandbox.drifting), read through the overlay's operations.

For each answer: nothing but a WawexError may be raised (and none at all, since every mutation leaves something
usable); exactly one drift record, of the mutation's kind, at its path; every documented field the mutation did
not touch is reachable with the Python type its annotation promises; and with ``strict=True`` the same answer
raises ResponseValidationError naming that path and kind. The table is printed at the end of the test run.
"""

from __future__ import annotations

import datetime
import importlib
import uuid
from collections import Counter
from collections.abc import Iterator
from typing import Any

import attrs

from tests.overlay.conftest import MakeClient
from tests.overlay.operation_inputs import arguments_for
from tests.reports import report
from wawex_partner_api import ResponseValidationError, WawexError
from wawex_partner_api.answers.drift import Drift
from wawex_partner_api.sandbox import SandboxServer, drifting
from wawex_partner_api_client.metadata import OPERATIONS
from wawex_partner_api_client.shapes import ANSWERS, ENUMS, MODELS

PERSON = "123e4567-e89b-12d3-a456-426614174000"
BATCH = 250


@attrs.frozen
class Case:
    operation_id: str
    status: int
    shape: Any
    body: Any
    mutation: drifting.Mutation


def _is_models(shape: Any) -> bool:
    return isinstance(shape, tuple) and (shape[0] == "model" or (shape[0] == "list" and _is_models(shape[1])))


def corpus() -> Iterator[Case]:
    for operation_id, entries in ANSWERS.items():
        for low, high, source, shape in entries:
            if source == "json" and low >= 200 and high < 300 and _is_models(shape):
                body = drifting.sample(shape)
                for mutation in drifting.mutations(shape, body):
                    yield Case(operation_id, low, shape, body, mutation)


def _class(name: str) -> type[Any]:
    module = importlib.import_module(f"wawex_partner_api_client.models.{MODELS[name][0]}")
    return getattr(module, name)  # type: ignore[no-any-return]


def _typed(shape: Any, value: Any) -> bool:
    """Whether ``value`` has the Python type the generated annotation of ``shape`` promises."""
    if shape == "str":
        return isinstance(value, str)
    if shape == "int":
        return type(value) is int
    if shape == "float":
        return type(value) in (int, float)
    if shape == "bool":
        return type(value) is bool
    if shape == "uuid":
        return isinstance(value, uuid.UUID)
    if shape == "date":
        return type(value) is datetime.date
    if shape == "datetime":
        return isinstance(value, datetime.datetime) and value.tzinfo is not None
    if shape == "any":
        return True
    kind = shape[0]
    if kind == "enum":
        return value in ENUMS[shape[1]]
    if kind == "model":
        return isinstance(value, _class(shape[1]))
    if kind == "list":
        return isinstance(value, list)
    raise AssertionError(f"no check for {shape}")


def reachable(shape: Any, sample: Any, parsed: Any, skip: tuple[Any, ...], at: tuple[Any, ...] = ()) -> tuple[int, int]:
    """(documented fields of ``sample`` checked, of which reachable and typed in ``parsed``), leaving out the
    mutated location ``skip`` and what is below it."""
    checked = good = 0
    if isinstance(shape, tuple) and shape[0] == "list":
        for index, item in enumerate(sample):
            if (*at, index) != skip and index < len(parsed):
                c, g = reachable(shape[1], item, parsed[index], skip, (*at, index))
                checked, good = checked + c, good + g
    elif isinstance(shape, tuple) and shape[0] == "model":
        for python_name, wire_name, _, field_shape in MODELS[shape[1]][1]:
            if wire_name not in sample or (*at, wire_name) == skip:
                continue
            checked += 1
            try:
                value = getattr(parsed, python_name)
            except AttributeError:
                continue
            if _typed(field_shape, value):
                good += 1
                c, g = reachable(field_shape, sample[wire_name], value, skip, (*at, wire_name))
                checked, good = checked + c, good + g
    return checked, good


@attrs.define
class Row:
    answers: int = 0
    foreign_exceptions: int = 0
    wawex_errors: int = 0
    right_records: int = 0
    fields_checked: int = 0
    fields_reachable: int = 0
    strict_raised: int = 0


def test_every_mutation_of_every_success_model(sandbox: SandboxServer, make_client: MakeClient) -> None:
    cases = list(corpus())
    assert len(cases) >= 2000
    client = make_client().with_requestor(PERSON)
    client.tokens.get()  # before the token endpoint's answers are scripted: the token operations are in the corpus
    strict = client.with_options(strict=True)
    functions = {
        operation_id: importlib.import_module(_overlay_module(operation_id)).sync_detailed
        for operation_id in {case.operation_id for case in cases}
    }
    inputs = {op: arguments_for(op, function, sandbox) for op, function in functions.items()}
    rows: dict[str, Row] = {}
    failures: Counter[str] = Counter()
    examples: dict[str, str] = {}
    for start in range(0, len(cases), BATCH):
        batch = cases[start : start + BATCH]
        answers = [{"status": case.status, "json": case.mutation.apply(case.body)} for case in batch for _ in "ls"]
        token_answers = [
            a for a, case in zip(answers, [c for c in batch for _ in "ls"], strict=True) if _is_token(case)
        ]
        api_answers = [
            a for a, case in zip(answers, [c for c in batch for _ in "ls"], strict=True) if not _is_token(case)
        ]
        if api_answers:
            sandbox.script_api_responses(*api_answers)
        if token_answers:
            sandbox.script_token_responses(*token_answers)
        for case in batch:
            row = rows.setdefault(case.mutation.kind, Row())
            row.answers += 1
            function, arguments = functions[case.operation_id], inputs[case.operation_id]
            client.drift_log.clear()
            what = f"{case.operation_id} {case.mutation.description} at {case.mutation.path}"
            try:
                response = function(client=client, **arguments)
            except WawexError as error:
                row.wawex_errors += 1
                failures["WawexError"] += 1
                examples.setdefault("WawexError", f"{what}: {type(error).__name__}")
                response = None
            except Exception as error:
                row.foreign_exceptions += 1
                failures["foreign exception"] += 1
                examples.setdefault("foreign exception", f"{what}: {type(error).__name__}: {error}")
                response = None
            records = [tally.drift for tally in client.drift()]
            expected = Drift.of(case.operation_id, case.status, _problem(case.mutation))
            if [(r.kind, r.path) for r in records] == [(expected.kind, expected.path)]:
                row.right_records += 1
            else:
                failures["records"] += 1
                examples.setdefault("records", f"{what}: {[(r.kind, r.path) for r in records]}")
            if response is not None:
                skip = () if case.mutation.kind == "wrapped" else case.mutation.location
                checked, good = reachable(case.shape, case.body, response.parsed, skip)
                row.fields_checked += checked
                row.fields_reachable += good
                if good != checked:
                    failures["reachable"] += 1
                    examples.setdefault("reachable", f"{what}: {good} of {checked}")
            try:
                function(client=strict, **arguments)
            except ResponseValidationError as error:
                if (case.mutation.path, case.mutation.kind) in {(p.path, p.kind) for p in error.problems}:
                    row.strict_raised += 1
                else:
                    failures["strict"] += 1
                    examples.setdefault("strict", f"{what}: {[(p.path, p.kind) for p in error.problems]}")
            except Exception as error:
                failures["strict"] += 1
                examples.setdefault("strict", f"{what}: {type(error).__name__}")
            else:
                failures["strict"] += 1
                examples.setdefault("strict", f"{what}: nothing raised")
    report("Drift corpus (tests/overlay/test_drift_corpus.py)", _table(rows))
    assert not failures, "\n".join([str(dict(failures)), *examples.values()])


def _overlay_module(operation_id: str) -> str:
    return "wawex_partner_api.operations." + OPERATIONS[operation_id].module.split(".api.", 1)[1]


def _is_token(case: Case) -> bool:
    return OPERATIONS[case.operation_id].tags == ("Authorization",)


def _problem(mutation: drifting.Mutation) -> Any:
    from wawex_partner_api.answers.problems import Problem

    return Problem(mutation.path, mutation.kind, "", "")


def _table(rows: dict[str, Row]) -> list[str]:
    lines = [
        "| mutation kind | answers | other exceptions | WawexError | one right record | known fields reachable, typed "
        "| strict raised |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    total = Row()
    for kind, row in sorted(rows.items()):
        for field in attrs.fields(Row):
            setattr(total, field.name, getattr(total, field.name) + getattr(row, field.name))
        lines.append(_line(kind, row))
    lines.append(_line("**all**", total))
    return lines


def _line(kind: str, row: Row) -> str:
    share = 100.0 * row.fields_reachable / row.fields_checked if row.fields_checked else 100.0
    return (
        f"| {kind} | {row.answers} | {row.foreign_exceptions} | {row.wawex_errors} | {row.right_records} "
        f"| {row.fields_reachable}/{row.fields_checked} ({share:.1f}%) | {row.strict_raised} |"
    )


def test_every_sample_body_reads_without_drift() -> None:
    """The corpus's baseline: every unmutated sample fits its shape (else each mutation would show two records)."""
    from wawex_partner_api.answers.reading import Reader

    for shape in {case.shape for case in corpus()}:
        reader = Reader()
        fits, _ = reader.read(shape, drifting.sample(shape), "$")
        assert fits, shape
        assert not reader.problems, (shape, reader.problems)
