"""One run of calls for tests/test_drift_loop.py: ``python -m tests.drift_loop_calls`` with the sandbox's URLs and
the operations to call; prints one JSON object (calls made, failures by type, drift records) on stdout.

It runs as a child process so that the same calls can be made by the client of this tree and by the client a
copy of the project regenerated (the copy's packages first on PYTHONPATH).
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
from collections import Counter

from tests.overlay.operation_inputs import arguments_for
from wawex_partner_api import PartnerClient, PartnerConfig, WawexError
from wawex_partner_api_client.metadata import OPERATIONS

PERSON = "123e4567-e89b-12d3-a456-426614174000"


class _Sandbox:
    """What ``arguments_for`` reads of a sandbox: its credentials (for the token operations' bodies)."""

    def __init__(self, client_id: str, client_secret: str) -> None:
        self.client_id, self.client_secret = client_id, client_secret


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--base-url", required=True)
    parser.add_argument("--client-id", required=True)
    parser.add_argument("--client-secret", required=True)
    parser.add_argument("--operations", required=True, help="comma-separated operationIds")
    parser.add_argument("--rounds", type=int, default=10)
    parser.add_argument("--strict", action="store_true")
    parser.add_argument("--drift-file")
    args = parser.parse_args()
    config = PartnerConfig(
        client_id=args.client_id,
        client_secret=args.client_secret,
        base_url=args.base_url,
        token_url=f"{args.base_url}/oauth2/token",
        strict=args.strict,
        drift_file=args.drift_file,
    )
    sandbox = _Sandbox(args.client_id, args.client_secret)
    failures: Counter[str] = Counter()
    calls = 0
    with PartnerClient(config) as client:
        acting = client.with_requestor(PERSON)
        operations = args.operations.split(",")
        functions = {}
        for operation_id in operations:
            module = "wawex_partner_api.operations." + OPERATIONS[operation_id].module.split(".api.", 1)[1]
            functions[operation_id] = importlib.import_module(module).sync
        inputs = {op: arguments_for(op, functions[op], sandbox) for op in operations}  # type: ignore[arg-type]
        for _ in range(args.rounds):
            for operation_id in operations:
                calls += 1
                try:
                    functions[operation_id](client=acting, **inputs[operation_id])
                except WawexError as error:
                    failures[f"{operation_id}: {type(error).__name__}"] += 1
                except Exception as error:
                    failures[f"{operation_id}: foreign {type(error).__name__}"] += 1
        drift = [{**tally.drift.as_json(), "count": tally.count} for tally in client.drift()]
    json.dump({"calls": calls, "failures": dict(failures), "drift": drift}, sys.stdout)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
