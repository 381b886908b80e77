"""Logistic regression as a neural network (week 2, "Logistic Regression with a Neural Network mindset").

The course's functions, same names, arguments and return values:

    s = sigmoid(z)
    w, b = initialize_with_zeros(dim)                         w: (dim, 1), b = 0.0
    grads, cost = propagate(w, b, X, Y)                        grads {"dw": (n_x, 1), "db": float}
    params, grads, costs = optimize(w, b, X, Y, num_iterations, learning_rate, print_cost)
    Y_prediction = predict(w, b, X)                            (1, m) of 0.0 / 1.0
    d = model(X_train, Y_train, X_test, Y_test, num_iterations, learning_rate, print_cost)

X is (n_x, m), one example per column; Y is (1, m) of 0/1.

Logistic regression is the one-layer network of ``core.nn.propagation`` with
W[1] = wᵀ (1, n_x) and a sigmoid output, so the forward step is
``linear_forward(X, w.T, b)`` and the gradient is ``linear_backward(A − Y, ...)``:
dw = (1/m) X (A − Y)ᵀ is dW[1]ᵀ, and db = (1/m) Σ (A − Y).
"""

from __future__ import annotations

import numpy as np

from .activations import sigmoid as _sigmoid
from .losses import course_cross_entropy
from .propagation import linear_backward, linear_forward

Array = np.ndarray


def sigmoid(z: Array | float) -> Array | float:
    """σ(z) = 1 / (1 + e^(−z)) element-wise; a number for a number, an array for an array."""
    # [()] turns a 0-d result back into a scalar (as 1 / (1 + np.exp(-z)) gives) and leaves arrays alone.
    return _sigmoid(np.asarray(z, dtype=np.float64))[()]


def initialize_with_zeros(dim: int) -> tuple[Array, float]:
    """w = zeros (dim, 1) and b = 0.0: for logistic regression zeros work (no hidden units to keep apart)."""
    return np.zeros((dim, 1)), 0.0


def _forward(w: Array, b: float, X: Array) -> tuple[Array, tuple[Array, Array, float]]:
    """A = σ(wᵀ X + b), (1, m), and the linear cache (X, wᵀ, b)."""
    Z, linear_cache = linear_forward(X, w.T, b)
    return sigmoid(Z), linear_cache


def propagate(w: Array, b: float, X: Array, Y: Array) -> tuple[dict[str, Array | float], float]:
    """Cost J and its gradient: grads {"dw": (n_x, 1), "db": float}, cost. X: (n_x, m), Y: (1, m)."""
    A, linear_cache = _forward(w, b, X)
    cost = course_cross_entropy(A, Y)
    # dZ = A − Y: the sigmoid + cross-entropy derivative the course works out by hand this week.
    _, dW, db = linear_backward(A - Y, linear_cache)
    return {"dw": dW.T, "db": db[0, 0]}, cost  # db a NumPy float64, as the course's np.sum gives


def optimize(
    w: Array,
    b: float,
    X: Array,
    Y: Array,
    num_iterations: int = 100,
    learning_rate: float = 0.009,
    print_cost: bool = False,
) -> tuple[dict[str, Array | float], dict[str, Array | float], list[float]]:
    """Gradient descent: returns params {"w", "b"}, the last grads {"dw", "db"} and the cost every 100 iterations.

    As the course: the grads returned are those of the last iteration, computed
    before its update; w and b passed in are not changed.
    """
    costs: list[float] = []
    grads: dict[str, Array | float] = {}
    for i in range(num_iterations):
        grads, cost = propagate(w, b, X, Y)
        w = w - learning_rate * grads["dw"]
        b = b - learning_rate * grads["db"]
        if i % 100 == 0:
            costs.append(cost)
            if print_cost:
                print(f"Cost after iteration {i}: {cost:f}")
    return {"w": w, "b": b}, grads, costs


def predict(w: Array, b: float, X: Array) -> Array:
    """Y_prediction (1, m): 1.0 where σ(wᵀ x + b) > 0.5, else 0.0."""
    A, _ = _forward(w, b, X)
    return (A > 0.5).astype(np.float64)


def model(
    X_train: Array,
    Y_train: Array,
    X_test: Array,
    Y_test: Array,
    num_iterations: int = 2000,
    learning_rate: float = 0.5,
    print_cost: bool = False,
) -> dict[str, object]:
    """Zeros, ``optimize``, ``predict`` on both sets. Returns the course's dictionary d.

    d = {"costs", "Y_prediction_test", "Y_prediction_train", "w", "b", "learning_rate", "num_iterations"}.
    """
    w, b = initialize_with_zeros(X_train.shape[0])
    params, _, costs = optimize(w, b, X_train, Y_train, num_iterations, learning_rate, print_cost)
    w, b = params["w"], params["b"]
    Y_prediction_test = predict(w, b, X_test)
    Y_prediction_train = predict(w, b, X_train)
    if print_cost:
        print(f"train accuracy: {100 - np.mean(np.abs(Y_prediction_train - Y_train)) * 100} %")
        print(f"test accuracy: {100 - np.mean(np.abs(Y_prediction_test - Y_test)) * 100} %")
    return {"costs": costs, "Y_prediction_test": Y_prediction_test, "Y_prediction_train": Y_prediction_train,
            "w": w, "b": b, "learning_rate": learning_rate, "num_iterations": num_iterations}
