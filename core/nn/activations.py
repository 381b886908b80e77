"""Activation functions g(z) and their derivatives g'(z): each one object holding every fact about it.

One ``Activation`` per function (as TensorFlow Playground and micrograd keep
them) holds its maths — g and g′, each written once as a short list of NumPy
calls — and every fact the app states about it: how the course writes it
(σ, tanh, ReLU), its derivative's formula, whether it saturates, whether its
units can die, whether it has a kink at 0, whether its output reads as a
probability, and the range its plot shows. Adding an activation is one entry
here (plus the translation of its label): the equations, the activation plot,
the health checks and the gradient-check verdict all read these fields.

The NumPy calls are bound to arrays and run in three ways, always the same calls
in the same order, so every path computes bit-identical numbers:

* ``g(Z)`` and ``dg(Z)`` return new arrays (the course's readable functions use them);
* ``forward_ops(Z, A)`` and ``backward_ops(dA, Z, A, dZ, scratch)`` return the calls as
  zero-argument functions writing into preallocated buffers (the fast engine, core.nn.engine).

``A`` is passed to the derivative because for sigmoid and tanh it is cheapest from the
output: sigmoid'(z) = a(1 − a), tanh'(z) = 1 − a².
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial
from typing import Callable

import numpy as np

from ..errors import HyperparameterError

Array = np.ndarray
Op = Callable[[], object]
#: (Z, A) -> the calls that write A = g(Z).
ForwardRecipe = Callable[[Array, Array], list[Op]]
#: (Z, A, out) -> the calls that write g'(Z) into out (A = g(Z) is given).
DerivativeRecipe = Callable[[Array, Array, Array], list[Op]]

DEFAULT_LEAKY_ALPHA = 0.01


@dataclass(frozen=True)
class Activation:
    """g, g′ and the facts the app shows about one activation. ``name`` is the registry key."""

    name: str
    #: Its name in the app's lists ("leaky ReLU"); the GUI translates it (context "Activations").
    label: str
    #: How the course writes g in an equation: A[l] = σ(Z[l]); "" for the identity (A[l] = Z[l]).
    symbol: str
    #: g'(z) as the course writes it, from a = g(z) where that is cheaper; {alpha} is leaky ReLU's slope.
    derivative_text: str
    forward: ForwardRecipe
    derivative: DerivativeRecipe
    #: g' → 0 for large |z|: large weights stall learning (the course's warning about tanh and σ).
    saturates: bool = False
    #: g'(z) = 0 for every z ≤ 0: a unit whose z ≤ 0 on every example never changes again.
    can_die: bool = False
    #: A corner at z = 0 (a two-sided numerical derivative can straddle it).
    kinked: bool = False
    #: The output is in (0, 1) and reads as a probability.
    probability_like: bool = False
    #: The y-range its curve is drawn over (None: follow the curve).
    plot_range: tuple[float, float] | None = None
    #: Offered for hidden layers (softmax is an output only).
    hidden: bool = True
    alpha: float = DEFAULT_LEAKY_ALPHA

    def forward_ops(self, Z: Array, A: Array) -> list[Op]:
        """A = g(Z) as a list of zero-argument calls writing into A."""
        return self.forward(Z, A)

    def derivative_ops(self, Z: Array, A: Array, out: Array) -> list[Op]:
        """g'(Z) into ``out`` (A = g(Z) already computed)."""
        return self.derivative(Z, A, out)

    def backward_ops(self, dA: Array, Z: Array, A: Array, dZ: Array, scratch: Array) -> list[Op]:
        """dZ = dA * g'(Z) as zero-argument calls (``scratch`` is a spare buffer of Z's shape)."""
        return [*self.derivative(Z, A, scratch), partial(np.multiply, dA, scratch, out=dZ)]

    def g(self, Z: Array) -> Array:
        """A = g(Z), a new array of Z's shape."""
        A = np.empty_like(Z, dtype=np.float64)
        for op in self.forward(Z, A):
            op()
        return A

    def dg(self, Z: Array, A: Array | None = None) -> Array:
        """g'(Z), a new array of Z's shape (A = g(Z) may be passed to save work)."""
        if A is None:
            A = self.g(Z)
        out = np.empty_like(Z, dtype=np.float64)
        for op in self.derivative(Z, A, out):
            op()
        return out

    def derivative_formula(self) -> str:
        """g'(z) as the course writes it, with leaky ReLU's slope filled in."""
        return self.derivative_text.format(alpha=f"{self.alpha:g}")


# --- the recipes: each activation's maths, written once ----------------------------------------
def _sigmoid(Z: Array, A: Array) -> list[Op]:
    # σ(z) = 0.5 (1 + tanh(z / 2)), the same function: np.exp(−z) overflows (and warns) below z ≈ −709.
    return [partial(np.multiply, Z, 0.5, out=A), partial(np.tanh, A, out=A),
            partial(np.multiply, A, 0.5, out=A), partial(np.add, A, 0.5, out=A)]


def _sigmoid_slope(Z: Array, A: Array, out: Array) -> list[Op]:
    return [partial(np.subtract, 1.0, A, out=out), partial(np.multiply, A, out, out=out)]  # a (1 − a)


def _tanh(Z: Array, A: Array) -> list[Op]:
    return [partial(np.tanh, Z, out=A)]


def _tanh_slope(Z: Array, A: Array, out: Array) -> list[Op]:
    return [partial(np.multiply, A, A, out=out), partial(np.subtract, 1.0, out, out=out)]  # 1 − a²


def _relu(Z: Array, A: Array) -> list[Op]:
    return [partial(np.maximum, Z, 0.0, out=A)]


def _step(Z: Array, A: Array, out: Array) -> list[Op]:
    return [partial(np.greater, Z, 0.0, out=out)]  # 1 for z > 0, else 0 (the course takes 0 at z = 0)


def _identity(Z: Array, A: Array) -> list[Op]:
    return [partial(np.copyto, A, Z)]


def _one(Z: Array, A: Array, out: Array) -> list[Op]:
    return [partial(out.fill, 1.0)]


def _leaky(alpha: float) -> tuple[ForwardRecipe, DerivativeRecipe]:
    def forward(Z: Array, A: Array) -> list[Op]:  # max(z, αz) for 0 ≤ α ≤ 1
        return [partial(np.multiply, Z, alpha, out=A), partial(np.maximum, Z, A, out=A)]

    def derivative(Z: Array, A: Array, out: Array) -> list[Op]:  # α + (1 − α) [z > 0]
        return [partial(np.greater, Z, 0.0, out=out), partial(np.multiply, out, 1.0 - alpha, out=out),
                partial(np.add, out, alpha, out=out)]

    return forward, derivative


def _softmax(Z: Array, A: Array) -> list[Op]:
    def run() -> None:
        # Subtracting each column's max changes nothing mathematically but keeps exp finite.
        np.subtract(Z, Z.max(axis=0, keepdims=True), out=A)
        np.exp(A, out=A)
        np.divide(A, A.sum(axis=0, keepdims=True), out=A)

    return [run]


def _softmax_slope(Z: Array, A: Array, out: Array) -> list[Op]:
    # Softmax's derivative is a matrix per example; it is only ever the output layer with
    # cross-entropy, where dZ = A − Y is computed directly (core.nn.losses).
    raise HyperparameterError("network.softmax_derivative")


def _leaky_relu(alpha: float) -> Activation:
    forward, derivative = _leaky(alpha)
    return Activation("leaky_relu", "leaky ReLU", "LeakyReLU", "LeakyReLU'(z) = 1 if z > 0 else {alpha}",
                      forward, derivative, kinked=True, plot_range=None, alpha=alpha)


SIGMOID = Activation("sigmoid", "sigmoid", "σ", "σ'(z) = a(1 - a)", _sigmoid, _sigmoid_slope,
                     saturates=True, probability_like=True, plot_range=(-0.1, 1.1))
TANH = Activation("tanh", "tanh", "tanh", "tanh'(z) = 1 - a²", _tanh, _tanh_slope, saturates=True,
                  plot_range=(-1.1, 1.1))
RELU = Activation("relu", "ReLU", "ReLU", "ReLU'(z) = 1 if z > 0 else 0", _relu, _step, can_die=True, kinked=True)
LEAKY_RELU = _leaky_relu(DEFAULT_LEAKY_ALPHA)
LINEAR = Activation("linear", "linear", "", "linear'(z) = 1", _identity, _one)
SOFTMAX = Activation("softmax", "softmax", "softmax", "", _softmax, _softmax_slope, probability_like=True,
                     plot_range=(-0.1, 1.1), hidden=False)

_REGISTRY = {a.name: a for a in (SIGMOID, TANH, RELU, LEAKY_RELU, LINEAR, SOFTMAX)}
#: Activations a hidden layer may use, in the order the GUI lists them.
HIDDEN_ACTIVATIONS = tuple(a.name for a in _REGISTRY.values() if a.hidden)
#: Activations an output layer may use (chosen by the problem type).
OUTPUT_ACTIVATIONS = ("sigmoid", "softmax", "linear")


def get_activation(name: str, alpha: float = DEFAULT_LEAKY_ALPHA) -> Activation:
    """The activation called ``name``; ``alpha`` is leaky ReLU's slope for z < 0."""
    if name == "leaky_relu" and alpha != DEFAULT_LEAKY_ALPHA:
        if not 0.0 <= alpha < 1.0:
            raise HyperparameterError("network.leaky_alpha", alpha=alpha)
        return _leaky_relu(alpha)
    try:
        return _REGISTRY[name]
    except KeyError:
        known = ", ".join(sorted(_REGISTRY))
        raise HyperparameterError("network.unknown_activation", name=name, known=known) from None



def all_activations() -> tuple[Activation, ...]:
    """Every registered activation (hidden ones first, in the GUI's order; softmax last)."""
    return tuple(_REGISTRY.values())


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
