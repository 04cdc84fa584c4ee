"""``wawex``: the partner API on the command line, every operation from the generated metadata.

Needs the ``cli`` extra (``pip install 'wawex-partner-api[cli]'``): click, rich and jsonschema. Without
it, ``wawex`` says so in one line (exit 2) before importing any of them.

Modules, one job each: ``app`` (the commands), ``completion`` (shell completion), ``settings``
(configuration and logging options), ``catalog`` (the operation table), ``specview`` (each operation's
parameters, body and answer from the bundled spec), ``schemas`` (JSON Schema checks), ``inputs``
(parameters and body, validated before any I/O), ``invoke`` (the call through ``PartnerClient``),
``describe``, ``tokencheck``, ``output`` (stdout) and ``exits`` (errors on stderr and exit codes).
"""

from __future__ import annotations

import sys


def main() -> None:
    """The ``wawex`` console script."""
    from wawex_partner_api.cli.extra import require_cli_extra
    from wawex_partner_api.errors import MissingExtraError

    try:
        require_cli_extra()  # before importing what the extra brings: one line, at once
    except MissingExtraError as error:
        print(f"wawex: error: {error}", file=sys.stderr)
        raise SystemExit(2) from None
    from wawex_partner_api.cli.app import run

    raise SystemExit(run())
