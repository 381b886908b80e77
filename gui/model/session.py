"""TrainingSession: the Qt adapter over core's ``Session`` (the model).

Panels call its methods; each asks the model for the change and turns the answer into
signals; a refusal (a coded ``BackpropStudioError``) becomes ``problem_reported``, never an
exception in Qt. Every state signal carries the model's frozen ``Snapshot``:

* ``structure_changed(snapshot)`` — the network, its inputs or the data changed;
* ``state_changed(snapshot)`` — anything shown changed (iteration, parameters, phase, lesson ...);
* ``selection_changed(snapshot)`` — the neuron or example looked at changed.

Play trains on a thread of its own (gui/model/worker.py), driven by ``playback``
(gui/model/playback.py: Play, Pause, Step); the window's thread only draws. Every change goes through ``_ask``, which first holds the worker (an iteration
under way is discarded, never half-applied), so changes apply between iterations in
the order they were made. The views' expensive pictures of a snapshot are computed on
another thread (``renderer``, gui/model/renderer.py).

The past: ``timeline`` (gui/model/timeline_cursor.py) says which iteration the views show; while
it shows a past one, ``snapshot`` is that past snapshot. Any change other than a selection, and
Play or Step, return to the present first.
"""

from __future__ import annotations

import threading
import time
from typing import Any, Callable, Hashable

import numpy as np
from PySide6.QtCore import QObject, Signal

from ...core.data.datasets import Dataset
from ...core.data.pipeline import DataSpec, PreparedData
from ...core.errors import BackpropStudioError
from ...core.files.notebook import write_notebook
from ...core.files.session_file import SessionState
from ...core.session import Change, Changed, Session, Snapshot
from ...core.session import edits
from ...core.student.your_trainer import YourFunctions
from ...core.teaching.lessons import get_lesson
from ...core.training.history import History
from ...core.training.hyperparameters import Hyperparameters
from ...core.training.phases import PhaseEvent
from ...core.training.trainer import Metrics, Trainer
from .renderer import MapRenderer
from .selection import Selection
from .timeline_cursor import TimelineCursor
from .playback import Playback
from ..support.messages import format_message

Array = np.ndarray


class TrainingSession(QObject):
    """The app's one session: the model, play / pause / step, and the signals views listen to."""

    structure_changed = Signal(object)  # Snapshot
    state_changed = Signal(object)  # Snapshot
    selection_changed = Signal(object)  # Snapshot
    running_changed = Signal(bool)
    training_failed = Signal(str)
    problem_reported = Signal(str)
    speed_changed = Signal(int)
    past_changed = Signal(object)  # the past iteration now shown, or None: back to the present

    def __init__(self, data_spec: DataSpec | None = None, hyperparameters: Hyperparameters | None = None,
                 parent: QObject | None = None, *, clock: Callable[[], float] = time.perf_counter) -> None:
        super().__init__(parent)
        self._model = Session(data_spec, hyperparameters)
        self.lock = threading.RLock()  # the model's: whoever reads it off the window's thread holds it
        self.playback = Playback(self, self._model, self.lock, clock, self)  # Play, Pause, Step on the worker
        self._worker = self.playback.worker  # every change holds it first
        self.renderer = MapRenderer(self)
        self._shown = self._model.snapshot()
        self._selection_shown = self._shown.selection
        self.selection = Selection(self)
        self.timeline = TimelineCursor(self)  # which iteration the views show: the present or a past one

    # ------------------------------------------------------------------ state (read-only)
    @property
    def model(self) -> Session:
        """The core model (files, lessons and tests read it; views draw from ``snapshot``)."""
        return self._model

    @property
    def snapshot(self) -> Snapshot:
        """The latest snapshot: what every view shows (while playing, the last one the worker published;
        while the timeline shows a past iteration, that iteration's snapshot).

        Reading it never changes what was announced: a view that reads it inside a signal (even during
        Pause) cannot make the session skip announcing the state that follows."""
        if self.timeline.past is not None:
            return self.timeline.past
        if not self.playback.live:
            with self._worker.hold():
                return self._model.snapshot()
        return self._shown

    def rendered(self, key: Hashable) -> Any | None:
        """The renderer's product ``key`` of the latest snapshot: ready, or computed now when nothing
        plays; None while playing until the renderer has it (the view keeps its last picture)."""
        snapshot = self.snapshot
        value = self.renderer.get(snapshot, key)
        if value is None and not self.playback.running:
            value = self.renderer.compute_now(snapshot, key)
        return value

    @property
    def settling(self) -> bool:
        """True for a moment after pausing a big network: the state it stopped in is not shown yet."""
        return self._worker.settling

    @property
    def max_iterations(self) -> int | None:
        """Play stops by itself at this iteration (``--iterations``); None: never."""
        return self._worker.max_iterations

    @max_iterations.setter
    def max_iterations(self, value: int | None) -> None:
        self._worker.max_iterations = value

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
    def playing(self) -> bool:
        """True while the worker trains (for a moment after Pause it may still be finishing)."""
        return self._worker.playing

    @property
    def running(self) -> bool:
        """True from Play until the window has shown the end of play (Pause, the limit, divergence)."""
        return self.playback.running

    @property
    def speed(self) -> int:
        return self._worker.limit.speed

    def metrics(self) -> Metrics:
        """Costs and accuracies of the latest snapshot (reading: records nothing)."""
        return self.snapshot.metrics

    def iterations_per_second(self) -> float:
        """Measured over the last second or so of play (0 when paused)."""
        return self._worker.rate()

    def state(self) -> SessionState:
        """Everything a session file holds, now (an iteration taken phase by phase is finished first)."""
        with self._worker.hold():
            self._model.settle()
            return self._model.state()

    def history(self) -> History:
        """A copy of the run's whole history (every cost kept, every evaluation), for exporting it."""
        with self._worker.hold():
            copy = History()
            copy.restore(self._model.trainer.history.state())
        return copy

    def write_notebook(self, path: str) -> None:
        """A Jupyter notebook that redoes this run with the course's functions (core.files.notebook)."""
        with self._worker.hold():
            self._model.settle()
            write_notebook(path, self._model)

    def export_meta(self) -> dict:
        """What a parameter file records besides W and b, for the latest state."""
        with self._worker.hold():
            return self._model.export_meta()

    def shut_down(self) -> None:
        """Stop training and the helper threads (the window is closing)."""
        self.pause()
        self._worker.shut_down()
        self.renderer.close()
        if self._model.functions is not None:
            self._model.functions.close()

    # ------------------------------------------------------------------ asking the model
    def _ask(self, change: Callable[[], Changed]) -> bool:
        """Run one change of the model between iterations; announce what changed, or report why it was refused."""
        with self._worker.hold():
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
        with self._worker.hold():
            snapshot = self._shown = self._model.snapshot()
        snapshot, left_past = self.timeline.follow(what, snapshot)
        if self.playback.running:  # paused, a view computes what it draws when it draws (renderer.compute_now)
            self.renderer.submit(snapshot)
        if left_past:
            self.past_changed.emit(None)
        if what & (Change.STRUCTURE | Change.DATA):
            self.structure_changed.emit(snapshot)
        if what & Change.SELECTION or snapshot.selection != self._selection_shown:
            self._selection_shown = snapshot.selection
            self.selection_changed.emit(snapshot)
        self.state_changed.emit(snapshot)
        if changed.restarted:
            self.problem_reported.emit(self.tr("The network changed, so training restarted from iteration 0."))

    def select_neuron(self, layer: int | None, unit: int | None = None) -> bool:
        """Look at neuron (layer, unit); layer 0 is an input feature. None: back to the output ŷ."""
        return self._ask(lambda: self._model.select_neuron(layer, unit))

    def select_example(self, i: int | None) -> bool:
        """Follow training example i through the network (None: all m examples)."""
        return self._ask(lambda: self._model.select_example(i))

    def set_weight(self, key: str, row: int, col: int, value: float) -> bool:
        """Type one weight or bias (W[l][row, col] or b[l][row, 0]); training goes on from there."""
        return self._ask(lambda: self._model.set_weight(key, row, col, value))

    # ------------------------------------------------------------------ running (gui/model/playback.py)
    def play(self) -> None:
        """Train on the worker's thread; from the present (a past iteration shown is left first)."""
        self.playback.play()

    def pause(self) -> None:
        """Stop playing; an iteration under way is discarded, never half-applied (see ``Playback.pause``)."""
        self.playback.pause()

    def toggle_play(self) -> None:
        self.pause() if self.running else self.play()

    def set_speed(self, iterations_per_second: int) -> None:
        """Iterations per second while playing; 0 means as fast as the machine goes."""
        if not self.playback.set_speed(iterations_per_second):
            self.problem_reported.emit(self.tr("Unknown speed: %1").replace("%1", str(iterations_per_second)))

    def step_iteration(self) -> None:
        """One whole iteration (finishes a phase-by-phase iteration under way), from the present."""
        self.playback.step_iteration()

    def step_phase(self) -> PhaseEvent | None:
        """Advance one phase of the current iteration and announce it (from the present)."""
        return self.playback.step_phase()

    def show(self, snapshot: Snapshot) -> None:
        """A snapshot the worker published: every view draws it (the one already shown is not sent again)."""
        if snapshot.version == self._shown.version:
            return
        self._shown = snapshot
        if self.playback.running:  # paused, a view computes what it draws when it draws (renderer.compute_now)
            self.renderer.submit(snapshot)
        self.state_changed.emit(snapshot)

    @property
    def shown_version(self) -> int:
        """The version of the snapshot the views were last sent."""
        return self._shown.version

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
        self._core_functions()
        return self._ask(lambda: self._model.apply(data_spec=data_spec, dataset=dataset,
                                                   hyperparameters=hyperparameters, parameters=parameters,
                                                   trainer_state=trainer_state))

    def load_lesson(self, name: str) -> bool:
        """Install a lesson's preset and start its checks (the model keeps them); Play then runs at
        the lesson's own speed, slow enough to see its effect (the student can still change it)."""
        self.pause()
        self._core_functions()
        loaded = self._ask(lambda: self._model.load_lesson(name))
        lesson = get_lesson(name)
        if loaded and lesson is not None and lesson.speed is not None:
            self.set_speed(lesson.speed)
        return loaded

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
        self._core_functions()
        return self._ask(lambda: self._model.restore(state))

    def branch(self, iteration: int) -> bool:
        """Train on from a past ``iteration`` of the run (the iterations after it are dropped)."""
        return self._ask(lambda: self._model.branch(iteration))

    # ------------------------------------------------------------------ the student's functions
    @property
    def functions(self) -> YourFunctions | None:
        """The student's functions the run trains with (None: core's)."""
        return self._model.functions

    def use_functions(self, functions: YourFunctions | None) -> bool:
        """Train on with the student's functions (None: core's again) from the present state; False (and a
        message) if their functions cannot train this network. The functions given up are closed."""
        self.pause()
        old = self._model.functions
        if not self._ask(lambda: self._model.use_functions(functions)):
            return False
        if old is not None and old is not functions:
            threading.Thread(target=old.close, name="close-student", daemon=True).start()
        return True

    def _core_functions(self) -> None:
        """A lesson or a file brings its own network: core's functions train it (theirs may not build it)."""
        if self._model.functions is not None:
            self.use_functions(None)
