"""How fast is ``Trainer.step()``? Iterations per second and ratios, measured in one run.

Three networks (from the foundation issue), each trained full-batch by
  * our ``Trainer.step()`` (history recorded),
  * a plain course-style NumPy loop written below (one NumPy call per formula,
    new arrays every iteration, as a student writes it),
  * scikit-learn's ``MLPClassifier`` (full batch, plain SGD, no momentum), if installed.
Each measurement is the median of several interleaved repeats, because the
machines are noisy; the ratios are what to quote.

Run:  python benchmarks/bench_core.py  [--repeats 5] [--quick]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
import warnings
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

__import__("main").use_checkout()  # the checkout's code, as backprop_studio

from backprop_studio.core.data.datasets import make_dataset  # noqa: E402
from backprop_studio.core.training.hyperparameters import Hyperparameters  # noqa: E402
from backprop_studio.core.nn.initialization import initialize_parameters_deep  # noqa: E402
from backprop_studio.core.training.trainer import Trainer  # noqa: E402

CASES = [
    # name, m, hidden units, activation, iterations per repeat
    ("(a) flower 2-4-1 tanh, m=400", 400, (4,), "tanh", 3000),
    ("(b) 2-8x6-1 tanh, m=1,000", 1000, (8,) * 6, "tanh", 600),
    ("(c) 2-64-64-64-1 ReLU, m=10,000", 10_000, (64, 64, 64), "relu", 12),
]


def plain_course_loop(X, Y, parameters, activation, learning_rate, iterations):
    """Gradient descent exactly as the course's formulas read, no buffers reused."""
    L = len(parameters) // 2
    m = X.shape[1]
    p = {k: v.copy() for k, v in parameters.items()}
    with np.errstate(over="ignore", divide="ignore", invalid="ignore"):
        for _ in range(iterations):
            A, caches = X, []
            for l in range(1, L + 1):
                Z = np.dot(p[f"W{l}"], A) + p[f"b{l}"]
                caches.append((A, Z))
                if l == L:
                    A = 1 / (1 + np.exp(-Z))
                elif activation == "tanh":
                    A = np.tanh(Z)
                else:
                    A = np.maximum(0, Z)
            cost = -np.sum(Y * np.log(A) + (1 - Y) * np.log(1 - A)) / m
            costs = float(cost)  # noqa: F841 (the course records it every iteration)
            dZ = A - Y
            grads = {}
            for l in range(L, 0, -1):
                A_prev, _ = caches[l - 1]
                grads[f"dW{l}"] = np.dot(dZ, A_prev.T) / m
                grads[f"db{l}"] = np.sum(dZ, axis=1, keepdims=True) / m
                if l > 1:
                    dA = np.dot(p[f"W{l}"].T, dZ)
                    A_below = caches[l - 1][0]
                    if activation == "tanh":
                        dZ = dA * (1 - np.power(A_below, 2))
                    else:
                        dZ = np.array(dA, copy=True)
                        dZ[caches[l - 2][1] <= 0] = 0
            for l in range(1, L + 1):
                p[f"W{l}"] = p[f"W{l}"] - learning_rate * grads[f"dW{l}"]
                p[f"b{l}"] = p[f"b{l}"] - learning_rate * grads[f"db{l}"]
    return p


def time_it(fn) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def bench_case(name, m, hidden, activation, iterations, repeats):
    data = make_dataset("flower", m=m, noise=0.2, seed=1)
    X, Y = data.X, data.Y()
    hp = Hyperparameters(
        hidden_units=hidden, hidden_activations=(activation,) * len(hidden),
        initialization="xavier", learning_rate=0.05,
    )
    parameters = initialize_parameters_deep(hp.layer_dims(), "xavier", seed=2)
    rates: dict[str, list[float]] = {"ours": [], "plain": [], "sklearn": []}
    sk = _sklearn_runner(X, Y, hidden, activation, hp.learning_rate)
    for _ in range(repeats):
        trainer = Trainer(hp, X, Y, parameters=parameters)
        trainer.step()  # warm-up: first touch of the buffers
        rates["ours"].append(iterations / time_it(lambda: [trainer.step() for _ in range(iterations)]))
        rates["plain"].append(
            iterations / time_it(lambda: plain_course_loop(X, Y, parameters, activation, hp.learning_rate, iterations))
        )
        if sk is not None:
            rates["sklearn"].append(iterations / time_it(lambda: sk(iterations)))
    med = {k: statistics.median(v) for k, v in rates.items() if v}
    line = f"{name:34s} ours {med['ours']:9.1f} it/s | plain {med['plain']:9.1f} it/s | ours/plain {med['ours'] / med['plain']:5.2f}x"
    if "sklearn" in med:
        line += f" | sklearn {med['sklearn']:9.1f} it/s | ours/sklearn {med['ours'] / med['sklearn']:5.2f}x"
    print(line, flush=True)
    return med


def _sklearn_runner(X, Y, hidden, activation, learning_rate):
    try:
        from sklearn.exceptions import ConvergenceWarning
        from sklearn.neural_network import MLPClassifier
    except ImportError:
        return None
    m = X.shape[1]

    def run(iterations):
        clf = MLPClassifier(
            hidden_layer_sizes=hidden, activation=activation, solver="sgd", batch_size=m,
            learning_rate_init=learning_rate, momentum=0.0, nesterovs_momentum=False, alpha=0.0,
            max_iter=iterations, tol=0.0, n_iter_no_change=iterations + 1, shuffle=False, random_state=0,
        )
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", ConvergenceWarning)
            clf.fit(X.T, Y.ravel())

    return run


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--quick", action="store_true", help="fewer iterations (a smoke run)")
    args = parser.parse_args()
    print(f"numpy {np.__version__}; median of {args.repeats} interleaved repeats; float64, full batch")
    for name, m, hidden, activation, iterations in CASES:
        bench_case(name, m, hidden, activation, max(3, iterations // 10) if args.quick else iterations, args.repeats)


if __name__ == "__main__":
    main()
