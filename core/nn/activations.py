"""Activation functions g(z) and their derivatives g'(z), kept together.

Each activation is one object that knows its function and its derivative
(as TensorFlow Playground and micrograd keep them), so a layer's forward and
backward steps always agree. ``get_activation(name)`` looks one up by name.

Two ways to call each one:

* ``act.g(Z)`` and ``act.dg(Z, A)`` return new arrays: what the course's
  functions (``core.nn.propagation``) use, easy to read.
* ``act.forward_into(Z, out)`` and ``act.backward_into(dA, Z, A, out, tmp)``
  write into preallocated arrays: what the fast trainer (``core.nn.engine``) uses.
  They compute the same formulas with the same floating-point operations, so
  both paths give the same numbers.

``A`` is passed to the derivative because for sigmoid and tanh the derivative is
cheapest from the output: sigmoid'(z) = a(1 - a), tanh'(z) = 1 - a².
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial
from typing import Callable

import numpy as np

from ..errors import HyperparameterError

Array = np.ndarray


@dataclass(frozen=True)
class Activation:
    """g(z) and g'(z) of one activation. ``name`` is the registry key."""

    name: str
    label: str
    forward_into: Callable[[Array, Array], None]
    derivative_into: Callable[[Array, Array, Array], None]
    #: True when g'(z) can be computed from A alone (sigmoid, tanh, linear).
    output_is_enough: bool = True
    #: Optional: the forward step as a list of NumPy calls bound to (Z, A) (see ``forward_ops``).
    forward_recipe: Callable[[Array, Array], list[Callable[[], object]]] | None = None
    #: Optional: dZ = dA * g'(Z) as NumPy calls bound to (dA, Z, A, dZ, scratch).
    backward_recipe: Callable[[Array, Array, Array, Array, Array], list[Callable[[], object]]] | None = None

    def g(self, Z: Array) -> Array:
        """A = g(Z), a new array of Z's shape."""
        A = np.empty_like(Z, dtype=np.float64)
        self.forward_into(Z, A)
        return A

    def dg(self, Z: Array, A: Array | None = None) -> Array:
        """g'(Z), a new array of Z's shape (A = g(Z) may be passed to save work)."""
        if A is None:
            A = self.g(Z)
        out = np.empty_like(Z, dtype=np.float64)
        self.derivative_into(Z, A, out)
        return out

    def backward_into(self, dA: Array, Z: Array, A: Array, out: Array) -> None:
        """dZ = dA * g'(Z), written into ``out`` (the course's ``*_backward``)."""
        self.derivative_into(Z, A, out)
        np.multiply(dA, out, out=out)

    # The fast trainer runs an iteration as a flat list of bound NumPy calls; an
    # activation that is one or two ufuncs is spliced in directly (no Python frame).
    def forward_ops(self, Z: Array, A: Array) -> list[Callable[[], object]]:
        """A = g(Z) as a list of zero-argument calls writing into A."""
        if self.forward_recipe is not None:
            return self.forward_recipe(Z, A)
        return [partial(self.forward_into, Z, A)]

    def backward_ops(self, dA: Array, Z: Array, A: Array, dZ: Array, scratch: Array) -> list[Callable[[], object]]:
        """dZ = dA * g'(Z) as a list of zero-argument calls (``scratch`` is a spare (n, m) buffer)."""
        if self.backward_recipe is not None:
            return self.backward_recipe(dA, Z, A, dZ, scratch)
        return [partial(self.backward_into, dA, Z, A, dZ)]


# --- sigmoid: a = 1 / (1 + e^-z) ------------------------------------------------
# Written as 0.5 * (1 + tanh(z / 2)), the same function, because np.exp(-z)
# overflows (and warns) for z below about -709; tanh never does.
def _sigmoid_into(Z: Array, out: Array) -> None:
    np.multiply(Z, 0.5, out=out)
    np.tanh(out, out=out)
    np.multiply(out, 0.5, out=out)
    np.add(out, 0.5, out=out)


def _sigmoid_derivative_into(Z: Array, A: Array, out: Array) -> None:
    # sigmoid'(z) = a (1 - a)
    np.subtract(1.0, A, out=out)
    np.multiply(A, out, out=out)


# --- tanh ------------------------------------------------------------------------
def _tanh_into(Z: Array, out: Array) -> None:
    np.tanh(Z, out=out)


def _tanh_derivative_into(Z: Array, A: Array, out: Array) -> None:
    # tanh'(z) = 1 - a²
    np.multiply(A, A, out=out)
    np.subtract(1.0, out, out=out)


# --- ReLU ------------------------------------------------------------------------
def _relu_into(Z: Array, out: Array) -> None:
    np.maximum(Z, 0.0, out=out)


def _relu_derivative_into(Z: Array, A: Array, out: Array) -> None:
    # relu'(z) = 1 for z > 0, else 0 (the course takes 0 at z = 0).
    np.greater(Z, 0.0, out=out)


# --- linear (identity) -------------------------------------------------------------
def _linear_into(Z: Array, out: Array) -> None:
    np.copyto(out, Z)


def _linear_derivative_into(Z: Array, A: Array, out: Array) -> None:
    out.fill(1.0)


def _make_leaky_relu(alpha: float) -> Activation:
    """Leaky ReLU: a = z for z > 0, alpha * z otherwise; its slope never dies."""

    def forward_into(Z: Array, out: Array) -> None:
        # max(z, alpha z) equals leaky ReLU for 0 <= alpha <= 1.
        np.multiply(Z, alpha, out=out)
        np.maximum(Z, out, out=out)

    def derivative_into(Z: Array, A: Array, out: Array) -> None:
        # 1 where z > 0, alpha elsewhere: alpha + (1 - alpha) * [z > 0]
        np.greater(Z, 0.0, out=out)
        np.multiply(out, 1.0 - alpha, out=out)
        np.add(out, alpha, out=out)

    return Activation(
        "leaky_relu", "leaky ReLU", forward_into, derivative_into, output_is_enough=False
    )


SIGMOID = Activation(
    "sigmoid", "sigmoid", _sigmoid_into, _sigmoid_derivative_into,
    # the same four operations as _sigmoid_into, spliced in as separate calls
    forward_recipe=lambda Z, A: [
        partial(np.multiply, Z, 0.5, out=A), partial(np.tanh, A, out=A),
        partial(np.multiply, A, 0.5, out=A), partial(np.add, A, 0.5, out=A),
    ],
)
TANH = Activation(
    "tanh", "tanh", _tanh_into, _tanh_derivative_into,
    forward_recipe=lambda Z, A: [partial(np.tanh, Z, out=A)],
    # dZ = dA * (1 − A²), the same three operations as _tanh_derivative_into then the product
    backward_recipe=lambda dA, Z, A, dZ, s: [
        partial(np.multiply, A, A, out=s), partial(np.subtract, 1.0, s, out=s), partial(np.multiply, dA, s, out=dZ),
    ],
)
RELU = Activation(
    "relu", "ReLU", _relu_into, _relu_derivative_into, output_is_enough=False,
    forward_recipe=lambda Z, A: [partial(np.maximum, Z, 0.0, out=A)],
    backward_recipe=lambda dA, Z, A, dZ, s: [partial(np.greater, Z, 0.0, out=s), partial(np.multiply, dA, s, out=dZ)],
)
LINEAR = Activation("linear", "linear", _linear_into, _linear_derivative_into)
DEFAULT_LEAKY_ALPHA = 0.01
LEAKY_RELU = _make_leaky_relu(DEFAULT_LEAKY_ALPHA)


def _softmax_into(Z: Array, out: Array) -> None:
    # Subtracting each column's max changes nothing mathematically but keeps exp finite.
    np.subtract(Z, Z.max(axis=0, keepdims=True), out=out)
    np.exp(out, out=out)
    np.divide(out, out.sum(axis=0, keepdims=True), out=out)


def _softmax_derivative_into(Z: Array, A: Array, out: Array) -> None:
    # Softmax's derivative is a matrix per example; it is only ever used as the output
    # layer with cross-entropy, where dZ = A - Y is computed directly (see core.nn.losses).
    raise NotImplementedError("softmax is an output activation: use dZ = A - Y")


SOFTMAX = Activation("softmax", "softmax", _softmax_into, _softmax_derivative_into)

#: Activations a hidden layer may use, in the order the GUI lists them.
HIDDEN_ACTIVATIONS = ("sigmoid", "tanh", "relu", "leaky_relu", "linear")
#: Activations an output layer may use (chosen by the problem type).
OUTPUT_ACTIVATIONS = ("sigmoid", "softmax", "linear")

_REGISTRY = {a.name: a for a in (SIGMOID, TANH, RELU, LEAKY_RELU, LINEAR, SOFTMAX)}


def get_activation(name: str, alpha: float = DEFAULT_LEAKY_ALPHA) -> Activation:
    """The activation called ``name``; ``alpha`` is leaky ReLU's slope for z < 0."""
    if name == "leaky_relu" and alpha != DEFAULT_LEAKY_ALPHA:
        if not 0.0 <= alpha < 1.0:
            raise HyperparameterError(f"leaky ReLU alpha must be in [0, 1), got {alpha}")
        return _make_leaky_relu(alpha)
    try:
        return _REGISTRY[name]
    except KeyError:
        known = ", ".join(sorted(_REGISTRY))
        raise HyperparameterError(f"unknown activation {name!r}; known: {known}") from None


# The course's named helpers, for students reading side by side.
def sigmoid(Z: Array) -> Array:
    """σ(Z) = 1 / (1 + e^(−Z)), element-wise."""
    return SIGMOID.g(Z)


def tanh(Z: Array) -> Array:
    """tanh(Z), element-wise."""
    return TANH.g(Z)


def relu(Z: Array) -> Array:
    """max(0, Z), element-wise."""
    return RELU.g(Z)


def leaky_relu(Z: Array, alpha: float = DEFAULT_LEAKY_ALPHA) -> Array:
    """max(αZ, Z), element-wise."""
    return get_activation("leaky_relu", alpha).g(Z)


def softmax(Z: Array) -> Array:
    """Column-wise softmax of Z (n_y, m): each column sums to 1."""
    return SOFTMAX.g(Z)
