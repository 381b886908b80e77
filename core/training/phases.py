"""One iteration of gradient descent, phase by phase: what the app animates.

forward 1..L → cost → backward L..1 → update 1..L. ``Trainer.phases()`` runs
the very same NumPy calls as ``Trainer.step()`` (the network's op lists, see
core.nn.engine) but stops after each phase and yields a ``PhaseEvent`` with copies
of the matrices involved, so a full cycle leaves the parameters bit-for-bit
where ``step()`` would have.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Iterator

import numpy as np

from ..errors import DivergenceError

if TYPE_CHECKING:
    from ..nn.engine import Network

Array = np.ndarray


@dataclass(frozen=True)
class PhaseEvent:
    """One phase of an iteration: ``kind`` is forward | cost | backward | update.

    ``layer`` is l (for the cost, L). ``tensors`` holds copies of the matrices
    involved, by their course names (``A_prev``, ``W``, ``b``, ``Z``, ``A``; ``AL``,
    ``Y``; ``dA``, ``dZ``, ``dW``, ``db``, ``dA_prev``; ``W_before``, ``W_after``, ...).
    ``equation`` names the course equation shown for it (see ``EQUATIONS``).
    """

    kind: str
    layer: int
    tensors: dict[str, Array] = field(default_factory=dict)
    equation: str = ""
    cost: float | None = None


#: The course's equations for each phase (plain text; the GUI renders them).
EQUATIONS = {
    "forward": "Z[l] = W[l] A[l-1] + b[l];  A[l] = g[l](Z[l])",
    "cost": "J = -(1/m) Σ [y log a[L] + (1-y) log(1-a[L])]",
    "backward_output": "dZ[L] = A[L] - Y;  dW[L] = (1/m) dZ[L] A[L-1]^T;  db[L] = (1/m) Σ dZ[L];  dA[L-1] = W[L]^T dZ[L]",
    "backward": "dZ[l] = dA[l] * g'[l](Z[l]);  dW[l] = (1/m) dZ[l] A[l-1]^T;  db[l] = (1/m) Σ dZ[l];  dA[l-1] = W[l]^T dZ[l]",
    "update": "W[l] = W[l] - α dW[l];  b[l] = b[l] - α db[l]",
}


class PhaseStepping:
    """The phase-by-phase half of ``core.training.trainer.Trainer`` (a mixin: it uses the trainer's buffers)."""

    def phases(self) -> Iterator[PhaseEvent]:
        """One iteration, paused after each phase: forward 1..L, cost, backward L..1, update 1..L."""
        net = self._next_batch()
        layers = net.layers
        for layer, group in zip(layers, net.forward_groups):
            for op in group:
                op()
            yield PhaseEvent(
                "forward", layer.l,
                {"A_prev": layer.A_prev.copy(), "W": layer.W.copy(), "b": layer.b.copy(),
                 "Z": layer.Z.copy(), "A": layer.A.copy()},
                "forward",
            )
        cost = self._cost(net)
        self._check_cost(cost)
        yield PhaseEvent("cost", self.L, {"AL": net.output.A.copy(), "Y": net.Y.copy()}, "cost", cost)
        inv_m = 1.0 / net.m
        for layer, group in zip(reversed(layers), net.backward_groups):
            for op in group:
                op()
            tensors = {"dZ": layer.dZ.copy(), "dW": layer.dW_sum * inv_m, "db": layer.db_sum * inv_m}
            if not layer.is_output:
                tensors["dA"] = layers[layer.l].dA_prev.copy()
            if layer.dA_prev is not None:
                tensors["dA_prev"] = layer.dA_prev.copy()
            yield PhaseEvent("backward", layer.l, tensors, "backward_output" if layer.is_output else "backward")
        self._compute_step(net.m)
        for layer, block, step_block in zip(layers, self._blocks, self._step_blocks):
            tensors = {"W_before": layer.W.copy(), "b_before": layer.b.copy(),
                       "dW": layer.dW_sum * inv_m, "db": layer.db_sum * inv_m}
            np.subtract(block, step_block, out=block)
            tensors.update({"W_after": layer.W.copy(), "b_after": layer.b.copy()})
            yield PhaseEvent("update", layer.l, tensors, "update")
        self.history.costs.append(cost)
        self.iteration += 1

    def step_phase(self) -> PhaseEvent:
        """Advance the current phase-by-phase iteration by one phase (starting one if needed)."""
        if self._phase_iterator is None:
            self._phase_iterator = self.phases()
        try:
            event = next(self._phase_iterator)
        except DivergenceError:
            self._phase_iterator = None
            raise
        if event.kind == "update" and event.layer == self.L:
            next(self._phase_iterator, None)  # run what follows the last yield (iteration += 1, history)
            self._phase_iterator = None
        return event

    @property
    def in_iteration(self) -> bool:
        """True while a phase-by-phase iteration is under way."""
        return self._phase_iterator is not None

