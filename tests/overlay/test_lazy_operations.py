"""Operation modules load their generated module on first use and then hold what an eager import made."""

from __future__ import annotations

import importlib
import inspect
import json
import pydoc
import re
import subprocess
import sys
import typing
from collections.abc import Callable
from types import ModuleType

import pytest

from wawex_partner_api.operation_loading import load_on_first_use
from wawex_partner_api_client.metadata import OPERATIONS

FUNCTIONS = ("sync_detailed", "asyncio_detailed", "sync", "asyncio")
ITERATORS = ("iter_pages", "iter_items", "aiter_pages", "aiter_items")


def _overlay_module(generated_module: str) -> ModuleType:
    tag, name = generated_module.rsplit(".", 2)[-2:]
    return importlib.import_module(f"wawex_partner_api.operations.{tag}.{name}")


def _run(code: str) -> typing.Any:
    """``code``'s last printed line, as JSON, from a fresh interpreter (nothing imported yet)."""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize("operation_id", sorted(OPERATIONS))
def test_wrappers_have_the_generated_names_signatures_and_type_hints(operation_id: str) -> None:
    generated = importlib.import_module(OPERATIONS[operation_id].module)
    module = _overlay_module(generated.__name__)
    assert set(FUNCTIONS) <= set(module.__all__) <= {*FUNCTIONS, *ITERATORS}
    assert set(module.__all__) <= set(dir(module))
    parameters = inspect.signature(generated.sync_detailed).parameters
    for name in FUNCTIONS:
        wrapper: Callable[..., object] = getattr(module, name)
        like: Callable[..., object] | None
        # sync / asyncio wrap the generated sync / asyncio when the answer is typed, else the _detailed one
        like = getattr(generated, name, None)
        if wrapper.__wrapped__ is not like:
            like = getattr(generated, name.removesuffix("_detailed") + "_detailed")
            assert name in ("sync", "asyncio")
            assert wrapper.__wrapped__ is like
        assert inspect.signature(wrapper) == inspect.signature(like)
        assert inspect.signature(wrapper).parameters == parameters
        assert typing.get_type_hints(wrapper) == typing.get_type_hints(like)
        assert (wrapper.__name__, wrapper.__doc__) == (like.__name__, like.__doc__)
        assert inspect.iscoroutinefunction(wrapper) == name.startswith("asyncio")
    assert all(getattr(module, name) is vars(module)[name] for name in module.__all__)  # stored: built once


def test_help_shows_the_functions_of_a_module_not_used_yet() -> None:
    text = _run(
        "import json, pydoc\n"
        "from wawex_partner_api.operations.customers import get_customers\n"
        "print(json.dumps(pydoc.render_doc(get_customers, renderer=pydoc.plaintext)))\n"
    )
    shown = ("Requestor-ID: optional", "    sync_detailed(*, client:", "    async asyncio(*,", "    iter_items = ")
    for part in shown:
        assert part in text
    here = pydoc.render_doc(_overlay_module(OPERATIONS["get-customers"].module), renderer=pydoc.plaintext)
    assert _without_addresses(here) == _without_addresses(text)  # the same help once the module is in use


def _without_addresses(text: str) -> str:
    return re.sub(r" at 0x[0-9a-f]+>", " at …>", text)


def test_importing_every_operation_module_imports_no_generated_operation_or_model() -> None:
    loaded = _run(
        "import importlib, json, sys\n"
        "from wawex_partner_api_client.metadata import OPERATIONS\n"
        "for facts in OPERATIONS.values():\n"
        "    tag, name = facts.module.rsplit('.', 2)[-2:]\n"
        "    importlib.import_module(f'wawex_partner_api.operations.{tag}.{name}')\n"
        "before = sorted(m for m in sys.modules if m.startswith(('wawex_partner_api_client.api.', "
        "'wawex_partner_api_client.models')))\n"
        "from wawex_partner_api.operations.natural_persons import get_natural_person\n"
        "get_natural_person.sync\n"
        "after = sorted(m for m in sys.modules if m.startswith('wawex_partner_api_client.api.'))\n"
        "print(json.dumps([before, after]))\n"
    )
    before, after = loaded
    assert before == []
    assert after == ["wawex_partner_api_client.api.natural_persons", OPERATIONS["get-natural-person"].module]


def test_threads_using_a_module_first_at_once_share_one_build() -> None:
    built, distinct = _run(
        "import json, threading\n"
        "import wawex_partner_api.call as call\n"
        "made = []\n"
        "class Counting(call.operation):\n"
        "    def __init__(self, operation_id):\n"
        "        made.append(operation_id)\n"
        "        super().__init__(operation_id)\n"
        "call.operation = Counting\n"
        "from wawex_partner_api.operations.customers import get_customers\n"
        "start, seen = threading.Barrier(16), []\n"
        "def use():\n"
        "    start.wait()\n"
        "    seen.append(get_customers.iter_items)\n"
        "threads = [threading.Thread(target=use) for _ in range(16)]\n"
        "for thread in threads: thread.start()\n"
        "for thread in threads: thread.join()\n"
        "print(json.dumps([made, len({id(f) for f in seen}), ]))\n"
    )
    assert built == ["get-customers"]
    assert distinct == 1


def test_an_unknown_name_raises_attribute_error_without_building() -> None:
    calls: list[int] = []
    namespace: dict[str, typing.Any] = {"__name__": "example"}
    get, listing = load_on_first_use(namespace, lambda: calls.append(1) or {"sync": len}, ["sync"])
    with pytest.raises(AttributeError, match="module 'example' has no attribute 'nope'") as raised:
        get("nope")
    assert raised.value.name == "nope"
    assert calls == []
    assert listing() == ["__name__", "sync"]
    assert get("sync") is len
    assert namespace["sync"] is len
    assert calls == [1]


def test_a_failed_build_leaves_nothing_behind_and_is_tried_again() -> None:
    attempts: list[int] = []

    def build() -> dict[str, object]:
        attempts.append(1)
        if len(attempts) == 1:
            raise ImportError("a generated module that cannot be imported")
        return {"sync": len, "asyncio": max}

    namespace: dict[str, typing.Any] = {"__name__": "example"}
    get, _ = load_on_first_use(namespace, build, ["sync", "asyncio"])
    with pytest.raises(ImportError):
        get("sync")
    assert namespace == {"__name__": "example"}
    assert get("asyncio") is max
    assert get("sync") is len
    assert len(attempts) == 2
