"""Shell completion (click's own: ``_WAWEX_COMPLETE=bash_source wawex``) of operations, tags and the
parameter names of the operation being called, all from the generated metadata and the bundled spec."""

from __future__ import annotations

import click
from click.shell_completion import CompletionItem

from wawex_partner_api.cli import catalog, specview
from wawex_partner_api_client.metadata import OPERATIONS


def complete_operations(ctx: click.Context, param: click.Parameter, incomplete: str) -> list[CompletionItem]:
    return [
        CompletionItem(name, help=f"{facts.method} {facts.path}")
        for name, facts in sorted(OPERATIONS.items())
        if name.startswith(incomplete)
    ]


def complete_parameters(ctx: click.Context, param: click.Parameter, incomplete: str) -> list[CompletionItem]:
    # While "-p" still lacks its value, click leaves the arguments unparsed in ctx.args.
    named = [ctx.params.get("operation_id"), *ctx.args]
    facts = next((OPERATIONS[name] for name in named if isinstance(name, str) and name in OPERATIONS), None)
    if facts is None:
        return []
    names = [f"{parameter.name}=" for parameter in specview.view(facts).parameters]
    return [CompletionItem(name, type="plain") for name in names if name.startswith(incomplete)]


def complete_tags(ctx: click.Context, param: click.Parameter, incomplete: str) -> list[CompletionItem]:
    names = sorted({catalog.module_tag(facts) for facts in OPERATIONS.values()})
    return [CompletionItem(name) for name in names if name.startswith(incomplete)]
