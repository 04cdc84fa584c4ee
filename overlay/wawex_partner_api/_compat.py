"""httpx and httpx2 side by side.

The generated operations use httpx. Authlib (1.8+) runs its token requests on httpx2 when that is
installed and otherwise on httpx, warning that the fallback is deprecated; the warning is about
Authlib's own choice, not ours, so it is silenced where Authlib is imported, and nothing else is.
"""

from __future__ import annotations

import importlib
import warnings
from types import ModuleType

import httpx


def _optional(name: str) -> ModuleType | None:
    try:
        return importlib.import_module(name)
    except ImportError:
        return None


httpx2 = _optional("httpx2")

TRANSPORT_ERRORS: tuple[type[Exception], ...] = (httpx.TransportError,) + (
    (httpx2.TransportError,) if httpx2 is not None and httpx2 is not httpx else ()
)
"""Network-level failures (connect, read, write, timeouts, protocol) of whichever library carried the request."""
TIMEOUT_ERRORS: tuple[type[Exception], ...] = (httpx.TimeoutException,) + (
    (httpx2.TimeoutException,) if httpx2 is not None and httpx2 is not httpx else ()
)


def authlib_httpx_client() -> ModuleType:
    """``authlib.integrations.httpx_client``, imported without its httpx-fallback deprecation warning."""
    with warnings.catch_warnings():
        importlib.import_module("authlib.deprecate")  # puts its own "always" filter first; ours goes before it
        warnings.filterwarnings("ignore", message="The httpx module is deprecated", category=DeprecationWarning)
        return importlib.import_module("authlib.integrations.httpx_client")
