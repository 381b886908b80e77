"""Hyperparameter sweeps: train the same network once per value of one hyperparameter.

The course's "hidden layer size" table (1, 2, 3, 4, 5, 20, 50 units on the
planar flower) is such a sweep. Every run starts from the same data, the same
seeds and the same other hyperparameters, so the runs differ in exactly one
thing; a run is bit-for-bit what ``iterations`` steps of a new Session would do.

``run_sweep`` is a plain function with a small state object (Orange's way): it
reports progress and finished runs through ``SweepState``'s callbacks and checks
``SweepState.should_stop`` between chunks of iterations, so a GUI can run it in
a worker thread, show progress and cancel it. Runs finished before a cancel are
kept; the run under way is kept too, marked "cancelled".

Each run also keeps its decision boundary at the end (``RunResult.boundary``: the output
A[L] over a small grid of the input plane, the course's forward pass at the run's final
parameters), so a GUI can draw a thumbnail per run as in the course's hidden-layer-size
figure without computing anything itself.
"""

from __future__ import annotations

import csv
import io
import math
import os
import re
import time
from dataclasses import dataclass, field
from typing import Any, Callable, Protocol, Sequence

import numpy as np

from ..nn.activations import HIDDEN_ACTIVATIONS
from ..errors import DivergenceError, HyperparameterError
from ..training.hyperparameters import Hyperparameters
from ..nn.initialization import INITIALIZATIONS
from ..data.datasets import Dataset
from ..data.pipeline import DataSpec
from ..files.atomic import atomic_write

Array = np.ndarray

#: What a sweep can vary, in the order the GUI lists them.
PARAMETERS = ("hidden_units", "learning_rate", "activation", "initialization", "depth")
#: Suggested values per hyperparameter (the text the GUI starts with).
DEFAULT_VALUES = {
    "hidden_units": "1, 2, 3, 4, 5, 20, 50",  # the course's table
    "learning_rate": "0.001, 0.01, 0.1, 1.2, 5",
    "activation": ", ".join(HIDDEN_ACTIVATIONS),
    "initialization": "zeros, random, random×10, xavier, he",
    "depth": "0, 1, 2, 3",
}
MAX_ITERATIONS = 200_000  # per run: the history stays unstrided, so the curves compare point by point
CHUNK = 100  # iterations between two looks at should_stop
BOUNDARY_RESOLUTION = 64  # grid points per side of a run's final decision boundary (a thumbnail's)
CSV_FIELDS = ("value", "status", "iterations", "train_cost", "test_cost", "train_accuracy", "test_accuracy", "seconds")
_SCALED_INIT = re.compile(r"^(random|course)\s*(?:×|\*|x)\s*([0-9.eE+-]+)$")

Value = Any  # int (units, depth), float (α), str (activation), tuple[str, float | None] (initialization)


# ----------------------------------------------------------------------------- values
def parse_values(parameter: str, text: str) -> tuple[Value, ...]:
    """The values typed for ``parameter`` ("1, 2, 4"); raises HyperparameterError saying what is wrong."""
    if parameter not in PARAMETERS:
        raise HyperparameterError("sweep.unknown_parameter", parameter=parameter, known=", ".join(PARAMETERS))
    pieces = [piece.strip() for piece in re.split(r"[,;，；]", text)]
    # "1 2 4" works too, but "random × 10" is one value.
    items = pieces if parameter == "initialization" else [item for piece in pieces for item in piece.split()]
    items = [item for item in items if item]
    if not items:
        raise HyperparameterError("sweep.no_values")
    return tuple(_parse_one(parameter, item) for item in items)


def _parse_one(parameter: str, item: str) -> Value:
    if parameter in ("hidden_units", "depth"):
        try:
            value = int(item)
        except ValueError:
            raise HyperparameterError("sweep.not_whole", item=item) from None
        low = 1 if parameter == "hidden_units" else 0
        if value < low:
            raise HyperparameterError("sweep.too_small", item=item, low=low)
        return value
    if parameter == "learning_rate":
        try:
            value = float(item)
        except ValueError:
            raise HyperparameterError("sweep.not_a_number", item=item) from None
        if not math.isfinite(value) or value <= 0:
            raise HyperparameterError("sweep.learning_rate", item=item)
        return value
    if parameter == "activation":
        if item not in HIDDEN_ACTIVATIONS:
            raise HyperparameterError("sweep.not_an_activation", item=item, known=", ".join(HIDDEN_ACTIVATIONS))
        return item
    match = _SCALED_INIT.match(item)  # initialization: a method, or "random×10" for random with scale 10
    if match:
        try:
            return (match.group(1), float(match.group(2)))
        except ValueError:
            raise HyperparameterError("sweep.scale", item=item) from None
    if item not in INITIALIZATIONS:
        raise HyperparameterError("sweep.not_an_initialization", item=item, known=", ".join(INITIALIZATIONS))
    return (item, None)


def hyperparameters_for(base: Hyperparameters, parameter: str, value: Value) -> Hyperparameters:
    """``base`` with one hyperparameter set to ``value`` (raises HyperparameterError if refused).

    hidden_units sets n[1] (a network without hidden layers gets one, of tanh units);
    activation sets g of every hidden layer; depth is the number of hidden layers, each
    like the first hidden layer of ``base`` (4 tanh units if it has none).
    """
    units, acts = base.hidden_units, base.hidden_activations
    if parameter == "hidden_units":
        if not units:
            return base.with_changes(hidden_units=(int(value),), hidden_activations=("tanh",))
        return base.with_changes(hidden_units=(int(value), *units[1:]))
    if parameter == "learning_rate":
        return base.with_changes(learning_rate=float(value))
    if parameter == "activation":
        return base.with_changes(hidden_activations=(str(value),) * len(units))
    if parameter == "initialization":
        method, scale = value
        return base.with_changes(initialization=method, init_scale=base.init_scale if scale is None else scale)
    if parameter == "depth":
        n, g = (units[0], acts[0]) if units else (4, "tanh")
        return base.with_changes(hidden_units=(n,) * int(value), hidden_activations=(g,) * int(value))
    raise HyperparameterError("sweep.unknown_parameter", parameter=parameter, known=", ".join(PARAMETERS))


def value_text(parameter: str, value: Value) -> str:
    """The value as typed: "4", "1.2", "tanh", "random×10"."""
    if parameter == "initialization":
        method, scale = value
        return method if scale is None else f"{method}×{scale:g}"
    return f"{value:g}" if isinstance(value, float) else str(value)


def value_label(parameter: str, value: Value) -> str:
    """A legend label with the course's symbol: "n[1] = 4", "α = 1.2", "g = tanh", "L − 1 = 2"."""
    symbol = {"hidden_units": "n[1]", "learning_rate": "α", "activation": "g", "initialization": "init",
              "depth": "L − 1"}[parameter]
    return f"{symbol} = {value_text(parameter, value)}"


# ----------------------------------------------------------------------------- running
@dataclass
class RunResult:
    """One run of a sweep. ``costs`` is J at every iteration done; metrics are at the end.

    ``status``: "finished", "cancelled" (stopped early by the user) or "diverged"
    (the cost exploded; the metrics are those of the last finite parameters).
    """

    value: Value
    label: str
    hyperparameters: Hyperparameters
    status: str
    iterations: int
    costs: Array = field(repr=False)
    train_cost: float
    test_cost: float | None
    train_accuracy: float | None
    test_accuracy: float | None
    seconds: float
    parameters: dict[str, Array] = field(repr=False, default_factory=dict)
    #: The final decision boundary: (box (x1_min, x1_max, x2_min, x2_max), A[L] over the grid (n_y, res, res)
    #: indexed [unit, x2, x1]); None if it could not be computed.
    boundary: tuple[tuple[float, float, float, float], Array] | None = field(repr=False, default=None)


@dataclass
class SweepResult:
    """Every run of one sweep, in the order of ``values``; ``complete`` unless cancelled."""

    parameter: str
    values: tuple[Value, ...]
    iterations: int
    runs: list[RunResult]
    complete: bool


@dataclass
class SweepState:
    """How ``run_sweep`` talks to its caller: a stop flag to look at, and two reports.

    ``on_progress(run_index, n_runs, iterations_done, iterations_per_run)`` after every
    chunk; ``on_run_finished(result)`` after every run (also a cancelled one).
    """

    should_stop: Callable[[], bool] = lambda: False
    on_progress: Callable[[int, int, int, int], None] | None = None
    on_run_finished: Callable[[RunResult], None] | None = None


class DataSource(Protocol):
    """Where a sweep's points come from: a Session or one of its Snapshots."""

    data_spec: DataSpec
    dataset: Dataset


def run_sweep(data: DataSource, base: Hyperparameters, parameter: str, values: Sequence[Value],
              iterations: int, state: SweepState | None = None, chunk: int = CHUNK) -> SweepResult:
    """Train one network per value, each for ``iterations`` iterations from the same seeds, on ``data``'s points.

    Each run is a ``Session`` of its own. Raises HyperparameterError before any training if a value is refused.
    """
    if isinstance(iterations, bool) or not isinstance(iterations, int) or not 1 <= iterations <= MAX_ITERATIONS:
        raise HyperparameterError("sweep.iterations", max=MAX_ITERATIONS, value=iterations)

    state = state or SweepState()
    settings = [hyperparameters_for(base, parameter, value) for value in values]  # validate all first
    runs: list[RunResult] = []
    for index, (value, hp) in enumerate(zip(values, settings)):
        if state.should_stop():
            break
        result = _run_one(data, hp, parameter, value, iterations, state, index, len(values), chunk)
        runs.append(result)
        if state.on_run_finished is not None:
            state.on_run_finished(result)
        if result.status == "cancelled":
            break
    complete = len(runs) == len(values) and all(run.status != "cancelled" for run in runs)
    return SweepResult(parameter, tuple(values), iterations, runs, complete)


def _run_one(data: DataSource, hp: Hyperparameters, parameter: str, value: Value, iterations: int,
             state: SweepState, index: int, n_runs: int, chunk: int) -> RunResult:
    from ..session.session import Session  # the session itself imports the lessons, which import this module

    started = time.perf_counter()
    run = Session(data.data_spec, hp, dataset=data.dataset)
    status = "finished"
    try:
        while run.iteration < iterations:
            run.train(min(chunk, iterations - run.iteration))
            if state.on_progress is not None:
                state.on_progress(index, n_runs, run.iteration, iterations)
            if run.iteration < iterations and state.should_stop():
                status = "cancelled"
                break
    except DivergenceError:
        status = "diverged"  # the session kept the last finite parameters
    seconds = time.perf_counter() - started
    metrics = run.metrics()
    _, costs = run.trainer.history.cost_curve()
    return RunResult(value, value_label(parameter, value), run.hyperparameters, status, run.iteration, costs,
                     metrics.train_cost, metrics.test_cost, metrics.train_accuracy, metrics.test_accuracy,
                     seconds, run.parameters(), run.snapshot().output_grid(BOUNDARY_RESOLUTION))


# ----------------------------------------------------------------------------- export
def _cell(value: float | None) -> str:
    return "" if value is None or (isinstance(value, float) and math.isnan(value)) else repr(float(value))


def csv_rows(parameter: str, runs: Sequence[RunResult]) -> list[list[str]]:
    """The results table as text rows, header first (numbers with every digit)."""
    rows = [[parameter, *CSV_FIELDS[1:]]]
    for run in runs:
        rows.append([value_text(parameter, run.value), run.status, str(run.iterations), _cell(run.train_cost),
                     _cell(run.test_cost), _cell(run.train_accuracy), _cell(run.test_accuracy),
                     f"{run.seconds:.4f}"])
    return rows


def write_csv(path: str | os.PathLike[str], parameter: str, runs: Sequence[RunResult]) -> None:
    """Write the results table to ``path``, all or nothing (core.files.atomic); OSError if it cannot."""
    text = io.StringIO()
    csv.writer(text).writerows(csv_rows(parameter, runs))
    atomic_write(path, text.getvalue().encode("utf-8"))


__all__ = ["PARAMETERS", "DEFAULT_VALUES", "parse_values", "hyperparameters_for", "value_label", "value_text",
           "RunResult", "SweepResult", "SweepState", "run_sweep", "csv_rows", "write_csv"]
