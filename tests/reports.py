"""Tables a test wants shown at the end of the run (``pytest_terminal_summary`` in tests/conftest.py prints them)."""

from __future__ import annotations

REPORTS: list[tuple[str, list[str]]] = []


def report(title: str, lines: list[str]) -> None:
    REPORTS.append((title, lines))
