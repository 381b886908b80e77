"""Gradient checking: backprop's gradients against a numerical approximation.

The course's recipe: put every parameter in one long vector θ = (W1, b1, W2, ...),
nudge each component θ_i by ±ε and approximate the derivative by the two-sided
difference

    gradapprox_i = (J(θ + ε e_i) − J(θ − ε e_i)) / 2ε

then compare with backprop's grad vector by the relative difference

    difference = ‖grad − gradapprox‖ / (‖grad‖ + ‖gradapprox‖)

Below about 1e-7 backprop is right; near 1e-3 or above it has a bug.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Sequence

import numpy as np

from .activations import DEFAULT_LEAKY_ALPHA
from .losses import compute_cost, l2_cost, loss_for_output
from .propagation import L_model_backward_shortcut, L_model_forward, default_activations, layer_count

Array = np.ndarray
DEFAULT_THRESHOLD = 1e-7


@dataclass(frozen=True)
class GradientCheckResult:
    """Relative differences between backprop's and the numerical gradient."""

    difference: float
    per_parameter: dict[str, float]
    threshold: float = DEFAULT_THRESHOLD
    #: θ's layout: (key, shape) of W1, b1, W2, ... in the order they were flattened.
    layout: tuple[tuple[str, tuple[int, ...]], ...] = ()
    #: backprop's gradient and its numerical approximation, both flattened like θ.
    grad: Array = field(default_factory=lambda: np.zeros(0), repr=False, compare=False)
    gradapprox: Array = field(default_factory=lambda: np.zeros(0), repr=False, compare=False)

    @property
    def passed(self) -> bool:
        """True when the overall difference is below the threshold."""
        return self.difference < self.threshold

    @property
    def worst(self) -> str:
        """The parameter (e.g. "W1") whose gradient disagrees most."""
        return max(self.per_parameter, key=lambda key: self.per_parameter[key])


def relative_difference(grad: Array, gradapprox: Array) -> float:
    """‖grad − gradapprox‖ / (‖grad‖ + ‖gradapprox‖); 0 when both are zero."""
    denominator = float(np.linalg.norm(grad) + np.linalg.norm(gradapprox))
    if denominator == 0.0:
        return 0.0  # both gradients are exactly zero: they agree
    return float(np.linalg.norm(grad - gradapprox)) / denominator


def parameter_layout(parameters: dict[str, Array]) -> list[tuple[str, tuple[int, ...]]]:
    """(key, shape) for W1, b1, ..., WL, bL: the order θ is built in."""
    L = layer_count(parameters)
    return [(key, parameters[key].shape) for l in range(1, L + 1) for key in (f"W{l}", f"b{l}")]


def dictionary_to_vector(parameters: dict[str, Array]) -> Array:
    """θ: every parameter flattened into one vector of shape (N,), W1, b1, W2, ..."""
    return np.concatenate([parameters[key].ravel() for key, _ in parameter_layout(parameters)])


def gradients_to_vector(grads: dict[str, Array], parameters: dict[str, Array]) -> Array:
    """dW1, db1, dW2, ... flattened like θ into shape (N,)."""
    pieces = []
    for key, shape in parameter_layout(parameters):
        grad = grads.get(f"d{key}")
        if grad is None:
            raise ValueError(f"grads has no d{key}")
        if grad.shape != shape:
            raise ValueError(f"d{key} has shape {grad.shape} but {key} has shape {shape}")
        pieces.append(grad.ravel())
    return np.concatenate(pieces)


def vector_to_dictionary(theta: Array, layout: Sequence[tuple[str, tuple[int, ...]]]) -> dict[str, Array]:
    """Back from θ (N,) to {"W1": (n1, n0), "b1": (n1, 1), ...}."""
    parameters: dict[str, Array] = {}
    start = 0
    for key, shape in layout:
        size = int(np.prod(shape))
        parameters[key] = theta[start : start + size].reshape(shape)
        start += size
    return parameters


def gradient_check(
    parameters: dict[str, Array],
    X: Array,
    Y: Array,
    activations: Sequence[str] | None = None,
    alpha: float = DEFAULT_LEAKY_ALPHA,
    lambd: float = 0.0,
    epsilon: float = 1e-7,
    grads: dict[str, Array] | None = None,
    threshold: float = DEFAULT_THRESHOLD,
) -> GradientCheckResult:
    """Compare backprop's grads with two-sided differences. X: (n[0], m), Y: (n[L], m).

    ``grads`` (dW1, db1, ...) defaults to backprop's own; pass others to check them.
    """
    L = layer_count(parameters)
    names = default_activations(L) if activations is None else list(activations)
    m = Y.shape[1]
    # The cost whose gradient backprop computes (dZ[L] = A[L] − Y): cross-entropy from the
    # logits for sigmoid and softmax outputs, squared error for a linear one, plus L2.
    loss = loss_for_output(names[-1])

    def cost(params: dict[str, Array]) -> float:
        AL, caches = L_model_forward(X, params, names, alpha)
        ZL = caches[-1][1]
        return compute_cost(AL, Y, loss, ZL=ZL) + l2_cost(params, lambd, m)

    if grads is None:
        AL, caches = L_model_forward(X, parameters, names, alpha)
        # The shortcut is the exact gradient of this cost for all three output/loss pairs, and
        # never divides by a saturated A[L] as the course's dA[L] would.
        grads = L_model_backward_shortcut(AL, Y, caches, names, alpha, lambd)
    layout = parameter_layout(parameters)
    grad = gradients_to_vector(grads, parameters)
    theta = dictionary_to_vector(parameters).astype(np.float64)

    gradapprox = np.empty_like(theta)
    for i in range(theta.size):
        original = theta[i]
        # vector_to_dictionary returns views of θ, so changing θ[i] changes the parameters.
        theta[i] = original + epsilon
        J_plus = cost(vector_to_dictionary(theta, layout))
        theta[i] = original - epsilon
        J_minus = cost(vector_to_dictionary(theta, layout))
        theta[i] = original
        gradapprox[i] = (J_plus - J_minus) / (2.0 * epsilon)

    per_parameter: dict[str, float] = {}
    start = 0
    for key, shape in layout:
        size = int(np.prod(shape))
        per_parameter[key] = relative_difference(grad[start : start + size], gradapprox[start : start + size])
        start += size
    return GradientCheckResult(
        difference=relative_difference(grad, gradapprox),
        per_parameter=per_parameter,
        threshold=threshold,
        layout=tuple(layout),
        grad=grad,
        gradapprox=gradapprox,
    )
