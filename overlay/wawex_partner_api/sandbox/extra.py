"""What the sandbox needs beyond the client: the ``sandbox`` extra, checked before anything imports it."""

from __future__ import annotations

import importlib.util

from wawex_partner_api.errors import MissingExtraError

MODULES = ("starlette", "uvicorn", "openapi_core")


def require_sandbox_extra() -> None:
    """Raise MissingExtraError, naming the extra, unless every module the sandbox runs on is installed."""
    missing = [name for name in MODULES if importlib.util.find_spec(name) is None]
    if missing:
        raise MissingExtraError("the local sandbox", "sandbox", missing)
