"""The course's vectorization demo: explicit Python for-loops against NumPy's vectorised calls.

Two experiments:

* a dot product of two random vectors of length n, as ``for i in range(n): c += a[i] * b[i]``
  versus ``np.dot(a, b)``;
* one gradient of logistic regression over m examples, with the week-2 loops over the
  examples i and the features j versus the vectorised
  Z = wᵀX + b, A = σ(Z), dZ = A − Y, dw = (1/m) X dZᵀ, db = (1/m) Σ dZ.

Both ways compute the same numbers (up to the order of the additions); only the time differs.
"""

from __future__ import annotations

import math
import time
from typing import Callable, NamedTuple, TypeVar

import numpy as np

from ..nn.activations import sigmoid

Array = np.ndarray
T = TypeVar("T")

#: The loop looks at the stop flag once per this many elements: often enough to stop within
#: a few milliseconds, rarely enough to cost nothing next to the multiplications.
CHECK_EVERY = 65_536


class Cancelled(Exception):
    """The caller asked a long loop to stop (the lab's Stop button)."""


def loop_dot(a: Array, b: Array, should_stop: Callable[[], bool] | None = None) -> float:
    """a · b for a, b of shape (n,) with an explicit Python for-loop (the slow way).

    ``should_stop`` is asked between blocks of ``CHECK_EVERY`` elements; when it
    returns True the loop raises ``Cancelled``.
    """
    c = 0.0
    n = len(a)
    for start in range(0, n, CHECK_EVERY):
        if should_stop is not None and should_stop():
            raise Cancelled()
        # The course's loop, one block at a time.
        for i in range(start, min(start + CHECK_EVERY, n)):
            c += a[i] * b[i]
    return float(c)


def best_time(function: Callable[[], T], repeats: int = 1) -> tuple[float, T]:
    """(the fastest of ``repeats`` runs in seconds, the value of the last run)."""
    best = math.inf
    value = None
    for _ in range(max(1, repeats)):
        start = time.perf_counter()
        value = function()
        best = min(best, time.perf_counter() - start)
    return best, value  # type: ignore[return-value]


def speed_ratio(slow_seconds: float, fast_seconds: float) -> float:
    """How many times faster the fast way was (inf when it was too fast to measure)."""
    if fast_seconds <= 0.0:
        return math.inf
    return slow_seconds / fast_seconds


class DotTiming(NamedTuple):
    """Result of ``time_dot``: the times in seconds and the two values of a · b."""

    loop_seconds: float
    numpy_seconds: float
    loop_value: float
    numpy_value: float

    @property
    def ratio(self) -> float:
        """loop time / np.dot time."""
        return speed_ratio(self.loop_seconds, self.numpy_seconds)


def random_vectors(n: int, seed: int = 0) -> tuple[Array, Array]:
    """Two vectors (n,) of uniform numbers in [0, 1), as the course's np.random.rand(n)."""
    rng = np.random.default_rng(seed)
    return rng.random(n), rng.random(n)


def time_dot(n: int, repeats: int = 1, seed: int = 0,
             should_stop: Callable[[], bool] | None = None) -> DotTiming:
    """Time a · b for random vectors of length n, loop versus np.dot (best of ``repeats`` each)."""
    if n < 1:
        raise ValueError(f"n must be at least 1, got {n}")
    a, b = random_vectors(n, seed)
    loop_seconds, loop_value = best_time(lambda: loop_dot(a, b, should_stop), repeats)
    # np.dot takes microseconds: the best of several runs is a fairer measurement.
    numpy_seconds, numpy_value = best_time(lambda: float(np.dot(a, b)), max(repeats, 5))
    return DotTiming(loop_seconds, numpy_seconds, loop_value, numpy_value)


# --- logistic regression, week 2 --------------------------------------------------------------
def _sigmoid_scalar(z: float) -> float:
    # Two branches so math.exp only ever sees a non-positive number (it never overflows).
    if z >= 0.0:
        return 1.0 / (1.0 + math.exp(-z))
    e = math.exp(z)
    return e / (1.0 + e)


def _loss_scalar(z: float, y: float) -> float:
    # The course's L = −(y log a + (1 − y) log(1 − a)) with a = σ(z), written as
    # log(1 + e^z) − y z: the same number, but finite even when a rounds to exactly 0 or 1.
    return max(z, 0.0) + math.log1p(math.exp(-abs(z))) - y * z


def logistic_gradient_loop(X: Array, Y: Array, w: Array, b: float) -> tuple[Array, float, float]:
    """dw (n_x, 1), db and the cost J with for-loops over the m examples and the n_x features.

    X: (n_x, m), Y: (1, m), w: (n_x, 1), b: a number.
    """
    n_x, m = X.shape
    J = 0.0
    dw = [0.0] * n_x
    db = 0.0
    for i in range(m):
        z = float(b)
        for j in range(n_x):
            z += float(w[j, 0]) * float(X[j, i])
        a = _sigmoid_scalar(z)
        y = float(Y[0, i])
        J += _loss_scalar(z, y)
        dz = a - y
        for j in range(n_x):
            dw[j] += float(X[j, i]) * dz
        db += dz
    return np.array(dw).reshape(n_x, 1) / m, db / m, J / m


def logistic_gradient_vectorized(X: Array, Y: Array, w: Array, b: float) -> tuple[Array, float, float]:
    """The same dw (n_x, 1), db and J without a loop: the course's vectorised logistic regression."""
    m = X.shape[1]
    Z = np.dot(w.T, X) + b
    A = sigmoid(Z)
    dZ = A - Y
    dw = np.dot(X, dZ.T) / m
    db = float(np.sum(dZ)) / m
    # log(1 + e^Z) − Y Z, as in the loop (np.logaddexp(0, Z) is log(e^0 + e^Z) without overflow).
    J = float(np.sum(np.logaddexp(0.0, Z) - Y * Z)) / m
    return dw, db, J


class GradientTiming(NamedTuple):
    """Result of ``time_logistic_gradient``: both times and both (dw, db, J)."""

    loop_seconds: float
    vectorized_seconds: float
    loop: tuple[Array, float, float]
    vectorized: tuple[Array, float, float]

    @property
    def ratio(self) -> float:
        """loop time / vectorised time."""
        return speed_ratio(self.loop_seconds, self.vectorized_seconds)

    @property
    def largest_difference(self) -> float:
        """The largest |loop − vectorised| over dw, db and J (only rounding: the additions differ in order)."""
        dw_loop, db_loop, J_loop = self.loop
        dw_vec, db_vec, J_vec = self.vectorized
        return float(max(np.max(np.abs(dw_loop - dw_vec), initial=0.0), abs(db_loop - db_vec), abs(J_loop - J_vec)))


def time_logistic_gradient(X: Array, Y: Array, w: Array, b: float, repeats: int = 3) -> GradientTiming:
    """Time one gradient of logistic regression both ways on X (n_x, m), Y (1, m)."""
    loop_seconds, loop_result = best_time(lambda: logistic_gradient_loop(X, Y, w, b), repeats)
    vec_seconds, vec_result = best_time(lambda: logistic_gradient_vectorized(X, Y, w, b), max(repeats, 5))
    return GradientTiming(loop_seconds, vec_seconds, loop_result, vec_result)
