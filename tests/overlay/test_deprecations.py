"""Old spellings kept by generator/compat.yaml: they work against the sandbox, warn, and name the new spelling."""

from __future__ import annotations

import asyncio
import importlib
import uuid
from pathlib import Path

import pytest
import yaml

from generator.manifest import read_manifest, version_key
from tests.conftest import ROOT
from tests.overlay.conftest import MakeClient
from wawex_partner_api.deprecations import moved, renamed_parameters
from wawex_partner_api.sandbox import SandboxServer
from wawex_partner_api_client.metadata import OPERATIONS

COMPAT = yaml.safe_load((ROOT / "generator" / "compat.yaml").read_text()) or {}
VERSION = read_manifest(ROOT / "openapi").package_version
ORDER = "123e4567-e89b-12d3-a456-426614174000"


def _kept(kind: str) -> list[dict[str, str]]:
    """The entries of generator/compat.yaml this version still keeps."""
    return [e for e in COMPAT.get(kind) or [] if version_key(VERSION) < version_key(str(e["removed_in"]))]


def _new_module(operation_id: str) -> str:
    # spelled here, not imported from generator.metadata: the overlay's tests also run where the
    # generator's own dependencies are not installed (make test-httpx2)
    return "wawex_partner_api.operations." + OPERATIONS[operation_id].module.split(".api.", 1)[1]


def test_an_expired_old_module_is_no_longer_generated() -> None:
    for entry in COMPAT.get("operations") or []:
        tag, name = entry["old_module"].rsplit(".", 2)[1:]
        exists = (ROOT / "overlay" / "wawex_partner_api" / "operations" / tag / f"{name}.py").is_file()
        assert exists == (entry in _kept("operations")), entry["old_module"]


@pytest.mark.parametrize("entry", _kept("operations"), ids=lambda e: e["old_module"])
def test_an_old_module_serves_the_new_functions_with_a_warning(entry: dict[str, str]) -> None:
    old, new = importlib.import_module(entry["old_module"]), importlib.import_module(_new_module(entry["operationId"]))
    assert old.__all__ == new.__all__
    for name in old.__all__:
        assert getattr(old, name).__wrapped__ is getattr(new, name)
    assert entry["removed_in"] in (old.__doc__ or "")


def test_an_old_module_call_reaches_the_partner_and_warns(sandbox: SandboxServer, make_client: MakeClient) -> None:
    if not any(e["old_module"].endswith(".orders.get_an_order") for e in _kept("operations")):
        pytest.skip("the old spelling of get-order-wawex is no longer kept")
    from wawex_partner_api.operations.orders import get_an_order

    with pytest.warns(DeprecationWarning, match=r"get_an_order moved to .*get_order_wawex") as caught:
        response = get_an_order.sync_detailed(uuid.UUID(ORDER), client=make_client())
    assert response.status_code == 200
    assert caught[0].filename == __file__  # the warning points at the caller's line
    assert sandbox.counter("operation:get-order-wawex") == 1


@pytest.mark.parametrize("entry", _kept("parameters"), ids=lambda e: f"{e['operationId']}:{e['old']}")
def test_an_old_keyword_reaches_the_partner_and_warns(
    sandbox: SandboxServer, make_client: MakeClient, entry: dict[str, str]
) -> None:
    module = importlib.import_module(_new_module(entry["operationId"]))
    client = make_client()
    with pytest.warns(DeprecationWarning, match=f"'{entry['old']}' is now '{entry['new']}'"):
        response = module.sync_detailed(client=client, **{entry["old"]: uuid.UUID(ORDER)})
    assert response.status_code == 200
    with pytest.warns(DeprecationWarning, match=f"'{entry['old']}' stops working in {entry['removed_in']}"):
        asyncio.run(module.asyncio_detailed(client=client, **{entry["old"]: uuid.UUID(ORDER)}))
    (first, second) = sandbox.requests("api")
    assert first["path"] == second["path"]
    assert ORDER in first["path"]
    with pytest.raises(TypeError, match="got both"):
        module.sync_detailed(client=client, **{entry["old"]: uuid.UUID(ORDER), entry["new"]: uuid.UUID(ORDER)})


def test_the_helpers_keep_async_functions_async() -> None:
    async def fetch(*, order_id: str) -> str:
        return order_id

    renamed = renamed_parameters(fetch, {"id": "order_id"}, operation_id="op", removed_in="9")
    relocated = moved(fetch, old="a", new="b", removed_in="9")
    assert asyncio.iscoroutinefunction(renamed)
    assert asyncio.iscoroutinefunction(relocated)
    with pytest.warns(DeprecationWarning, match="'id' is now 'order_id'"):
        assert asyncio.run(renamed(id="x")) == "x"
    with pytest.warns(DeprecationWarning, match="a moved to b"):
        assert asyncio.run(relocated(order_id="y")) == "y"


def test_an_entry_past_its_removal_is_not_kept(tmp_path: Path) -> None:
    from generator.compat import Compat
    from generator.errors import PipelineError

    path = tmp_path / "compat.yaml"
    entry = {"operationId": "get-order-wawex", "old": "id", "new": "order_id", "reason": "r"}
    path.write_text(yaml.safe_dump({"parameters": [{**entry, "since": "1.0.0.1", "removed_in": VERSION}]}))
    compat = Compat.load(path, VERSION, {"get-order-wawex"})
    assert (compat.renamed, compat.expired) == ([], ["get-order-wawex(id=)"])
    path.write_text(yaml.safe_dump({"parameters": [{**entry, "since": VERSION, "removed_in": "99.0.0.0"}]}))
    assert [r.old for r in Compat.load(path, VERSION, {"get-order-wawex"}).renamed] == ["id"]
    with pytest.raises(PipelineError, match="not in the spec: get-order-wawex"):
        Compat.load(path, VERSION, {"another-operation"})
    path.write_text(yaml.safe_dump({"parameters": [{**entry, "since": VERSION}]}))
    with pytest.raises(PipelineError, match="lacks removed_in"):
        Compat.load(path, VERSION, {"get-order-wawex"})
