"""MiniBatches: which examples each iteration trains on.

Full batch (the course's default) uses all m examples every time. With a
mini-batch size, each epoch shuffles the examples once (a generator seeded from the
initialization seed, so a run is reproducible) and walks through them batch by
batch; the last batch of an epoch may be smaller. The stream's position is part of a
saved session, and an iteration that is discarded halfway puts it back (``mark``,
``rewind``), so training on gives the very same batches.
"""

from __future__ import annotations

import numpy as np

from ..errors import HyperparameterError

Array = np.ndarray


class MiniBatches:
    """The stream of mini-batches over m examples (``size`` None or ≥ m: the full batch)."""

    def __init__(self, m: int, size: int | None, seed: int) -> None:
        self.m = m
        self.size = m if size is None else min(size, m)
        self._rng = np.random.default_rng(seed + 1)
        self._order = np.arange(m)
        self._cursor = m  # forces a shuffle before the first mini-batch

    @property
    def full(self) -> bool:
        return self.size == self.m

    def next(self) -> Array | None:
        """The examples of the next mini-batch (None: the full batch); reshuffles at each epoch."""
        if self.full:
            return None
        if self._cursor >= self.m:
            self._rng.shuffle(self._order)
            self._cursor = 0
        idx = self._order[self._cursor : self._cursor + self.size]
        self._cursor += self.size
        return idx

    def mark(self) -> tuple:
        """Where the stream is now (``rewind`` goes back there)."""
        return self._cursor, self._order.copy(), self._rng.bit_generator.state

    def rewind(self, mark: tuple) -> None:
        self._cursor, self._order, self._rng.bit_generator.state = mark[0], mark[1].copy(), mark[2]

    def state(self) -> dict:
        """JSON-safe position: the generator, the epoch's order and the cursor."""
        return {"batch_rng": self._rng.bit_generator.state, "order": self._order.tolist(), "cursor": self._cursor}

    def restore(self, state: dict) -> None:
        """Continue from ``state()`` (HyperparameterError if its order is not one of these m examples)."""
        order = np.asarray(state["order"], dtype=np.int64)
        if sorted(order.tolist()) != list(range(self.m)):
            raise HyperparameterError("training.batch_order")
        self._order = order
        self._cursor = int(state["cursor"])
        self._rng.bit_generator.state = state["batch_rng"]


__all__ = ["MiniBatches"]
