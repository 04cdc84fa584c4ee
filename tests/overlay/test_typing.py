"""mypy sees exactly the generated signatures through wawex_partner_api.operations (no Any added)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from mypy import api

HERE = Path(__file__).resolve().parent.parent / "typing"


def _mypy(file: Path) -> tuple[str, int]:
    stdout, stderr, status = api.run(["--strict", "--no-incremental", "--show-error-codes", str(file)])
    return stdout + stderr, status


def test_operations_are_typed_as_what_they_return() -> None:
    output, status = _mypy(HERE / "usage.py")
    assert status == 0, output
    revealed = dict(re.findall(r"usage\.py:(\d+): note: Revealed type is \"(.*)\"", output))
    source = (HERE / "usage.py").read_text().splitlines()
    by_expression = {source[int(line) - 1].strip(): kind for line, kind in revealed.items()}
    # the _detailed pair keeps the generated types: every response, as it came
    pairs = [
        ("create_customer.asyncio_detailed", "generated_create_customer.asyncio_detailed"),
        ("get_natural_person.sync_detailed", "generated_get_natural_person.sync_detailed"),
    ]
    for wrapped, generated in pairs:
        assert by_expression[f"reveal_type({wrapped})"] == by_expression[f"reveal_type({generated})"]
    models = "wawex_partner_api_client.models"
    # sync / asyncio: the 2xx answer only (every other status raises)
    assert by_expression["reveal_type(result)"] == f"{models}.create_customer_result.CreateCustomerResult"
    assert by_expression["reveal_type(webhooks)"] == f"list[{models}.webhook.Webhook]"
    assert by_expression["reveal_type(update_customer.sync)"].endswith("Unset =)")  # mypy shows "-> None" as nothing
    assert by_expression["reveal_type(person_json)"] == "Any"
    assert by_expression["reveal_type(receipt)"] == "wawex_partner_api_client.types.File"
    assert by_expression["reveal_type(get_order_wawex.sync)"].endswith(f"-> {models}.wawex_order.WawexOrder")
    assert by_expression["reveal_type(created.customer_id)"] == "uuid.UUID"
    assert by_expression["reveal_type(customer)"] == f"{models}.customer.Customer"
    assert by_expression["reveal_type(page)"] == f"{models}.customers.Customers"
    # open enums: the known values or an UnknownValue; isinstance narrows to the known ones; one is sent on purpose
    statuses = ("APPROVED", "ARCHIVED", "CREATED", "INVALID", "PENDING", "RECEIVED", "REJECTED")
    known = " | ".join(f"Literal['{value}']" for value in statuses)
    unknown = "wawex_partner_api_client.types.UnknownValue"
    status_lines = [int(line) for line, text in enumerate(source, 1) if text.strip() == "reveal_type(status)"]
    assert [revealed[str(line)] for line in status_lines] == [f"{known} | {unknown}", known]
    assert by_expression["reveal_type(on_purpose.event_type)"].endswith(f"| {unknown}")


def test_no_sync_or_asyncio_is_typed_with_an_error_model() -> None:
    operations = HERE.parent.parent / "overlay" / "wawex_partner_api" / "operations"
    stubs = 0
    for module in operations.rglob("*.py"):
        for node in ast.walk(ast.parse(module.read_text())):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and node.name in ("sync", "asyncio"):
                stubs += 1
                assert node.returns is not None
                returned = ast.unparse(node.returns)
                assert "ErrorMessage" not in returned, f"{module.name}: {returned}"
                assert "Response400" not in returned, f"{module.name}: {returned}"
    from wawex_partner_api_client.metadata import OPERATIONS

    assert stubs == 2 * len(OPERATIONS)


def test_misuse_is_caught() -> None:
    output, status = _mypy(HERE / "misuse.py")
    assert status == 1
    source = (HERE / "misuse.py").read_text().splitlines()
    expected = {i + 1: m[1] for i, line in enumerate(source) if (m := re.search(r"# error: ([\w-]+)", line))}
    found = {int(line): code for line, code in re.findall(r"misuse\.py:(\d+): error: .*\[([\w-]+)\]", output)}
    assert found == expected, output
