"""Forward and backward propagation, function by function as in the course (week 4, "step by step").

Same names, argument order and return values as the course's step-by-step
deep-network assignment, and the same arithmetic, so a student can hold the
two side by side and get the same numbers, even on made-up inputs:

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

Two additions to the course:

* an optional ``activations`` list names each layer's g[l] (default: ReLU hidden
  layers and a sigmoid output, as the course), and ``lambd`` adds L2's (λ/m) W[l];
* ``output_layer_backward`` and ``L_model_backward_shortcut`` start the backward
  pass from dZ[L] = A[L] − Y instead of the course's dA[L]. That is what the
  app's trainer (``core.nn.engine``), its phase stepper, gradient checking and
  the softmax and linear outputs use; see ``output_layer_backward`` for the one
  case where it differs from ``L_model_backward`` on purpose.
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
        raise HyperparameterError("network.activation_count", layers=L, count=len(names))
    if names[-1] not in OUTPUT_ACTIVATIONS:
        raise HyperparameterError("network.output_activation", known=", ".join(OUTPUT_ACTIVATIONS), name=names[-1])
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
    """dZ = dA * g'(Z) with Z from the cache, then ``linear_backward``. Returns dA_prev, dW, db.

    g'(Z) is recomputed from the cached Z, as the course's ``relu_backward`` and
    ``sigmoid_backward`` do: relu' = (Z > 0); sigmoid' = s(1 − s) with s = σ(Z);
    tanh' = 1 − tanh(Z)²; leaky ReLU' = 1 or α; linear' = 1. So a cache whose Z
    did not come from the same forward pass still gives the course's numbers.
    """
    linear_cache, activation_cache = cache
    dZ = activation_backward(dA, activation_cache, activation, alpha)
    return linear_backward(dZ, linear_cache)


def activation_backward(dA: Array, activation_cache: Array, activation: str,
                        alpha: float = DEFAULT_LEAKY_ALPHA) -> Array:
    """dZ = dA * g'(Z), element-wise, with Z the activation cache (n[l], m): the course's
    ``relu_backward`` and ``sigmoid_backward``, one function for every g."""
    Z = activation_cache
    g_prime = get_activation(activation, alpha).dg(Z)
    dZ = dA * g_prime
    return dZ


def _store(grads: dict[str, Array], l: int, step: tuple[Array, Array, Array]) -> None:
    """grads["dA{l−1}"], grads["dW{l}"], grads["db{l}"] from (dA_prev, dW, db) of layer l."""
    grads[f"dA{l - 1}"], grads[f"dW{l}"], grads[f"db{l}"] = step


def _hidden_layers_backward(grads: dict[str, Array], caches: Sequence[Cache], names: list[str], alpha: float) -> None:
    """Layers L−1 .. 1: each starts from the dA[l] the layer above left in ``grads``."""
    for l in range(len(caches) - 1, 0, -1):
        _store(grads, l, linear_activation_backward(grads[f"dA{l}"], caches[l - 1], names[l - 1], alpha))


def l2_backward(dW: Array, W: Array, lambd: float, m: int) -> Array:
    """dW[l] of the cost with L2 regularization: the cross-entropy's dW plus (λ/m) W[l]."""
    dW = dW + (lambd / m) * W
    return dW


def _add_l2(grads: dict[str, Array], caches: Sequence[Cache], lambd: float, m: int) -> None:
    """With L2 (λ > 0) each dW[l] gains (λ/m) W[l] (W[l] is in layer l's linear cache)."""
    for l in range(1, len(caches) + 1):
        grads[f"dW{l}"] = l2_backward(grads[f"dW{l}"], caches[l - 1][0][1], lambd, m)


def L_model_backward(
    AL: Array,
    Y: Array,
    caches: Sequence[Cache],
    activations: Sequence[str] | None = None,
    alpha: float = DEFAULT_LEAKY_ALPHA,
    lambd: float = 0.0,
) -> dict[str, Array]:
    """The course's backward pass. Returns grads {"dA{l−1}", "dW{l}", "db{l}"} for l = L..1.

    As the course: dA[L] = −(Y/A[L] − (1−Y)/(1−A[L])), the derivative of the
    cross-entropy, goes through the sigmoid output's ``linear_activation_backward``
    (which takes σ'(Z[L]) from the cached Z[L]), then through each hidden layer.
    Where A[L] is exactly 0 or 1 this divides by zero and NumPy returns inf or
    nan, as the course's function does: the app's own callers use
    ``L_model_backward_shortcut``, which never divides. With L2 (λ > 0) each
    dW[l] gains (λ/m) W[l]. Only a sigmoid output has a dA[L] here.
    """
    L = len(caches)
    names = _activations_for(L, activations)
    if names[-1] != "sigmoid":
        raise HyperparameterError("network.backward_needs_sigmoid", name=names[-1])

    m = AL.shape[1]
    Y = Y.reshape(AL.shape)  # the course allows a Y of any shape with AL's m entries
    grads: dict[str, Array] = {}
    dAL = -(np.divide(Y, AL) - np.divide(1 - Y, 1 - AL))
    _store(grads, L, linear_activation_backward(dAL, caches[L - 1], "sigmoid", alpha))
    _hidden_layers_backward(grads, caches, names, alpha)
    if lambd:
        _add_l2(grads, caches, lambd, m)
    return grads


def output_layer_backward(AL: Array, Y: Array, cache: Cache) -> tuple[Array, Array, Array]:
    """Backward step of the output layer L from dZ[L] = A[L] − Y. AL, Y: (n[L], m) → dA[L−1], dW[L], db[L].

    A shortcut the course derives but does not code in ``L_model_backward``:
    for sigmoid + binary cross-entropy, dA[L] · σ'(Z[L]) = −(y/a − (1−y)/(1−a)) · a(1−a)
    = a − y; softmax + categorical cross-entropy and linear + ½ squared error
    give the same a − y (see core.nn.losses). It never divides, so it stays
    finite where a sigmoid output has rounded to exactly 0 or 1.

    It takes A[L] as given and never looks at the cached Z[L]. So it differs from
    ``L_model_backward`` by design in one case only: an AL that is not g(Z[L]),
    such as the course's own ``L_model_backward`` test case (AL drawn with randn).
    For every AL that came out of a forward pass the two agree to rounding
    (tests/core/nn/test_output_shortcut.py).
    """
    dZ = AL - Y
    return linear_backward(dZ, cache[0])


def L_model_backward_shortcut(
    AL: Array,
    Y: Array,
    caches: Sequence[Cache],
    activations: Sequence[str] | None = None,
    alpha: float = DEFAULT_LEAKY_ALPHA,
    lambd: float = 0.0,
) -> dict[str, Array]:
    """The app's backward pass: ``output_layer_backward`` (dZ[L] = A[L] − Y), then the hidden layers.

    Same grads as ``L_model_backward`` whenever AL = σ(Z[L]); also right for
    softmax and linear outputs, and finite for a saturated sigmoid. This is what
    the trainer computes (with preallocated buffers, ``core.nn.engine``).
    """
    L = len(caches)
    names = _activations_for(L, activations)
    m = AL.shape[1]
    grads: dict[str, Array] = {}
    _store(grads, L, output_layer_backward(AL, Y, caches[L - 1]))
    _hidden_layers_backward(grads, caches, names, alpha)
    if lambd:
        _add_l2(grads, caches, lambd, m)
    return grads


def update_parameters(parameters: dict[str, Array], grads: dict[str, Array], learning_rate: float) -> dict[str, Array]:
    """One step of gradient descent: W[l] −= α dW[l], b[l] −= α db[l]. Returns new arrays."""
    L = layer_count(parameters)
    updated: dict[str, Array] = {}
    for l in range(1, L + 1):
        updated[f"W{l}"], updated[f"b{l}"] = update_layer(parameters[f"W{l}"], parameters[f"b{l}"],
                                                          grads[f"dW{l}"], grads[f"db{l}"], learning_rate)
    return updated


def update_layer(W: Array, b: Array, dW: Array, db: Array, learning_rate: float) -> tuple[Array, Array]:
    """Layer l's step of gradient descent: W[l] − α dW[l] and b[l] − α db[l], as new arrays."""
    W = W - learning_rate * dW
    b = b - learning_rate * db
    return W, b


def predict(
    X: Array,
    parameters: dict[str, Array],
    activations: Sequence[str] | None = None,
    alpha: float = DEFAULT_LEAKY_ALPHA,
) -> Array:
    """Predicted labels (1, m): 1 where a > 0.5 for a sigmoid output; the class index
    (argmax) for softmax; the output itself for a linear (regression) output.

    The course's deep-application ``predict(X, y, parameters)`` also prints the
    accuracy; here that is ``core.nn.losses.accuracy``.
    """
    AL, _ = L_model_forward(X, parameters, activations, alpha)
    names = _activations_for(layer_count(parameters), activations)
    if names[-1] == "sigmoid":
        return (AL > 0.5).astype(np.int64)
    if names[-1] == "softmax":
        return np.argmax(AL, axis=0).reshape(1, -1)
    return AL
