"""The chart of a run (PNG, matplotlib's Agg backend): one panel per section, each row a median with its
min-max spread over rounds as error bars, and the row's goal as a short vertical bar across it."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from benchmarks.protocol import Outcome

COLORS = {True: "tab:green", False: "tab:red", None: "tab:gray"}


def _panel(axes: Any, title: str, outcome: Outcome) -> None:
    points = outcome.points
    rows = list(range(len(points)))[::-1]  # the first point at the top
    for y, point in zip(rows, points, strict=True):
        low, median, high = point.spread.low, point.spread.median, point.spread.high
        axes.errorbar(
            median, y, xerr=[[median - low], [high - median]], fmt="o", color=COLORS[point.met()], capsize=3, ms=5
        )
        if point.goal is not None:
            axes.plot([point.goal.limit] * 2, [y - 0.4, y + 0.4], color="tab:blue", linewidth=2.5, alpha=0.7)
    if outcome.unit.startswith(("ratio", "ours /")):
        axes.axvline(1.0, color="black", linewidth=0.6, alpha=0.4)
    if outcome.log_scale and all(point.spread.low > 0 for point in points):
        axes.set_xscale("log")
    elif outcome.log_scale:  # a value of zero or less: linear around zero
        axes.set_xscale("symlog", linthresh=1)
    axes.set_yticks(rows, [point.label for point in points], fontsize=8)
    axes.set_ylim(-0.7, len(points) - 0.3)
    axes.set_title(title, loc="left", fontsize=10, fontweight="bold")
    axes.set_xlabel(outcome.unit, fontsize=8)
    axes.tick_params(axis="x", labelsize=8)
    axes.grid(axis="x", alpha=0.3)


def write(sections: Sequence[tuple[str, Outcome]], path: Path, subtitle: str) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.lines import Line2D

    panels = [(title, outcome) for title, outcome in sections if outcome.points]
    if not panels:
        return
    columns: list[list[tuple[str, Outcome]]] = [[], []]
    heights = [0.0, 0.0]
    for panel in panels:  # each panel to the shorter column, in order
        shorter = heights.index(min(heights))
        columns[shorter].append(panel)
        heights[shorter] += len(panel[1].points) + 3
    figure = plt.figure(figsize=(20, 1.5 + 0.32 * max(heights)), layout="constrained")
    subfigures: Sequence[Any] = list(figure.subfigures(1, 2, wspace=0.05))  # type: ignore[arg-type]
    for column, subfigure in zip(columns, subfigures, strict=True):
        if not column:
            continue
        ratios = [len(outcome.points) + 3 for _, outcome in column]
        axes = subfigure.subplots(len(column), 1, squeeze=False, gridspec_kw={"height_ratios": ratios})[:, 0]
        for ax, (title, outcome) in zip(axes, column, strict=True):
            _panel(ax, title, outcome)
    legend = [
        Line2D([], [], color="tab:green", marker="o", linestyle="", label="median, goal met (bars: min-max)"),
        Line2D([], [], color="tab:red", marker="o", linestyle="", label="median, goal not met"),
        Line2D([], [], color="tab:gray", marker="o", linestyle="", label="median, no goal (context)"),
        Line2D([], [], color="tab:blue", linewidth=2.5, label="the row's goal"),
    ]
    figure.legend(handles=legend, loc="outside upper right", ncols=4, fontsize=9)
    figure.suptitle(f"wawex-partner-api benchmarks: {subtitle}", x=0.01, ha="left", fontsize=11)
    path.parent.mkdir(parents=True, exist_ok=True)
    figure.savefig(path, dpi=90)
    plt.close(figure)
