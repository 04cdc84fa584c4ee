"""The ``wawex`` commands: ``operations``, ``describe``, ``call``, ``token``, ``doctor``, ``sandbox`` (click).

Operations are arguments taken from the generated metadata, never commands written per operation.
"""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable
from typing import Any, TypeVar

import click

from wawex_partner_api.cli import catalog, output, specview
from wawex_partner_api.cli import doctor as doctoring
from wawex_partner_api.cli.completion import complete_operations, complete_parameters, complete_tags
from wawex_partner_api.cli.exits import EXIT_CODES_HELP, CliError, ExitCode, report
from wawex_partner_api.cli.settings import connection_options, settings_from
from wawex_partner_api_client.metadata import API_RELEASE, __version__

F = TypeVar("F", bound=Callable[..., Any])
PERSON = "123e4567-e89b-12d3-a456-426614174000"
CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 110}
EPILOG = f"""\b
Configuration: WAWEX_CLIENT_ID, WAWEX_CLIENT_SECRET, WAWEX_ENVIRONMENT (sandbox|production),
WAWEX_BASE_URL, WAWEX_TOKEN_URL, WAWEX_SCOPE, WAWEX_TOKEN_CACHE_URL, as PartnerClient.from_env reads
them; --environment, --base-url and --token-url of `call` and `token` take precedence.

\b
Exit codes:
{EXIT_CODES_HELP}

\b
Shell completion (operations, tags, parameter names), e.g. for bash in ~/.bashrc:
  eval "$(_WAWEX_COMPLETE=bash_source wawex)"      (zsh: zsh_source, fish: fish_source)
"""


def examples(*lines: str) -> str:
    """A help epilog: the lines kept as they are (click's ``\\b``)."""
    return "\b\nExample:\n" + "\n".join(f"  {line}" for line in lines)


def handled(command: F) -> F:
    """Errors of a command as one line on stderr (JSON with --json-errors) and their exit code."""

    @functools.wraps(command)
    def run(**kwargs: Any) -> Any:
        try:
            return command(**kwargs)
        except (click.ClickException, click.exceptions.Exit, click.Abort, BrokenPipeError):
            raise  # click's: a closed stdout (`| head`) ends the command quietly
        except Exception as error:
            name = click.get_current_context().command_path
            code = report(error, json_errors=bool(kwargs.get("json_errors")), command=name)
            raise click.exceptions.Exit(code) from None

    return run  # type: ignore[return-value]


@click.group(context_settings=CONTEXT, epilog=EPILOG, invoke_without_command=True)
@click.version_option(
    __version__, "--version", prog_name="wawex", message=f"%(prog)s %(version)s (partner API release {API_RELEASE})"
)
@click.pass_context
def cli(ctx: click.Context) -> None:
    """The WAWEX Partner API on the command line: list, describe and call its operations.

    \b
    Examples:
      wawex operations --tag customers
      wawex describe create-customer
      wawex call get-customers --requestor 123e4567-e89b-12d3-a456-426614174000 -p limit=2 | jq .
      wawex token
    """
    if ctx.invoked_subcommand is None:
        click.echo(ctx.get_help())


@cli.command(
    short_help="List the operations (filter by tag, Requestor-ID policy).",
    epilog=examples(
        "wawex operations --tag customers --requestor required", "wawex operations --json | jq -r '.[].operation_id'"
    ),
)
@click.option(
    "--tag", metavar="TAG", shell_complete=complete_tags, help="Only this tag ('Natural Persons' or natural_persons)."
)
@click.option(
    "--requestor", type=click.Choice(["required", "optional", "never"]), help="Only this Requestor-ID policy."
)
@click.option("--json", "as_json", is_flag=True, help="A JSON array with every fact of each operation.")
@handled
def operations(tag: str | None, requestor: str | None, as_json: bool) -> None:
    """List the operations: id, method, path, Requestor-ID policy, deprecated."""
    chosen = catalog.select(tag, requestor)
    if as_json:
        output.write_json([catalog.as_json(facts) for facts in chosen])
    else:
        output.table(catalog.COLUMNS, [catalog.row(facts) for facts in chosen])


@cli.command(
    short_help="An operation's parameters, body, answer, Requestor-ID policy.",
    epilog=examples("wawex describe create-natural-person", "wawex describe get-customers --json | jq .parameters"),
)
@click.argument("operation_id", metavar="OPERATION", shell_complete=complete_operations)
@click.option("--json", "as_json", is_flag=True, help="The description as one JSON object.")
@handled
def describe(operation_id: str, as_json: bool) -> None:
    """What an operation takes and answers: parameters, request body fields, success type, its
    Requestor-ID policy and why, and the partner's page it comes from."""
    from wawex_partner_api.cli import describe as describing

    found = describing.description(specview.view(catalog.find(operation_id)))
    if as_json:
        output.write_json(found)
    else:
        describing.render(found)


CALL_EPILOG = f"""\b
Examples:
  wawex call get-customers --requestor {PERSON} -p limit=2 | jq .
  wawex call create-customer --requestor {PERSON} --body @customer.json
  echo '{{"eventType": "CUSTOMER_NOTIFICATION", "url": "https://example.com/hook"}}' \\
    | wawex call create-or-update-webhook --body -
  wawex call get-customers --all-pages -p limit=100 > customers.jsonl
"""


@cli.command(short_help="Call an operation; its JSON answer on stdout.", epilog=CALL_EPILOG)
@click.argument("operation_id", metavar="OPERATION", shell_complete=complete_operations)
@click.option(
    "-p",
    "--param",
    "params",
    multiple=True,
    metavar="NAME=VALUE",
    shell_complete=complete_parameters,
    help="A path, query or header parameter (repeat it; a list parameter takes each value once).",
)
@click.option("--body", metavar="@FILE|-|JSON", help="The request body: a JSON file, standard input, or inline JSON.")
@click.option("--requestor", metavar="UUID", help="The natural person acting: sent as Requestor-ID.")
@click.option("--all-pages", is_flag=True, help="Follow the cursor: every item of every page, one JSON line each.")
@click.option("--include-status", is_flag=True, help='Print {"status": …, "body": …}, for error answers too.')
@click.option(
    "--strict",
    is_flag=True,
    help="Fail (exit 1, nothing printed) when a success answer differs from the spec; by default it is printed "
    "as it came and the differences are logged with -v.",
)
@connection_options
@handled
def call(
    operation_id: str,
    params: tuple[str, ...],
    body: str | None,
    requestor: str | None,
    all_pages: bool,
    include_status: bool,
    strict: bool,
    **options: Any,
) -> None:
    """Call an operation and print its JSON answer on stdout (nothing else goes there).

    Parameters and body are checked against the partner's spec before anything is sent.
    """
    from wawex_partner_api.cli import invoke
    from wawex_partner_api.cli.inputs import prepare, read_body

    settings = settings_from(options)
    view = specview.view(catalog.find(operation_id))
    invoke.refuse_token_operations(view)
    if all_pages and include_status:
        raise CliError("--all-pages streams items; it does not take --include-status")
    if all_pages and not view.paginated:
        raise CliError(f"{operation_id} is not paginated; call it without --all-pages")
    inputs = prepare(view, params, read_body(body, sys.stdin), requestor)
    if view.facts.deprecated:
        click.echo(f"wawex: warning: the partner marks {operation_id} deprecated", err=True)
    with settings.client() as client:
        caller = invoke.Caller(client.with_options(strict=True) if strict else client, view, inputs)
        if all_pages:
            with output.progress(operation_id) as update:
                for item in invoke.items(caller, update):
                    output.write_line(item)
            return
        answer = caller()
        if include_status:
            output.write_status_and_body(answer.status, answer.body())
        elif answer.ok and answer.content:
            output.write_body(answer.body())
        caller.raise_for_status(answer)


@cli.command(
    short_help="Check the credentials: fetch a token (never shown).",
    epilog=examples("WAWEX_CLIENT_ID=… WAWEX_CLIENT_SECRET=… wawex token --environment sandbox"),
)
@click.option("--json", "as_json", is_flag=True, help="The report as one JSON object.")
@connection_options
@handled
def token(as_json: bool, **options: Any) -> None:
    """Fetch an access token with the configured credentials and report it: token URL, client id, scope,
    expiry and how long it took. The token itself is never shown."""
    from wawex_partner_api.cli import tokencheck

    found = tokencheck.check(settings_from(options).config())
    if as_json:
        output.write_json(found)
    else:
        sys.stdout.write("\n".join(tokencheck.lines(found)) + "\n")


@cli.command(
    short_help="Diagnose settings, network, token, clock and a first call.",
    help=doctoring.HELP,
    epilog=doctoring.EPILOG,
)
@click.option("--json", "as_json", is_flag=True, help="The whole diagnosis as one JSON object (with exit_code).")
@connection_options
@handled
def doctor(as_json: bool, **options: Any) -> None:
    code = doctoring.run(settings_from(options).config, as_json=as_json)
    if code:
        raise click.exceptions.Exit(code)


@cli.command(
    short_help="Run the local partner sandbox.",
    epilog=examples(
        "wawex sandbox --port 8765",
        "wawex sandbox --drift 7    # success answers differ from the spec, one seeded difference per operation",
        "WAWEX_BASE_URL=http://127.0.0.1:8765 WAWEX_TOKEN_URL=http://127.0.0.1:8765/oauth2/token wawex token",
    ),
)
@click.option(
    "--port", type=click.IntRange(1, 65535), default=8765, show_default=True, help="Loopback port to listen on."
)
@click.option(
    "--drift",
    type=int,
    metavar="SEED",
    help="Answer every success with one seeded difference from the spec per operation (new enum values, extra "
    "or missing fields, nulls, numbers as strings, wrapped bodies), to rehearse what the live partner may send.",
)
@handled
def sandbox(port: int, drift: int | None) -> None:
    """Run the local partner sandbox on 127.0.0.1 until interrupted (needs the [sandbox] extra).

    It takes the client id and secret of WAWEX_CLIENT_ID / WAWEX_CLIENT_SECRET, else its published test
    credentials (README, "The local sandbox")."""
    from wawex_partner_api.sandbox.__main__ import main as run_sandbox
    from wawex_partner_api.sandbox.extra import require_sandbox_extra

    require_sandbox_extra()
    base = f"http://127.0.0.1:{port}"
    drifting = f"; answers drift from the spec (seed {drift})" if drift is not None else ""
    click.echo(f"wawex: sandbox at {base} (token URL {base}/oauth2/token){drifting}; Ctrl-C stops it", err=True)
    run_sandbox(["--port", str(port), *(["--drift", str(drift)] if drift is not None else [])], prog="wawex sandbox")


def run(argv: list[str] | None = None) -> int:
    """Run the command line; the exit code. Usage errors are one line on stderr, exit 2."""
    try:
        return int(cli.main(args=argv, prog_name="wawex", standalone_mode=False) or 0)
    except click.UsageError as error:
        path = error.ctx.command_path if error.ctx else "wawex"
        sys.stderr.write(f"{path}: error: {error.format_message()} (see '{path} --help')\n")
        return int(ExitCode.USAGE)
    except click.ClickException as error:
        sys.stderr.write(f"wawex: error: {error.format_message()}\n")
        return error.exit_code
    except click.Abort:
        sys.stderr.write("wawex: interrupted\n")
        return 130
