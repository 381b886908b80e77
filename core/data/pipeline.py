"""From a dataset and the hyperparameters to the matrices the course's functions take.

dataset (2, m) ──split──▶ train / test ──features──▶ X (n_x, m) ──standardize──▶ X
                                                       (statistics from train only)

``prepare`` does it once; ``PreparedData.inputs`` applies the very same
transformation to any other points (the decision-boundary grid, a clicked point).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from .datasets import Dataset, make_dataset, train_test_split
from ..errors import DatasetError
from .features import Standardizer, make_features
from ..training.hyperparameters import Hyperparameters
from ..training.trainer import Metrics, Trainer

Array = np.ndarray


@dataclass(frozen=True)
class DataSpec:
    """How to generate a dataset: which one, how many points, how noisy, which seed, how split.

    The default is the course's planar data: the flower of 400 points from seed 1, all of them
    for training (test_ratio 0), as its notebook fits it; a test share is one setting away.
    """

    name: str = "flower"
    m: int = 400
    noise: float = 0.2
    seed: int = 1
    test_ratio: float = 0.0

    def make(self) -> Dataset:
        return make_dataset(self.name, self.m, self.noise, self.seed)


@dataclass(frozen=True, eq=False)
class PreparedData:
    """The train and test sets as the course's X (n_x, m) and Y (n_y, m)."""

    train: Dataset
    test: Dataset
    features: tuple[str, ...]
    standardizer: Standardizer
    X_train: Array = field(repr=False)
    Y_train: Array = field(repr=False)
    X_test: Array = field(repr=False)
    Y_test: Array = field(repr=False)

    def inputs(self, X_raw: Array) -> Array:
        """Raw points (2, k) → the network's input X (n_x, k), exactly as for training."""
        return self.standardizer.transform(make_features(X_raw, self.features))


def fit_problem(hp: Hyperparameters, dataset: Dataset) -> Hyperparameters:
    """``hp`` with its problem type and class count taken from the dataset."""
    if dataset.problem == "multiclass":
        return hp.with_changes(problem="multiclass", n_classes=dataset.n_classes)
    return hp.with_changes(problem=dataset.problem, n_classes=2)


def prepare(dataset: Dataset, hp: Hyperparameters, test_ratio: float = 0.0, split_seed: int = 1) -> PreparedData:
    """Split, make the input features, standardize with the training statistics."""
    if dataset.m < 1:
        raise DatasetError("dataset.no_points")

    train, test = train_test_split(dataset, test_ratio, split_seed)
    X_train = make_features(train.X, hp.features)
    X_test = make_features(test.X, hp.features)
    standardizer = Standardizer.fit(X_train) if hp.standardize else Standardizer.identity(len(hp.features))
    return PreparedData(
        train, test, tuple(hp.features), standardizer,
        standardizer.transform(X_train), train.Y(), standardizer.transform(X_test), test.Y(),
    )


def grid(bounds: tuple[float, float, float, float], resolution: int = 100) -> tuple[Array, Array, Array]:
    """A resolution × resolution grid over (x1_min, x1_max, x2_min, x2_max).

    Returns (x1 values, x2 values, points (2, resolution²)) with x1 varying fastest,
    so ``output.reshape(resolution, resolution)`` is indexed [x2, x1].
    """
    x1_min, x1_max, x2_min, x2_max = bounds
    x1 = np.linspace(x1_min, x1_max, resolution)
    x2 = np.linspace(x2_min, x2_max, resolution)
    g1, g2 = np.meshgrid(x1, x2)
    return x1, x2, np.vstack([g1.ravel(), g2.ravel()])


def data_bounds(dataset: Dataset, margin: float = 0.1) -> tuple[float, float, float, float]:
    """A square-ish box around the points with a margin, never empty."""
    if dataset.m == 0:
        return (-5.0, 5.0, -5.0, 5.0)
    lo, hi = dataset.X.min(axis=1), dataset.X.max(axis=1)
    span = np.maximum(hi - lo, 1e-6)
    lo, hi = lo - margin * span, hi + margin * span
    return (float(lo[0]), float(hi[0]), float(lo[1]), float(hi[1]))


def export_meta(trainer: Trainer, prepared: PreparedData, metrics: Metrics) -> dict:
    """What a parameter file records besides W and b (see core.files.parameter_file).

    ``metrics`` are the costs and accuracies at the trainer's current iteration.
    """
    hp = trainer.hp
    return {
        "layer_dims": trainer.layer_dims,
        "activations": trainer.activation_names,
        "leaky_alpha": hp.leaky_alpha,
        "features": list(prepared.features),
        "standardization": prepared.standardizer.to_dict() if hp.standardize else None,
        "problem": hp.problem,
        "class_names": list(prepared.train.class_names),
        "iteration": trainer.iteration,
        "train_cost": metrics.train_cost,
        "test_cost": metrics.test_cost,
        "train_accuracy": metrics.train_accuracy,
        "test_accuracy": metrics.test_accuracy,
    }
