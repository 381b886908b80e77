"""The timeline of a run: the parameters at any past iteration, exactly, in bounded memory.

It keeps the trainer's state (``Trainer.state()`` without the history, which the
session owns and can cut) at chosen iterations: every one of the first 100, then
log-spaced, at most ~2,000 (fewer for a big network: ``MAX_BYTES``). When full, the
log-spaced state whose removal leaves the smallest gap on a log scale goes, so the
spacing stays roughly geometric however long the run. Between two kept states the
run is re-trained: a private trainer (built by the session's factory from the same
prepared data) restores the nearer earlier state and replays the run — the same
fast steps, the same mini-batch stream — so ``at(k)`` is bit-identical to a fresh
run stopped at k.

What the student did in between is replayed too, as *events* noted at the iteration
they happened: a change of α, λ or the batch size (which keeps training), a typed
weight, an iteration taken phase by phase (the readable path, which rounds
differently from the fast one). A kept state at iteration k is the trainer as the
iteration count reached k, *before* the events noted at k; ``at(k)`` is the state
*after* them — what the session showed at k and trained on from.

The session's hooks (see each method): ``start`` on every new run; ``record`` when
``trainer.iteration >= next_record`` after whole iterations; ``note_hyperparameters``,
``note_parameters`` after those changes; ``note_phases`` after an iteration taken
phase by phase; ``branch`` + ``truncate`` to train on from a past iteration;
``to_state`` / ``from_state`` for session files.
"""

from __future__ import annotations

import math
from bisect import bisect_right
from dataclasses import dataclass
from typing import Callable, Sequence

import numpy as np

from ..errors import BackpropStudioError, ParameterFileError
from ..nn.engine import parameter_count, parameter_layout
from ..training.history import History
from ..training.hyperparameters import Hyperparameters
from ..training.phases import iteration_phases
from ..training.trainer import Metrics, Trainer
from .timeline_state import SAVED_STATES, STEP_FIELDS, Event, Kept, decode, encode, flatten, removal, unflatten

Array = np.ndarray
#: Builds a trainer on the session's prepared data for these hyperparameters (the session's own recipe).
TrainerFactory = Callable[[Hyperparameters], Trainer]
ParameterKey = tuple[str, int, int]  # ("W1", row, col) or ("b2", row, 0), 0-based

DENSE_UNTIL = 100  # every iteration up to here is kept
MAX_STATES = 2000
MIN_STATES = 32  # however big the network (the app's biggest keeps ~100 within MAX_BYTES)
MAX_BYTES = 64 * 2**20  # the kept states of a big network stay under this (roughly)
MAX_EVENTS = 10_000  # beyond this the oldest part of the timeline is forgotten
_NO_HISTORY = History(max_points=4)


@dataclass(frozen=True, eq=False)
class Moment:
    """The run at one past iteration: the parameters and the gradients of the iteration that led there
    (as ``Trainer.gradients()``), the hyperparameters then in force, the trainer's state without its history
    and the costs and accuracies (``Trainer.evaluate()``) — what a snapshot of that iteration shows."""

    iteration: int
    hyperparameters: Hyperparameters
    parameters: dict[str, Array]
    gradients: dict[str, Array]
    trainer_state: dict
    metrics: Metrics


@dataclass(frozen=True, eq=False)
class Branch:
    """What the session installs to train on from a past iteration: ``Trainer(hyperparameters, …)`` then
    ``restore(trainer_state)`` (its history cut at the iteration), then ``Timeline.truncate(iteration)``."""

    iteration: int
    hyperparameters: Hyperparameters
    trainer_state: dict
    moment: Moment


def training_state(trainer: Trainer) -> dict:
    """``trainer.state()`` without the history (copying a history of 200,000 costs at every kept state would
    cost more than the training)."""
    return trainer.state(history=False)


def parameter_index(layer_dims: list[int], key: ParameterKey) -> int:
    """Where entry (row, col) of W[l] or b[l] sits in θ (HyperparameterError-free: KeyError/IndexError if absent)."""
    name, row, col = key
    kind, l = name[0], int(name[1:])
    offset, n_l, n_prev = parameter_layout(layer_dims)[l - 1]
    if kind not in "Wb" or not 0 <= row < n_l or not 0 <= col < (n_prev if kind == "W" else 1):
        raise IndexError(f"{name} has no entry ({row}, {col})")
    return offset + row * (n_prev + 1) + (col if kind == "W" else n_prev)


def cut_history(history_state: dict, iteration: int) -> dict:
    """A ``History.state()`` as it was when the run reached ``iteration`` (for a branch)."""
    costs = dict(history_state["costs"])
    stride = costs["stride"]
    n = min(len(costs["rows"]), -(-iteration // stride))  # the costs of iterations 0 .. iteration − 1
    costs["rows"] = costs["rows"][:n]
    costs["skipped"] = n * stride - iteration if n * stride >= iteration else 0
    evaluations = dict(history_state["evaluations"])
    evaluations["rows"] = [row for row in evaluations["rows"] if row[0] <= iteration]
    evaluations["skipped"] = 0
    return {"costs": costs, "evaluations": evaluations}


class Timeline:
    """The kept states and events of the current run; ``at(k)`` gives any past iteration (see module docstring)."""

    def __init__(self, factory: TrainerFactory, trainer: Trainer, *, max_states: int = MAX_STATES,
                 dense_until: int = DENSE_UNTIL) -> None:
        """A timeline starting at ``trainer``'s iteration (the run's start; later for a reopened file)."""
        self._factory = factory
        self._limits = (max_states, dense_until)
        self.start(trainer)

    # ================================================================== the session's hooks
    def start(self, trainer: Trainer) -> None:
        """A new run begins at ``trainer`` (a reset, a new network or new data, a reopened file)."""
        self.layer_dims, self._m = list(trainer.layer_dims), trainer.X_train.shape[1]
        max_states, dense = self._limits
        per_state = 16 * parameter_count(self.layer_dims) + 4 * self._m + 600
        self.capacity = max(min(MIN_STATES, max_states), min(max_states, MAX_BYTES // per_state))
        self.dense_until = min(dense, self.capacity // 2)
        self._base_hp = self._hp_now = trainer.hp
        self._kept: list[Kept] = []
        self._iterations: list[int] = []
        self._events: dict[int, list[Event]] = {}
        self._private: Trainer | None = None
        self._position: tuple[int, bool, Kept] | None = None  # (iteration, stepped since restore, kept state)
        self.next_record = trainer.iteration
        self.record(trainer)

    def record(self, trainer: Trainer) -> None:
        """Keep ``trainer``'s state; call right after whole iterations, when ``trainer.iteration >= next_record``."""
        k = trainer.iteration
        if (not self._iterations or self._iterations[-1] < k) and k not in self._events:
            self._keep(self._capture(trainer))
            if len(self._kept) > self.capacity:
                self._drop(removal(self._iterations, self._first_removable()))
            if sum(map(len, self._events.values())) > MAX_EVENTS:
                self._forget_before(sorted(self._events)[len(self._events) // 2])
        self.next_record = self._after(k)

    def note_hyperparameters(self, trainer: Trainer) -> None:
        """α, λ or the batch size changed (``trainer.update_hyperparameters`` just ran at ``trainer.iteration``)."""
        values = tuple(getattr(trainer.hp, name) for name in STEP_FIELDS)
        if values == tuple(getattr(self._hp_now, name) for name in STEP_FIELDS):
            return
        k = trainer.iteration
        here = self._events.get(k, [])
        same_batching = here and here[-1].kind == "hyperparameters" and here[-1].values[:2] == values[:2]
        if same_batching:  # only α changed since the last change here: one event does the same (a dragged slider)
            here.pop()
        self._note(Event(k, "hyperparameters", values))
        self._hp_now = trainer.hp

    def note_parameters(self, trainer: Trainer) -> None:
        """W or b were edited (typed, imported): the new values replay at ``trainer.iteration``."""
        k = trainer.iteration
        here = self._events.get(k, [])
        if here and here[-1].kind == "parameters":
            here.pop()  # a later edit at the same iteration holds every value
        self._note(Event(k, "parameters", theta=flatten(trainer.parameters(), self.layer_dims)))

    def note_phases(self, trainer: Trainer) -> None:
        """The iteration that just ended (``trainer.iteration − 1``) was taken phase by phase: replay it so."""
        self._note(Event(trainer.iteration - 1, "phases"))

    def truncate(self, iteration: int) -> None:
        """Forget everything after ``iteration`` (the session branched there and trains on)."""
        self._check(iteration)
        while self._iterations[-1] > iteration:
            self._kept.pop(), self._iterations.pop()
        for k in [k for k in self._events if k >= iteration]:
            kept = [e for e in self._events[k] if k == iteration and e.kind != "phases"]
            if kept:
                self._events[k] = kept
            else:
                del self._events[k]
        self._hp_now = self.hyperparameters_at(iteration)
        self._position = None
        self.next_record = self._after(self._iterations[-1])

    # ================================================================== reading
    @property
    def first_iteration(self) -> int:
        """The earliest iteration the timeline can give."""
        return self._iterations[0]

    @property
    def kept_iterations(self) -> tuple[int, ...]:
        """The iterations whose states are kept (the rest are re-trained)."""
        return tuple(self._iterations)

    @property
    def events(self) -> tuple[Event, ...]:
        return tuple(e for here in self._events.values() for e in here)

    def nbytes(self) -> int:
        """About how much memory the kept states take (arrays and their Python objects)."""
        seen, total = set(), 0
        for kept in self._kept:
            total += kept.theta.nbytes + kept.gradients.nbytes + 400
            for shared in (kept.order, kept.rng):
                if shared is not None and id(shared) not in seen:
                    seen.add(id(shared))
                    total += shared.nbytes if isinstance(shared, np.ndarray) else 600
        return total

    def hyperparameters_at(self, iteration: int) -> Hyperparameters:
        """The hyperparameters in force at ``iteration`` (after the changes made there)."""
        return self._hp_between(iteration + 1)

    def at(self, iteration: int) -> Moment:
        """The run at ``iteration`` (first_iteration ≤ iteration ≤ the session's iteration), bit for bit."""
        trainer = self._seek(iteration)
        _, stepped, kept = self._position
        gradients = trainer.gradients() if stepped else unflatten(kept.gradients, self.layer_dims, "d")
        return Moment(iteration, trainer.hp, trainer.parameters(), gradients, training_state(trainer),
                      trainer.evaluate())

    def parameters_at(self, iteration: int) -> dict[str, Array]:
        """W, b at ``iteration`` as ``at`` gives them, without measuring the costs (a path walks many iterations:
        going forward, each continues from the last)."""
        return self._seek(iteration).parameters()

    def branch(self, iteration: int, history_state: dict) -> Branch:
        """What the session needs to train on from ``iteration``: ``history_state`` is its trainer's
        ``history.state()``, cut here. Changes nothing; the session then calls ``truncate``."""
        moment = self.at(iteration)
        state = {**moment.trainer_state, "history": cut_history(history_state, iteration)}
        return Branch(iteration, moment.hyperparameters, state, moment)

    def parameter_path(self, keys: Sequence[ParameterKey]) -> tuple[Array, Array]:
        """(iterations (n,), values (n, len(keys))) of some entries of W, b at the kept iterations."""
        index = [parameter_index(self.layer_dims, key) for key in keys]
        values = np.array([kept.theta[index] for kept in self._kept]).reshape(len(self._kept), len(index))
        return np.asarray(self._iterations), values

    # ================================================================== session files
    def to_state(self, max_states: int = SAVED_STATES) -> dict:
        """JSON-safe, bounded: at most ``max_states`` kept states (see core.session.timeline_state) and the events."""
        return encode(self._base_hp, self._kept, self.events, max_states)

    @classmethod
    def from_state(cls, state: dict, factory: TrainerFactory, trainer: Trainer, **limits: int) -> "Timeline":
        """The timeline of a reopened session whose trainer (restored from the same file) is ``trainer``.

        ParameterFileError if it does not belong to that run (the session then starts a timeline there).
        """
        timeline = cls(factory, trainer, **limits)
        base, kept, events = decode(state, timeline.layer_dims, timeline._m)
        if base.architecture() != trainer.hp.architecture():
            raise ParameterFileError("timeline.other_network")
        last = max(kept[-1].iteration, events[-1].iteration if events else 0)
        if last > trainer.iteration:
            raise ParameterFileError("timeline.past_the_run", last=last, iteration=trainer.iteration)
        timeline._base_hp, timeline._kept, timeline._iterations = base, kept, [k.iteration for k in kept]
        timeline._events = {}
        for event in events:
            timeline._events.setdefault(event.iteration, []).append(event)
        timeline._hp_now = timeline._hp_between(trainer.iteration + 1)
        if timeline._hp_now != trainer.hp:
            raise ParameterFileError("timeline.changes_mismatch")
        while len(timeline._kept) > timeline.capacity:
            timeline._drop(removal(timeline._iterations, timeline._first_removable()))
        timeline.record(trainer)  # the present, if it is not kept yet
        return timeline

    # ================================================================== internals
    def _capture(self, trainer: Trainer) -> Kept:
        state = training_state(trainer)
        last = self._kept[-1] if self._kept else None
        order = np.asarray(state["order"], dtype=np.int32)
        if np.array_equal(order, np.arange(self._m)):
            order = None
        elif last is not None and last.order is not None and np.array_equal(order, last.order):
            order = last.order
        rng = last.rng if last is not None and last.rng == state["batch_rng"] else state["batch_rng"]
        return Kept(state["iteration"], flatten(state["parameters"], self.layer_dims),
                     flatten(trainer.gradients(), self.layer_dims, "d"), state["first_cost"], rng, order,
                     state["cursor"])

    def _keep(self, kept: Kept) -> None:
        at = bisect_right(self._iterations, kept.iteration)
        self._kept.insert(at, kept)
        self._iterations.insert(at, kept.iteration)

    def _drop(self, index: int) -> None:
        if self._position is not None and self._position[2] is self._kept[index]:
            self._position = None
        del self._kept[index], self._iterations[index]

    def _first_removable(self) -> int:
        """Kept states up to ``dense_until`` and the first one stay; the last one is never removed either."""
        return max(1, bisect_right(self._iterations, self.dense_until))

    def _after(self, k: int) -> int:
        """The next iteration worth keeping: the next one while dense, then a step that grows with k."""
        if k < self.dense_until:
            return k + 1
        slots = self.capacity - self.dense_until
        return max(k + 1, math.ceil(k * (k / max(self.dense_until, 1)) ** (1.0 / slots)))

    def _note(self, event: Event) -> None:
        self._events.setdefault(event.iteration, []).append(event)
        if next(reversed(self._events)) != event.iteration:  # replays walk the events in order of iteration
            self._events = dict(sorted(self._events.items()))
        if self._position is not None and self._position[0] >= event.iteration:
            self._position = None  # the private trainer went past a point that has just changed

    def _forget_before(self, iteration: int) -> None:
        """Drop what precedes the first kept state at or after ``iteration`` (too many events to keep)."""
        first = bisect_right(self._iterations, iteration - 1)
        keep_from = self._iterations[min(first, len(self._iterations) - 1)]
        self._base_hp = self._hp_between(keep_from)
        for k in [k for k in self._events if k < keep_from]:
            del self._events[k]
        while self._iterations[0] < keep_from:
            self._drop(0)

    def _hp_between(self, before: int) -> Hyperparameters:
        """The base hyperparameters with every change noted at an iteration < ``before``."""
        hp = self._base_hp
        for k, here in self._events.items():
            if k >= before:
                break
            for event in here:
                if event.kind == "hyperparameters":
                    hp = hp.with_changes(**dict(zip(STEP_FIELDS, event.values)))
        return hp

    def _check(self, iteration: int) -> None:
        if isinstance(iteration, bool) or not isinstance(iteration, (int, np.integer)) \
                or iteration < self._iterations[0]:
            raise BackpropStudioError("timeline.starts_later", first=self._iterations[0], iteration=iteration)

    def _trainer(self, hp: Hyperparameters) -> Trainer:
        if self._private is None:
            self._private = self._factory(hp)
        elif self._private.hp != hp:
            self._private.update_hyperparameters(hp)
        return self._private

    def _seek(self, k: int) -> Trainer:
        """The private trainer at iteration k, after the events there (continuing from where it is if closer)."""
        self._check(k)
        kept = self._kept[bisect_right(self._iterations, k) - 1]
        if self._position is not None and kept.iteration <= self._position[0] <= k:
            position, stepped, kept = self._position
            trainer = self._private
        else:
            trainer = self._trainer(self._hp_between(kept.iteration))
            state = kept.trainer_state(self.layer_dims, self._m)
            trainer.restore({**state, "history": _NO_HISTORY.state()})
            position, stepped = kept.iteration, False
            self._apply(trainer, position)
        while position < k:
            if any(e.kind == "phases" for e in self._events.get(position, ())):
                for _ in iteration_phases(trainer):
                    pass
            else:
                trainer.step()
            position, stepped = position + 1, True
            self._apply(trainer, position)
        self._position = (position, stepped, kept)
        return trainer

    def _apply(self, trainer: Trainer, k: int) -> None:
        for event in self._events.get(k, ()):
            if event.kind == "hyperparameters":
                trainer.update_hyperparameters(trainer.hp.with_changes(**dict(zip(STEP_FIELDS, event.values))))
            elif event.kind == "parameters":
                trainer.set_parameters(unflatten(event.theta, self.layer_dims))
