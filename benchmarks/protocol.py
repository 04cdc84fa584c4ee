"""The protocol every section follows, in one place.

The machine is shared and noisy, so no absolute time is compared with another measured at a different
moment. Each round runs every contender once, the order rotated by one each round (so that no contender
always goes first, or always right after the same one); a contender's figure in a round is divided by
(or, for differences, subtracted from) the anchor's figure *of the same round*; the per-round ratios are
reported as min / median / max, the goal judged on the median. Absolute medians are shown as context only.
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Awaitable, Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Literal, TypeVar

T = TypeVar("T")


def schedule(names: Sequence[T], rounds: int) -> Iterator[T]:
    """Every name once per round, the order rotated by one each round."""
    for round_ in range(rounds):
        shift = round_ % len(names)
        yield from [*names[shift:], *names[:shift]]


def interleave(contenders: Mapping[str, Callable[[], T]], rounds: int) -> dict[str, list[T]]:
    """Each contender's figure per round (index = round), the contenders interleaved by ``schedule``."""
    samples: dict[str, list[T]] = {name: [] for name in contenders}
    for name in schedule(list(contenders), rounds):
        samples[name].append(contenders[name]())
    return samples


async def ainterleave(contenders: Mapping[str, Callable[[], Awaitable[T]]], rounds: int) -> dict[str, list[T]]:
    """``interleave`` for contenders that run in the current event loop."""
    samples: dict[str, list[T]] = {name: [] for name in contenders}
    for name in schedule(list(contenders), rounds):
        samples[name].append(await contenders[name]())
    return samples


def per_round(samples: Mapping[str, list[float]], anchor: str, *, difference: bool = False) -> dict[str, list[float]]:
    """Each contender's figure divided by (or minus) the anchor's figure of the same round."""
    base = samples[anchor]
    return {
        name: [(v - b) if difference else v / b if b else math.inf for v, b in zip(values, base, strict=True)]
        for name, values in samples.items()
    }


@dataclass(frozen=True)
class Spread:
    low: float
    median: float
    high: float

    @classmethod
    def of(cls, values: Sequence[float]) -> Spread:
        return cls(min(values), statistics.median(values), max(values))

    def text(self, spec: str = ".2f", scale: float = 1.0) -> str:
        """``min / median / max``, or a single number when all rounds agree."""
        numbers = [format(value * scale, spec) for value in (self.low, self.median, self.high)]
        return numbers[0] if len(set(numbers)) == 1 else " / ".join(numbers)


@dataclass(frozen=True)
class Goal:
    """``value <op> limit``, judged on the median."""

    op: Literal["<=", "<", ">=", "=="]
    limit: float
    label: str = ""
    every_round: bool = False
    """Judged on min and max instead of the median: every round must meet it."""

    def met(self, value: float) -> bool:
        return {
            "<=": value <= self.limit,
            "<": value < self.limit,
            ">=": value >= self.limit,
            "==": value == self.limit,
        }[self.op]

    def __str__(self) -> str:
        symbol = {"<=": "≤", "<": "<", ">=": "≥", "==": "="}[self.op]
        return f"{symbol} {self.limit:g}" + (f" {self.label}" if self.label else "")


@dataclass(frozen=True)
class Point:
    """One row of a section's chart panel: a median with its min-max spread, and the goal it has, if any."""

    label: str
    spread: Spread
    goal: Goal | None = None

    def met(self) -> bool | None:
        if self.goal is None:
            return None
        if self.goal.every_round:
            return self.goal.met(self.spread.low) and self.goal.met(self.spread.high)
        return self.goal.met(self.spread.median)

    def check(self) -> str:
        """What the goal is judged on, and the goal."""
        if self.goal and self.goal.every_round:
            return f"{self.label}: every round ({self.spread.text('.3g')}) {self.goal}"
        return (
            f"{self.label}: median {self.spread.median:.5g} {self.goal} (min / median / max: {self.spread.text('.3g')})"
        )


@dataclass
class Outcome:
    """What a section reports: its markdown table, its goal checks and its chart panel."""

    table: str
    unit: str = "ratio to the anchor (same round)"
    points: list[Point] = field(default_factory=list)
    log_scale: bool = False
    more_checks: list[tuple[str, bool]] = field(default_factory=list)
    """Goals that are not on the chart: (what, met)."""

    def checks(self) -> list[tuple[str, bool]]:
        """(what, met) for every point that has a goal, then ``more_checks``."""
        return [
            (point.check(), point.met() is True) for point in self.points if point.goal is not None
        ] + self.more_checks


def row(*cells: object) -> str:
    return "| " + " | ".join(str(cell) for cell in cells) + " |"


def header(*titles: str, left: int = 1) -> str:
    """A markdown table header: the first ``left`` columns left-aligned, the others right-aligned."""
    return row(*titles) + "\n" + row(*(["---"] * left + ["---:"] * (len(titles) - left)))


def verdict(point: Point) -> str:
    """The goal column of a table row: the goal and whether it is met."""
    met = point.met()
    return "" if met is None else f"{point.goal} " + ("met" if met else "**not met**")
