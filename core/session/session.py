"""Session: the model. Everything the app, the command line, lessons and files change goes through it.

It owns the student's ``Setup`` (the points, the hyperparameters), the current ``Run``
(trainer, phase stepping, timeline), the selection and the ``LessonState``.

* **Changing** — each change method validates, applies and returns a ``Changed``; a refusal is a
  ``BackpropStudioError`` (code and arguments) and changes nothing. ``keeps_training`` is the one rule
  for which changes keep the trainer; an iteration taken phase by phase is finished first (``settle``).
* **Training** — ``step``, ``train``, ``step_phase``: evaluations and lesson checks on a schedule by
  iteration count (core.session.schedule), never by the clock or by who reads.
* **Reading** — ``snapshot()``, ``metrics()``, ``parameters()``, ``state()`` change nothing.

Plain Python, one thread at a time (the GUI's adapter and worker see to that, gui/model).
"""

from __future__ import annotations

from contextlib import contextmanager
from dataclasses import replace
from typing import Any, Callable, Iterator

import numpy as np

from ..data.datasets import Dataset
from ..data.pipeline import DataSpec, PreparedData, export_meta
from ..errors import BackpropStudioError, DatasetError, DivergenceError, HyperparameterError, ParameterFileError
from ..files.session_file import SessionState, capture, timeline_document
from ..messages import reason_of
from ..student.your_trainer import YourFunctions
from ..teaching.lessons import Lesson
from ..training.hyperparameters import Hyperparameters
from ..training.phases import PhaseEvent
from ..training.trainer import Metrics, Trainer
from .changes import Change, Changed, changed_fields, keeps_training
from .lesson_state import LessonState, lesson_named
from .run import Run
from .setup import Setup
from .snapshot import Selection, Snapshot, history_view
from .trainers import make_trainer, your_run

Array = np.ndarray

#: The cost curve of a snapshot keeps at most this many points (see core.training.history.envelope).
MAX_CURVE_POINTS = 4096


class Session:
    """Data, hyperparameters, the current run, selection and lesson of one session of the app."""

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
        self._lessons = LessonState()
        self._snapshot: Snapshot | None = None
        self._metrics: tuple[int, Metrics] | None = None
        self._functions: YourFunctions | None = None
        self._install(spec, points, hyperparameters or Hyperparameters(), parameters, trainer_state)

    # ================================================================== reading (changes nothing)
    @property
    def data_spec(self) -> DataSpec:
        return self._setup.data_spec

    @property
    def dataset(self) -> Dataset:
        return self._setup.dataset

    @property
    def prepared(self) -> PreparedData:
        return self._setup.prepared

    @property
    def hyperparameters(self) -> Hyperparameters:
        return self._setup.hyperparameters

    @property
    def run(self) -> Run:
        """The current run: its trainer, timeline, phase and divergence (read it; change through the session)."""
        return self._run

    @property
    def trainer(self) -> Trainer:
        """The run's trainer (for core's own tests and tools; the GUI reads snapshots)."""
        return self._run.trainer

    @property
    def iteration(self) -> int:
        return self._run.iteration

    @property
    def in_iteration(self) -> bool:
        """True while an iteration taken phase by phase is under way."""
        return self._run.in_iteration

    @property
    def selection(self) -> Selection:
        return self._selection

    @property
    def functions(self) -> YourFunctions | None:
        """The student's functions the run trains with (None: core's)."""
        return self._functions

    @property
    def lessons(self) -> LessonState:
        """The active lesson, its log and its ticks (read it; change through the session)."""
        return self._lessons

    @property
    def version(self) -> int:
        """Grows with every change: two equal versions mean the same state."""
        return self._version

    def parameters(self) -> dict[str, Array]:
        """A copy of {"W1", "b1", ...}."""
        return self._run.trainer.parameters()

    def metrics(self) -> Metrics:
        """Costs and accuracies now, on the training and test sets (computed once per state, never recorded)."""
        if self._metrics is None or self._metrics[0] != self._version:
            self._metrics = (self._version, self._run.trainer.evaluate())
        return self._metrics[1]

    def evaluation(self) -> tuple[int, Callable[[], Metrics]]:
        """(this state's version, a function computing its metrics later, on any thread): a worker
        spends the forward passes outside its lock, then gives the answer to ``snapshot``."""
        return self._version, self._run.trainer.evaluation()

    def snapshot(self, metrics: tuple[int, Metrics] | None = None) -> Snapshot:
        """Everything the views show, frozen now (made once per state).

        ``metrics``: (version, Metrics) computed from ``evaluation()``; used if the state is still that version.
        """
        if metrics is not None and metrics[0] == self._version:
            self._metrics = metrics
        if self._snapshot is not None and self._snapshot.version == self._version:
            return self._snapshot
        run, trainer, setup = self._run, self._run.trainer, self._setup
        self._snapshot = Snapshot.make(
            trainer.parameters(), trainer.gradients(),
            version=self._version, structure_version=self._structure_version, iteration=trainer.iteration,
            data_spec=setup.data_spec, dataset=setup.dataset, prepared=setup.prepared,
            hyperparameters=setup.hyperparameters, metrics=self.metrics(),
            history=history_view(trainer.history, MAX_CURVE_POINTS), phase=run.phase,
            in_iteration=run.in_iteration, selection=self._selection, divergence=run.divergence,
            lesson=self._lessons.status(), yours=your_run(run, self._functions, MAX_CURVE_POINTS))
        return self._snapshot

    def snapshot_at(self, iteration: int) -> Snapshot:
        """A snapshot of the run at a past ``iteration``: its parameters, gradients and costs; the history and
        the data as they are now (the views mark the iteration on the curve)."""
        if iteration == self.iteration and not self.in_iteration:
            return self.snapshot()
        return self.snapshot().of_the_past(self._run.moment(iteration), self.iteration)

    def state(self) -> SessionState:
        """Everything a session file holds (``settle`` first if an iteration is under way)."""
        lesson = None if self._lessons.lesson is None else self._lessons.lesson.name
        return capture(self.data_spec, self.dataset, self.hyperparameters, self._run.trainer.state(), lesson,
                       timeline_document(self._run.timeline))

    def export_meta(self) -> dict:
        """What a parameter file records besides W and b (core.files.parameter_file)."""
        return export_meta(self._run.trainer, self.prepared, self.metrics())

    # ================================================================== training
    def step(self) -> float:
        """One whole iteration (finishing one taken phase by phase first); returns its cost J.

        Raises DivergenceError (and keeps the last finite parameters) if the cost explodes.
        """
        with self._training():
            return self._run.step()

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
        with self._training():
            return self._run.train(iterations, should_stop, abort)

    def step_phase(self) -> PhaseEvent:
        """The next phase of the iteration under way (starting one if needed), computed with the
        course's readable functions (core.training.phases). Raises DivergenceError at the cost phase."""
        with self._training():
            return self._run.step_phase()

    @contextmanager
    def _training(self) -> Iterator[None]:
        """Around the run's iterations: a divergence is noted (the lesson sees it); a new state is counted."""
        try:
            yield
        except DivergenceError:
            self._diverged()
            raise
        finally:
            self._touch()

    def settle(self) -> Changed:
        """Finish an iteration taken phase by phase, if one is under way (before a change or a save).

        If finishing it diverges, the iteration is abandoned (nothing had changed yet) and the change goes on.
        """
        finished = self._run.settle()
        if finished is False:
            return Changed()
        self._touch()
        if finished is None:
            self._diverged()
            return Changed(Change.PROGRESS)
        return Changed(Change.PROGRESS | Change.PARAMETERS, finished_iteration=True)

    # ================================================================== changing
    def set_hyperparameters(self, **changes: Any) -> Changed:
        """Change hyperparameters. α, λ and the batch size keep training; anything else restarts it."""
        old = self.hyperparameters
        hp = old.with_changes(**changes)
        if keeps_training(old, hp):  # also when nothing changed: a change finishes an iteration under way
            settled = self.settle()
            if hp == old:
                return settled
            self._run.update_hyperparameters(hp)
            self._setup = replace(self._setup, hyperparameters=hp)
            self._changed_now()
            return settled | Changed(Change.HYPERPARAMETERS)
        setup = self._setup.with_hyperparameters(hp)
        self._start(setup, self._new_trainer(setup.hyperparameters, setup.prepared), structure=True)
        structural = old.architecture() != hp.architecture() or "initialization" in changed_fields(old, hp)
        return Changed(Change.HYPERPARAMETERS | Change.STRUCTURE | Change.PARAMETERS | Change.RUN, restarted=structural)

    def set_data_spec(self, **changes: Any) -> Changed:
        """Change the dataset's name, m, noise, seed or test ratio; the points are generated anew."""
        setup = self._setup.with_data_spec(**changes)
        return Changed() if setup is None else self._replace_data(setup)

    def set_dataset(self, dataset: Dataset) -> Changed:
        """Train on these points (drawn or imported) instead of generated ones."""
        return self._replace_data(self._setup.with_dataset(dataset))

    def regenerate(self) -> Changed:
        """New points from the next data seed."""
        return self.set_data_spec(seed=(self.data_spec.seed + 1) % (2**31))

    def set_parameters(self, parameters: dict[str, Array]) -> Changed:
        """Replace every W[l], b[l] (same shapes, finite); training goes on from them."""
        settled = self.settle()
        self._run.trainer.set_parameters(parameters)
        return settled | self._edited()

    def set_weight(self, key: str, row: int, col: int, value: float) -> Changed:
        """Type one entry of W[l] or b[l] (0-based row and column)."""
        value = self._run.trainer.check_weight(key, row, col, value)  # refuse before anything moves
        settled = self.settle()
        self._run.trainer.set_weight(key, int(row), int(col), value)
        return settled | self._edited()

    def reset(self) -> Changed:
        """Back to iteration 0 with the parameters the seed draws (an iteration under way is dropped)."""
        self._start(self._setup, self._new_trainer(self.hyperparameters, self.prepared), structure=False)
        return Changed(Change.PARAMETERS | Change.PROGRESS | Change.RUN)

    def use_functions(self, functions: YourFunctions | None) -> Changed:
        """Train on with the student's functions (None: core's again), from the state the run is in.

        A new run begins here (its timeline starts at this iteration; the history so far is kept);
        a network their functions cannot train is refused (StudentTrainingError) and nothing changes."""
        if functions is self._functions:
            return Changed()
        settled = self.settle()
        state = self._run.trainer.state()
        trainer = make_trainer(self.hyperparameters, self.prepared, None, functions)
        trainer.restore(state)
        self._functions = functions
        self._start(self._setup, trainer, structure=False, record=False)
        return settled | Changed(Change.PARAMETERS | Change.PROGRESS | Change.RUN)

    def branch(self, iteration: int) -> Changed:
        """Train on from a past ``iteration``: the run goes back there (what came after is dropped)."""
        self._setup = replace(self._setup, hyperparameters=self._run.branch(iteration))
        self._changed_now()
        return Changed(Change.PARAMETERS | Change.PROGRESS | Change.HYPERPARAMETERS)

    def apply(self, *, data_spec: DataSpec | None = None, dataset: Dataset | None = None,
              hyperparameters: Hyperparameters | None = None, parameters: dict[str, Array] | None = None,
              trainer_state: dict | None = None) -> Changed:
        """Install data, hyperparameters and (optionally) parameters or a saved training state at once.

        For lessons, opened files and imported parameters: everything is checked first, so on any
        problem nothing changes. ``dataset`` gives the points; otherwise ``data_spec`` generates them.
        """
        spec = data_spec or self.data_spec
        points = dataset if dataset is not None else (spec.make() if data_spec is not None else self.dataset)
        if dataset is not None:
            spec = replace(spec, name=dataset.name)
        self._install(spec, points, hyperparameters or self.hyperparameters, parameters, trainer_state)
        return Changed(Change.DATA | Change.STRUCTURE | Change.HYPERPARAMETERS | Change.PARAMETERS | Change.PROGRESS
                       | Change.RUN)

    def restore(self, state: SessionState) -> Changed:
        """Continue exactly where a saved session stopped (its lesson active again); on any problem
        (ParameterFileError) nothing changes."""
        try:
            lesson = lesson_named(state.lesson)
            self.apply(data_spec=state.data_spec, dataset=state.dataset, hyperparameters=state.hyperparameters,
                       trainer_state=state.trainer_state)
        except (BackpropStudioError, KeyError, TypeError, ValueError) as error:
            raise ParameterFileError("session.cannot_restore", reason=reason_of(error)) from None
        if state.timeline is not None:
            self._run.restore_timeline(state.timeline)  # the run's past, if it fits the run (else from here)
        self._lessons.activate(lesson)
        self._changed_now()
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
        if choice is not None and not Selection(choice).valid_for(self.hyperparameters.layer_dims(), 0).neuron:
            raise HyperparameterError("session.no_neuron", unit=unit, layer=layer)
        return self._select(replace(self._selection, neuron=choice))

    def select_example(self, i: int | None) -> Changed:
        """Follow training example i (0-based column of X) through the network; None: all m examples."""
        if i is not None and (isinstance(i, bool) or not 0 <= int(i) < self.prepared.train.m):
            raise DatasetError("session.no_example", index=i)
        return self._select(replace(self._selection, example=None if i is None else int(i)))

    # ------------------------------------------------------------------ lessons
    def load_lesson(self, lesson: Lesson | str) -> Changed:
        """Install a lesson's preset (if it has one) and start its checks from scratch (by name or the lesson)."""
        if isinstance(lesson, str):
            lesson = lesson_named(lesson)
        changed = Changed(Change.LESSON)
        if lesson.has_preset:
            changed = changed | self.apply(data_spec=lesson.data_spec, hyperparameters=lesson.hyperparameters,
                                           dataset=lesson.dataset())
        self._lessons.activate(lesson)
        if lesson.lab:
            self._lessons.log.note_lab(lesson.lab)
        self._changed_now()
        return changed

    def resume_lesson(self, name: str | None) -> Changed:
        """Make ``name`` the active lesson without touching the data or the network (a reopened file)."""
        self._lessons.activate(lesson_named(name))
        self._changed_now()
        return Changed(Change.LESSON)

    def note_lab(self, name: str) -> Changed:
        """A lab was opened (lessons 2 and 3 tick on it)."""
        self._lessons.log.note_lab(name)
        self._changed_now()
        return Changed(Change.LESSON)

    def note_experiment(self, parameter: str, n_values: int, complete: bool) -> Changed:
        """A sweep finished (lesson 11 ticks on it)."""
        self._lessons.log.note_experiment(parameter, n_values, complete)
        self._changed_now()
        return Changed(Change.LESSON)

    # ================================================================== internals
    def _touch(self) -> None:
        self._version += 1

    def _changed_now(self) -> None:
        """Something the lesson may look at changed: check it, and count a new state."""
        self._lessons.check(self._run.trainer, self.prepared)
        self._touch()

    def _on_evaluated(self) -> None:
        """The run recorded an evaluation (its schedule): the lesson looks too."""
        if self._lessons.check(self._run.trainer, self.prepared):
            self._touch()

    def _install(self, spec: DataSpec, points: Dataset, hp: Hyperparameters, parameters: dict | None,
                 trainer_state: dict | None) -> None:
        """Check everything, then switch to a new trainer; on any error nothing has changed."""
        setup = Setup.make(spec, points, hp)
        trainer = self._new_trainer(setup.hyperparameters, setup.prepared, parameters)
        if trainer_state is not None:
            trainer.restore(trainer_state)
        self._start(setup, trainer, structure=True, record=trainer_state is None)

    def _replace_data(self, setup: Setup) -> Changed:
        problem_changed = setup.hyperparameters != self.hyperparameters
        self._start(setup, self._new_trainer(setup.hyperparameters, setup.prepared), structure=True)
        what = Change.DATA | Change.STRUCTURE | Change.PARAMETERS | Change.PROGRESS | Change.RUN
        return Changed(what | (Change.HYPERPARAMETERS if problem_changed else Change.NONE))

    def _start(self, setup: Setup, trainer: Trainer, structure: bool, record: bool = True) -> None:
        """A new run on ``trainer``: forget the phase, the divergence and a selection that no longer exists."""
        self._setup = setup
        self._run = Run(trainer, setup.prepared, self._on_evaluated, record_start=record,
                        factory=lambda hp: self._new_trainer(hp, setup.prepared))
        if structure:
            self._structure_version += 1
        self._selection = self._selection.valid_for(setup.hyperparameters.layer_dims(), setup.prepared.train.m)
        self._changed_now()

    def _new_trainer(self, hp: Hyperparameters, prepared: PreparedData,
                     parameters: dict[str, Array] | None = None) -> Trainer:
        """A trainer of the session's kind: with its student's functions, if any (core.session.trainers)."""
        return make_trainer(hp, prepared, parameters, self._functions)

    def _edited(self) -> Changed:
        self._run.edited()
        self._changed_now()
        return Changed(Change.PARAMETERS)

    def _diverged(self) -> None:
        self._lessons.note_divergence(self._run.trainer, self.prepared)
        self._changed_now()

    def _select(self, selection: Selection) -> Changed:
        if selection == self._selection:
            return Changed()
        self._selection = selection
        self._touch()
        return Changed(Change.SELECTION)


__all__ = ["Session", "MAX_CURVE_POINTS"]
