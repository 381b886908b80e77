"""Forward and backward propagation, function by function as in the course.

Same names, argument order and return values as the course's step-by-step
deep-network assignment, so a student can hold the two side by side:

    Z, cache = linear_forward(A_prev, W, b)                 cache = (A_prev, W, b)
    A, cache = linear_activation_forward(A_prev, W, b, g)   cache = (linear_cache, Z)
    AL, caches = L_model_forward(X, parameters)
    cost = compute_cost(AL, Y)                              (in core.nn.losses)
    dA_prev, dW, db = linear_backward(dZ, cache)
    dA_prev, dW, db = linear_activation_backward(dA, cache, g)
    grads = L_model_backward(AL, Y, caches)                 {"dA0", "dW1", "db1", ...}
    parameters = update_parameters(parameters, grads, learning_rate)

Shapes: X is (n[0], m) — one example per column; W[l] is (n[l], n[l−1]);
b[l] is (n[l], 1) and broadcasts across the m columns; Z[l], A[l] are (n[l], m).

One addition to the course: an optional ``activations`` list names each
layer's g[l] (default: ReLU hidden layers and a sigmoid output, as the course).
These functions favour readability; ``core.nn.engine`` computes the same formulas
with preallocated buffers for speed.
"""

from __future__ import annotations

from typing import Sequence

import numpy as np

from .activations import OUTPUT_ACTIVATIONS, DEFAULT_LEAKY_ALPHA, get_activation
from ..errors import HyperparameterError

Array = np.ndarray
LinearCache = tuple[Array, Array, Array]
Cache = tuple[LinearCache, Array]


def default_activations(L: int) -> list[str]:
    """The course's choice for L layers: ReLU for layers 1..L−1, sigmoid for layer L."""
    return ["relu"] * (L - 1) + ["sigmoid"]


def layer_count(parameters: dict[str, Array]) -> int:
    """L, the number of layers with parameters (W1..WL)."""
    return len([key for key in parameters if key.startswith("W")])


def _activations_for(L: int, activations: Sequence[str] | None) -> list[str]:
    names = default_activations(L) if activations is None else list(activations)
    if len(names) != L:
        raise HyperparameterError(f"{L} layers need {L} activations, got {len(names)}")
    if names[-1] not in OUTPUT_ACTIVATIONS:
        raise HyperparameterError(
            f"the output layer's activation must be one of {', '.join(OUTPUT_ACTIVATIONS)}, "
            f"not {names[-1]!r}"
        )
    return names


def linear_forward(A_prev: Array, W: Array, b: Array) -> tuple[Array, LinearCache]:
    """Z = W A_prev + b. A_prev: (n[l−1], m), W: (n[l], n[l−1]), b: (n[l], 1) → Z: (n[l], m)."""
    Z = np.dot(W, A_prev) + b
    return Z, (A_prev, W, b)


def linear_activation_forward(
    A_prev: Array, W: Array, b: Array, activation: str, alpha: float = DEFAULT_LEAKY_ALPHA
) -> tuple[Array, Cache]:
    """A = g(W A_prev + b). Returns A (n[l], m) and cache ((A_prev, W, b), Z)."""
    Z, linear_cache = linear_forward(A_prev, W, b)
    A = get_activation(activation, alpha).g(Z)
    return A, (linear_cache, Z)


def L_model_forward(
    X: Array,
    parameters: dict[str, Array],
    activations: Sequence[str] | None = None,
    alpha: float = DEFAULT_LEAKY_ALPHA,
) -> tuple[Array, list[Cache]]:
    """Forward propagation through all L layers. X: (n[0], m) → AL: (n[L], m) and L caches."""
    L = layer_count(parameters)
    names = _activations_for(L, activations)
    caches: list[Cache] = []
    A = X
    for l in range(1, L + 1):
        A, cache = linear_activation_forward(A, parameters[f"W{l}"], parameters[f"b{l}"], names[l - 1], alpha)
        caches.append(cache)
    return A, caches


def linear_backward(dZ: Array, cache: LinearCache) -> tuple[Array, Array, Array]:
    """From dZ[l] (n[l], m) to dA[l−1] = Wᵀ dZ, dW = (1/m) dZ A_prevᵀ, db = (1/m) Σ dZ."""
    A_prev, W, _b = cache
    m = A_prev.shape[1]
    dW = np.dot(dZ, A_prev.T) * (1.0 / m)
    db = np.sum(dZ, axis=1, keepdims=True) * (1.0 / m)
    dA_prev = np.dot(W.T, dZ)
    return dA_prev, dW, db


def linear_activation_backward(
    dA: Array, cache: Cache, activation: str, alpha: float = DEFAULT_LEAKY_ALPHA
) -> tuple[Array, Array, Array]:
    """dZ = dA * g'(Z), then ``linear_backward``. Returns dA_prev, dW, db."""
    linear_cache, Z = cache
    act = get_activation(activation, alpha)
    dZ = dA * act.dg(Z)
    return linear_backward(dZ, linear_cache)


def L_model_backward(
    AL: Array,
    Y: Array,
    caches: list[Cache],
    activations: Sequence[str] | None = None,
    alpha: float = DEFAULT_LEAKY_ALPHA,
    lambd: float = 0.0,
) -> dict[str, Array]:
    """Backward propagation. Returns grads {"dA{l−1}", "dW{l}", "db{l}"} for l = L..1.

    The output layer starts from dZ[L] = A[L] − Y: the course computes
    dA[L] = −(Y/A[L] − (1−Y)/(1−A[L])) and multiplies by σ'(Z[L]) = A(1−A),
    which simplifies to the same thing without dividing by a number near 0
    (see core.nn.losses). With L2 (λ > 0) each dW[l] gains (λ/m) W[l].
    """
    L = len(caches)
    names = _activations_for(L, activations)
    m = AL.shape[1]
    grads: dict[str, Array] = {}
    dZ = AL - Y
    dA_prev, dW, db = linear_backward(dZ, caches[L - 1][0])
    grads[f"dA{L - 1}"], grads[f"dW{L}"], grads[f"db{L}"] = dA_prev, dW, db
    for l in range(L - 1, 0, -1):
        dA_prev, dW, db = linear_activation_backward(grads[f"dA{l}"], caches[l - 1], names[l - 1], alpha)
        grads[f"dA{l - 1}"], grads[f"dW{l}"], grads[f"db{l}"] = dA_prev, dW, db
    if lambd:
        for l in range(1, L + 1):
            grads[f"dW{l}"] = grads[f"dW{l}"] + (lambd / m) * caches[l - 1][0][1]
    return grads


def update_parameters(parameters: dict[str, Array], grads: dict[str, Array], learning_rate: float) -> dict[str, Array]:
    """One step of gradient descent: W[l] −= α dW[l], b[l] −= α db[l]. Returns new arrays."""
    L = layer_count(parameters)
    updated: dict[str, Array] = {}
    for l in range(1, L + 1):
        updated[f"W{l}"] = parameters[f"W{l}"] - learning_rate * grads[f"dW{l}"]
        updated[f"b{l}"] = parameters[f"b{l}"] - learning_rate * grads[f"db{l}"]
    return updated


def predict(
    X: Array,
    parameters: dict[str, Array],
    activations: Sequence[str] | None = None,
    alpha: float = DEFAULT_LEAKY_ALPHA,
) -> Array:
    """Predicted labels (1, m): 1 where a > 0.5 for a sigmoid output; the class index
    (argmax) for softmax; the output itself for a linear (regression) output."""
    AL, _ = L_model_forward(X, parameters, activations, alpha)
    names = _activations_for(layer_count(parameters), activations)
    if names[-1] == "sigmoid":
        return (AL > 0.5).astype(np.int64)
    if names[-1] == "softmax":
        return np.argmax(AL, axis=0).reshape(1, -1)
    return AL
