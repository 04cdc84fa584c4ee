"""A local partner sandbox: ``python -m wawex_partner_api.sandbox --port 8765``, or ``SandboxServer`` in tests.

Needs the ``sandbox`` extra (``pip install 'wawex-partner-api[sandbox]'``): starlette and uvicorn.
"""

from wawex_partner_api.sandbox.server import SandboxServer

__all__ = ["SandboxServer"]
