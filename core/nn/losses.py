"""Cost functions J and the output-layer gradient dZ[L].

Three pairs of output activation and loss, each chosen so that
dZ[L] = A[L] − Y (scikit-learn's MLP leans on the same fact):

* sigmoid + binary cross-entropy  (two classes, the course's case):
  L = −(y log a + (1 − y) log(1 − a)); dL/da = −y/a + (1 − y)/(1 − a) and
  da/dz = a(1 − a), whose product is a − y.
* softmax + categorical cross-entropy (three or more classes):
  L = −Σ_k y_k log a_k; the softmax Jacobian times dL/da again gives a − y.
* linear + squared error (regression): L = ½ (a − y)², so dL/dz = a − y.

For numerical safety the app computes the cross-entropies from the logits Z[L]
rather than from A[L]: when z = 40, a rounds to exactly 1.0 and log(1 − a) is
−inf, while the same loss written as softplus(z) − y·z stays finite for any z.
``compute_cost(AL, Y)`` called as the course calls it (no Z[L]) is the course's
formula, literally (``course_cross_entropy``).
"""

from __future__ import annotations

import numpy as np

from ..errors import HyperparameterError

Array = np.ndarray

#: Loss used by each output activation.
LOSS_FOR_OUTPUT = {
    "sigmoid": "binary_cross_entropy",
    "softmax": "categorical_cross_entropy",
    "linear": "squared_error",
}


def loss_for_output(output_activation: str) -> str:
    """The loss that pairs with ``output_activation`` so that dZ[L] = A[L] − Y."""
    try:
        return LOSS_FOR_OUTPUT[output_activation]
    except KeyError:
        raise HyperparameterError("network.output_layer", name=output_activation) from None


def binary_cross_entropy_from_logits(ZL: Array, Y: Array) -> float:
    """J = (1/m) Σ [softplus(z) − y z] for Z[L], Y of shape (1, m); exact for any z.

    softplus(z) = log(1 + e^z) is computed with np.logaddexp(0, z), which never overflows.
    """
    m = Y.shape[1]
    return float(np.sum(np.logaddexp(0.0, ZL) - Y * ZL) / m)


def categorical_cross_entropy_from_logits(ZL: Array, Y: Array) -> float:
    """J = −(1/m) Σ Y log softmax(Z[L]) for Z[L], Y of shape (K, m) (Y one-hot)."""
    m = Y.shape[1]
    shifted = ZL - ZL.max(axis=0, keepdims=True)
    log_softmax = shifted - np.log(np.sum(np.exp(shifted), axis=0, keepdims=True))
    return float(-np.sum(Y * log_softmax) / m)


def squared_error(AL: Array, Y: Array) -> float:
    """J = (1/m) Σ ½ (a − y)² for A[L], Y of shape (n_y, m)."""
    m = Y.shape[1]
    return float(0.5 * np.sum((AL - Y) ** 2) / m)


def course_cross_entropy(AL: Array, Y: Array) -> float:
    """The course's J = −(1/m) Σ [Y log AL + (1 − Y) log(1 − AL)] for AL, Y (1, m), squeezed to a float.

    Literally the course's formula, on any input: where AL is exactly 0 or 1 a
    log is −inf and J is inf (a certain wrong answer) or nan (0 · log 0), with
    NumPy's usual warning. The app's callers pass Z[L] to ``compute_cost`` instead.
    """
    m = Y.shape[1]
    cost = -1 / m * np.sum(Y * np.log(AL) + (1 - Y) * np.log(1 - AL))
    return float(np.squeeze(cost))


def compute_cost(AL: Array, Y: Array, loss: str = "binary_cross_entropy", ZL: Array | None = None) -> float:
    """The course's ``compute_cost(AL, Y)``: the cost J as a Python float. AL, Y: (n_y, m).

    Called as the course calls it, it returns the course's number
    (``course_cross_entropy``). The app's options: ``loss`` picks the cost of a
    softmax or linear output, and ZL (the logits Z[L]) makes the cross-entropies
    exact even where A[L] has rounded to 0 or 1. A categorical cross-entropy
    without ZL clips A[L] away from 0 by the smallest float64.
    """
    if loss == "binary_cross_entropy" and ZL is None:
        return course_cross_entropy(AL, Y)
    if loss == "categorical_cross_entropy" and ZL is None:
        ZL = np.log(np.clip(AL, np.finfo(np.float64).tiny, None))
    function = cost_function(loss)
    return function(AL, Y) if function is squared_error else function(ZL, Y)


def cost_function(loss: str):
    """The function ``compute_cost`` calls for ``loss`` when it has Z[L]: J from the logits (or from A[L])."""
    try:
        return {"binary_cross_entropy": binary_cross_entropy_from_logits,
                "categorical_cross_entropy": categorical_cross_entropy_from_logits,
                "squared_error": squared_error}[loss]
    except KeyError:
        raise HyperparameterError("network.unknown_loss", name=loss) from None



def l2_cost(parameters: dict[str, Array], lambd: float, m: int) -> float:
    """The L2 term (λ / 2m) Σ_l ||W[l]||²_F added to J when λ > 0."""
    if lambd == 0.0:
        return 0.0
    total = sum(float(np.sum(np.square(W))) for key, W in parameters.items() if key.startswith("W"))
    return lambd / (2.0 * m) * total


def output_gradient(AL: Array, Y: Array) -> Array:
    """dZ[L] = A[L] − Y, true for all three output/loss pairs above."""
    return AL - Y


def accuracy(AL: Array, Y: Array) -> float:
    """Fraction of examples classified right: threshold 0.5 for one output, argmax for several."""
    if AL.shape[0] == 1:
        return float(np.mean((AL > 0.5) == (Y > 0.5)))
    return float(np.mean(np.argmax(AL, axis=0) == np.argmax(Y, axis=0)))
