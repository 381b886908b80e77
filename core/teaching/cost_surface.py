"""The cost surface: J as a function of two chosen parameters, every other one held where it is.

Pick two entries of the W[l], b[l] (("W1", 0, 1) is W[1]'s row 0, column 1; ("b2", 0, 0) is
b[2]'s entry 0; 0-based). ``surface`` evaluates J over a grid of their values around the
current ones with the course's vectorised forward pass: every grid point is a copy of the
training set, so a batch of B grid points is one forward pass over B·m columns. Where a
chosen parameter enters (row r of layer l), Z[l] is the one computed with the current
parameters plus the change that parameter makes, Z[l]_r += (w − w₀)·A[l−1]_c (or b − b₀):
the same sum, re-associated. Layers below the first chosen one are computed once.

``compute`` adds what the view draws: spans from the path the two parameters took (from
the session's timeline) and their size, the path itself, and the current point.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Mapping, Sequence

import numpy as np

from ..nn.activations import DEFAULT_LEAKY_ALPHA, get_activation
from ..nn.losses import loss_for_output
from ..nn.propagation import layer_count, linear_forward

if TYPE_CHECKING:
    from ..session.snapshot import Snapshot
    from ..session.timeline import Timeline

Array = np.ndarray
ParameterKey = tuple[str, int, int]

DEFAULT_RESOLUTION = 61  # odd: the middle of the grid is the current point, exactly
MIN_SPAN = 0.5
#: A batch of grid points holds at most this many numbers per layer (n[l] · B · m): ~32 MB of float64.
MAX_ELEMENTS = 4_000_000


def _entry(parameters: Mapping[str, Array], key: ParameterKey) -> tuple[int, bool, int, int]:
    """(layer l, is a weight, row, column) of a parameter entry, checked against its matrix."""
    name, row, col = key
    if not isinstance(name, str) or name[:1] not in ("W", "b") or name not in parameters:
        raise KeyError(f"there is no parameter {name!r}")
    rows, cols = parameters[name].shape
    if not (0 <= row < rows and 0 <= col < cols):
        raise IndexError(f"{name} has no entry ({row}, {col})")
    return int(name[1:]), name[0] == "W", int(row), int(col)


def grid_values(center: float, span: float, resolution: int) -> Array:
    """``resolution`` values from center − span to center + span; with an odd resolution the middle is exactly center."""
    half = (resolution - 1) / 2
    return center + span * ((np.arange(resolution) - half) / half)


def surface(parameters: Mapping[str, Array], X: Array, Y: Array, activations: Sequence[str],
            p1: ParameterKey, p2: ParameterKey, span1: float, span2: float,
            resolution: int = DEFAULT_RESOLUTION, *, loss: str | None = None, lambd: float = 0.0,
            leaky_alpha: float = DEFAULT_LEAKY_ALPHA) -> tuple[Array, Array, Array]:
    """J over a grid of p1 ∈ current ± span1 and p2 ∈ current ± span2: (values1 (r,), values2 (r,), J (r, r)),
    J[j, i] being the cost at p1 = values1[i], p2 = values2[j] (x across, y up, as the input plane).

    J is the app's cost on (X, Y) — the loss of the output activation, plus (λ/2m) Σ‖W‖² when λ > 0.
    """
    entries = [_entry(parameters, p1), _entry(parameters, p2)]
    if tuple(p1) == tuple(p2):
        raise ValueError("choose two different parameters")
    if resolution < 2:
        raise ValueError("the grid needs at least 2 values per side")
    loss = loss or loss_for_output(activations[-1])
    centers = [float(parameters[key[0]][key[1], key[2]]) for key in (p1, p2)]
    values = [grid_values(c, s, resolution) for c, s in zip(centers, (span1, span2))]
    grid1, grid2 = (v.ravel() for v in np.meshgrid(values[0], values[1]))  # point g = j · r + i
    L, m = layer_count(dict(parameters)), X.shape[1]
    names = list(activations)
    first = min(l for l, _, _, _ in entries)
    A = X
    for l in range(1, first):  # unchanged by either choice: once for the whole grid
        Z, _ = linear_forward(A, parameters[f"W{l}"], parameters[f"b{l}"])
        A = get_activation(names[l - 1], leaky_alpha).g(Z)
    widest = max(parameters[f"W{l}"].shape[0] for l in range(first, L + 1))
    batch = max(1, MAX_ELEMENTS // (widest * m))
    J = np.empty(grid1.size)
    for start in range(0, grid1.size, batch):
        chosen = (grid1[start:start + batch], grid2[start:start + batch])
        J[start:start + batch] = _batch_costs(parameters, A, Y, names, entries, chosen, first, L, loss,
                                              leaky_alpha)
    if lambd:
        J += _l2(parameters, entries, (grid1, grid2), lambd, m)
    return values[0], values[1], J.reshape(resolution, resolution)


def _batch_costs(parameters, A_first, Y, names, entries, chosen, first, L, loss, leaky_alpha) -> Array:
    """J of B grid points: layers first..L over (n, B, m) stacks (B copies of the m examples)."""
    B, m = chosen[0].size, Y.shape[1]
    A = None  # (n[l−1], B, m) once the grid points differ
    for l in range(first, L + 1):
        W, b = parameters[f"W{l}"], parameters[f"b{l}"]
        if A is None:  # layer ``first``: the same Z for every point before the change
            Z = np.repeat(linear_forward(A_first, W, b)[0][:, None, :], B, axis=1)
            below = A_first[:, None, :]
        else:
            Z = linear_forward(A.reshape(A.shape[0], B * m), W, b)[0].reshape(W.shape[0], B, m)
            below = A
        for (layer, is_weight, row, col), grid in zip(entries, chosen):
            if layer == l:  # Z[l]_row += (w − w₀) · A[l−1]_col  (or + (b − b₀))
                delta = (grid - (W[row, col] if is_weight else b[row, 0]))[:, None]
                Z[row] += delta * below[col] if is_weight else delta
        A = get_activation(names[l - 1], leaky_alpha).g(Z)
    return _costs(Z, A, Y[:, None, :], loss) / m


def _costs(ZL: Array, AL: Array, Y: Array, loss: str) -> Array:
    """m·J per grid point from Z[L], A[L] (n_y, B, m): the formulas of core.nn.losses, summed per point."""
    if loss == "binary_cross_entropy":
        return np.sum(np.logaddexp(0.0, ZL) - Y * ZL, axis=(0, 2))
    if loss == "categorical_cross_entropy":
        shifted = ZL - ZL.max(axis=0, keepdims=True)
        log_softmax = shifted - np.log(np.sum(np.exp(shifted), axis=0, keepdims=True))
        return -np.sum(Y * log_softmax, axis=(0, 2))
    return 0.5 * np.sum((AL - Y) ** 2, axis=(0, 2))


def _l2(parameters, entries, grids, lambd: float, m: int) -> Array:
    """(λ/2m) Σ_l ‖W[l]‖² per grid point: the chosen weights take their grid values."""
    total = sum(float(np.sum(np.square(W))) for key, W in parameters.items() if key.startswith("W"))
    squares = np.full(grids[0].size, total)
    for (layer, is_weight, row, col), grid in zip(entries, grids):
        if is_weight:
            squares += grid ** 2 - parameters[f"W{layer}"][row, col] ** 2
    return lambd / (2.0 * m) * squares


# --------------------------------------------------------------------------- what the view draws
def spans(center: tuple[float, float], path: Array | None = None) -> tuple[float, float]:
    """Half-widths of the grid: wide enough for the path (with a margin), the values' size, and MIN_SPAN."""
    result = []
    for axis, c in enumerate(center):
        reach = 0.0 if path is None or len(path) == 0 else float(np.max(np.abs(path[:, axis] - c)))
        result.append(max(1.15 * reach, 0.5 * abs(c), MIN_SPAN))
    return result[0], result[1]


def path(timeline: "Timeline", p1: ParameterKey, p2: ParameterKey, start: int | None = None,
         stop: int | None = None) -> tuple[Array, Array]:
    """The values (n, 2) the two parameters took and their iterations (n,): at the timeline's kept states,
    or, given start and stop (≤ the session's iteration), at every iteration between (re-trained)."""
    if start is None or stop is None:
        return timeline.parameter_path([p1, p2])
    iterations = np.arange(max(start, timeline.first_iteration), stop + 1)
    values = np.empty((iterations.size, 2))
    for n, k in enumerate(iterations):
        parameters = timeline.parameters_at(int(k))
        values[n] = parameters[p1[0]][p1[1], p1[2]], parameters[p2[0]][p2[1], p2[2]]
    return iterations, values


@dataclass(frozen=True, eq=False)
class CostSurface:
    """A computed surface: ``J[j, i]`` at (values1[i], values2[j]); the current point ``center`` (the grid's
    middle) with its cost ``J_center``; the path (``path_iterations``, ``path`` (n, 2)) ending at the center."""

    p1: ParameterKey
    p2: ParameterKey
    values1: Array
    values2: Array
    J: Array
    center: tuple[float, float]
    J_center: float
    path_iterations: Array
    path: Array
    iteration: int
    others: Mapping[str, Array]  # every parameter when computed: see ``is_stale``

    def is_stale(self, parameters: Mapping[str, Array], tolerance: float = 0.05) -> bool:
        """True when the *other* parameters have moved far since (the surface is then not this J any more):
        their change is more than ``tolerance`` of their size (at least of 1)."""
        change = size = 0.0
        for key, old in self.others.items():
            delta = np.asarray(parameters[key], dtype=np.float64) - old
            for name, row, col in (self.p1, self.p2):
                if name == key:
                    delta[row, col] = 0.0
            change += float(np.sum(delta ** 2))
            size += float(np.sum(old ** 2))
        return change ** 0.5 > tolerance * max(size ** 0.5, 1.0)


def compute(snapshot: "Snapshot", p1: ParameterKey, p2: ParameterKey, resolution: int = DEFAULT_RESOLUTION,
            timeline: "Timeline | None" = None, span: tuple[float, float] | None = None) -> CostSurface:
    """The surface of the snapshot's parameters on its training set, with the path from ``timeline``
    (its kept states, then the snapshot's iteration). Pure NumPy: run it off the GUI thread."""
    parameters = {key: np.array(value) for key, value in snapshot.parameters.items()}
    center = (float(parameters[p1[0]][p1[1], p1[2]]), float(parameters[p2[0]][p2[1], p2[2]]))
    iterations, walked = (np.zeros(0, dtype=np.int64), np.zeros((0, 2)))
    if timeline is not None:
        iterations, walked = path(timeline, p1, p2)
        keep = iterations < snapshot.iteration
        iterations, walked = iterations[keep], walked[keep]
    iterations = np.append(iterations, snapshot.iteration)
    walked = np.vstack([walked, center])
    span = span or spans(center, walked)
    hp, prepared = snapshot.hyperparameters, snapshot.prepared
    values1, values2, J = surface(parameters, prepared.X_train, prepared.Y_train, snapshot.activations, p1, p2,
                                  span[0], span[1], resolution, loss=snapshot.loss, lambd=hp.lambd,
                                  leaky_alpha=hp.leaky_alpha)
    middle = resolution // 2
    J_center = float(J[middle, middle]) if resolution % 2 else float("nan")
    return CostSurface(tuple(p1), tuple(p2), values1, values2, J, center, J_center, iterations, walked,
                       snapshot.iteration, parameters)


__all__ = ["surface", "grid_values", "spans", "path", "compute", "CostSurface", "DEFAULT_RESOLUTION"]
