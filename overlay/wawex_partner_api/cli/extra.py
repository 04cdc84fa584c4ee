"""What the command line needs beyond the client: the ``cli`` extra, checked before anything imports it."""

from __future__ import annotations

import importlib.util

from wawex_partner_api.errors import MissingExtraError

MODULES = ("click", "rich", "jsonschema")


def require_cli_extra() -> None:
    """Raise MissingExtraError, naming the extra, unless every module the command line runs on is installed."""
    missing = [name for name in MODULES if importlib.util.find_spec(name) is None]
    if missing:
        raise MissingExtraError("the wawex command line", "cli", missing)
