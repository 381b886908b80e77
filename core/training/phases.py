"""One iteration of gradient descent, phase by phase, with the course's own functions: what the app animates.

forward 1..L → cost → backward L..1 → update 1..L. Each phase calls the readable
course functions of ``core.nn.propagation`` and ``core.nn.losses`` — the very
lines the inspector shows — and yields a ``PhaseEvent`` with copies of the
matrices involved and the functions that ran. ``Trainer.step()`` (the fast
engine, used by Step and Play) computes the same formulas fused into
preallocated buffers; after any iteration the two agree to rounding (1e-12),
which tests/core/training/test_phases.py checks for every order of phases.

The iteration shares everything else with ``Trainer.step()`` through the
trainer's public methods: the same mini-batch stream, the same divergence
rules (checked before anything changes), the same history.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Callable, Iterator

import numpy as np

from ..errors import DivergenceError
from ..nn.activations import get_activation
from ..nn.losses import compute_cost, cost_function, l2_cost
from ..nn.propagation import (activation_backward, l2_backward, linear_activation_forward, linear_backward,
                              linear_forward, output_layer_backward, update_layer)

if TYPE_CHECKING:
    from .trainer import Trainer

Array = np.ndarray


@dataclass(frozen=True)
class PhaseEvent:
    """One phase of an iteration: ``kind`` is forward | cost | backward | update.

    ``layer`` is l (for the cost, L). ``tensors`` holds copies of the matrices
    involved, by their course names (``A_prev``, ``W``, ``b``, ``Z``, ``A``; ``AL``,
    ``Y``; ``dA``, ``dZ``, ``dW``, ``db``, ``dA_prev``; ``W_before``, ``W_after``, ...).
    ``equation`` names the course equation shown for it (see ``core.training.equations``);
    ``ran`` are the core functions that computed it, in order; ``iteration`` is the
    iteration the phase belongs to (counting from 0).
    """

    kind: str
    layer: int
    tensors: dict[str, Array] = field(default_factory=dict)
    equation: str = ""
    cost: float | None = None
    ran: tuple[Callable, ...] = ()
    iteration: int = 0


def iteration_phases(trainer: "Trainer") -> Iterator[PhaseEvent]:
    """One iteration of ``trainer``, paused after each phase (it is counted after the last update)."""
    hp, L, iteration = trainer.hp, trainer.L, trainer.iteration
    names, alpha, lambd = trainer.activation_names, hp.leaky_alpha, hp.lambd
    X, Y = trainer.next_batch()
    m = X.shape[1]
    parameters = trainer.parameters()
    caches = []
    A = X
    for l in range(1, L + 1):
        A_prev, W, b = A, parameters[f"W{l}"], parameters[f"b{l}"]
        A, cache = linear_activation_forward(A_prev, W, b, names[l - 1], alpha)
        caches.append(cache)
        yield PhaseEvent("forward", l, {"A_prev": A_prev.copy(), "W": W.copy(), "b": b.copy(),
                                        "Z": cache[1].copy(), "A": A.copy()},
                         "forward", ran=(linear_forward, linear_activation_forward), iteration=iteration)
    AL = A
    cost = compute_cost(AL, Y, trainer.loss, ZL=caches[-1][1])
    ran: tuple[Callable, ...] = (compute_cost, cost_function(trainer.loss))
    if lambd:
        cost += l2_cost(parameters, lambd, m)
        ran += (l2_cost,)
    trainer.check_cost(cost)  # divergence: raised before anything changed
    yield PhaseEvent("cost", L, {"AL": AL.copy(), "Y": Y.copy()}, "cost", cost, ran, iteration)

    grads: dict[str, Array] = {}
    dA = AL
    for l in range(L, 0, -1):
        linear_cache, activation_cache = caches[l - 1]
        if l == L:  # dZ[L] = A[L] − Y, then the linear step
            dA_prev, dW, db = output_layer_backward(AL, Y, caches[l - 1])
            tensors = {"dZ": AL - Y}
            ran = (output_layer_backward, linear_backward)
        else:  # linear_activation_backward: dZ = dA * g'(Z) (activation_backward), then the linear step
            dZ = activation_backward(dA, activation_cache, names[l - 1], alpha)
            dA_prev, dW, db = linear_backward(dZ, linear_cache)
            g_prime = get_activation(names[l - 1], alpha).dg(activation_cache)  # the factor, for the inspector
            tensors = {"dA": dA.copy(), "g_prime": g_prime, "dZ": dZ}
            ran = (activation_backward, linear_backward)
        if lambd:
            dW = l2_backward(dW, parameters[f"W{l}"], lambd, m)
            ran += (l2_backward,)
        grads[f"dW{l}"], grads[f"db{l}"] = dW, db
        tensors.update({"dW": dW.copy(), "db": db.copy()})
        if l > 1:
            tensors["dA_prev"] = dA_prev.copy()
        dA = dA_prev
        yield PhaseEvent("backward", l, tensors, "backward_output" if l == L else "backward",
                         ran=ran, iteration=iteration)

    # Every layer's update is computed and checked before the first is written, so a
    # non-finite step (divergence) leaves the parameters as they were.
    updated = {l: update_layer(parameters[f"W{l}"], parameters[f"b{l}"], grads[f"dW{l}"], grads[f"db{l}"],
                               hp.learning_rate) for l in range(1, L + 1)}
    trainer.check_update([parameters[f"W{l}"] - W for l, (W, _) in updated.items()]
                         + [parameters[f"b{l}"] - b for l, (_, b) in updated.items()])
    for l in range(1, L + 1):
        W_new, b_new = updated[l]
        tensors = {"W_before": parameters[f"W{l}"], "b_before": parameters[f"b{l}"],
                   "dW": grads[f"dW{l}"], "db": grads[f"db{l}"], "W_after": W_new.copy(), "b_after": b_new.copy()}
        trainer.write_layer(l, W_new, b_new)
        if l == L:
            trainer.count_iteration(cost, grads, m)
        yield PhaseEvent("update", l, tensors, "update", ran=(update_layer,), iteration=iteration)


class PhaseStepper:
    """Takes a trainer's iterations one phase at a time; knows whether one is under way."""

    def __init__(self, trainer: "Trainer") -> None:
        self._trainer = trainer
        self._phases: Iterator[PhaseEvent] | None = None

    @property
    def in_iteration(self) -> bool:
        """True between the first and the last phase of an iteration."""
        return self._phases is not None

    def step_phase(self) -> PhaseEvent:
        """The next phase (starting an iteration if none is under way); DivergenceError ends the iteration."""
        if self._phases is None:
            self._phases = iteration_phases(self._trainer)
        try:
            event = next(self._phases)
        except DivergenceError:
            self._phases = None
            raise
        if event.kind == "update" and event.layer == self._trainer.L:
            self._phases = None
        return event

    def finish(self) -> list[PhaseEvent]:
        """Run the phases left of the iteration under way (none: nothing happens)."""
        events = []
        while self._phases is not None:
            events.append(self.step_phase())
        return events

    def abandon(self) -> None:
        """Forget the iteration under way (the trainer is being replaced)."""
        self._phases = None
