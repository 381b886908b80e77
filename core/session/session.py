"""Session: the model. Everything the app, the command line, lessons and files change goes through it.

It owns the data (spec, points, prepared matrices), the hyperparameters, the
trainer and its history, the iteration taken phase by phase, what the student
has selected, the lesson and its checks, and the schedule of evaluations.

* **Changing** — every change method validates first, applies, and returns a
  ``Changed`` saying what changed; a refused change raises a
  ``BackpropStudioError`` (with a code and arguments) and changes nothing.
  ``keeps_training`` (core.session.changes) is the one rule for which changes keep
  the trainer. A change in the middle of an iteration taken phase by phase
  finishes that iteration first, so half an iteration is never dropped.
* **Training** — ``step``, ``train`` and ``step_phase``. Evaluations are recorded on
  a schedule by iteration count (core.session.schedule), never by the clock or by
  who reads; the active lesson's checks are looked at on the same schedule.
* **Reading** — ``snapshot()``, ``metrics()``, ``parameters()``, ``state()`` change nothing.

It is plain Python: one thread uses it at a time (the GUI's adapter and worker
see to that, gui/model).
"""

from __future__ import annotations

from dataclasses import replace
from functools import partial
from typing import Any, Callable

import numpy as np

from ..data.datasets import DATASETS, Dataset
from ..nn.engine import parameter_count
from ..data.pipeline import DataSpec, PreparedData, export_meta, fit_problem, prepare
from ..errors import BackpropStudioError, DatasetError, DivergenceError, HyperparameterError, ParameterFileError
from ..messages import reason_of
from ..files.session_file import SessionState, capture
from ..teaching.lesson_checks import LessonLog
from ..teaching.lessons import LESSONS, Lesson, get_lesson
from ..training.history import envelope
from ..training.hyperparameters import Hyperparameters
from ..training.phases import PhaseEvent, PhaseStepper
from ..training.trainer import Metrics, Trainer
from .changes import Change, Changed, changed_fields, keeps_training
from .schedule import is_evaluation, next_evaluation
from .snapshot import Divergence, HistoryView, LessonStatus, Selection, Snapshot

Array = np.ndarray

#: The cost curve of a snapshot keeps at most this many points (see core.training.history.envelope).
MAX_CURVE_POINTS = 4096
#: Iterations costing more multiply-adds than this look at ``abort`` between their NumPy calls (a few
#: milliseconds of work); cheaper ones only between iterations, where a look costs nothing.
ABORTABLE_COST = 2_000_000


class Session:
    """Data, hyperparameters, trainer, history, selection and lesson of one run of the app."""

    def __init__(self, data_spec: DataSpec | None = None, hyperparameters: Hyperparameters | None = None, *,
                 dataset: Dataset | None = None, parameters: dict[str, Array] | None = None,
                 trainer_state: dict | None = None) -> None:
        """The default is the course's: the planar flower, 2 → 4 tanh → 1 sigmoid, α = 1.2.

        ``dataset`` gives the points themselves (drawn or imported) instead of generating them
        from ``data_spec``; ``parameters`` or a saved ``trainer_state`` continue a run.
        """
        spec = data_spec or DataSpec()
        points = dataset if dataset is not None else spec.make()
        if dataset is not None:
            spec = replace(spec, name=dataset.name)
        self._version = 0
        self._structure_version = 0
        self._selection = Selection()
        self._lesson: Lesson | None = None
        self._lesson_log = LessonLog()
        self._ticked: tuple[bool, ...] = ()
        self._snapshot: Snapshot | None = None
        self._metrics: tuple[int, Metrics] | None = None
        self._install(spec, points, hyperparameters or Hyperparameters(), parameters, trainer_state)

    # ================================================================== reading (changes nothing)
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
        """The trainer (for core's own tests and tools; the GUI reads snapshots)."""
        return self._trainer

    @property
    def iteration(self) -> int:
        return self._trainer.iteration

    @property
    def in_iteration(self) -> bool:
        """True while an iteration taken phase by phase is under way."""
        return self._phases.in_iteration

    @property
    def selection(self) -> Selection:
        return self._selection

    @property
    def lesson(self) -> Lesson | None:
        return self._lesson

    @property
    def lesson_log(self) -> LessonLog:
        """The active lesson's runs and when each check ticked (read it, do not change it)."""
        return self._lesson_log

    @property
    def lesson_ticked(self) -> tuple[bool, ...]:
        """Per check of the active lesson: ticked (checks stay ticked)."""
        return self._ticked

    @property
    def divergence(self) -> Divergence | None:
        """Why training stopped, if it diverged since the last change."""
        return self._divergence

    @property
    def version(self) -> int:
        """Grows with every change: two equal versions mean the same state."""
        return self._version

    def parameters(self) -> dict[str, Array]:
        """A copy of {"W1", "b1", ...}."""
        return self._trainer.parameters()

    def metrics(self) -> Metrics:
        """Costs and accuracies now, on the training and test sets (computed once per state, never recorded)."""
        if self._metrics is None or self._metrics[0] != self._version:
            self._metrics = (self._version, self._trainer.evaluate())
        return self._metrics[1]

    def snapshot(self) -> Snapshot:
        """Everything the views show, frozen now (made once per state)."""
        if self._snapshot is not None and self._snapshot.version == self._version:
            return self._snapshot
        trainer = self._trainer
        iterations, costs = trainer.history.cost_curve()
        iterations, costs = envelope(iterations, costs, MAX_CURVE_POINTS)
        for array in (iterations, costs):
            array.flags.writeable = False
        evaluations = trainer.history.evaluations.array()
        evaluations.flags.writeable = False
        lesson = None if self._lesson is None else LessonStatus(
            self._lesson.name, LESSONS.index(self._lesson) + 1, self._ticked)
        self._snapshot = Snapshot.make(
            trainer.parameters(), trainer.gradients(),
            version=self._version, structure_version=self._structure_version, iteration=trainer.iteration,
            data_spec=self._data_spec, dataset=self._dataset, prepared=self._prepared, hyperparameters=self._hp,
            metrics=self.metrics(), history=HistoryView(iterations, costs, evaluations), phase=self._phase,
            in_iteration=self._phases.in_iteration, selection=self._selection, divergence=self._divergence,
            lesson=lesson)
        return self._snapshot

    def state(self) -> SessionState:
        """Everything a session file holds (an iteration under way is finished first by ``settle``)."""
        lesson = None if self._lesson is None else self._lesson.name
        return capture(self._data_spec, self._dataset, self._hp, self._trainer.state(), lesson)

    def export_meta(self) -> dict:
        """What a parameter file records besides W and b (core.files.parameter_file)."""
        return export_meta(self._trainer, self._prepared, self.metrics())

    # ================================================================== training
    def step(self) -> float:
        """One whole iteration (finishing one taken phase by phase first); returns its cost J.

        Raises DivergenceError (and keeps the last finite parameters) if the cost explodes.
        """
        if self._phases.in_iteration:
            self._finish_iteration()
            return float(self._trainer.history.costs.last())
        try:
            cost = self._trainer.step()
        except DivergenceError as error:
            self._diverged(error)
            raise
        self._phase = None
        self._after_iterations()
        return cost

    def train(self, iterations: int, should_stop: Callable[[], bool] | None = None,
              abort: Callable[[], bool] | None = None) -> int:
        """Up to ``iterations`` whole iterations; returns how many ran.

        Stops early when ``should_stop()`` says so (looked at between iterations) or on
        divergence (DivergenceError is raised after the iterations done are counted).
        ``abort`` is also asked inside each iteration of a big network (see ``Trainer.step``):
        the iteration under way is then discarded and training stops.
        """
        if iterations <= 0:
            return 0
        done = 0
        if self._phases.in_iteration:
            self._finish_iteration()
            done = 1
        trainer, step = self._trainer, self._trainer.step
        if abort is not None and self.iteration_cost() > ABORTABLE_COST:
            step = partial(trainer.step, abort)
        next_eval = next_evaluation(trainer.iteration)
        try:
            while done < iterations:
                if step() is None:  # aborted: the iteration under way was discarded
                    break
                done += 1
                if trainer.iteration >= next_eval:
                    trainer.record_evaluation(trainer.evaluate())
                    next_eval = next_evaluation(trainer.iteration)
                    if self._lesson is not None:
                        self._touch()
                        self._check_lesson()
                if should_stop is not None and should_stop():
                    break
        except DivergenceError as error:
            self._diverged(error)
            raise
        finally:
            if done:
                trainer.history.costs.maybe_flush()
                self._phase = None
                self._touch()
        return done

    def iteration_cost(self) -> int:
        """About how many multiply-adds one iteration takes: m_batch · Σ n[l] (n[l−1] + 1), forward and back."""
        batch = self._hp.batch_size or self._prepared.train.m
        m = min(batch, self._prepared.train.m)
        return 3 * m * parameter_count(self._hp.layer_dims())

    def step_phase(self) -> PhaseEvent:
        """The next phase of the iteration under way (starting one if needed), computed with the
        course's readable functions (core.training.phases). Raises DivergenceError at the cost phase."""
        try:
            event = self._phases.step_phase()
        except DivergenceError as error:
            self._phase = None
            self._diverged(error)
            raise
        self._phase = event
        self._touch()
        if not self._phases.in_iteration:
            self._after_iterations()
        return event

    def settle(self) -> Changed:
        """Finish an iteration taken phase by phase, if one is under way (before a change or a save).

        If finishing it diverges, the iteration is abandoned (nothing had changed yet) and the change goes on.
        """
        if not self._phases.in_iteration:
            return Changed()
        try:
            self._finish_iteration()
        except DivergenceError:
            return Changed(Change.PROGRESS)
        return Changed(Change.PROGRESS | Change.PARAMETERS, finished_iteration=True)

    def _finish_iteration(self) -> None:
        """The phases left of the iteration under way; DivergenceError abandons it (raised after noting it)."""
        try:
            self._phases.finish()
        except DivergenceError as error:
            self._phase = None
            self._diverged(error)
            raise
        self._phase = None  # finished in one go: no phase to show
        self._touch()
        self._after_iterations()

    # ================================================================== changing
    def set_hyperparameters(self, **changes: Any) -> Changed:
        """Change hyperparameters. α, λ and the batch size keep training; anything else restarts it."""
        hp = self._hp.with_changes(**changes)
        if keeps_training(self._hp, hp):  # also when nothing changed: a change finishes an iteration under way
            settled = self.settle()
            if hp == self._hp:
                return settled
            self._trainer.update_hyperparameters(hp)
            self._hp = hp
            self._divergence = None
            self._touch()
            self._check_lesson()
            return settled | Changed(Change.HYPERPARAMETERS)
        old = self._hp
        prepared = prepare(self._dataset, hp, self._data_spec.test_ratio, self._data_spec.seed)
        trainer = Trainer(hp, prepared.X_train, prepared.Y_train, prepared.X_test, prepared.Y_test)
        self._hp, self._prepared = hp, prepared
        self._start(trainer, structure=True)
        structural = old.architecture() != hp.architecture() or "initialization" in changed_fields(old, hp)
        return Changed(Change.HYPERPARAMETERS | Change.STRUCTURE | Change.PARAMETERS | Change.RUN, restarted=structural)

    def set_data_spec(self, **changes: Any) -> Changed:
        """Change the dataset's name, m, noise, seed or test ratio; the points are generated anew."""
        try:
            spec = replace(self._data_spec, **changes)
        except TypeError as error:
            raise DatasetError("session.unknown_data_setting", reason=str(error)) from None
        if spec == self._data_spec and self._dataset.name == spec.name:
            return Changed()
        if "name" in changes and "noise" not in changes and spec.name in DATASETS \
                and spec.name != self._data_spec.name:
            spec = replace(spec, noise=DATASETS[spec.name].default_noise)  # each dataset has its own noise
        return self._replace_data(spec, spec.make())

    def set_dataset(self, dataset: Dataset) -> Changed:
        """Train on these points (drawn or imported) instead of generated ones."""
        return self._replace_data(replace(self._data_spec, name=dataset.name), dataset)

    def regenerate(self) -> Changed:
        """New points from the next data seed."""
        return self.set_data_spec(seed=(self._data_spec.seed + 1) % (2**31))

    def set_parameters(self, parameters: dict[str, Array]) -> Changed:
        """Replace every W[l], b[l] (same shapes, finite); training goes on from them."""
        settled = self.settle()
        self._trainer.set_parameters(parameters)
        return settled | self._parameters_edited()

    def set_weight(self, key: str, row: int, col: int, value: float) -> Changed:
        """Type one entry of W[l] or b[l] (0-based row and column)."""
        if isinstance(value, bool) or not isinstance(value, (int, float, np.floating, np.integer)):
            raise HyperparameterError("weight.not_a_number")
        try:
            value = float(value)
        except OverflowError:
            raise HyperparameterError("weight.not_finite") from None
        parameters = self._trainer.parameters()
        if key not in parameters:
            raise HyperparameterError("weight.unknown_parameter", key=key)
        rows, cols = parameters[key].shape
        if isinstance(row, bool) or isinstance(col, bool) or not (0 <= int(row) < rows and 0 <= int(col) < cols):
            raise HyperparameterError("weight.no_entry", key=key, row=row, col=col)
        settled = self.settle()
        self._trainer.set_weight(key, int(row), int(col), value)
        return settled | self._parameters_edited()

    def reset(self) -> Changed:
        """Back to iteration 0 with the parameters the seed draws (an iteration under way is dropped)."""
        prepared = self._prepared
        self._start(Trainer(self._hp, prepared.X_train, prepared.Y_train, prepared.X_test, prepared.Y_test),
                    structure=False)
        return Changed(Change.PARAMETERS | Change.PROGRESS | Change.RUN)

    def apply(self, *, data_spec: DataSpec | None = None, dataset: Dataset | None = None,
              hyperparameters: Hyperparameters | None = None, parameters: dict[str, Array] | None = None,
              trainer_state: dict | None = None) -> Changed:
        """Install data, hyperparameters and (optionally) parameters or a saved training state at once.

        For lessons, opened files and imported parameters: everything is checked first, so on any
        problem nothing changes. ``dataset`` gives the points; otherwise ``data_spec`` generates them.
        """
        spec = data_spec or self._data_spec
        points = dataset if dataset is not None else (spec.make() if data_spec is not None else self._dataset)
        self._install(spec, points, hyperparameters or self._hp, parameters, trainer_state)
        return Changed(Change.DATA | Change.STRUCTURE | Change.HYPERPARAMETERS | Change.PARAMETERS | Change.PROGRESS
                       | Change.RUN)

    def restore(self, state: SessionState) -> Changed:
        """Continue exactly where a saved session stopped (its lesson active again); on any problem
        (ParameterFileError) nothing changes."""
        try:
            self._check_lesson_name(state.lesson)
            self.apply(data_spec=state.data_spec, dataset=state.dataset, hyperparameters=state.hyperparameters,
                       trainer_state=state.trainer_state)
        except (BackpropStudioError, KeyError, TypeError, ValueError) as error:
            raise ParameterFileError("session.cannot_restore", reason=reason_of(error)) from None
        self.resume_lesson(state.lesson)
        return Changed(Change.DATA | Change.STRUCTURE | Change.HYPERPARAMETERS | Change.PARAMETERS
                       | Change.PROGRESS | Change.RUN | Change.LESSON)

    @classmethod
    def from_state(cls, state: SessionState) -> "Session":
        """A session continuing exactly where a saved one stopped (ParameterFileError if it cannot)."""
        session = cls()
        session.restore(state)
        return session

    # ------------------------------------------------------------------ selection
    def select_neuron(self, layer: int | None, unit: int | None = None) -> Changed:
        """Look at neuron (layer, unit); layer 0 is an input feature. None: back to the output ŷ."""
        choice = None if layer is None or unit is None else (int(layer), int(unit))
        if choice is not None and not self._neuron_exists(choice):
            raise HyperparameterError("session.no_neuron", unit=unit, layer=layer)
        return self._select(replace(self._selection, neuron=choice))

    def select_example(self, i: int | None) -> Changed:
        """Follow training example i (0-based column of X) through the network; None: all m examples."""
        if i is not None and (isinstance(i, bool) or not 0 <= int(i) < self._prepared.train.m):
            raise DatasetError("session.no_example", index=i)
        return self._select(replace(self._selection, example=None if i is None else int(i)))

    # ------------------------------------------------------------------ lessons
    def load_lesson(self, lesson: Lesson | str) -> Changed:
        """Install a lesson's preset (if it has one) and start its checks from scratch (by name or the lesson)."""
        if isinstance(lesson, str):
            name, lesson = lesson, get_lesson(lesson)
            if lesson is None:
                raise HyperparameterError("session.no_lesson", name=name)
        changed = Changed(Change.LESSON)
        if lesson.has_preset:
            changed = changed | self.apply(data_spec=lesson.data_spec, hyperparameters=lesson.hyperparameters,
                                           dataset=lesson.dataset())
        self._activate(lesson)
        if lesson.lab:
            self._lesson_log.note_lab(lesson.lab)
        self._check_lesson()
        return changed

    def resume_lesson(self, name: str | None) -> Changed:
        """Make ``name`` the active lesson without touching the data or the network (a reopened file)."""
        self._check_lesson_name(name)
        if name is None:
            self._lesson, self._ticked = None, ()
        else:
            self._activate(get_lesson(name))
            self._check_lesson()
        self._touch()
        return Changed(Change.LESSON)

    @staticmethod
    def _check_lesson_name(name: str | None) -> None:
        if name is not None and get_lesson(name) is None:
            raise HyperparameterError("session.no_lesson", name=name)


    def note_lab(self, name: str) -> Changed:
        """A lab was opened (lessons 2 and 3 tick on it)."""
        self._lesson_log.note_lab(name)
        return self._recheck()

    def note_experiment(self, parameter: str, n_values: int, complete: bool) -> Changed:
        """A sweep finished (lesson 11 ticks on it)."""
        self._lesson_log.note_experiment(parameter, n_values, complete)
        return self._recheck()

    # ================================================================== internals
    def _touch(self) -> None:
        self._version += 1

    def _install(self, spec: DataSpec, points: Dataset, hp: Hyperparameters, parameters: dict | None,
                 trainer_state: dict | None) -> None:
        """Check everything, then switch to a new trainer; on any error nothing has changed."""
        hp = fit_problem(hp, points)
        prepared = prepare(points, hp, spec.test_ratio, spec.seed)
        trainer = Trainer(hp, prepared.X_train, prepared.Y_train, prepared.X_test, prepared.Y_test, parameters)
        if trainer_state is not None:
            trainer.restore(trainer_state)
        self._data_spec, self._dataset, self._hp, self._prepared = spec, points, hp, prepared
        self._start(trainer, structure=True, record=trainer_state is None)

    def _replace_data(self, spec: DataSpec, dataset: Dataset) -> Changed:
        hp = fit_problem(self._hp, dataset)
        prepared = prepare(dataset, hp, spec.test_ratio, spec.seed)
        trainer = Trainer(hp, prepared.X_train, prepared.Y_train, prepared.X_test, prepared.Y_test)
        problem_changed = hp != self._hp
        self._data_spec, self._dataset, self._hp, self._prepared = spec, dataset, hp, prepared
        self._start(trainer, structure=True)
        what = Change.DATA | Change.STRUCTURE | Change.PARAMETERS | Change.PROGRESS | Change.RUN
        return Changed(what | (Change.HYPERPARAMETERS if problem_changed else Change.NONE))

    def _start(self, trainer: Trainer, structure: bool, record: bool = True) -> None:
        """Switch to ``trainer`` (a new run): forget the phase, the divergence, a stale selection."""
        self._trainer = trainer
        self._phases = PhaseStepper(trainer)
        self._phase: PhaseEvent | None = None
        self._divergence: Divergence | None = None
        if structure:
            self._structure_version += 1
        if record and trainer.iteration == 0 and len(trainer.history.evaluations) == 0:
            trainer.record_evaluation(trainer.evaluate())  # the first row of the run: iteration 0
        self._forget_invalid_selection()
        self._touch()
        self._check_lesson()

    def _after_iterations(self) -> None:
        """After an iteration completed one at a time (Step, the last phase): evaluate and check on schedule."""
        trainer = self._trainer
        if is_evaluation(trainer.iteration):
            trainer.record_evaluation(trainer.evaluate())
            self._check_lesson()
        self._touch()

    def _parameters_edited(self) -> Changed:
        self._phase = None
        self._divergence = None
        self._touch()
        self._check_lesson()
        return Changed(Change.PARAMETERS)

    def _diverged(self, error: DivergenceError) -> None:
        self._divergence = Divergence(error.iteration, error.cost, self._hp.learning_rate)
        self._touch()
        if self._lesson is not None:
            self._lesson_log.observe(self._trainer, self._prepared)
            self._lesson_log.note_divergence()
            self._check_lesson()

    def _select(self, selection: Selection) -> Changed:
        if selection == self._selection:
            return Changed()
        self._selection = selection
        self._touch()
        return Changed(Change.SELECTION)

    def _neuron_exists(self, neuron: tuple[int, int]) -> bool:
        dims = self._hp.layer_dims()
        layer, unit = neuron
        return 0 <= layer < len(dims) and 0 <= unit < dims[layer]

    def _forget_invalid_selection(self) -> None:
        neuron, example = self._selection.neuron, self._selection.example
        if neuron is not None and not self._neuron_exists(neuron):
            neuron = None
        if example is not None and example >= self._prepared.train.m:
            example = None
        self._selection = Selection(neuron, example)

    def _activate(self, lesson: Lesson) -> None:
        self._lesson = lesson
        self._lesson_log = LessonLog()
        self._ticked = (False,) * len(lesson.checks)
        self._touch()

    def _check_lesson(self) -> None:
        if self._lesson is None:
            return
        ticked = tuple(self._lesson.evaluate_checks(self._trainer, self._prepared, self._lesson_log))
        if ticked != self._ticked:
            self._ticked = ticked
            self._touch()

    def _recheck(self) -> Changed:
        self._check_lesson()
        self._touch()
        return Changed(Change.LESSON)


__all__ = ["Session"]
