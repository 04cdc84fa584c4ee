"""``wawex doctor``: the diagnosis of ``wawex_partner_api.diagnose`` as one line per check (and a ``fix:`` line
under each failure or warning) or one JSON object, and its exit code: that of the first failure's cause."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable

from wawex_partner_api.cli.exits import ExitCode
from wawex_partner_api.config import PartnerConfig
from wawex_partner_api.diagnosis import Cause, Diagnosis, Status, diagnose
from wawex_partner_api.redaction import redact

EXIT_CODES: dict[Cause, ExitCode] = {
    Cause.SETTINGS: ExitCode.USAGE,
    Cause.NETWORK: ExitCode.CONNECTION,
    Cause.AUTH: ExitCode.TOKEN,
    Cause.API: ExitCode.CLIENT_ERROR,
    Cause.SERVER: ExitCode.SERVER_ERROR,
    Cause.OTHER: ExitCode.FAILURE,
}
HELP = """Diagnose a first contact with the partner: one line per check, and a fix for each failure or warning.

\b
  settings            the configuration loads; environment and hosts (never the secret)
  api-host            the API host resolves, connects, and verifies TLS with the configured CAs
  token-host          the same for the token host
  token               a token with your settings; where the endpoint refuses, the partner's other
                      documented token form is tried and named with the exact settings
  token-lifetime      expires_in present and longer than the client's refresh windows
  clock               the API's Date header against the local clock (fails beyond 60 s)
  read-call           get-natural-persons with limit=1
  requestor-client    the client refuses an operation requiring a Requestor-ID, before any I/O
  requestor-exempt    the partner accepts an exempt one without it (local sandbox only: it
                      creates a natural person; skipped against the partner's hosts)
  requestor-required  the partner refuses a requiring one sent without the header

A check whose prerequisite failed is skipped, saying why. Neither the secret nor a token is shown."""
EPILOG = """\b
Examples:
  wawex doctor
  wawex doctor --environment production --json | jq '.checks[] | select(.status != "ok")'

\b
Exit codes (the first failure decides; warnings alone exit 0):
  0  every check passed, perhaps with warnings
  1  the clocks differ by more than 60 s, or the client did not behave as documented
  2  the settings do not load; nothing sent
  4  the API answered the read or a probe with a 4xx other than 401/403
  5  the API answered 5xx
  6  a host does not resolve, refuses the connection or fails TLS verification
  7  no access token (credentials or token endpoint refused), or the API refused it (401, 403)"""
MARKS = {Status.OK: "ok", Status.WARN: "warn", Status.FAIL: "FAIL", Status.SKIP: "skip"}


def exit_code(diagnosis: Diagnosis) -> ExitCode:
    """The first failure's: the checks run from causes to consequences, so it is the one to fix first."""
    first = next(iter(diagnosis.failures), None)
    return ExitCode.OK if first is None else EXIT_CODES[first.cause or Cause.OTHER]


def lines(diagnosis: Diagnosis) -> list[str]:
    width = max(len(check.name) for check in diagnosis.checks)
    shown = []
    for check in diagnosis.checks:
        shown.append(f"{MARKS[check.status]:<4}  {check.name:<{width}}  {check.detail}")
        if check.fix and check.status in (Status.FAIL, Status.WARN):
            shown.append(f"{'':<4}  {'':<{width}}  fix: {check.fix}")
    counts = {status: sum(check.status is status for check in diagnosis.checks) for status in Status}
    summary = ", ".join(f"{counts[status]} {MARKS[status]}" for status in Status if counts[status])
    shown.append(f"{summary} (exit {int(exit_code(diagnosis))})")
    return [redact(line) for line in shown]  # the checks hold no credential; masked once more all the same


def run(config: Callable[[], PartnerConfig], *, as_json: bool) -> int:
    """Diagnose, print, and return the exit code."""
    diagnosis = diagnose(config)
    code = exit_code(diagnosis)
    if as_json:
        payload = {**diagnosis.as_dict(), "exit_code": int(code)}
        sys.stdout.write(redact(json.dumps(payload, indent=2, ensure_ascii=False)) + "\n")
    else:
        sys.stdout.write("\n".join(lines(diagnosis)) + "\n")
    return int(code)
