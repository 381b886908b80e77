"""The current experiment as a Jupyter notebook that redoes it with the course's functions.

``notebook_for(session or snapshot)`` returns the notebook (nbformat 4, as a dict) and
``write_notebook(path, ...)`` saves it as ``.ipynb``. Its cells, run top to bottom, rebuild
the data (regenerated from the app's recipe, or the drawn/imported points themselves), the
split, the input features and their standardization, ``layer_dims``, the activations, the
initialization and its seed, α, λ and the mini-batches, then train as many iterations as
the app did with ``L_model_forward``, ``compute_cost``, ``L_model_backward_shortcut`` and
``update_parameters``, printing "Cost after iteration i" as the course does, and end with
the accuracy the app showed. The student imports the functions from ``backprop_studio.core``.

The app trains with the fused engine (core.nn.engine), whose numbers equal those functions'
to rounding (~1e-12 per iteration), so the notebook's costs match the app's history.
That only holds for a run that went straight from iteration 0 with the settings of now:
before writing, the run is replayed here and compared with the app's costs and parameters,
and if α, λ, the batch size or a weight changed on the way, the first cell says so.
The notebook is plain JSON written here (no nbformat needed); nothing here imports Qt.
"""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Iterable, Union

import numpy as np

from ..data.datasets import DATASETS, Dataset
from ..errors import DivergenceError
from ..nn.engine import parameter_count
from ..session.session import Session
from ..session.snapshot import Snapshot
from ..training.trainer import Trainer
from .atomic import atomic_write

Source = Union[Session, Snapshot]

#: Replaying a run costs about this many multiply-adds at most (a few seconds); longer runs are not checked.
REPLAY_BUDGET = 3_000_000_000
#: How close the replay must come to the app's numbers (relative to max(1, |value|)).
TOLERANCE = 1e-9
_PACKAGE = "backprop_studio.core"


# ---------------------------------------------------------------------------------------------- public
def notebook_for(source: Source, *, check: bool = True) -> dict:
    """The notebook (nbformat 4 as a dict) that reproduces ``source``'s experiment.

    ``check`` replays the run (within ``REPLAY_BUDGET``) to tell in the first cell whether the
    notebook's numbers will be the app's; without it, the first cell says it was not checked.
    """
    snapshot, costs = _read(source)
    verdict = _replay_verdict(snapshot, costs) if check else "unchecked"
    cells = [_markdown(_introduction(snapshot, verdict))]
    cells += [_code(text) for text in (_imports(snapshot), _data(snapshot), _inputs(snapshot),
                                       _settings(snapshot), _initialization(snapshot), _training(snapshot))]
    cells += [_markdown(_app_result(snapshot)), _code(_evaluation(snapshot))]
    for number, cell in enumerate(cells):
        cell["id"] = f"cell-{number}"  # nbformat 4.5 asks every cell for an id
    return {
        "cells": cells,
        "metadata": {
            "kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
            "language_info": {"name": "python"},
        },
        "nbformat": 4,
        "nbformat_minor": 5,
    }


def write_notebook(path: str | Path, source: Source, *, check: bool = True) -> Path:
    """Write ``notebook_for(source)`` to ``path`` (UTF-8 JSON, all or nothing); returns the path.

    OSError if it cannot be written (the old file, if any, is then left as it was).
    """
    path = Path(path)
    text = json.dumps(notebook_for(source, check=check), ensure_ascii=False, indent=1)
    atomic_write(path, (text + "\n").encode("utf-8"))
    return path


# ---------------------------------------------------------------------------------------------- reading
def _read(source: Source) -> tuple[Snapshot, tuple[np.ndarray, np.ndarray]]:
    """The snapshot and the fullest cost history at hand: a Session's own, a snapshot's (thinned) curve."""
    if isinstance(source, Session):
        return source.snapshot(), source.trainer.history.cost_curve()
    return source, (source.history.iterations, source.history.costs)


def _generated(snapshot: Snapshot) -> bool:
    """True when the points are exactly what the data spec generates (else they are written out)."""
    spec = snapshot.data_spec
    if spec.name not in DATASETS:
        return False
    made = spec.make()
    data = snapshot.dataset
    return made.m == data.m and np.array_equal(made.X, data.X) and np.array_equal(made.y, data.y)


def _replay_verdict(snapshot: Snapshot, costs: tuple[np.ndarray, np.ndarray]) -> str:
    """'same' if these settings from iteration 0 give the app's costs and parameters, 'different'
    if not, 'too long' past the replay budget."""
    hp, prepared, n = snapshot.hyperparameters, snapshot.prepared, snapshot.iteration
    if n * 3 * snapshot.batch_m * parameter_count(hp.layer_dims()) > REPLAY_BUDGET:
        return "too long"
    trainer = Trainer(hp, prepared.X_train, prepared.Y_train)
    try:
        for _ in range(n):
            trainer.step()
    except DivergenceError:
        return "different"
    replay_iterations, replay_costs = trainer.history.cost_curve()
    app_iterations, app_costs = costs
    if len(app_iterations) and (app_iterations[-1] >= len(replay_costs)):
        return "different"
    at = np.asarray(app_iterations, dtype=np.int64)
    if len(replay_iterations) and replay_iterations[-1] != len(replay_costs) - 1:
        return "too long"  # the replay's own history was thinned: indices no longer line up
    if not _close(replay_costs[at], app_costs):
        return "different"
    if snapshot.in_iteration:  # the update phase may have written some layers already
        return "same"
    replayed = trainer.parameters()
    return "same" if all(_close(replayed[key], value) for key, value in snapshot.parameters.items()) else "different"


def _close(a: np.ndarray, b: np.ndarray) -> bool:
    a, b = np.asarray(a, dtype=np.float64), np.asarray(b, dtype=np.float64)
    return a.shape == b.shape and bool(np.all(np.abs(a - b) <= TOLERANCE * np.maximum(1.0, np.abs(b))))


# ---------------------------------------------------------------------------------------------- cells
def _lines(text: str) -> list[str]:
    """nbformat's multi-line string: a list of lines, each but the last keeping its newline."""
    lines = text.rstrip("\n").split("\n")
    return [line + "\n" for line in lines[:-1]] + lines[-1:]


def _markdown(text: str) -> dict:
    return {"cell_type": "markdown", "metadata": {}, "source": _lines(text)}


def _code(text: str) -> dict:
    return {"cell_type": "code", "execution_count": None, "metadata": {}, "outputs": [], "source": _lines(text)}


def _number(value: float) -> str:
    """A float written so that Python reads back exactly the same number."""
    return repr(float(value))


def _percent(value: float | None) -> str:
    return "—" if value is None or not math.isfinite(value) else f"{100 * value:.1f}%"


def _network(snapshot: Snapshot) -> str:
    return " → ".join(str(n) for n in snapshot.layer_dims)


def _introduction(snapshot: Snapshot, verdict: str) -> str:
    hp = snapshot.hyperparameters
    batch = "the full batch" if hp.batch_size is None or hp.batch_size >= snapshot.m else f"mini-batches of {hp.batch_size}"
    lines = [
        "# Backprop Studio experiment",
        "",
        f"Network {_network(snapshot)} ({', '.join(snapshot.activations)}), "
        f"initialization `{hp.initialization}` (seed {hp.seed}), α = {hp.learning_rate:g}, "
        f"λ = {hp.lambd:g}, {batch}, {snapshot.iteration} iterations on the "
        f"{'generated' if _generated(snapshot) else 'drawn or imported'} data set `{snapshot.data_spec.name}`.",
        "",
        "Run the cells from top to bottom: they rebuild the data, the network and its initial parameters, "
        "then train with the course's functions from `backprop_studio.core` "
        "(run it with a Python where Backprop Studio is installed: `pip install .` in the app's folder).",
        "",
    ]
    lines.append({
        "same": "**Checked:** these settings, trained from iteration 0, give the app's costs and parameters "
                "(to 1e-9), so the printed costs below are the ones the app recorded.",
        "different": "**These numbers will differ from the app's.** The app's run did not go straight from "
                     "iteration 0 with the settings it has now: α, λ, the mini-batch size or a weight was "
                     "changed while it trained (or its parameters were imported). This notebook trains the "
                     "current settings from the start instead.",
        "too long": "**Not checked** against the app's run: replaying it would take too long here. If the "
                    "settings were changed while it trained, the numbers below differ from the app's.",
        "unchecked": "**Not checked** against the app's run. If the settings were changed while it trained, "
                     "the numbers below differ from the app's.",
    }[verdict])
    if snapshot.in_iteration:
        lines += ["", "The app was in the middle of an iteration taken phase by phase: the notebook stops "
                      f"after the {snapshot.iteration} whole iterations before it."]
    if snapshot.divergence is not None:
        lines += ["", f"The app's training diverged at iteration {snapshot.divergence.iteration}; "
                      "the notebook trains the iterations before it."]
    return "\n".join(lines)


def _imports(snapshot: Snapshot) -> str:
    data = "make_dataset, train_test_split" if _generated(snapshot) else "from_points, train_test_split"
    lines = [
        "import numpy as np",
        "",
        f"from {_PACKAGE}.data.datasets import {data}",
        f"from {_PACKAGE}.data.features import "
        + ("Standardizer, make_features" if snapshot.hyperparameters.standardize else "make_features"),
        f"from {_PACKAGE}.nn.initialization import initialize_parameters_deep",
        f"from {_PACKAGE}.nn.losses import accuracy, compute_cost, l2_cost",
        f"from {_PACKAGE}.nn.propagation import L_model_backward_shortcut, L_model_forward, update_parameters",
    ]
    return "\n".join(lines)


def _array_text(values: Iterable[float], per_line: int = 6, indent: str = "    ") -> str:
    items = [_number(v) for v in values]
    rows = [", ".join(items[i : i + per_line]) for i in range(0, len(items), per_line)]
    return "[\n" + ",\n".join(indent + row for row in rows) + ",\n" + indent[:-4] + "]" if rows else "[]"


def _data(snapshot: Snapshot) -> str:
    spec, dataset = snapshot.data_spec, snapshot.dataset
    if _generated(snapshot):
        return (f"# The data: the app's \"{spec.name}\" set, generated again from its recipe.\n"
                f"dataset = make_dataset({spec.name!r}, m={spec.m}, noise={_number(spec.noise)}, seed={spec.seed})\n"
                f"print(dataset.m, \"points\")")
    labels = (dataset.y.tolist() if dataset.problem != "regression"
              else "[" + ", ".join(_number(v) for v in dataset.y) + "]")
    return "\n".join([
        f"# The data: the {dataset.m} points of the app (drawn or imported), x1 and x2 of each, and their labels.",
        f"x1 = np.array({_array_text(dataset.X[0])})",
        f"x2 = np.array({_array_text(dataset.X[1])})",
        f"y = np.array({labels})",
        f"dataset = from_points(np.vstack([x1, x2]), y, {dataset.problem!r}, "
        f"class_names={list(dataset.class_names)!r}, name={dataset.name!r})",
        "print(dataset.m, \"points\")",
    ])


def _inputs(snapshot: Snapshot) -> str:
    spec, hp = snapshot.data_spec, snapshot.hyperparameters
    lines = [
        f"# Split as the app does (stratified by class, seed {spec.seed}), then the input features: the rows of X.",
        f"train, test = train_test_split(dataset, test_ratio={_number(spec.test_ratio)}, seed={spec.seed})",
        f"features = {list(hp.features)!r}",
        "X_train, Y_train = make_features(train.X, features), train.Y()   # X: (n[0], m), one example per column",
        "X_test, Y_test = make_features(test.X, features), test.Y()",
    ]
    if hp.standardize:
        lines += [
            "",
            "# Standardize with the TRAINING set's mean and standard deviation only (the test set stands for",
            "# unseen data, so its statistics must not leak in). A constant feature is only centred.",
            "standardizer = Standardizer.fit(X_train)",
            "mu, sigma = standardizer.mean, standardizer.std",
            "X_train = (X_train - mu) / sigma",
            "X_test = (X_test - mu) / sigma",
        ]
    lines += ["m = X_train.shape[1]", "print(\"X_train:\", X_train.shape, \" Y_train:\", Y_train.shape)"]
    return "\n".join(lines)


def _uses_leaky(snapshot: Snapshot) -> bool:
    return "leaky_relu" in snapshot.activations


def _settings(snapshot: Snapshot) -> str:
    hp = snapshot.hyperparameters
    lines = [
        f"layer_dims = {snapshot.layer_dims!r}   # n[0] inputs, the hidden layers' units, n[L] outputs",
        f"activations = {snapshot.activations!r}   # g[1] ... g[L]",
        f"learning_rate = {_number(hp.learning_rate)}   # α",
        f"lambd = {_number(hp.lambd)}   # L2 regularization λ (0: none)",
        f"num_iterations = {snapshot.iteration}   # as many as the app ran",
    ]
    if snapshot.batch_m < snapshot.m:
        lines.append(f"batch_size = {snapshot.batch_m}   # examples per iteration (mini-batch gradient descent)")
    if _uses_leaky(snapshot):
        lines.append(f"leaky_alpha = {_number(hp.leaky_alpha)}   # the slope of leaky ReLU for z < 0")
    if snapshot.loss != "binary_cross_entropy":
        lines.append(f"loss = {snapshot.loss!r}   # the cost that pairs with the {snapshot.activations[-1]} output")
    return "\n".join(lines)


def _initialization(snapshot: Snapshot) -> str:
    hp = snapshot.hyperparameters
    return (f"# {hp.initialization} initialization: b[l] = 0, W[l] drawn from seed {hp.seed} as the app draws it.\n"
            f"parameters = initialize_parameters_deep(layer_dims, {hp.initialization!r}, "
            f"{_number(hp.init_scale)}, seed={hp.seed})\n"
            "for key, value in parameters.items():\n"
            "    print(key, value.shape)")


def _print_every(iterations: int) -> int:
    """Every 100 iterations as the course's deep model, coarser for long runs (about 25 lines at most)."""
    every = 100
    while iterations > 25 * every:
        every *= 10
    return every


def _training(snapshot: Snapshot) -> str:
    hp = snapshot.hyperparameters
    batched = snapshot.batch_m < snapshot.m
    extra = ", leaky_alpha" if _uses_leaky(snapshot) else ""
    loss = ", loss" if snapshot.loss != "binary_cross_entropy" else ""
    X, Y, m = ("X_batch", "Y_batch", "X_batch.shape[1]") if batched else ("X_train", "Y_train", "m")
    lines = ["# Gradient descent: forward propagation, cost, backward propagation, update.",
             "# The backward pass starts from dZ[L] = A[L] − Y, which equals the course's L_model_backward",
             "# for a sigmoid output and stays finite where A[L] rounds to exactly 0 or 1."]
    if batched:
        lines += [
            f"# Mini-batches as the app draws them: shuffle the m examples (generator seeded {hp.seed} + 1) at",
            "# the start of each epoch and take them batch_size at a time (the last batch may be smaller).",
            f"rng = np.random.default_rng({hp.seed + 1})",
            "order = np.arange(m)",
            "cursor = m",
        ]
    lines += ["costs = []", "for i in range(num_iterations):"]
    if batched:
        lines += [
            "    if cursor >= m:",
            "        rng.shuffle(order)",
            "        cursor = 0",
            "    batch = order[cursor : cursor + batch_size]",
            "    cursor += batch_size",
            "    X_batch, Y_batch = X_train[:, batch], Y_train[:, batch]",
        ]
    lines += [
        f"    AL, caches = L_model_forward({X}, parameters, activations{extra})",
        f"    cost = compute_cost(AL, {Y}{loss}, ZL=caches[-1][1])   # J, from Z[L] so it stays finite",
    ]
    if hp.lambd:
        lines.append(f"    cost += l2_cost(parameters, lambd, {m})   # + (λ / 2m) Σ ||W[l]||²")
    lambd = ", lambd=lambd" if hp.lambd else ""
    alpha = ", alpha=leaky_alpha" if _uses_leaky(snapshot) else ""
    lines += [
        f"    grads = L_model_backward_shortcut(AL, {Y}, caches, activations{alpha}{lambd})",
        "    parameters = update_parameters(parameters, grads, learning_rate)",
        "    costs.append(cost)",
        f"    if i % {_print_every(snapshot.iteration)} == 0 or i == num_iterations - 1:",
        "        print(f\"Cost after iteration {i}: {cost:.6f}\")",
    ]
    return "\n".join(lines)


def _app_result(snapshot: Snapshot) -> str:
    metrics = snapshot.metrics
    lines = [f"## The result\n\nThe app showed, after {snapshot.iteration} iterations: "
             f"cost J = {metrics.train_cost:.6f} on the training set"]
    if metrics.train_accuracy is not None:
        lines.append(f", train accuracy {_percent(metrics.train_accuracy)}")
        if metrics.test_accuracy is not None:
            lines.append(f", test accuracy {_percent(metrics.test_accuracy)}")
    elif metrics.test_cost is not None:
        lines.append(f", test cost {metrics.test_cost:.6f}")
    return "".join(lines) + "."


def _evaluation(snapshot: Snapshot) -> str:
    extra = ", leaky_alpha" if _uses_leaky(snapshot) else ""
    loss = ", loss" if snapshot.loss != "binary_cross_entropy" else ""
    lines = [
        f"AL, caches = L_model_forward(X_train, parameters, activations{extra})",
        f"train_cost = compute_cost(AL, Y_train{loss}, ZL=caches[-1][1]) + l2_cost(parameters, lambd, m)",
        "print(f\"Train cost: {train_cost:.6f}\")",
    ]
    classifies = snapshot.metrics.train_accuracy is not None
    if classifies:
        lines += ["train_accuracy = accuracy(AL, Y_train)", "print(f\"Train accuracy: {100 * train_accuracy:.1f}%\")"]
    if snapshot.prepared.test.m:
        lines += [f"AL_test, caches_test = L_model_forward(X_test, parameters, activations{extra})"]
        if classifies:
            lines += ["test_accuracy = accuracy(AL_test, Y_test)",
                      "print(f\"Test accuracy: {100 * test_accuracy:.1f}%\")"]
        else:
            lines += [f"test_cost = compute_cost(AL_test, Y_test{loss}, ZL=caches_test[-1][1]) "
                      "+ l2_cost(parameters, lambd, X_test.shape[1])",
                      "print(f\"Test cost: {test_cost:.6f}\")"]
    return "\n".join(lines)


__all__ = ["notebook_for", "write_notebook", "REPLAY_BUDGET", "TOLERANCE"]
