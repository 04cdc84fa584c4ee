"""mypy sees exactly the generated signatures through wawex_partner_api.operations (no Any added)."""

from __future__ import annotations

import re
from pathlib import Path

from mypy import api

HERE = Path(__file__).resolve().parent.parent / "typing"


def _mypy(file: Path) -> tuple[str, int]:
    stdout, stderr, status = api.run(["--strict", "--no-incremental", "--show-error-codes", str(file)])
    return stdout + stderr, status


def test_wrapped_operations_have_the_generated_types() -> None:
    output, status = _mypy(HERE / "usage.py")
    assert status == 0, output
    revealed = dict(re.findall(r"usage\.py:(\d+): note: Revealed type is \"(.*)\"", output))
    source = (HERE / "usage.py").read_text().splitlines()
    by_expression = {source[int(line) - 1].strip(): kind for line, kind in revealed.items()}
    pairs = [
        ("create_customer.sync", "generated_create_customer.sync"),
        ("create_customer.asyncio_detailed", "generated_create_customer.asyncio_detailed"),
        ("get_natural_person.sync_detailed", "generated_get_natural_person.sync_detailed"),
        ("get_an_order.sync", "get_order_wawex.sync"),  # an old import path keeps the new one's types
    ]
    for wrapped, generated in pairs:
        assert by_expression[f"reveal_type({wrapped})"] == by_expression[f"reveal_type({generated})"]
    assert "CreateCustomerResult" in by_expression["reveal_type(result)"]
    assert by_expression["reveal_type(created.customer_id)"] == "uuid.UUID"
    assert by_expression["reveal_type(customer)"] == "wawex_partner_api_client.models.customer.Customer"
    assert by_expression["reveal_type(page)"] == "wawex_partner_api_client.models.customers.Customers"


def test_misuse_is_caught() -> None:
    output, status = _mypy(HERE / "misuse.py")
    assert status == 1
    source = (HERE / "misuse.py").read_text().splitlines()
    expected = {i + 1: m[1] for i, line in enumerate(source) if (m := re.search(r"# error: ([\w-]+)", line))}
    found = {int(line): code for line, code in re.findall(r"misuse\.py:(\d+): error: .*\[([\w-]+)\]", output)}
    assert found == expected, output
