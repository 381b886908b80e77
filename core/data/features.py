"""Input features built from the raw points, and their standardization.

A network with only x1 and x2 as inputs must learn curved boundaries with hidden
units; giving it x1², x1·x2 or sin x1 as extra inputs lets even one neuron bend
its boundary. ``make_features`` stacks the chosen rows into the course's X (n_x, m).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, Sequence

import numpy as np

from ..errors import DatasetError, HyperparameterError, ParameterFileError
from ..messages import reason_of

Array = np.ndarray

#: name -> (label, function of X_raw (2, m) giving one row (m,)), in the order the GUI lists them.
FEATURES: dict[str, tuple[str, Callable[[Array], Array]]] = {
    "x1": ("X₁", lambda X: X[0]),
    "x2": ("X₂", lambda X: X[1]),
    "x1_squared": ("X₁²", lambda X: X[0] ** 2),
    "x2_squared": ("X₂²", lambda X: X[1] ** 2),
    "x1_x2": ("X₁X₂", lambda X: X[0] * X[1]),
    "sin_x1": ("sin(X₁)", lambda X: np.sin(X[0])),
    "sin_x2": ("sin(X₂)", lambda X: np.sin(X[1])),
}


def feature_label(name: str) -> str:
    """The display label of a feature, e.g. "X₁²" for "x1_squared"."""
    _check_names([name])
    return FEATURES[name][0]


def _check_names(names: Sequence[str]) -> None:
    if isinstance(names, str):
        raise HyperparameterError("features.a_string", names=names)
    if len(names) == 0:
        raise HyperparameterError("features.none")
    for name in names:
        if name not in FEATURES:
            raise HyperparameterError("features.unknown", name=name, known=", ".join(FEATURES))


def make_features(X_raw: Array, names: Sequence[str]) -> Array:
    """X (n_x, m) float64 C-contiguous from raw points X_raw (2, m); row i is feature names[i]."""
    _check_names(names)
    X_raw = np.asarray(X_raw, dtype=np.float64)
    if X_raw.ndim != 2 or X_raw.shape[0] != 2:
        raise DatasetError("features.raw_shape", shape=X_raw.shape)
    X = np.empty((len(names), X_raw.shape[1]))
    for i, name in enumerate(names):
        X[i] = FEATURES[name][1](X_raw)
    return X


@dataclass(frozen=True, eq=False)
class Standardizer:
    """Per-feature mean (n_x, 1) and std (n_x, 1); transform gives (X - mean) / std.

    Fit it on the TRAINING split only: the test set stands for data the network
    has never seen, so its statistics must not leak into the inputs' scaling.
    """

    mean: Array
    std: Array

    def __post_init__(self) -> None:
        mean, std = _column(self.mean, "mean"), _column(self.std, "std")
        if mean.shape != std.shape:
            raise DatasetError("standardization.lengths", mean=mean.shape[0], std=std.shape[0])
        if not (np.all(np.isfinite(mean)) and np.all(np.isfinite(std)) and np.all(std > 0)):
            raise DatasetError("standardization.values")
        mean.flags.writeable = False
        std.flags.writeable = False
        object.__setattr__(self, "mean", mean)
        object.__setattr__(self, "std", std)

    @property
    def n_x(self) -> int:
        return int(self.mean.shape[0])

    @classmethod
    def fit(cls, X: Array) -> "Standardizer":
        """Statistics of the training inputs X (n_x, m_train)."""
        X = np.asarray(X, dtype=np.float64)
        if X.ndim != 2:
            raise DatasetError("standardization.shape", shape=X.shape)
        if X.shape[1] == 0:
            return cls.identity(X.shape[0])  # nothing to learn from; np.mean would warn
        mean = X.mean(axis=1, keepdims=True)
        std = X.std(axis=1, keepdims=True)
        # A constant feature has std 0 (or a rounding residue near it): dividing would blow
        # it up, so it is only centred. The tolerance is relative to the feature's size.
        flat = std <= 1e-12 * np.maximum(1.0, np.abs(mean))
        return cls(mean, np.where(flat, 1.0, std))

    @classmethod
    def identity(cls, n_x: int) -> "Standardizer":
        """mean 0, std 1 for n_x features: transform leaves X unchanged."""
        return cls(np.zeros((n_x, 1)), np.ones((n_x, 1)))

    def transform(self, X: Array) -> Array:
        """(X - mean) / std as a new (n_x, m) float64 array."""
        X = np.asarray(X, dtype=np.float64)
        if X.ndim != 2 or X.shape[0] != self.n_x:
            raise DatasetError("standardization.input_shape", n_x=self.n_x, shape=X.shape)
        return np.ascontiguousarray((X - self.mean) / self.std)

    def to_dict(self) -> dict[str, Any]:
        """JSON-safe: {"mean": [...], "std": [...]} (exact floats)."""
        return {"mean": self.mean.ravel().tolist(), "std": self.std.ravel().tolist()}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Standardizer":
        """Inverse of to_dict; raises ParameterFileError if the values are unusable."""
        if not isinstance(data, dict) or "mean" not in data or "std" not in data:
            raise ParameterFileError("standardization.missing")
        try:
            return cls(np.asarray(data["mean"], dtype=np.float64), np.asarray(data["std"], dtype=np.float64))
        except (TypeError, ValueError) as error:
            # DatasetError is a ValueError, so bad values land here too.
            raise ParameterFileError("standardization.invalid", reason=reason_of(error)) from None


def _column(values: Any, what: str) -> Array:
    """A copy of values as a (n_x, 1) float64 column; a flat list is accepted too."""
    column = np.array(values, dtype=np.float64)
    if column.ndim == 1:
        column = column.reshape(-1, 1)
    if column.ndim != 2 or column.shape[1] != 1:
        raise DatasetError("standardization.column_shape", name=what, shape=column.shape)

    return column
