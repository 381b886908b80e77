"""One hidden layer (week 3, "Planar data classification with one hidden layer").

The course's functions, same names, arguments and return values:

    n_x, n_h, n_y = layer_sizes(X, Y)                          n_h = 4, as the course
    parameters = initialize_parameters(n_x, n_h, n_y)         {"W1", "b1", "W2", "b2"}
    A2, cache = forward_propagation(X, parameters)             cache {"Z1", "A1", "Z2", "A2"}
    cost = compute_cost(A2, Y)
    grads = backward_propagation(parameters, cache, X, Y)     {"dW1", "db1", "dW2", "db2"}
    parameters = update_parameters(parameters, grads, learning_rate=1.2)
    predictions = predict(parameters, X)                       (1, m) of True / False
    parameters = nn_model(X, Y, n_h, num_iterations=10000, print_cost=False)

X is (n_x, m), Y is (1, m). The hidden layer is tanh, the output a sigmoid:
Z1 = W1 X + b1, A1 = tanh(Z1), Z2 = W2 A1 + b2, A2 = σ(Z2).

Each step is the matching step of ``core.nn.propagation`` where that gives the
same numbers; the one thing written out here is the course's tanh' = 1 − A1²
taken from the cached A1 (``core.nn.propagation`` recomputes g' from Z).
"""

from __future__ import annotations

import numpy as np

from . import propagation
from .initialization import initialize_parameters_deep
from .losses import course_cross_entropy
from .propagation import linear_activation_forward, linear_backward

Array = np.ndarray
#: The course's initialization seed for this assignment (its ``np.random.seed(2)``).
COURSE_SEED = 2


def layer_sizes(X: Array, Y: Array) -> tuple[int, int, int]:
    """(n_x, n_h, n_y) = (rows of X, 4, rows of Y): the course fixes the hidden layer at 4 units."""
    return X.shape[0], 4, Y.shape[0]


def initialize_parameters(n_x: int, n_h: int, n_y: int, seed: int = COURSE_SEED) -> dict[str, Array]:
    """W1 (n_h, n_x), W2 (n_y, n_h) = randn × 0.01 from the legacy RandomState(seed), in that order; b = 0.

    The course seeds NumPy's global generator (seed 2 here; week 4's two-layer
    ``initialize_parameters`` uses seed 1); a private RandomState(seed) draws
    the same numbers without touching the global state.
    """
    return initialize_parameters_deep([n_x, n_h, n_y], "course", scale=0.01, seed=seed)


def forward_propagation(X: Array, parameters: dict[str, Array]) -> tuple[Array, dict[str, Array]]:
    """A2 (1, m) and the cache {"Z1", "A1", "Z2", "A2"}. X: (n_x, m)."""
    A1, (_, Z1) = linear_activation_forward(X, parameters["W1"], parameters["b1"], "tanh")
    A2, (_, Z2) = linear_activation_forward(A1, parameters["W2"], parameters["b2"], "sigmoid")
    return A2, {"Z1": Z1, "A1": A1, "Z2": Z2, "A2": A2}


def compute_cost(A2: Array, Y: Array) -> float:
    """The cross-entropy J = −(1/m) Σ [Y log A2 + (1 − Y) log(1 − A2)], a float. A2, Y: (1, m)."""
    return course_cross_entropy(A2, Y)


def backward_propagation(
    parameters: dict[str, Array], cache: dict[str, Array], X: Array, Y: Array
) -> dict[str, Array]:
    """grads {"dW1", "db1", "dW2", "db2"} from the cache's A1 and A2 (Z1, Z2 are not used).

    dZ2 = A2 − Y; dW2 = (1/m) dZ2 A1ᵀ; db2 = (1/m) Σ dZ2;
    dZ1 = W2ᵀ dZ2 * (1 − A1²); dW1 = (1/m) dZ1 Xᵀ; db1 = (1/m) Σ dZ1.
    As the course, tanh'(Z1) is 1 − A1² with A1 from the cache, so a cache whose
    A1 is not tanh(Z1) (the course's own test case) gives the course's numbers.
    """
    A1, A2 = cache["A1"], cache["A2"]
    W1, b1, W2, b2 = parameters["W1"], parameters["b1"], parameters["W2"], parameters["b2"]
    dZ2 = A2 - Y
    dA1, dW2, db2 = linear_backward(dZ2, (A1, W2, b2))  # dA1 = W2ᵀ dZ2
    dZ1 = dA1 * (1 - np.power(A1, 2))
    _, dW1, db1 = linear_backward(dZ1, (X, W1, b1))
    return {"dW1": dW1, "db1": db1, "dW2": dW2, "db2": db2}


def update_parameters(
    parameters: dict[str, Array], grads: dict[str, Array], learning_rate: float = 1.2
) -> dict[str, Array]:
    """W1 −= α dW1, b1 −= α db1, W2 −= α dW2, b2 −= α db2 (the course's α = 1.2). Returns new arrays."""
    return propagation.update_parameters(parameters, grads, learning_rate)


def predict(parameters: dict[str, Array], X: Array) -> Array:
    """predictions (1, m): True where A2 > 0.5 (the course returns booleans)."""
    A2, _ = forward_propagation(X, parameters)
    return A2 > 0.5


def nn_model(
    X: Array,
    Y: Array,
    n_h: int,
    num_iterations: int = 10000,
    print_cost: bool = False,
    seed: int = COURSE_SEED,
    learning_rate: float = 1.2,
) -> dict[str, Array]:
    """Train the 1-hidden-layer network: initialize, then forward, cost, backward, update. Returns parameters.

    Prints "Cost after iteration i: J" every 1000 iterations when ``print_cost``.
    ``seed`` 2 draws the course's numbers of 2019 (``initialize_parameters`` seeds 2);
    seed 3 those of its 2021 edition (``np.random.seed(3)`` before an unseeded draw).
    """
    n_x, _, n_y = layer_sizes(X, Y)
    parameters = initialize_parameters(n_x, n_h, n_y, seed)
    for i in range(num_iterations):
        A2, cache = forward_propagation(X, parameters)
        cost = compute_cost(A2, Y)
        grads = backward_propagation(parameters, cache, X, Y)
        parameters = update_parameters(parameters, grads, learning_rate)
        if print_cost and i % 1000 == 0:
            print(f"Cost after iteration {i}: {cost:f}")
    return parameters
