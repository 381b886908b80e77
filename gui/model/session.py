"""TrainingSession: the Qt adapter over core's ``Session`` (the model).

Panels call its methods; each asks the model for the change and turns the
model's answer into signals. A refusal (a ``BackpropStudioError`` with its code)
becomes ``problem_reported``; it never escapes into Qt. Every signal that
announces new state carries the model's frozen ``Snapshot``, made once per
change (at most once per training tick), and every view draws from it:

* ``structure_changed(snapshot)`` — the network, its inputs or the data changed;
* ``state_changed(snapshot)`` — anything shown changed (iteration, parameters, phase, lesson ...);
* ``selection_changed(snapshot)`` — the neuron or example looked at changed.

Training runs in short ticks of the play loop (gui/model/play_loop.py).
"""

from __future__ import annotations

import time
from typing import Any, Callable

import numpy as np
from PySide6.QtCore import QObject, Signal

from ...core.data.datasets import Dataset
from ...core.data.pipeline import DataSpec, PreparedData
from ...core.errors import BackpropStudioError, DivergenceError
from ...core.files.session_file import SessionState
from ...core.session import Change, Changed, Session, Snapshot
from ...core.session import edits
from ...core.training.hyperparameters import Hyperparameters
from ...core.training.phases import PhaseEvent
from ...core.training.trainer import Metrics, Trainer
from .play_loop import SPEEDS, TrainingLoop
from .selection import Selection
from ..support.messages import format_message

Array = np.ndarray


class TrainingSession(QObject):
    """The app's one session: the model, play / pause / step, and the signals views listen to."""

    structure_changed = Signal(object)  # Snapshot
    state_changed = Signal(object)  # Snapshot
    selection_changed = Signal(object)  # Snapshot
    # The finer signals of the first version, emitted alongside while views move to snapshots.
    dataset_changed = Signal()
    hyperparameters_changed = Signal()
    parameters_reset = Signal()
    stepped = Signal()
    phase_advanced = Signal(object)  # PhaseEvent
    parameters_edited = Signal()
    running_changed = Signal(bool)
    training_failed = Signal(str)
    problem_reported = Signal(str)
    speed_changed = Signal(int)

    def __init__(self, data_spec: DataSpec | None = None, hyperparameters: Hyperparameters | None = None,
                 parent: QObject | None = None, *, clock: Callable[[], float] = time.perf_counter) -> None:
        super().__init__(parent)
        self._model = Session(data_spec, hyperparameters)
        self._loop = TrainingLoop(self, clock)  # clock: seconds, for the tick budget and the speed limit
        self.max_iterations: int | None = None  # stop automatically at this iteration (for --iterations)
        self.selection = Selection(self)

    # ------------------------------------------------------------------ state (read-only)
    @property
    def model(self) -> Session:
        """The core model (files, lessons and tests read it; views draw from ``snapshot``)."""
        return self._model

    @property
    def snapshot(self) -> Snapshot:
        """The latest snapshot: what every view shows."""
        return self._model.snapshot()

    @property
    def data_spec(self) -> DataSpec:
        return self._model.data_spec

    @property
    def dataset(self) -> Dataset:
        return self._model.dataset

    @property
    def prepared(self) -> PreparedData:
        return self._model.prepared

    @property
    def hyperparameters(self) -> Hyperparameters:
        return self._model.hyperparameters

    @property
    def trainer(self) -> Trainer:
        return self._model.trainer

    @property
    def iteration(self) -> int:
        return self._model.iteration

    @property
    def running(self) -> bool:
        return self._loop.running

    @property
    def speed(self) -> int:
        return self._loop.speed

    @property
    def last_phase(self) -> PhaseEvent | None:
        return self._model.snapshot().phase

    def metrics(self) -> Metrics:
        """Costs and accuracies at the current state (reading: records nothing)."""
        return self._model.metrics()

    def iterations_per_second(self) -> float:
        """Measured over the last second or so of play (0 when paused)."""
        return self._loop.iterations_per_second()

    def bounds(self) -> tuple[float, float, float, float]:
        return self.snapshot.bounds()

    def output_grid(self, resolution: int = 100) -> tuple[tuple[float, float, float, float], Array]:
        return self.snapshot.output_grid(resolution)

    def neuron_maps(self, resolution: int = 24) -> tuple[tuple[float, float, float, float], list[Array]]:
        return self.snapshot.neuron_maps(resolution)

    def example_values(self, i: int) -> tuple[list[Array], list[Array]]:
        return self.snapshot.example_values(i)

    # ------------------------------------------------------------------ asking the model
    def _ask(self, change: Callable[[], Changed]) -> bool:
        """Run one change of the model; announce what changed, or report why it was refused."""
        try:
            changed = change()
        except BackpropStudioError as error:
            self.problem_reported.emit(format_message(error))
            return False
        self.announce(changed)
        return True

    def announce(self, changed: Changed) -> None:
        """Emit the signals for ``changed`` (each carrying the new snapshot)."""
        what = changed.what
        if not what:
            return
        if what & Change.RUN:
            self.pause()
            self.selection.sync()
            self.parameters_reset.emit()
        elif what & Change.PARAMETERS and not what & Change.PROGRESS:
            self.parameters_edited.emit()
        if what & Change.HYPERPARAMETERS:
            self.hyperparameters_changed.emit()
        if what & Change.DATA:
            self.dataset_changed.emit()
        if what & Change.PROGRESS and not what & Change.RUN:
            self.stepped.emit()
        snapshot = self.snapshot
        if what & (Change.STRUCTURE | Change.DATA):
            self.structure_changed.emit(snapshot)
        if what & Change.SELECTION:
            self.selection.sync()
            self.selection_changed.emit(snapshot)
        self.state_changed.emit(snapshot)
        if changed.restarted:
            self.problem_reported.emit(self.tr("The network changed, so training restarted from iteration 0."))

    def set_weight(self, key: str, row: int, col: int, value: float) -> bool:
        """Type one weight or bias (W[l][row, col] or b[l][row, 0]); training goes on from there."""
        return self._ask(lambda: self._model.set_weight(key, row, col, value))

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
        self._loop.count(done)
        self.announce(Changed(Change.PROGRESS | Change.PARAMETERS))

    def report_divergence(self, error: DivergenceError) -> None:
        self.pause()
        self.state_changed.emit(self.snapshot)
        self.training_failed.emit(format_message(error))  # core's one divergence message, with its advice


    def step_iteration(self) -> None:
        """One whole iteration (finishes a phase-by-phase iteration under way)."""
        self.pause()
        try:
            self._model.step()
        except DivergenceError as error:
            self.report_divergence(error)
            return
        self.after_steps(1)

    def step_phase(self) -> PhaseEvent | None:
        """Advance one phase of the current iteration and announce it."""
        self.pause()
        try:
            event = self._model.step_phase()
        except DivergenceError as error:
            self.report_divergence(error)
            return None
        self.phase_advanced.emit(event)
        if not self._model.in_iteration:
            self.stepped.emit()
        self.state_changed.emit(self.snapshot)
        return event

    def reset(self) -> None:
        """Back to iteration 0 with fresh parameters drawn from the seed."""
        self.pause()
        self._ask(self._model.reset)

    # ------------------------------------------------------------------ data
    def set_data_spec(self, **changes: Any) -> bool:
        """Change dataset name, m, noise, seed or test ratio; regenerates the data."""
        return self._ask(lambda: self._model.set_data_spec(**changes))

    def set_dataset(self, dataset: Dataset) -> bool:
        """Train on given points (drawn or imported) instead of a generator."""
        return self._ask(lambda: self._model.set_dataset(dataset))

    def regenerate(self) -> bool:
        """New points from the next seed (the Regenerate button)."""
        return self._ask(self._model.regenerate)

    # ------------------------------------------------------------------ hyperparameters
    def set_hyperparameters(self, **changes: Any) -> bool:
        """Change any hyperparameters; False (and a message) if a value is refused.

        α, λ and the batch size apply at once and training goes on; anything else
        changes the network or its inputs, so training restarts (and says so).
        """
        was_running = self.running

        def change() -> Changed:
            changed = self._model.set_hyperparameters(**changes)
            if changed.what & Change.RUN:
                self.pause()
            return changed

        accepted = self._ask(change)
        if accepted and was_running and not self.running:
            self.play()
        return accepted

    def set_learning_rate(self, value: object) -> bool:
        return self._edit(lambda hp: edits.learning_rate(value))

    def set_hidden_units(self, units: tuple[int, ...], activations: tuple[str, ...] | None = None) -> bool:
        """Replace the hidden layers: units per layer (and their activations)."""
        return self._edit(lambda hp: edits.hidden_layers(hp, units, activations))

    def add_layer(self) -> bool:
        return self._edit(edits.add_layer)

    def remove_layer(self) -> bool:
        if not self.hyperparameters.hidden_units:
            return False
        return self._edit(edits.remove_layer)

    def set_layer_units(self, layer: int, n: int) -> bool:
        """n[layer] for hidden layer ``layer`` (1-based)."""
        return self._edit(lambda hp: edits.layer_units(hp, layer, n))

    def set_layer_activation(self, layer: int, name: str) -> bool:
        """g[layer] for hidden layer ``layer`` (1-based)."""
        return self._edit(lambda hp: edits.layer_activation(hp, layer, name))

    def _edit(self, make_changes: Callable[[Hyperparameters], dict[str, Any]]) -> bool:
        try:
            changes = make_changes(self.hyperparameters)
        except BackpropStudioError as error:
            self.problem_reported.emit(format_message(error))
            return False
        return self.set_hyperparameters(**changes)

    # ------------------------------------------------------------------ whole states (lessons, files)
    def apply(self, *, data_spec: DataSpec | None = None, dataset: Dataset | None = None,
              hyperparameters: Hyperparameters | None = None, parameters: dict[str, Array] | None = None,
              trainer_state: dict | None = None) -> bool:
        """Install data, hyperparameters and (optionally) parameters or a saved training state at once.

        Everything is validated first, so on any problem nothing changes (False and a message).
        """
        self.pause()
        return self._ask(lambda: self._model.apply(data_spec=data_spec, dataset=dataset,
                                                   hyperparameters=hyperparameters, parameters=parameters,
                                                   trainer_state=trainer_state))

    def load_lesson(self, name: str) -> bool:
        """Install a lesson's preset and start its checks (the model keeps them)."""
        self.pause()
        return self._ask(lambda: self._model.load_lesson(name))

    def resume_lesson(self, name: str | None) -> bool:
        """Make ``name`` the active lesson without touching data or network."""
        return self._ask(lambda: self._model.resume_lesson(name))

    def note_lab(self, name: str) -> bool:
        return self._ask(lambda: self._model.note_lab(name))

    def note_experiment(self, parameter: str, n_values: int, complete: bool) -> bool:
        return self._ask(lambda: self._model.note_experiment(parameter, n_values, complete))

    def restore(self, state: SessionState) -> bool:
        """Continue a saved session (its lesson active again); on any problem nothing changes."""
        self.pause()
        return self._ask(lambda: self._model.restore(state))
