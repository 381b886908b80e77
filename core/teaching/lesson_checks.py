"""What a lesson's live checks look at: the runs the student has made, and a few measurements.

A *run* is one trainer with one set of hyperparameters (changing α mid-training
starts a new run at the current iteration). ``LessonLog.observe`` is called
after training steps; it keeps, per run, how far it went, its best accuracy,
whether the cost ever went up, and so on. A check is a predicate
``(trainer, prepared, log) -> bool`` (the lessons' own are at the end of this
module); once it has held it stays ticked.

``core.teaching.replay`` plays a lesson's demo — what the student is asked to do —
headless through the app's own Session, so tests can prove each check ticks within its bound.
"""

from __future__ import annotations

import weakref
from dataclasses import dataclass, field
from typing import Any, Callable

import numpy as np

from ..nn.activation_stats import SATURATION_THRESHOLD, saturated_fraction
from ..data.datasets import Dataset, from_points
from ..errors import DivergenceError
from ..training.history import EVALUATION_FIELDS
from ..training.hyperparameters import Hyperparameters
from ..data.pipeline import DataSpec, PreparedData, data_bounds, grid
from ..training.trainer import Trainer

Array = np.ndarray
_ITERATION = EVALUATION_FIELDS.index("iteration")
_TRAIN_ACCURACY = EVALUATION_FIELDS.index("train_accuracy")
#: Keeps training going after these changes (as gui.model.session does): the run changes, the trainer stays.
KEEPS_TRAINING = {"learning_rate", "lambd", "batch_size"}
Predicate = Callable[[Trainer, PreparedData, "LessonLog"], bool]


@dataclass
class RunRecord:
    """One run as the student saw it (``iterations`` counts from ``start_iteration``)."""

    hyperparameters: Hyperparameters
    dataset_name: str
    input_size: float  # the largest |x| of the raw training points: hundreds for "×255" data
    start_iteration: int
    iterations: int = 0
    train_accuracy: float | None = None
    best_train_accuracy: float = 0.0
    cost_rose: bool = False
    diverged: bool = False
    trainer_ref: Any = field(default=None, repr=False)
    _costs_checked: int = field(default=0, repr=False)  # the cost curve is scanned up to here


@dataclass
class LessonLog:
    """The runs of the active lesson, the labs opened and the sweeps finished; ticked checks stay ticked."""

    runs: list[RunRecord] = field(default_factory=list)
    labs_opened: set[str] = field(default_factory=set)
    experiments: list[tuple[str, int, bool]] = field(default_factory=list)  # (parameter, n values, complete)
    ticked: set[int] = field(default_factory=set)
    ticked_at: dict[int, int] = field(default_factory=dict)  # check index -> the run's iterations then

    @property
    def current(self) -> RunRecord | None:
        return self.runs[-1] if self.runs else None

    def observe(self, trainer: Trainer, prepared: PreparedData) -> RunRecord:
        """Bring the current run up to date with ``trainer`` (starting a new run if it changed)."""
        run = self.current
        if run is None or run.trainer_ref() is not trainer or run.hyperparameters != trainer.hp:
            run = RunRecord(trainer.hp, prepared.train.name, float(np.abs(prepared.train.X).max(initial=0.0)),
                            trainer.iteration, trainer_ref=weakref.ref(trainer))
            run._costs_checked = trainer.iteration
            self.runs.append(run)
        run.iterations = trainer.iteration - run.start_iteration
        metrics = trainer.evaluate()
        run.train_accuracy = metrics.train_accuracy
        rows = _evaluations_since(trainer, run.start_iteration)
        best = [metrics.train_accuracy or 0.0, *rows[:, _TRAIN_ACCURACY][np.isfinite(rows[:, _TRAIN_ACCURACY])]]
        run.best_train_accuracy = float(max(run.best_train_accuracy, *best))
        self._scan_costs(run, trainer)
        return run

    def _scan_costs(self, run: RunRecord, trainer: Trainer) -> None:
        if run.cost_rose:
            return
        iterations, costs = trainer.history.cost_curve()
        # J[k] is the cost before update k+1; only rises inside this run count.
        keep = iterations >= max(run.start_iteration, run._costs_checked - 1)
        tail = costs[keep]
        if tail.size > 1:
            rises = np.diff(tail) > 1e-9 * np.abs(tail[:-1])  # rounding never makes a falling J look risen
            run.cost_rose = bool(np.any(rises))
        run._costs_checked = trainer.iteration

    def note_divergence(self) -> None:
        if self.current is not None:
            self.current.diverged = True
            self.current.cost_rose = True

    def note_lab(self, name: str) -> None:
        self.labs_opened.add(name)

    def note_experiment(self, parameter: str, n_values: int, complete: bool) -> None:
        self.experiments.append((parameter, n_values, complete))


def _evaluations_since(trainer: Trainer, start: int) -> Array:
    rows = trainer.history.evaluations.array()
    return rows[rows[:, _ITERATION] >= start]


# ----------------------------------------------------------------------------- measurements
def accuracy_at(trainer: Trainer, run: RunRecord, iterations: int) -> float | None:
    """Training accuracy at the first evaluation at least ``iterations`` into ``run`` (None if none yet)."""
    rows = _evaluations_since(trainer, run.start_iteration + iterations)
    finite = rows[np.isfinite(rows[:, _TRAIN_ACCURACY])]
    return None if finite.size == 0 else float(finite[0, _TRAIN_ACCURACY])


def hidden_saturation(trainer: Trainer, layer: int = 1) -> float:
    """Fraction of Z[layer] entries over the training set with |g'(z)| < 0.05 (0 if no such layer)."""
    if layer >= trainer.L:
        return 0.0
    Zs, _ = trainer.forward_all(trainer.X_train)
    return saturated_fraction(Zs[layer - 1], trainer.activation_names[layer - 1], SATURATION_THRESHOLD,
                              trainer.hp.leaky_alpha)


def rows_equal(W: Array, rtol: float = 1e-9) -> bool:
    """True when every row of W is the same row (to rounding): the units are indistinguishable."""
    scale = max(float(np.abs(W).max(initial=0.0)), 1e-300)
    return bool(np.all(np.abs(W - W[0]) <= rtol * scale))


def logit_is_affine(trainer: Trainer, prepared: PreparedData, resolution: int = 7, rtol: float = 1e-7) -> bool:
    """True when Z[L] is an affine function w·x + c of the raw inputs x over the data's box.

    Then the decision boundary Z[L] = 0 is a straight line, whatever the depth.
    Tested by a least-squares plane through Z[L] on a grid of points.
    """
    _, _, points = grid(data_bounds(prepared.train), resolution)
    Zs, _ = trainer.forward_all(prepared.inputs(points))
    ZL = Zs[-1]
    design = np.vstack([points, np.ones(points.shape[1])]).T  # (k, 3): x1, x2, 1
    coefficients, *_ = np.linalg.lstsq(design, ZL.T, rcond=None)
    residual = np.abs(design @ coefficients - ZL.T).max()
    return bool(residual <= rtol * max(1.0, float(np.abs(ZL).max())))


# ----------------------------------------------------------------------------- the lessons' predicates
def _current(log: LessonLog) -> RunRecord:
    return log.current  # observe() always made one before a predicate runs


def reached(accuracy: float) -> Predicate:
    return lambda t, p, log: _current(log).best_train_accuracy >= accuracy


def logistic_stalls(t: Trainer, p: PreparedData, log: LessonLog) -> bool:
    run = _current(log)
    return (not t.hp.hidden_units and run.iterations >= 300
            and run.train_accuracy is not None and 0.40 <= run.train_accuracy <= 0.55)


def activations_tried(t: Trainer, p: PreparedData, log: LessonLog) -> bool:
    tried = {run.hyperparameters.hidden_activations for run in log.runs
             if run.iterations >= 300 and run.hyperparameters.hidden_units}
    return len(tried) >= 3


def straight_after_training(t: Trainer, p: PreparedData, log: LessonLog) -> bool:
    return bool(t.hp.hidden_units) and _current(log).iterations >= 500 and logit_is_affine(t, p)


def bends(t: Trainer, p: PreparedData, log: LessonLog) -> bool:
    return bool(t.hp.hidden_units) and _current(log).iterations >= 200 and not logit_is_affine(t, p)


def zeros_stay_symmetric(t: Trainer, p: PreparedData, log: LessonLog) -> bool:
    if t.hp.initialization != "zeros" or not t.hp.hidden_units or _current(log).iterations < 300:
        return False
    W1 = t.parameters()["W1"]
    return rows_equal(W1) and float(np.abs(W1).max()) > 0.0


def random_breaks_symmetry(t: Trainer, p: PreparedData, log: LessonLog) -> bool:
    return (t.hp.initialization != "zeros" and bool(t.hp.hidden_units) and not rows_equal(t.parameters()["W1"])
            and _current(log).best_train_accuracy >= 0.85)


def large_init_crawls(t: Trainer, p: PreparedData, log: LessonLog) -> bool:
    if t.hp.initialization != "random" or t.hp.init_scale < 5 or not t.hp.hidden_units:
        return False
    early = accuracy_at(t, _current(log), 500)
    return early is not None and early < 0.90 and hidden_saturation(t) >= 0.5


def small_init_learns(t: Trainer, p: PreparedData, log: LessonLog) -> bool:
    return t.hp.init_scale <= 0.1 and _current(log).best_train_accuracy >= 0.95


def saw_cost_rise(t: Trainer, p: PreparedData, log: LessonLog) -> bool:
    return any(run.cost_rose for run in log.runs)


def smooth_and_good(t: Trainer, p: PreparedData, log: LessonLog) -> bool:
    run = _current(log)
    return run.iterations > 0 and not run.cost_rose and run.best_train_accuracy >= 0.85


def sweep_done(t: Trainer, p: PreparedData, log: LessonLog) -> bool:
    return any(parameter == "hidden_units" and n >= 5 and complete for parameter, n, complete in log.experiments)


def raw_inputs_crawl(t: Trainer, p: PreparedData, log: LessonLog) -> bool:
    run = _current(log)
    early = accuracy_at(t, run, 500)
    return not t.hp.standardize and run.input_size >= 100 and early is not None and early < 0.95


def standardized_learns(t: Trainer, p: PreparedData, log: LessonLog) -> bool:
    run = _current(log)
    return t.hp.standardize and run.input_size >= 100 and run.best_train_accuracy >= 0.95


# ----------------------------------------------------------------------------- headless student
@dataclass(frozen=True)
class DemoStep:
    """One instruction: change some hyperparameters (the session's way), then train ``iterations``."""

    changes: tuple[tuple[str, Any], ...] = ()
    iterations: int = 0


def scaled_dataset(spec: DataSpec, scale: float) -> Dataset:
    """The spec's points with every coordinate multiplied by ``scale`` (raw, unscaled inputs)."""
    dataset = spec.make()
    return from_points(dataset.X * scale, dataset.y, dataset.problem, dataset.class_names,
                       name=f"{spec.name} ×{scale:g}")


__all__ = ["RunRecord", "LessonLog", "DemoStep", "scaled_dataset", "accuracy_at",
           "hidden_saturation", "rows_equal", "logit_is_affine"]
