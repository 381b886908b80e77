"""A Snapshot: everything the views show, frozen at one moment of the session.

The session makes one per change (the GUI: at most one per tick) and every view
draws from the latest one, so the toolbar counter, the status bar, the cost
curve, the diagram and the inspector always show the same iteration, the same
parameters and the same cost. A snapshot owns read-only copies of what can
change (parameters, gradients, history) and shares what never changes (the
dataset, the prepared matrices, the hyperparameters), so it can be drawn from
any thread while training goes on.

Its methods compute what a view needs (the output over the plane, every
neuron's map, one example's values) from those frozen parameters with the
course's ``L_model_forward``: reading a snapshot never touches the session.
"""

from __future__ import annotations

from dataclasses import dataclass
from types import MappingProxyType
from typing import TYPE_CHECKING, Mapping

import numpy as np

from ..data.datasets import Dataset
from ..data.pipeline import DataSpec, PreparedData, data_bounds, grid
from ..nn.activations import get_activation
from ..nn.losses import loss_for_output
from ..nn.propagation import L_model_forward
from ..training.hyperparameters import Hyperparameters
from ..training.history import History, envelope
from ..training.phases import PhaseEvent
from ..training.trainer import Metrics

if TYPE_CHECKING:
    from .timeline import Moment

Array = np.ndarray
Box = tuple[float, float, float, float]


@dataclass(frozen=True)
class Selection:
    """What the student looks at: a neuron (layer, unit), layer 0 being an input; a training example i."""

    neuron: tuple[int, int] | None = None
    example: int | None = None

    def valid_for(self, layer_dims: list[int], m: int) -> "Selection":
        """This selection without what a network of ``layer_dims`` trained on m examples does not have."""
        neuron, example = self.neuron, self.example
        if neuron is not None and not (0 <= neuron[0] < len(layer_dims) and 0 <= neuron[1] < layer_dims[neuron[0]]):
            neuron = None
        if example is not None and example >= m:
            example = None
        return Selection(neuron, example)


@dataclass(frozen=True)
class Divergence:
    """Training stopped at ``iteration`` because the cost became ``cost`` (inf, NaN or exploded)."""

    iteration: int
    cost: float
    learning_rate: float


@dataclass(frozen=True, eq=False)
class HistoryView:
    """The cost J per iteration (``iterations``, ``costs``: at most ``MAX_CURVE_POINTS``, the highs and
    lows of each stretch kept when longer) and the evaluation rows (see core.training.history)."""

    iterations: Array
    costs: Array
    evaluations: Array


@dataclass(frozen=True, eq=False)
class YourRun:
    """The run trains with the student's functions: from file ``name``, ``roles`` ((role, "student" or
    "core"), … for forward, cost, backward, update), since iteration ``since``; ``reference`` is core's run
    from the same start (its cost curve), ``reference_diverged`` once that run stopped."""

    name: str
    roles: tuple[tuple[str, str], ...]
    since: int
    reference: "HistoryView"
    reference_diverged: bool = False


@dataclass(frozen=True)
class LessonStatus:
    """The active lesson (by name, numbered from 1) and which of its checks have ticked."""

    name: str
    number: int
    ticked: tuple[bool, ...]


def history_view(history: History, max_points: int) -> HistoryView:
    """Read-only copies of a run's history for a snapshot: the cost curve thinned to ``max_points``."""
    iterations, costs = envelope(*history.cost_curve(), max_points)
    evaluations = history.evaluations.array()
    for array in (iterations, costs, evaluations):
        array.flags.writeable = False
    return HistoryView(iterations, costs, evaluations)


def _frozen(arrays: Mapping[str, Array]) -> Mapping[str, Array]:
    for array in arrays.values():
        array.flags.writeable = False
    return MappingProxyType(dict(arrays))


@dataclass(frozen=True, eq=False)
class Snapshot:
    """The session at one moment. ``version`` grows with every change; ``structure_version`` only when
    the network, its inputs or the data changed (a view rebuilds then, and just redraws otherwise)."""

    version: int
    structure_version: int
    iteration: int
    data_spec: DataSpec
    dataset: Dataset
    prepared: PreparedData
    hyperparameters: Hyperparameters
    parameters: Mapping[str, Array]
    gradients: Mapping[str, Array]
    metrics: Metrics
    history: HistoryView
    phase: PhaseEvent | None = None
    in_iteration: bool = False
    selection: Selection = Selection()
    divergence: Divergence | None = None
    lesson: LessonStatus | None = None
    #: Set when this snapshot shows a past iteration (the timeline): the run's present iteration.
    present: int | None = None
    #: Set while the run trains with the student's functions (core.student.your_trainer).
    yours: YourRun | None = None

    @classmethod
    def make(cls, parameters: dict[str, Array], gradients: dict[str, Array], **fields) -> "Snapshot":
        """A snapshot owning read-only ``parameters`` and ``gradients`` (the caller passes fresh copies)."""
        return cls(parameters=_frozen(parameters), gradients=_frozen(gradients), **fields)

    def of_the_past(self, moment: "Moment", present: int) -> "Snapshot":
        """This snapshot's data, history and selection with the run as it was at ``moment`` (the timeline)."""
        return Snapshot.make(
            moment.parameters, moment.gradients, version=self.version, structure_version=self.structure_version,
            iteration=moment.iteration, data_spec=self.data_spec, dataset=self.dataset, prepared=self.prepared,
            hyperparameters=moment.hyperparameters, metrics=moment.metrics, history=self.history,
            selection=self.selection, lesson=self.lesson, present=present, yours=self.yours)

    # ------------------------------------------------------------------ facts of the network
    @property
    def layer_dims(self) -> list[int]:
        return self.hyperparameters.layer_dims()

    @property
    def activations(self) -> list[str]:
        """g[1] .. g[L]."""
        return self.hyperparameters.activations()

    @property
    def L(self) -> int:
        return len(self.layer_dims) - 1

    @property
    def loss(self) -> str:
        return loss_for_output(self.hyperparameters.output_activation)

    @property
    def m(self) -> int:
        """Training examples m."""
        return self.prepared.train.m

    @property
    def batch_m(self) -> int:
        """Examples per iteration: m, or the mini-batch size."""
        batch = self.hyperparameters.batch_size
        return self.m if batch is None else min(batch, self.m)

    # ------------------------------------------------------------------ computed from the frozen parameters
    def forward(self, X: Array) -> tuple[list[Array], list[Array]]:
        """Z[1..L] and A[0..L] for network inputs X (n[0], k) with this snapshot's parameters."""
        hp = self.hyperparameters
        with np.errstate(over="ignore", invalid="ignore"):  # kept parameters after a divergence may be huge
            AL, caches = L_model_forward(X, dict(self.parameters), self.activations, hp.leaky_alpha)
        Zs = [Z for _, Z in caches]
        As = [X] + [cache[0][0] for cache in caches[1:]] + [AL]
        return Zs, As

    def bounds(self) -> Box:
        """The input-plane box the views draw: around all points, with a margin."""
        return data_bounds(self.dataset)

    def output_grid(self, resolution: int = 100) -> tuple[Box, Array]:
        """A[L] over the input plane: (box, (n_y, resolution, resolution)) indexed [unit, x2, x1]."""
        box = self.bounds()
        _, _, points = grid(box, resolution)
        _, As = self.forward(self.prepared.inputs(points))
        AL = As[-1]
        return box, AL.reshape(AL.shape[0], resolution, resolution)

    def neuron_maps(self, resolution: int = 24) -> tuple[Box, list[Array]]:
        """Every neuron's output over the plane: (box, [A[0], ..., A[L]]), each (n[l], resolution, resolution)."""
        box = self.bounds()
        _, _, points = grid(box, resolution)
        _, As = self.forward(self.prepared.inputs(points))
        return box, [A.reshape(A.shape[0], resolution, resolution) for A in As]

    def example_values(self, i: int) -> tuple[list[Array], list[Array]]:
        """Z[1..L] and A[0..L] of training example i alone (the course's x⁽ⁱ⁾ as one column)."""
        return self.forward(self.prepared.X_train[:, i : i + 1])

    def training_values(self) -> tuple[list[Array], list[Array]]:
        """Z[1..L] and A[0..L] over the whole training set (the activation histograms)."""
        return self.forward(self.prepared.X_train)

    def slope(self, layer: int, Z: Array) -> Array:
        """g[layer]'(Z) element-wise."""
        return get_activation(self.activations[layer - 1], self.hyperparameters.leaky_alpha).dg(Z)


__all__ = ["Snapshot", "Selection", "Divergence", "HistoryView", "LessonStatus", "YourRun"]
