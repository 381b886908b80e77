"""How the app writes a cost J and an accuracy, and which costs it plots.

One place for it, so the status bar, the cost curve, its hover readout and the
sweep results write the same number the same way, and never print "nan" or "inf".
"""

from __future__ import annotations

import math

import numpy as np

Array = np.ndarray


def format_cost(value: float | None) -> str:
    """J with 6 decimals as the course's notebooks print it ("0.693048"), scientific when tiny or huge;
    "—" when there is no value, "∞" when it is infinite."""
    if value is None or math.isnan(value):
        return "—"
    if math.isinf(value):
        return "∞"
    return f"{value:.6f}" if value == 0 or 1e-3 <= abs(value) < 1e5 else f"{value:.3e}"


def format_percent(fraction: float | None) -> str:
    """An accuracy as "91.3%"; "—" when there is none (regression) or it is not a number."""
    return "—" if fraction is None or math.isnan(fraction) else f"{100.0 * fraction:.1f}%"


def finite_points(x: Array, y: Array) -> tuple[Array, Array]:
    """(x, y) without the points whose y is NaN or ±∞ (unchanged arrays when all are finite)."""
    finite = np.isfinite(y)
    if finite.all():
        return x, y
    return x[finite], y[finite]


__all__ = ["format_cost", "format_percent", "finite_points"]
