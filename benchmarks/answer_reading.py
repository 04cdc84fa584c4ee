"""Reading an answer: a page of 20 customers, from its bytes to the generated ``Customers`` model, in process.

Contenders, each given the same bytes: the generated code as it parses (``json.loads`` + ``Customers.from_dict``,
the anchor); ours (``answers.read_answer``: msgspec decodes and checks the body against its shape, then the
generated ``from_dict`` builds it); ours when the body has one difference from the spec (one customer's id a
number: the Python reader walks the whole page and says where); and what a user could use instead to know the
body fits before building it: ``jsonschema`` (the library the ``wawex`` command line checks bodies with) and
``fastjsonschema`` (a validator compiled to Python), each validating against the page's schema in the bundled
spec, then ``json.loads`` + ``from_dict``. Each round times ``N`` reads per contender; its figure is the mean.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from typing import Any

import httpx

from benchmarks.echo_server import customers_page
from benchmarks.protocol import Goal, Outcome, Point, Spread, header, interleave, per_round, row, verdict
from wawex_partner_api.answers.answer import read_answer
from wawex_partner_api.partner_spec import load_partner_spec
from wawex_partner_api_client.models.customers import Customers

ANCHOR = "json.loads + from_dict (the generated parser)"
OURS = "ours: msgspec check + from_dict"
GOAL = Goal("<=", 1.05)


def _schema() -> dict[str, Any]:
    """The get-customers 200 schema, with the spec's components beside it for its references."""
    spec = load_partner_spec()
    operation = spec["paths"]["/roles/customers"]["get"]
    schema = dict(operation["responses"]["200"]["content"]["application/json"]["schema"])
    return {**schema, "components": spec["components"]}


def _contenders() -> dict[str, Callable[[], Any]]:
    import fastjsonschema
    import jsonschema

    page = customers_page()
    body = json.dumps(page).encode()
    drifted = json.loads(body)
    drifted["data"][7]["customerId"] = 12345  # a number for a string
    drifted_body = json.dumps(drifted).encode()
    fits, differs = httpx.Response(200, content=body), httpx.Response(200, content=drifted_body)
    assert not read_answer("get-customers", fits).problems
    assert len(read_answer("get-customers", differs).problems) == 1
    schema = _schema()
    validator = jsonschema.validators.validator_for(schema)(schema)
    compiled = fastjsonschema.compile(schema)

    def checked(check: Callable[[Any], Any]) -> Callable[[], Any]:
        def read() -> Any:
            data = json.loads(body)
            check(data)
            return Customers.from_dict(data)

        return read

    return {
        ANCHOR: lambda: Customers.from_dict(json.loads(body)),
        OURS: lambda: read_answer("get-customers", fits).parsed,
        "ours, one difference (the Python reader walks the page)": lambda: read_answer("get-customers", differs).parsed,
        "jsonschema validate + from_dict": checked(validator.validate),
        "fastjsonschema validate + from_dict": checked(compiled),
    }


def section(quick: bool) -> Outcome:
    rounds, n = (8, 100) if quick else (30, 400)
    contenders = _contenders()
    for read in contenders.values():
        assert isinstance(read(), Customers)  # each one reads the page it is timed on

    def timed(read: Callable[[], Any]) -> Callable[[], float]:
        def block() -> float:
            started = time.perf_counter()
            for _ in range(n):
                read()
            return (time.perf_counter() - started) / n

        return block

    samples = interleave({name: timed(read) for name, read in contenders.items()}, rounds)
    lines = [header("contender", "µs per page", "ratio (min / median / max)", "goal", left=1)]
    points = []
    for name, ratios in per_round(samples, ANCHOR).items():
        point = Point(f"answer reading: {name}", Spread.of(ratios), GOAL if name == OURS else None)
        if name != ANCHOR:
            points.append(point)
        micros = Spread.of(samples[name]).median * 1e6
        lines.append(row(name, f"{micros:.0f}", point.spread.text(".3f"), verdict(point)))
    lines += ["", f"{rounds} rounds of {n} reads of one 22 KB page (20 customers) per contender, in process."]
    return Outcome("\n".join(lines), points=points)
