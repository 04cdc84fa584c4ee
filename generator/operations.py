"""The overlay's operation modules: each generated operation wrapped with its Requestor-ID policy.

``wawex_partner_api.operations.<tag>.<name>`` mirrors ``wawex_partner_api_client.api.<tag>.<name>``
with ``sync``, ``sync_detailed``, ``asyncio`` and ``asyncio_detailed`` for every operation, with the
generated parameters (``generator.operation_module`` renders one). Cursor-paginated operations
(detected from the spec and the generated models) also get ``iter_pages``, ``iter_items``,
``aiter_pages``, ``aiter_items``. Old spellings kept by ``generator/compat.yaml`` are written here too.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path
from typing import Any

from generator.compat import Compat, RenamedParameter, moved_module_text
from generator.errors import PipelineError
from generator.metadata import OperationFacts, overlay_module
from generator.operation_module import HEADER, Paging, absolute_module, exported, render, sync_detailed_of
from generator.returns import Returns


def paging_of(spec_operation: dict[str, Any], tree: ast.Module, package: str, package_root: Path) -> Paging | None:
    """Cursor pagination, read from the spec (``cursor`` and ``limit`` query parameters) and from the
    generated code (``tree``, the operation's module in ``package``: a 200 model with ``data: list[Item]``
    and ``pagination``)."""
    names = {p.get("name") for p in spec_operation.get("parameters", []) if p.get("in") == "query"}
    if not {"cursor", "limit"} <= names:
        return None
    page = _parsed_200(tree, package)
    if page is None:
        return None
    page_module_file = package_root / (page[0].replace(".", "/") + ".py")
    tree = ast.parse(page_module_file.read_text(encoding="utf-8"))
    fields = {
        node.target.id: ast.unparse(node.annotation)
        for cls in tree.body
        if isinstance(cls, ast.ClassDef) and cls.name == page[1]
        for node in cls.body
        if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name)
    }
    item = re.fullmatch(r"list\[['\"]?(\w+)['\"]?\](?: \| Unset)?", fields.get("data", ""))
    if item is None or "pagination" not in fields:
        return None
    item_module = _imported_from(tree, item[1], page[0].rpartition(".")[0])
    return Paging(page[0], page[1], item_module, item[1]) if item_module else None


def _parsed_200(tree: ast.Module, package: str) -> tuple[str, str] | None:
    """(module, class) of the model the generated code parses a 200 answer into."""
    found = re.search(r"response_200 = (\w+)\.from_dict", ast.unparse(tree))
    if found is None:
        return None
    module = _imported_from(tree, found[1], package)
    return (module, found[1]) if module else None


def _imported_from(tree: ast.Module, name: str, package: str) -> str | None:
    """The absolute module a name is imported from in a generated module of ``package``."""
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and any(alias.name == name for alias in node.names):
            return absolute_module(node, package)
    return None


def _check_renames(fact: OperationFacts, tree: ast.Module, renames: list[RenamedParameter], compat_file: Path) -> None:
    arguments = sync_detailed_of(tree).args
    parameters = {a.arg for a in [*arguments.posonlyargs, *arguments.args, *arguments.kwonlyargs]}
    for rename in renames:
        if rename.new not in parameters or rename.old in parameters:
            raise PipelineError(
                f"{fact.operation_id}: renaming {rename.old!r} to {rename.new!r} needs {rename.new!r} among the "
                f"generated parameters and {rename.old!r} not ({', '.join(sorted(parameters))})",
                file=compat_file,
            )


def write_operation_modules(
    facts: list[OperationFacts],
    spec: dict[str, Any],
    generated_root: Path,
    target: Path,
    compat: Compat,
    compat_file: Path,
    returns: dict[str, Returns],
) -> None:
    """Write the operation modules into ``target`` (a new directory) for the package under ``generated_root``,
    with the old spellings ``compat`` keeps."""
    target.mkdir(parents=True)
    (target / "__init__.py").write_text(
        '"""Every operation of the partner API, with its Requestor-ID policy applied.\n\n'
        "``from wawex_partner_api.operations.<tag> import <operation>``, then ``<operation>.sync(client=…)``\n"
        "(or ``sync_detailed``, ``asyncio``, ``asyncio_detailed``): the generated functions of\n"
        "``wawex_partner_api_client.api.<tag>.<operation>``, same signatures.\n\n"
        f'{HEADER}\n"""\n',
        encoding="utf-8",
    )
    renames = compat.renames_of()
    by_id = {fact.operation_id: fact for fact in facts}
    exports: dict[str, list[str]] = {}
    for fact in facts:
        module_file = generated_root / (fact.module.replace(".", "/") + ".py")
        _, tag, name = fact.module.rsplit(".", 2)
        _package(target / tag, f"Operations tagged {fact.tags[0]!r}.")
        spec_operation = spec["paths"][fact.path][fact.method.lower()]
        tree = ast.parse(module_file.read_text(encoding="utf-8"))  # once: paging, renames and the text read it
        paging = paging_of(spec_operation, tree, fact.module.rpartition(".")[0], generated_root)
        _check_renames(fact, tree, renames.get(fact.operation_id, []), compat_file)
        exports[fact.operation_id] = exported(paging)
        text = render(fact, tree, paging, renames.get(fact.operation_id, []), returns[name])
        (target / tag / f"{name}.py").write_text(text, encoding="utf-8")
    for moved in compat.moved:
        tag, name = moved.old_module.removeprefix("wawex_partner_api.operations.").split(".")
        path = target / tag / f"{name}.py"
        if path.exists():
            raise PipelineError(
                f"{moved.old_module} is a generated operation module, not an old spelling", file=compat_file
            )
        _package(target / tag, "Old import paths of operations that moved (generator/compat.yaml).")
        new_module = overlay_module(by_id[moved.operation_id].module)
        text = moved_module_text(moved, new_module, exports[moved.operation_id], HEADER)
        path.write_text(text, encoding="utf-8")


def _package(directory: Path, docstring: str) -> None:
    if not directory.exists():
        directory.mkdir()
        (directory / "__init__.py").write_text(f'"""{docstring}\n\n{HEADER}\n"""\n', encoding="utf-8")
