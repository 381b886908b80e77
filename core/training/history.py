"""What training has done so far: the cost per iteration and periodic evaluations.

Stored compactly so that a run of millions of iterations keeps memory flat:
each series lives in a preallocated float64 array that doubles when full, and
once it reaches ``max_points`` it keeps every second point and records at twice
the stride from then on (the curve keeps its shape; its resolution halves).
"""

from __future__ import annotations

import numpy as np

Array = np.ndarray

#: Columns of an evaluation row.
EVALUATION_FIELDS = ("iteration", "train_cost", "test_cost", "train_accuracy", "test_accuracy")


class Series:
    """A growing table of float64 rows with bounded memory (see module docstring)."""

    def __init__(self, width: int, max_points: int = 200_000, capacity: int = 1024) -> None:
        if max_points < 4 or max_points % 2:
            raise ValueError("max_points must be an even number >= 4")
        self._data = np.empty((min(capacity, max_points), width))
        self._n = 0
        self.max_points = max_points
        #: Only every ``stride``-th call to ``append`` is stored.
        self.stride = 1
        self._skipped = 0

    def __len__(self) -> int:
        return self._n

    def append(self, row: tuple[float, ...] | list[float]) -> None:
        if self._skipped:
            self._skipped -= 1
            return
        if self._n == len(self._data):
            if self._n >= self.max_points:
                self._decimate()
            else:
                grown = np.empty((min(2 * self._n, self.max_points), self._data.shape[1]))
                grown[: self._n] = self._data[: self._n]
                self._data = grown
        self._data[self._n] = row
        self._n += 1
        self._skipped = self.stride - 1

    def _decimate(self) -> None:
        half = self._n // 2
        self._data[:half] = self._data[: self._n : 2]
        self._n = half
        self.stride *= 2

    def array(self) -> Array:
        """A copy of the stored rows, shape (n, width)."""
        return self._data[: self._n].copy()

    def last(self) -> Array | None:
        return self._data[self._n - 1].copy() if self._n else None

    def to_list(self) -> list[list[float]]:
        return self._data[: self._n].tolist()

    def clear(self) -> None:
        self._n = 0
        self.stride = 1
        self._skipped = 0

    def state(self) -> dict:
        """JSON-safe state; ``from_state`` rebuilds an identical series."""
        return {"rows": self.to_list(), "stride": self.stride, "skipped": self._skipped, "max_points": self.max_points}

    @classmethod
    def from_state(cls, state: dict, width: int) -> "Series":
        rows = np.asarray(state["rows"], dtype=np.float64).reshape(-1, width)
        series = cls(width, int(state["max_points"]), capacity=max(1024, len(rows)))
        series._data[: len(rows)] = rows
        series._n = len(rows)
        series.stride, series._skipped = int(state["stride"]), int(state["skipped"])
        return series


class CostSeries:
    """The cost J after every iteration, in bounded memory.

    The hot path appends to a Python list (far cheaper than writing one numpy
    element); every ``chunk`` values the list is folded into the array, keeping
    one value in ``stride``. Point k belongs to iteration ``k * stride``.
    """

    def __init__(self, max_points: int = 200_000, chunk: int = 4096) -> None:
        self._stored = Series(1, max_points)
        self._pending: list[float] = []
        self._chunk = chunk
        self._last: float | None = None  # the latest cost, even when the stride skipped storing it
        self.append = self._pending.append  # bound once: the per-iteration call

    def __len__(self) -> int:
        self._flush()
        return len(self._stored) * self._stored.stride

    def maybe_flush(self) -> None:
        if len(self._pending) >= self._chunk:
            self._flush()

    def _flush(self) -> None:
        if self._pending:
            self._last = self._pending[-1]
        for value in self._pending:
            self._stored.append((value,))
        self._pending.clear()

    def curve(self) -> tuple[Array, Array]:
        """(iterations, costs) as two 1-D float64 arrays, for plotting."""
        self._flush()
        costs = self._stored.array()[:, 0]
        return np.arange(len(costs)) * float(self._stored.stride), costs

    def last(self) -> float | None:
        if self._pending:
            return self._pending[-1]
        if self._last is None:  # nothing appended since a restore: the last stored point is the latest
            row = self._stored.last()
            return None if row is None else float(row[0])
        return self._last

    def clear(self) -> None:
        self._pending.clear()
        self._stored.clear()
        self._last = None

    def state(self) -> dict:
        self._flush()
        return self._stored.state()

    def restore(self, state: dict) -> None:
        self._pending.clear()
        self._stored = Series.from_state(state, 1)
        self._last = None


def envelope(x: Array, y: Array, max_points: int) -> tuple[Array, Array]:
    """At most ``max_points`` of the points (x, y), keeping each stretch's lowest and highest y and the last point.

    A curve of 200,000 costs drawn on a few hundred pixels looks the same, spikes included.
    """
    n = len(y)
    if n <= max_points:
        return x.copy(), y.copy()
    size = -(-n // (max(max_points, 4) // 2 - 1))  # points per stretch, rounded up
    whole = n // size * size
    rows = y[:whole].reshape(-1, size)
    starts = np.arange(0, whole, size)
    keep = np.concatenate([starts + rows.argmin(axis=1), starts + rows.argmax(axis=1), [n - 1]])
    if whole < n:
        tail = y[whole:]
        keep = np.concatenate([keep, [whole + int(tail.argmin()), whole + int(tail.argmax())]])
    keep = np.unique(keep)
    return x[keep], y[keep]


class History:
    """``costs``: J at every iteration (strided when long);
    ``evaluations``: rows of EVALUATION_FIELDS taken every few iterations."""

    def __init__(self, max_points: int = 200_000) -> None:
        self.costs = CostSeries(max_points)
        self.evaluations = Series(len(EVALUATION_FIELDS), max_points)

    def record_evaluation(self, row: tuple[float, ...]) -> None:
        self.evaluations.append(row)

    def cost_curve(self) -> tuple[Array, Array]:
        """(iterations, costs) as two 1-D arrays, for plotting."""
        return self.costs.curve()

    def clear(self) -> None:
        self.costs.clear()
        self.evaluations.clear()

    def state(self) -> dict:
        """JSON-safe: both series with their strides, so a reloaded run continues identically."""
        return {"costs": self.costs.state(), "evaluations": self.evaluations.state()}

    def restore(self, state: dict) -> None:
        self.costs.restore(state["costs"])
        self.evaluations = Series.from_state(state["evaluations"], len(EVALUATION_FIELDS))
