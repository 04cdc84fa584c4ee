"""Operation modules that cost next to nothing to import until one of their functions is used.

An operation module's wrappers need its generated module and every model that module names: about
2 ms each, 200 ms for all of them, paid by every program that imports a tag's operations and calls
one. Each ``wawex_partner_api.operations.<tag>.<name>`` therefore keeps those imports in a ``_build``
function; the first lookup of one of its names (PEP 562 module ``__getattr__``) runs it once and stores
what it returns as the module's globals. Later lookups find the globals and never come here, and the
objects are those an eager import would have made: same signatures, type hints, ``__wrapped__``.

Type checkers read the module's ``if TYPE_CHECKING:`` branch, which declares the same names eagerly, so
static types do not depend on any of this.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping
from typing import Any

__all__ = ["load_on_first_use"]


def load_on_first_use(
    namespace: dict[str, Any], build: Callable[[], Mapping[str, object]], exported: list[str]
) -> tuple[Callable[[str], object], Callable[[], list[str]]]:
    """The ``__getattr__`` and ``__dir__`` of the module whose globals are ``namespace``.

    ``build`` runs at most once with success, under a lock of this module's own (threads that reach
    a module first at the same time wait for one build); a build that raises leaves nothing behind,
    so the next lookup raises the same way instead of finding half a module."""
    names = frozenset(exported)
    lock = threading.Lock()
    module = namespace["__name__"]

    def __getattr__(name: str) -> object:
        if name not in names:
            raise AttributeError(f"module {module!r} has no attribute {name!r}", name=name)
        with lock:
            if name not in namespace:  # another thread may have built it while this one waited
                built = build()
                namespace.update(built)
        return namespace[name]

    def __dir__() -> list[str]:
        return sorted({*namespace, *names})

    return __getattr__, __dir__
