"""Options shared by the commands that reach the API (``call``, ``token``): where to connect, how errors
are written, how much is logged; and the client or configuration they make.

Configuration is exactly ``PartnerClient.from_env`` / ``PartnerConfig.from_env``: the ``WAWEX_*``
environment variables, with ``--environment``, ``--base-url`` and ``--token-url`` taking precedence.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

import click

from wawex_partner_api.client import PartnerClient
from wawex_partner_api.config import ENVIRONMENTS, PartnerConfig
from wawex_partner_api.redaction import RedactingFilter

F = TypeVar("F", bound=Callable[..., Any])


@dataclass(frozen=True)
class Settings:
    environment: str | None
    base_url: str | None
    token_url: str | None
    json_errors: bool
    verbose: int

    def _environ(self) -> dict[str, str]:
        environ = dict(os.environ)
        if self.environment:
            environ["WAWEX_ENVIRONMENT"] = self.environment
        return environ

    def _overrides(self) -> dict[str, Any]:
        given = {"base_url": self.base_url, "token_url": self.token_url}
        return {key: value for key, value in given.items() if value}

    def config(self) -> PartnerConfig:
        return PartnerConfig.from_env(self._environ(), **self._overrides())

    def client(self) -> PartnerClient:
        return PartnerClient.from_env(self._environ(), **self._overrides())


def connection_options(command: F) -> F:
    """Adds ``--environment``, ``--base-url``, ``--token-url``, ``--json-errors`` and ``-v`` to a command."""
    options = (
        click.option(
            "--environment",
            type=click.Choice(sorted(ENVIRONMENTS)),
            help="The partner's hosts to use (default: WAWEX_ENVIRONMENT, else sandbox).",
        ),
        click.option(
            "--base-url", metavar="URL", help="The API's base URL (default: WAWEX_BASE_URL, else the environment's)."
        ),
        click.option(
            "--token-url", metavar="URL", help="The token endpoint (default: WAWEX_TOKEN_URL, else the environment's)."
        ),
        click.option(
            "--json-errors", is_flag=True, help="Write errors to stderr as one JSON object instead of a line."
        ),
        click.option(
            "-v", "--verbose", count=True, help="Log to stderr: -v each request, -vv everything (credentials masked)."
        ),
    )
    for option in reversed(options):
        command = option(command)
    return command


def settings_from(options: dict[str, Any]) -> Settings:
    """The shared options out of a command's keyword arguments (removed from them)."""
    found = Settings(
        environment=options.pop("environment"),
        base_url=options.pop("base_url"),
        token_url=options.pop("token_url"),
        json_errors=options.pop("json_errors"),
        verbose=options.pop("verbose"),
    )
    configure_logging(found.verbose)
    return found


def configure_logging(verbose: int) -> None:
    """``-v``: INFO of this package (one line per request); ``-vv``: DEBUG of everything. The handler masks
    credentials in every record, whatever logger it comes from (``RedactingFilter``). Without ``-v`` nothing is
    logged: stdout is the answer, stderr the error, and an answer that differs from the spec is printed as it
    came (``--strict`` makes that an error; ``-v`` shows each difference)."""
    if verbose <= 0:
        package = logging.getLogger("wawex_partner_api")
        if not package.handlers:
            package.addHandler(logging.NullHandler())  # else Python's last-resort handler prints warnings
        return
    handler = logging.StreamHandler(sys.stderr)
    handler.addFilter(RedactingFilter())
    handler.setFormatter(logging.Formatter("wawex: %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    if verbose == 1:
        root.setLevel(logging.WARNING)
        logging.getLogger("wawex_partner_api").setLevel(logging.INFO)
    else:
        root.setLevel(logging.DEBUG)
