"""The cost curve's axes. Iterations: whole numbers only, from iteration 0, never a range left from another run.

Iterations are counted: a tick at 0.2 iterations means nothing, so the axis
only ever labels whole iterations. Its range is set, not guessed: it starts at
0 and ends at the last iteration drawn (at least ``MIN_ITERATIONS``, so a run of
one Step is two points well apart, not a smear across −0.4 … 0.4), so loading
a lesson never keeps the span of the run before it. On a logarithmic axis
(long runs whose cost falls in the first few hundred iterations) iteration 0
has no place; the range starts at iteration 1. The cost J: see ``frame_cost_axis``.
"""

from __future__ import annotations

import math

import pyqtgraph as pg

MIN_ITERATIONS = 10  # the shortest span of the axis
MARGIN = 0.02  # of the span, each side: the first and last points are not drawn on the frame


class IterationAxis(pg.AxisItem):
    """A bottom axis whose ticks are whole iterations (1, 2, 5, 10 … apart, never 0.2)."""

    def tickValues(self, minVal: float, maxVal: float, size: float) -> list:
        levels = super().tickValues(minVal, maxVal, size)
        if self.logMode:  # log10 of the iterations: keep those of whole iterations from 1 up
            return [(spacing, [v for v in values if 10 ** v >= 1 - 1e-9
                               and abs(10 ** v - round(10 ** v)) < 1e-6 * 10 ** v]) for spacing, values in levels]
        whole = []
        for spacing, values in levels:
            if spacing < 1:
                continue
            ticks = [v for v in values if abs(v - round(v)) < 1e-9]
            if ticks:
                whole.append((spacing, ticks))
        if not whole:  # an axis shorter than one iteration: its whole numbers, if any
            whole = [(1.0, [float(v) for v in range(math.ceil(minVal), math.floor(maxVal) + 1)])]
        return whole


def iteration_range(last: float, log: bool) -> tuple[float, float]:
    """The axis range for a run whose last drawn iteration is ``last``: (0, last) with a small margin,
    at least MIN_ITERATIONS long; in log10 units for a logarithmic axis (from iteration 1)."""
    end = max(float(last), float(MIN_ITERATIONS))
    if log:
        top = math.log10(end)
        return -MARGIN * top, top * (1 + MARGIN)
    return -MARGIN * end, end * (1 + MARGIN)


def frame_cost_axis(box: pg.ViewBox, has_points: bool, now: tuple[int, float] | None, log: bool) -> None:
    """Before the first step J's axis runs from 0 to twice the "now" J: auto-ranged, the dot and the
    first test cost alone would make a sliver of an axis (0.69316 … 0.69324). After it, auto-range."""
    if has_points or now is None or now[1] <= 0:
        if not box.autoRangeEnabled()[1]:
            box.enableAutoRange(axis=pg.ViewBox.YAxis)
        return
    J = now[1]
    box.setYRange(*((math.log10(J) - 0.5, math.log10(J) + 0.5) if log else (0.0, 2.0 * J)),
                  padding=0)  # this also stops auto-ranging J until the curve has points


def settle_empty_cost_axis(box: pg.ViewBox, log: bool) -> None:
    """With no points to auto-range on, put J's axis back to a plain range.

    Otherwise the old range stays: J up to 4e9 in linear mode would be read as
    exponents once the log scale is on, and 10^(4e9) overflows the axis labels.
    """
    box.setYRange(*((-1.0, 1.0) if log else (0.0, 1.0)), padding=0)
    box.enableAutoRange(axis=pg.ViewBox.YAxis)  # the first points fit the view again


__all__ = ["IterationAxis", "frame_cost_axis", "iteration_range", "settle_empty_cost_axis", "MIN_ITERATIONS"]
