"""What goes to stdout (answers, tables) and the progress shown on stderr.

Answers are JSON and nothing else, so ``| jq`` works: one indented document, or one compact JSON value
per line for ``--all-pages``. Tables are drawn with rich on a terminal and written as plain aligned
columns otherwise. Progress shows only when stderr is a terminal.
"""

from __future__ import annotations

import contextlib
import json
import sys
from collections.abc import Callable, Iterator, Sequence
from typing import Any


def write_json(value: Any) -> None:
    sys.stdout.write(json.dumps(value, indent=2, ensure_ascii=False) + "\n")


def write_line(value: Any) -> None:
    """One JSON value on one line, flushed: ``--all-pages`` streams."""
    sys.stdout.write(json.dumps(value, ensure_ascii=False, separators=(",", ":")) + "\n")
    sys.stdout.flush()


def write_body(body: Any) -> None:
    """An answer's body: its JSON, or its bytes as they came when it is not JSON (a PDF receipt, say)."""
    if isinstance(body, bytes):
        sys.stdout.flush()
        sys.stdout.buffer.write(body)
        sys.stdout.buffer.flush()
    else:
        write_json(body)


def write_status_and_body(status: int, body: Any) -> None:
    """``--include-status``: ``{"status": …, "body": …}``, a body that is not JSON as text."""
    text = body.decode("utf-8", "replace") if isinstance(body, bytes) else body
    write_json({"status": status, "body": text})


def table(headers: Sequence[str], rows: Sequence[Sequence[str]], *, title: str | None = None) -> None:
    if sys.stdout.isatty():
        from rich.console import Console
        from rich.table import Table

        drawn = Table(title=title, title_justify="left", header_style="bold")
        for header in headers:
            drawn.add_column(header, overflow="fold")  # a narrow terminal folds cells, never cuts them
        for row in rows:
            drawn.add_row(*row)
        Console(highlight=False).print(drawn)
        return
    if title:
        sys.stdout.write(f"{title}\n")
    widths = [max(len(str(cell)) for cell in column) for column in zip(headers, *rows, strict=False)]
    for row in (headers, *rows):
        cells = [str(cell).ljust(width) for cell, width in zip(row, widths, strict=True)]
        sys.stdout.write("  ".join(cells).rstrip() + "\n")


@contextlib.contextmanager
def progress(label: str) -> Iterator[Callable[[int, int], None]]:
    """An ``update(pages, items)`` callable; a spinner with the counts on stderr when it is a terminal."""
    if not sys.stderr.isatty():
        yield lambda pages, items: None
        return
    from rich.console import Console
    from rich.live import Live
    from rich.spinner import Spinner

    spinner = Spinner("dots", f"{label}: starting")
    # Not rich's Console.status: its Live would capture stdout, where the items go.
    with Live(spinner, console=Console(stderr=True), transient=True, redirect_stdout=False, redirect_stderr=False):
        yield lambda pages, items: spinner.update(text=f"{label}: {pages} page(s), {items} item(s)")
