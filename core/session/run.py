"""Run: one run of gradient descent — a trainer from its start, its phases, its evaluations and its past.

A run begins when the session makes a new trainer (a reset, a new network, new
data, an opened file) and lasts while changes keep training (α, λ, the batch size,
typed weights). It knows how to take iterations — whole ones with the fast engine
(``step``, ``train``), or phase by phase with the course's functions
(``step_phase``) — and finishes an iteration under way before anything changes
(``settle``). After whole iterations it keeps them in its ``timeline``, records
the costs and accuracies on the schedule (core.session.schedule) and calls the
session back (``on_evaluated``) so the lesson looks at them.

Divergence is raised (DivergenceError) after ``divergence`` is noted; the last
finite parameters are kept.

A run trained with the student's functions (``remote``: a core.student.YourTrainer, made by
the session's ``factory``) also keeps a ``reference``: core's own trainer from the same
start, one iteration for each of theirs, so a wrong gradient shows as two cost curves
drifting apart. It starts again from the run's state after a typed weight or a branch.
"""

from __future__ import annotations

from functools import partial
from typing import Callable

import numpy as np

from ..data.pipeline import PreparedData
from ..errors import BackpropStudioError, DivergenceError, HyperparameterError
from ..nn.engine import parameter_count
from ..training.hyperparameters import Hyperparameters
from ..training.phases import PhaseEvent, PhaseStepper
from ..student.training import StudentTrainingError
from ..student.your_trainer import is_remote
from ..training.trainer import Trainer
from .schedule import is_evaluation, next_evaluation
from .snapshot import Divergence
from .timeline import Moment, Timeline

Array = np.ndarray
#: Iterations costing more multiply-adds than this look at ``abort`` between their NumPy calls (a few
#: milliseconds of work); cheaper ones only between iterations, where a look costs nothing.
ABORTABLE_COST = 2_000_000


def new_trainer(hp: Hyperparameters, prepared: PreparedData, parameters: dict[str, Array] | None = None) -> Trainer:
    """A trainer on the prepared train/test matrices (the only place the session makes one)."""
    return Trainer(hp, prepared.X_train, prepared.Y_train, prepared.X_test, prepared.Y_test, parameters)


class Run:
    """The trainer of one run, its phase stepping, its timeline and whether it diverged."""

    def __init__(self, trainer: Trainer, prepared: PreparedData, on_evaluated: Callable[[], None],
                 record_start: bool = True, factory: Callable[[Hyperparameters], Trainer] | None = None) -> None:
        """``on_evaluated`` is called after every evaluation row recorded; ``record_start``: record iteration 0;
        ``factory`` makes this run's kind of trainer for the timeline's replays and branches (default: core's)."""
        self.trainer = trainer
        self._factory = factory or (lambda hp: new_trainer(hp, prepared))
        self.phases = PhaseStepper(trainer)
        self.phase: PhaseEvent | None = None
        self.divergence: Divergence | None = None
        self._prepared = prepared
        self._on_evaluated = on_evaluated
        if record_start and trainer.iteration == 0 and len(trainer.history.evaluations) == 0:
            trainer.record_evaluation(trainer.evaluate())  # the first row of the run: iteration 0
        self.timeline = Timeline(self._factory, trainer)
        self.reference: Trainer | None = None
        self.reference_diverged = False
        self._start_reference()

    @property
    def iteration(self) -> int:
        return self.trainer.iteration

    @property
    def in_iteration(self) -> bool:
        return self.phases.in_iteration

    @property
    def remote(self) -> bool:
        """True when the iterations run in the student's process (their functions)."""
        return is_remote(self.trainer)

    @property
    def abortable(self) -> bool:
        """True when an iteration may take long enough for Pause and changes to end it midway."""
        return self.remote or self.iteration_cost() > ABORTABLE_COST

    def iteration_cost(self) -> int:
        """About how many multiply-adds one iteration takes: m_batch · Σ n[l] (n[l−1] + 1), forward and back."""
        return 3 * self._batch_m(self.trainer.hp) * parameter_count(self.trainer.layer_dims)

    # ------------------------------------------------------------------ iterations
    def step(self) -> float:
        """One whole iteration (finishing one taken phase by phase first); its cost J."""
        if self.phases.in_iteration:
            self.finish()
            return float(self.trainer.history.costs.last())
        try:
            cost = self.trainer.step()
        except DivergenceError as error:
            self._diverged(error)
            raise
        self.phase = None
        self._advance_reference()
        self._after_iteration()
        return cost

    def train(self, iterations: int, should_stop: Callable[[], bool] | None = None,
              abort: Callable[[], bool] | None = None) -> int:
        """Up to ``iterations`` whole iterations (see ``Session.train``); how many ran."""
        done = 0
        if self.phases.in_iteration:
            self.finish()
            done = 1
        trainer, timeline = self.trainer, self.timeline
        step = partial(trainer.step, abort) if abort is not None and self.abortable else trainer.step
        next_eval = next_evaluation(trainer.iteration)
        try:
            while done < iterations:
                if step() is None:  # aborted: the iteration under way was discarded
                    break
                done += 1
                self._advance_reference()
                if trainer.iteration >= timeline.next_record:
                    timeline.record(trainer)
                if trainer.iteration >= next_eval:
                    trainer.record_evaluation(trainer.evaluate())
                    next_eval = next_evaluation(trainer.iteration)
                    self._on_evaluated()
                if should_stop is not None and should_stop():
                    break
        except DivergenceError as error:
            self._diverged(error)
            raise
        finally:
            if done:
                trainer.history.costs.maybe_flush()
                self.phase = None
        return done

    def step_phase(self) -> PhaseEvent:
        """The next phase of the iteration under way (starting one), with the course's readable functions."""
        if self.remote:
            raise StudentTrainingError("student.no_phases")
        try:
            event = self.phases.step_phase()
        except DivergenceError as error:
            self.phase = None
            self._diverged(error)
            raise
        self.phase = event
        if not self.phases.in_iteration:
            self._after_iteration(phases=True)
        return event

    def finish(self) -> None:
        """The phases left of the iteration under way; DivergenceError abandons it (after noting it)."""
        try:
            self.phases.finish()
        except DivergenceError as error:
            self.phase = None
            self._diverged(error)
            raise
        self.phase = None  # finished in one go: no phase to show
        self._after_iteration(phases=True)

    def settle(self) -> bool | None:
        """Finish an iteration under way before a change: True if one was finished, False if none was
        under way, None if finishing it diverged (it is abandoned; nothing had changed yet)."""
        if not self.phases.in_iteration:
            return False
        try:
            self.finish()
        except DivergenceError:
            return None
        return True

    # ------------------------------------------------------------------ changes that keep training
    def update_hyperparameters(self, hp: Hyperparameters) -> None:
        """α, λ or the batch size (the session has settled the iteration under way)."""
        self.trainer.update_hyperparameters(hp)
        if self.reference is not None:
            self.reference.update_hyperparameters(hp)
        self.timeline.note_hyperparameters(self.trainer)
        self.divergence = None

    def edited(self) -> None:
        """W or b were just typed or replaced on the trainer: the timeline replays it; no phase describes them."""
        self.timeline.note_parameters(self.trainer)
        self.phase = None
        self.divergence = None
        self._start_reference()

    # ------------------------------------------------------------------ the past
    def restore_timeline(self, state: dict) -> bool:
        """The past saved in a session file (``Timeline.to_state``) for this run, just restored from the same
        file; False (the timeline starts here) if it does not belong to this run or cannot be read."""
        try:
            self.timeline = Timeline.from_state(state, self._factory, self.trainer)
        except (BackpropStudioError, KeyError, TypeError, ValueError, IndexError):
            return False
        return True

    def moment(self, iteration: int) -> Moment:
        """The run at a past ``iteration`` (HyperparameterError if it did not pass there)."""
        if not self.timeline.first_iteration <= iteration <= self.iteration:
            raise HyperparameterError("timeline.outside", iteration=iteration,
                                      first=self.timeline.first_iteration, last=self.iteration)
        return self.timeline.at(iteration)

    def branch(self, iteration: int) -> Hyperparameters:
        """Go back to a past ``iteration`` and train on from there (what came after is dropped); the
        hyperparameters in force then."""
        moment = self.moment(iteration)
        self.settle()
        branch = self.timeline.branch(iteration, self.trainer.history.state())
        trainer = self._factory(branch.hyperparameters)
        trainer.restore(branch.trainer_state)
        trainer.load_gradients(moment.gradients, self._batch_m(branch.hyperparameters))
        self.timeline.truncate(iteration)
        self.trainer, self.phases = trainer, PhaseStepper(trainer)
        self.phase = self.divergence = None
        self._start_reference()
        return branch.hyperparameters

    # ------------------------------------------------------------------ internals
    def _batch_m(self, hp: Hyperparameters) -> int:
        m = self._prepared.train.m
        return m if hp.batch_size is None else min(hp.batch_size, m)

    def _after_iteration(self, phases: bool = False) -> None:
        """After an iteration completed one at a time (Step, the last phase): keep it in the timeline,
        evaluate on schedule. ``phases``: it was taken phase by phase (the readable path)."""
        trainer = self.trainer
        if phases:
            self.timeline.note_phases(trainer)
        if trainer.iteration >= self.timeline.next_record:
            self.timeline.record(trainer)
        if is_evaluation(trainer.iteration):
            trainer.record_evaluation(trainer.evaluate())
            self._on_evaluated()

    def _start_reference(self) -> None:
        """Core's run from the run's present state (a remote run only): the same parameters, history and α."""
        self.reference, self.reference_diverged = None, False
        if self.remote:
            reference = new_trainer(self.trainer.hp, self._prepared)
            reference.restore(self.trainer.state())
            self.reference = reference

    def _advance_reference(self) -> None:
        """One iteration of the reference run for one of the student's (it stops where it diverges)."""
        if self.reference is None or self.reference_diverged:
            return
        try:
            self.reference.step()
        except DivergenceError:
            self.reference_diverged = True

    def _diverged(self, error: DivergenceError) -> None:
        self.divergence = Divergence(error.iteration, error.cost, self.trainer.hp.learning_rate)


__all__ = ["Run", "new_trainer", "ABORTABLE_COST"]
