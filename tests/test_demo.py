"""`make demo`'s script: runs the client end to end against a sandbox, prints no secret, leaves nothing running."""

from __future__ import annotations

import re
import subprocess
import sys

from tests.conftest import ROOT


def test_demo_runs_and_its_transcript_holds_no_secret() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "examples" / "demo.py")], capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, result.stderr
    out = result.stdout
    for step in ("1.", "2.", "3.", "4.", "5.", "6.", "7.", "8."):
        assert re.search(rf"^\s*{re.escape(step)}\s", out, re.MULTILINE), out
    assert "pages of [2, 1]" in out
    assert re.search(r"token requests: 1 before, 2 after", out)
    assert "MissingRequestorError" in out
    assert "requests that reached the sandbox for it: 0" in out
    notified = re.search(r"created (\w+)…: received NaturalPersonNotification (\w+)… CREATED", out)
    assert notified is not None, out
    assert notified[1] == notified[2], "the notification is about the person just created"
    assert re.search(r"the answers held \d+ things the spec does not know", out)
    assert "get-natural-person 200: $ undocumented-body" in out
    assert "a drifting sandbox's get-documents, read anyway" in out
    assert "strict=True -> ResponseValidationError: get-documents (GET /v2/documents) answered 200" in out
    assert "answer differs from the spec" not in result.stderr  # shown as steps, not as log lines
    assert "sandbox-secret" not in out + result.stderr
    assert not re.search(r"Bearer\s+\S", out + result.stderr)
    port = re.search(r"port (\d+) closed", out)
    assert port is not None
