"""TrainingSession: the one object that owns the app's state and changes it.

Panels call its methods; views listen to its past-tense signals and redraw from
its current state. Nothing else writes the dataset, the hyperparameters or the
parameters (DESIGN.md §4). Every problem is reported as a message (the
``problem_reported`` signal), never as an exception escaping into Qt.

Training runs in short time-budgeted ticks (gui/model/play_loop.py), so the
window stays responsive without threads. What the student is looking at — a
neuron, an example — is ``session.selection`` (gui/model/selection.py).
"""

from __future__ import annotations

import math
import time
from dataclasses import replace
from typing import Any, Callable

import numpy as np
from PySide6.QtCore import QObject, Signal

from ...core.data.datasets import DATASETS, Dataset
from ...core.errors import BackpropStudioError, DivergenceError
from ...core.training.hyperparameters import Hyperparameters
from ...core.data.pipeline import DataSpec, PreparedData, data_bounds, fit_problem, grid, make_trainer, prepare
from ...core.training.trainer import Metrics, PhaseEvent, Trainer
from .selection import Selection
from .setters import NetworkSetters
from .play_loop import SPEEDS, TrainingLoop

Array = np.ndarray

FIELDS_THAT_KEEP_TRAINING = {"learning_rate", "lambd", "batch_size"}


class TrainingSession(NetworkSetters, QObject):
    """Dataset, hyperparameters, Trainer and history; play / pause / step / reset."""

    dataset_changed = Signal()
    hyperparameters_changed = Signal()
    parameters_reset = Signal()
    stepped = Signal()
    phase_advanced = Signal(object)  # PhaseEvent
    running_changed = Signal(bool)
    training_failed = Signal(str)
    problem_reported = Signal(str)
    speed_changed = Signal(int)
    parameters_edited = Signal()  # the student typed a weight

    def __init__(self, data_spec: DataSpec | None = None, hyperparameters: Hyperparameters | None = None,
                 parent: QObject | None = None, *, clock: Callable[[], float] = time.perf_counter) -> None:
        super().__init__(parent)
        self._data_spec = data_spec or DataSpec()
        self._dataset: Dataset = self._data_spec.make()
        self._hp = fit_problem(hyperparameters or Hyperparameters(), self._dataset)
        self._prepared: PreparedData = prepare(self._dataset, self._hp, self._data_spec.test_ratio, self._data_spec.seed)
        self._trainer: Trainer = make_trainer(self._prepared, self._hp)
        self._metrics: Metrics | None = None
        self.next_evaluation = 1
        self._last_event: PhaseEvent | None = None
        self._loop = TrainingLoop(self, clock)  # clock: seconds, for the tick budget and the speed limit
        self.max_iterations: int | None = None  # stop automatically at this iteration (for --iterations)
        self.selection = Selection(self)

    # ------------------------------------------------------------------ state (read-only)
    @property
    def data_spec(self) -> DataSpec:
        return self._data_spec

    @property
    def dataset(self) -> Dataset:
        return self._dataset

    @property
    def prepared(self) -> PreparedData:
        return self._prepared

    @property
    def hyperparameters(self) -> Hyperparameters:
        return self._hp

    @property
    def trainer(self) -> Trainer:
        return self._trainer

    @property
    def iteration(self) -> int:
        return self._trainer.iteration

    @property
    def running(self) -> bool:
        return self._loop.running

    @property
    def speed(self) -> int:
        return self._loop.speed

    @property
    def last_phase(self) -> PhaseEvent | None:
        return self._last_event

    def metrics(self) -> Metrics:
        """Costs and accuracies at the current iteration (computed once per iteration)."""
        if self._metrics is None or self._metrics.iteration != self._trainer.iteration:
            self._metrics = self._trainer.evaluate()
        return self._metrics

    def evaluate(self) -> None:
        """Record train/test cost and accuracy now. The test curve's points come from here, on a
        schedule dense at the start and sparser later (every ~0.5 % of the iterations so far), so
        it does not depend on which view asks or how long a tick is."""
        self._metrics = self._trainer.evaluate()
        self.next_evaluation = self.iteration + max(1, self.iteration // 200)

    def iterations_per_second(self) -> float:
        """Measured over the last second or so of play (0 when paused)."""
        return self._loop.iterations_per_second()

    def bounds(self) -> tuple[float, float, float, float]:
        """The input-plane box the views draw: around all points, with a margin."""
        return data_bounds(self._dataset)

    def output_grid(self, resolution: int = 100) -> tuple[tuple[float, float, float, float], Array]:
        """The network's output A[L] over the input plane: (bounds, (n_y, resolution, resolution)).

        Indexed [unit, x2, x1]; for a sigmoid output the one row is P(class 1).
        """
        box = self.bounds()
        _, _, points = grid(box, resolution)
        AL = self._trainer.output(self._prepared.inputs(points))
        return box, AL.reshape(AL.shape[0], resolution, resolution)

    def neuron_maps(self, resolution: int = 24) -> tuple[tuple[float, float, float, float], list[Array]]:
        """Every neuron's output over the input plane: (bounds, [A[0], A[1], ..., A[L]]),
        each A[l] of shape (n[l], resolution, resolution) indexed [unit, x2, x1].
        A[0] holds the input features themselves (as the network sees them)."""
        box = self.bounds()
        _, _, points = grid(box, resolution)
        _, As = self._trainer.forward_all(self._prepared.inputs(points))
        return box, [A.reshape(A.shape[0], resolution, resolution) for A in As]

    def example_values(self, i: int) -> tuple[list[Array], list[Array]]:
        """Z[1..L] and A[0..L] of training example i alone (the non-vectorised view x^(i))."""
        x = self._prepared.X_train[:, i : i + 1]
        return self._trainer.forward_all(x)

    def set_weight(self, key: str, row: int, col: int, value: float) -> bool:
        """Type one weight or bias (W[l][row, col] or b[l][row, 0]); training goes on from there."""
        try:
            self._trainer.set_weight(key, row, col, float(value))
        except (BackpropStudioError, IndexError, ValueError) as error:
            self.problem_reported.emit(str(error))
            return False
        self._metrics = None
        self._last_event = None
        self.parameters_edited.emit()
        return True

    # ------------------------------------------------------------------ running
    def play(self) -> None:
        if self._loop.start():
            self.running_changed.emit(True)

    def pause(self) -> None:
        if self._loop.stop():
            self.running_changed.emit(False)

    def toggle_play(self) -> None:
        self.pause() if self.running else self.play()

    def set_speed(self, iterations_per_second: int) -> None:
        """Iterations per second while playing; 0 means as fast as the machine goes."""
        if iterations_per_second not in SPEEDS:
            self.problem_reported.emit(self.tr("Unknown speed: %1").replace("%1", str(iterations_per_second)))
            return
        if self._loop.set_speed(iterations_per_second):
            self.speed_changed.emit(iterations_per_second)

    def after_steps(self, done: int) -> None:
        """Called after one or more iterations (by the loop's tick or a Step)."""
        if self._metrics is None or self._metrics.iteration != self.iteration:
            self.evaluate()
        self._loop.count(done)
        self._last_event = None
        self.stepped.emit()

    def report_divergence(self, error: DivergenceError) -> None:
        self.pause()
        cost = "∞" if not math.isfinite(error.cost) else f"{error.cost:.4g}"
        message = self.tr(
            "Training diverged at iteration %1: the cost became %2. The last finite parameters were kept. "
            "Try a smaller learning rate α (now %3) or a smaller initialization scale, then press Reset (R): "
            "the kept parameters may already be too large to recover from."
        ).replace("%1", str(error.iteration)).replace("%2", cost).replace("%3", f"{self._hp.learning_rate:g}")
        self.training_failed.emit(message)

    def step_iteration(self) -> None:
        """One whole iteration (finishes a phase-by-phase iteration under way)."""
        self.pause()
        try:
            self._trainer.step()
        except DivergenceError as error:
            self.report_divergence(error)
            return
        self.after_steps(1)

    def step_phase(self) -> PhaseEvent | None:
        """Advance one phase of the current iteration and announce it."""
        self.pause()
        try:
            event = self._trainer.step_phase()
        except DivergenceError as error:
            self.report_divergence(error)
            return None
        self._last_event = event
        self.phase_advanced.emit(event)
        if not self._trainer.in_iteration:
            self.stepped.emit()
            self._last_event = event
        return event

    def reset(self) -> None:
        """Back to iteration 0 with fresh parameters drawn from the seed."""
        self.pause()
        self._rebuild_trainer()

    # ------------------------------------------------------------------ data
    def set_data_spec(self, **changes: Any) -> bool:
        """Change dataset name, m, noise, seed or test ratio; regenerates the data."""
        try:
            spec = replace(self._data_spec, **changes)
            if spec == self._data_spec and self._dataset.name == spec.name:
                return True  # nothing changed: keep the points and the training
            if "name" in changes and changes["name"] != self._data_spec.name:
                d = DATASETS[spec.name] if spec.name in DATASETS else None
                if d is not None and "noise" not in changes:
                    spec = replace(spec, noise=d.default_noise)
            dataset = spec.make()
            hp = fit_problem(self._hp, dataset)
            prepared = prepare(dataset, hp, spec.test_ratio, spec.seed)
        except (BackpropStudioError, TypeError, KeyError) as error:
            self.problem_reported.emit(str(error))
            return False
        self._install_data(spec, dataset, hp, prepared)
        return True

    def set_dataset(self, dataset: Dataset) -> bool:
        """Train on given points (drawn or imported) instead of a generator."""
        try:
            hp = fit_problem(self._hp, dataset)
            prepared = prepare(dataset, hp, self._data_spec.test_ratio, self._data_spec.seed)
        except BackpropStudioError as error:
            self.problem_reported.emit(str(error))
            return False
        self._install_data(replace(self._data_spec, name=dataset.name), dataset, hp, prepared)
        return True

    def regenerate(self) -> bool:
        """New points from the next seed (the Regenerate button)."""
        return self.set_data_spec(seed=(self._data_spec.seed + 1) % (2**31))

    def _install_data(self, spec: DataSpec, dataset: Dataset, hp: Hyperparameters, prepared: PreparedData) -> None:
        self.pause()
        problem_changed = hp != self._hp
        self._data_spec, self._dataset, self._hp, self._prepared = spec, dataset, hp, prepared
        self._rebuild_trainer()  # before the signals, so their slots see the new trainer
        if problem_changed:
            self.hyperparameters_changed.emit()
        self.dataset_changed.emit()

    # ------------------------------------------------------------------ hyperparameters
    def set_hyperparameters(self, **changes: Any) -> bool:
        """Change any hyperparameters; False (and a message) if a value is refused.

        α, λ and the batch size apply at once and training goes on; anything
        else changes the network or its inputs, so training restarts (and says so).
        """
        try:
            hp = self._hp.with_changes(**changes)
        except (BackpropStudioError, TypeError) as error:
            self.problem_reported.emit(str(error))
            return False
        if hp == self._hp:
            return True
        keeps = set(changes) <= FIELDS_THAT_KEEP_TRAINING
        old = self._hp
        self._hp = hp
        if keeps:
            self._trainer.update_hyperparameters(hp)
            self.hyperparameters_changed.emit()
            return True
        try:
            prepared = prepare(self._dataset, hp, self._data_spec.test_ratio, self._data_spec.seed)
            trainer = make_trainer(prepared, hp)
        except BackpropStudioError as error:
            self._hp = old
            self.problem_reported.emit(str(error))
            return False
        was_running = self.running
        self.pause()
        self._prepared = prepared
        self._install_trainer(trainer)
        self.hyperparameters_changed.emit()
        self.parameters_reset.emit()
        if old.architecture() != hp.architecture() or old.initialization != hp.initialization:
            self.problem_reported.emit(self.tr("The network changed, so training restarted from iteration 0."))
        if was_running:
            self.play()
        return True

    def _rebuild_trainer(self) -> None:
        try:
            trainer = make_trainer(self._prepared, self._hp)
        except BackpropStudioError as error:
            self.problem_reported.emit(str(error))
            return
        self._install_trainer(trainer)
        self.parameters_reset.emit()

    def _install_trainer(self, trainer: Trainer) -> None:
        """Switch to ``trainer`` and forget what belonged to the old one (signals are the caller's)."""
        self._trainer = trainer
        self._metrics = None
        self.next_evaluation = trainer.iteration + 1
        self._last_event = None
        self.selection.forget_invalid()

    # ------------------------------------------------------------------ whole states (lessons, files)
    def apply(self, *, data_spec: DataSpec | None = None, dataset: Dataset | None = None,
              hyperparameters: Hyperparameters | None = None, parameters: dict[str, Array] | None = None,
              trainer_state: dict | None = None) -> bool:
        """Install data, hyperparameters and (optionally) parameters or a saved training state at once.

        For lessons, opened session files and imported parameters: everything is
        validated first, so on any problem nothing changes (False and a message).
        ``dataset`` gives the points themselves (drawn or imported); otherwise
        ``data_spec`` generates them.
        """
        try:
            spec = data_spec or self._data_spec
            points = dataset if dataset is not None else (spec.make() if data_spec is not None else self._dataset)
            if dataset is not None:
                spec = replace(spec, name=dataset.name)
            hp = fit_problem(hyperparameters or self._hp, points)
            prepared = prepare(points, hp, spec.test_ratio, spec.seed)
            trainer = make_trainer(prepared, hp, parameters)
            if trainer_state is not None:
                trainer.restore(trainer_state)
        except (BackpropStudioError, KeyError, TypeError, ValueError) as error:
            self.problem_reported.emit(str(error))
            return False
        self.pause()
        self._data_spec, self._dataset, self._hp, self._prepared = spec, points, hp, prepared
        self._install_trainer(trainer)
        self.parameters_reset.emit()
        self.hyperparameters_changed.emit()
        self.dataset_changed.emit()
        return True
