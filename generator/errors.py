"""The one error type of the pipeline: what went wrong, and in which file."""

from __future__ import annotations

from pathlib import Path


class PipelineError(Exception):
    """A step refused to go on. The message is one paragraph naming the file and the problem."""

    def __init__(self, problem: str, *, file: Path | str | None = None) -> None:
        self.file = str(file) if file is not None else None
        self.problem = problem
        super().__init__(f"{self.file}: {problem}" if self.file else problem)
