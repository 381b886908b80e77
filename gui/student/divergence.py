"""Where the student's run and the reference run part: the first quantity, in the order phase stepping shows them.

One iteration is walked as the course computes it: the parameters it starts from, the
forward pass layer by layer (Z[l], A[l]), the cost, the backward pass from the last
layer down (dW[l], db[l], dA[l−1]) and the update (W[l], b[l] after it). The first
matrix whose entries differ by more than rounding (``TOLERANCE``) is the divergence:
which iteration, which phase, which layer, which entry, and both numbers. No Qt here:
the window puts it into words.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from ...core.student.training import IterationValues, StudentIteration, layer_values

Array = np.ndarray
#: Entries closer than this (absolute, or relative to the larger) are the same number computed another way.
ABSOLUTE_TOLERANCE = 1e-12
RELATIVE_TOLERANCE = 1e-9

#: The quantities of one layer, in the order phase stepping reaches them: (phase, name in layer_values).
FORWARD = (("start", "W"), ("start", "b"), ("forward", "Z"), ("forward", "A"))
BACKWARD = (("backward", "dW"), ("backward", "db"), ("backward", "dA_prev"))
UPDATE = (("update", "W_after"), ("update", "b_after"))
#: Every quantity a layer may show, in that order (the window's picker lists them so).
QUANTITIES = ("A_prev", "W", "b", "Z", "A", "dW", "db", "dA_prev", "W_after", "b_after")


@dataclass(frozen=True)
class Divergence:
    """The first entry where the two runs differ: ``name`` as in layer_values ("dW"), or "J" for the cost."""

    iteration: int
    phase: str  # start | forward | cost | backward | update
    layer: int | None
    name: str
    index: tuple[int, ...]
    yours: float
    reference: float
    count: int  # how many entries of that matrix differ
    size: int


def as_matrix(value: Any) -> Array | None:
    """A 2-D float array for a table (a number is 1 × 1, a vector one row); None if it is not numeric."""
    if value is None or isinstance(value, (str, bytes, dict)):
        return None
    try:
        array = np.asarray(value, dtype=np.float64)
    except (TypeError, ValueError):
        return None
    if array.ndim == 0:
        return array.reshape(1, 1)
    if array.ndim == 1:
        return array.reshape(1, -1)
    if array.ndim > 2:
        return array.reshape(array.shape[0], -1)
    return array


def difference_mask(yours: Any, reference: Any) -> Array | None:
    """True where the entries differ beyond rounding; None when the shapes differ (or are not numbers)."""
    a, b = as_matrix(yours), as_matrix(reference)
    if a is None or b is None or a.shape != b.shape:
        return None
    with np.errstate(invalid="ignore"):
        close = np.isclose(a, b, rtol=RELATIVE_TOLERANCE, atol=ABSOLUTE_TOLERANCE, equal_nan=True)
    return ~close


def _compare(iteration: int, phase: str, layer: int | None, name: str, yours: Any,
             reference: Any) -> Divergence | None:
    a, b = as_matrix(yours), as_matrix(reference)
    if a is None or b is None:
        return None
    if a.shape != b.shape:
        return Divergence(iteration, phase, layer, name, (), float("nan"), float("nan"), max(a.size, b.size),
                          max(a.size, b.size))
    mask = difference_mask(a, b)
    if mask is None or not mask.any():
        return None
    first = tuple(int(i) for i in np.argwhere(mask)[0])
    return Divergence(iteration, phase, layer, name, first, float(a[first]), float(b[first]), int(mask.sum()),
                      int(mask.size))


def first_divergence(step: StudentIteration, mode: str) -> Divergence | None:
    """The first quantity of this iteration where the student's run differs from the reference (None: none)."""
    if step.student is None:
        return None
    mine, reference = step.student, step.reference
    layers = _layer_count(reference)
    values = [(layer_values(mine, l, mode), layer_values(reference, l, mode)) for l in range(1, layers + 1)]
    checks: list[tuple[str, int | None, str, Any, Any]] = []
    for l, (a, b) in enumerate(values, start=1):
        checks += [(phase, l, name, a.get(name), b.get(name)) for phase, name in FORWARD]
    checks.append(("cost", None, "J", mine.cost, reference.cost))
    for l in range(layers, 0, -1):
        a, b = values[l - 1]
        checks += [(phase, l, name, a.get(name), b.get(name)) for phase, name in BACKWARD]
    for l, (a, b) in enumerate(values, start=1):
        checks += [(phase, l, name, a.get(name), b.get(name)) for phase, name in UPDATE]
    for phase, layer, name, a, b in checks:
        if a is None or b is None:
            continue
        found = _compare(step.iteration, phase, layer, name, a, b)
        if found is not None:
            return found
    return None


def _layer_count(values: IterationValues) -> int:
    return sum(1 for key in values.parameters_before if key.startswith("W"))
