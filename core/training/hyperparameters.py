"""Hyperparameters: everything the student chooses, in one frozen, validated object.

Parameters (W[l], b[l]) are what gradient descent learns; hyperparameters are
what the student sets before it starts (the course's distinction). Every range
is checked here, in one place, with a message that names the control.
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass, replace
from typing import Any

from ..nn.activations import DEFAULT_LEAKY_ALPHA, HIDDEN_ACTIVATIONS
from ..errors import HyperparameterError
from ..messages import Message
from ..nn.initialization import INITIALIZATIONS

#: Input features that can feed layer 0 (see core.data.features).
FEATURES = ("x1", "x2", "x1_squared", "x2_squared", "x1_x2", "sin_x1", "sin_x2")
PROBLEMS = ("binary", "multiclass", "regression")
OUTPUT_FOR_PROBLEM = {"binary": "sigmoid", "multiclass": "softmax", "regression": "linear"}

MAX_HIDDEN_LAYERS = 10
MAX_UNITS = 64
LEARNING_RATE_RANGE = (1e-6, 1e6)
LAMBDA_RANGE = (0.0, 100.0)
SCALE_RANGE = (0.0, 100.0)
MAX_BATCH_SIZE = 1_000_000
MAX_SEED = 2**32 - 1


@dataclass(frozen=True)
class Hyperparameters:
    """The network and how it is trained. ``hidden_units[i]`` is n[i+1].

    The default is the course's planar-data network: 2 → 4 tanh → 1 sigmoid, W = randn × 0.01
    drawn as its notebook draws them (the "course" initialization, seed 2), α = 1.2, so the
    first run gives the notebook's costs (0.693048 at iteration 0, 0.288083 at 1000, ...).
    """

    hidden_units: tuple[int, ...] = (4,)
    hidden_activations: tuple[str, ...] = ("tanh",)
    initialization: str = "course"
    init_scale: float = 0.01
    learning_rate: float = 1.2
    batch_size: int | None = None  # None: full batch, as the course
    lambd: float = 0.0
    leaky_alpha: float = DEFAULT_LEAKY_ALPHA
    features: tuple[str, ...] = ("x1", "x2")
    standardize: bool = False
    seed: int = 2
    problem: str = "binary"
    n_classes: int = 2

    def __post_init__(self) -> None:
        # Accept lists (from JSON or the GUI) but store tuples, so the object stays hashable.
        for name in ("hidden_units", "hidden_activations", "features"):
            object.__setattr__(self, name, tuple(getattr(self, name)))
        validate(self)

    @property
    def n_hidden_layers(self) -> int:
        return len(self.hidden_units)

    @property
    def output_activation(self) -> str:
        return OUTPUT_FOR_PROBLEM[self.problem]

    @property
    def n_y(self) -> int:
        """Output units n[L]: one for binary and regression, one per class for softmax."""
        return self.n_classes if self.problem == "multiclass" else 1

    def layer_dims(self) -> list[int]:
        """[n[0], n[1], ..., n[L]] as the course's ``layer_dims``."""
        return [len(self.features), *self.hidden_units, self.n_y]

    def activations(self) -> list[str]:
        """g[1] .. g[L]: the hidden activations then the output's."""
        return [*self.hidden_activations, self.output_activation]

    def architecture(self) -> tuple:
        """What, if changed, makes the current parameters meaningless (training restarts)."""
        return (self.layer_dims(), self.activations(), self.features, self.standardize, self.problem)

    def with_changes(self, **changes: Any) -> "Hyperparameters":
        """A validated copy with some fields changed (raises HyperparameterError)."""
        return replace(self, **changes)

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        for name in ("hidden_units", "hidden_activations", "features"):
            data[name] = list(data[name])
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Hyperparameters":
        known = set(cls.__dataclass_fields__)
        unknown = sorted(set(data) - known)
        if unknown:
            raise HyperparameterError("hyperparameters.unknown", names=", ".join(unknown))
        return cls(**data)


def _check_number(name: Message, value: Any, low: float, high: float) -> None:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        raise HyperparameterError("value.not_finite", name=name, value=value)
    if not low <= value <= high:
        raise HyperparameterError("value.out_of_range", name=name, low=low, high=high, value=value)


def _check_int(name: Message, value: Any, low: int, high: int) -> None:
    if isinstance(value, bool) or not isinstance(value, int):
        raise HyperparameterError("value.not_whole", name=name, value=value)
    if not low <= value <= high:
        raise HyperparameterError("value.not_between", name=name, low=low, high=high, value=value)


def validate(hp: Hyperparameters) -> None:
    """Raise HyperparameterError naming the first value out of range."""
    if len(hp.hidden_units) > MAX_HIDDEN_LAYERS:
        raise HyperparameterError("hyperparameters.too_many_layers", max=MAX_HIDDEN_LAYERS,
                                  count=len(hp.hidden_units))
    for i, n in enumerate(hp.hidden_units, start=1):
        _check_int(Message("term.hidden_units", layer=i), n, 1, MAX_UNITS)
    if len(hp.hidden_activations) != len(hp.hidden_units):
        raise HyperparameterError("hyperparameters.activation_count", layers=len(hp.hidden_units),
                                  count=len(hp.hidden_activations))
    for i, name in enumerate(hp.hidden_activations, start=1):
        if name not in HIDDEN_ACTIVATIONS:
            raise HyperparameterError("hyperparameters.hidden_activation", layer=i,
                                      known=", ".join(HIDDEN_ACTIVATIONS), name=name)
    if hp.initialization not in INITIALIZATIONS:
        raise HyperparameterError("hyperparameters.initialization", known=", ".join(INITIALIZATIONS),
                                  name=hp.initialization)
    _check_number(Message("term.init_scale"), hp.init_scale, *SCALE_RANGE)
    _check_number(Message("term.learning_rate"), hp.learning_rate, *LEARNING_RATE_RANGE)
    if hp.batch_size is not None:
        _check_int(Message("term.batch_size"), hp.batch_size, 1, MAX_BATCH_SIZE)
    _check_number(Message("term.lambd"), hp.lambd, *LAMBDA_RANGE)
    _check_number(Message("term.leaky_alpha"), hp.leaky_alpha, 0.0, 0.99)
    if not hp.features:
        raise HyperparameterError("features.none")
    for name in hp.features:
        if name not in FEATURES:
            raise HyperparameterError("features.unknown", name=name, known=", ".join(FEATURES))
    if len(set(hp.features)) != len(hp.features):
        raise HyperparameterError("features.repeated")
    if not isinstance(hp.standardize, bool):
        raise HyperparameterError("hyperparameters.standardize")
    _check_int(Message("term.seed"), hp.seed, 0, MAX_SEED)
    if hp.problem not in PROBLEMS:
        raise HyperparameterError("value.unknown_problem", known=", ".join(PROBLEMS), problem=hp.problem)
    if hp.problem == "multiclass":
        _check_int(Message("term.n_classes"), hp.n_classes, 3, 10)
    elif hp.problem == "binary" and hp.n_classes != 2:
        raise HyperparameterError("hyperparameters.binary_classes")

