"""The vectorization demo: loops and NumPy give the same numbers (only the time differs)."""

from __future__ import annotations

import math

import numpy as np
import pytest

from backprop_studio.core.nn.gradient_check import gradient_check
from backprop_studio.core.nn.losses import compute_cost
from backprop_studio.core.nn.propagation import L_model_forward
from backprop_studio.core.teaching.vectorization import (
    Cancelled,
    DotTiming,
    logistic_gradient_loop,
    logistic_gradient_vectorized,
    loop_dot,
    random_vectors,
    speed_ratio,
    time_dot,
    time_logistic_gradient,
)


def test_loop_dot_by_hand():
    assert loop_dot(np.array([1.0, 2.0, 3.0]), np.array([4.0, 5.0, 6.0])) == 32.0
    assert loop_dot(np.array([]), np.array([])) == 0.0


@pytest.mark.parametrize("n", [1, 7, 1000, 200_003])
def test_loop_and_np_dot_agree(n):
    a, b = random_vectors(n, seed=3)
    assert loop_dot(a, b) == pytest.approx(float(np.dot(a, b)), rel=1e-10, abs=1e-12)


def test_time_dot_reports_both_values_and_times():
    result = time_dot(10_000, repeats=2, seed=5)
    assert isinstance(result, DotTiming)
    loop_seconds, numpy_seconds, loop_value, numpy_value = result  # the tuple the lab unpacks
    assert loop_seconds > 0 and numpy_seconds > 0
    assert loop_value == pytest.approx(numpy_value, rel=1e-10)
    a, b = random_vectors(10_000, seed=5)
    assert numpy_value == float(np.dot(a, b))
    assert result.ratio == loop_seconds / numpy_seconds
    # The same seed gives the same vectors (the course's ~n/4 for uniform numbers).
    assert time_dot(10_000, seed=5).numpy_value == numpy_value
    assert abs(numpy_value - 10_000 / 4) < 100


def test_time_dot_refuses_empty_vectors():
    with pytest.raises(ValueError):
        time_dot(0)


def test_loop_stops_when_asked():
    a, b = random_vectors(300_000)
    asked = []

    def stop() -> bool:
        asked.append(True)
        return len(asked) > 2

    with pytest.raises(Cancelled):
        loop_dot(a, b, stop)
    assert len(asked) == 3


def test_speed_ratio():
    assert speed_ratio(2.0, 0.5) == 4.0
    assert speed_ratio(1.0, 0.0) == math.inf


def _problem(n_x: int, m: int, seed: int):
    rng = np.random.default_rng(seed)
    X = rng.standard_normal((n_x, m))
    Y = (rng.random((1, m)) > 0.5).astype(float)
    w = rng.standard_normal((n_x, 1))
    b = float(rng.standard_normal())
    return X, Y, w, b


@pytest.mark.parametrize("n_x, m, seed", [(2, 1, 0), (2, 320, 1), (5, 50, 2), (1, 17, 3)])
def test_loop_and_vectorised_gradients_agree(n_x, m, seed):
    X, Y, w, b = _problem(n_x, m, seed)
    dw_loop, db_loop, J_loop = logistic_gradient_loop(X, Y, w, b)
    dw_vec, db_vec, J_vec = logistic_gradient_vectorized(X, Y, w, b)
    assert dw_loop.shape == dw_vec.shape == (n_x, 1)
    np.testing.assert_allclose(dw_loop, dw_vec, rtol=1e-10, atol=1e-12)
    assert db_loop == pytest.approx(db_vec, rel=1e-10, abs=1e-12)
    assert J_loop == pytest.approx(J_vec, rel=1e-10)


def test_gradient_by_hand_with_zero_weights():
    # w = 0, b = 0: every a = 0.5, so dz = 0.5 − y, J = log 2.
    X = np.array([[1.0, 2.0], [3.0, -1.0]])
    Y = np.array([[1.0, 0.0]])
    for dw, db, J in (logistic_gradient_loop(X, Y, np.zeros((2, 1)), 0.0),
                      logistic_gradient_vectorized(X, Y, np.zeros((2, 1)), 0.0)):
        # dz = (−0.5, 0.5): dw = (1/2) X dzᵀ = ((−0.5 + 1)/2, (−1.5 − 0.5)/2)
        np.testing.assert_allclose(dw, [[0.25], [-1.0]])
        assert db == pytest.approx(0.0)
        assert J == pytest.approx(math.log(2.0))


def test_cost_is_the_courses_cross_entropy():
    X, Y, w, b = _problem(3, 40, 7)
    _, _, J = logistic_gradient_vectorized(X, Y, w, b)
    AL, _ = L_model_forward(X, {"W1": w.T, "b1": np.array([[b]])}, ["sigmoid"])
    assert J == pytest.approx(compute_cost(AL, Y), rel=1e-12)


def test_gradients_match_central_differences():
    X, Y, w, b = _problem(3, 60, 11)
    parameters = {"W1": w.T.copy(), "b1": np.array([[b]])}
    for dw, db, _ in (logistic_gradient_loop(X, Y, w, b), logistic_gradient_vectorized(X, Y, w, b)):
        result = gradient_check(parameters, X, Y, ["sigmoid"], grads={"dW1": dw.T, "db1": np.array([[db]])})
        assert result.passed, result.per_parameter


def test_loop_survives_weights_that_saturate_the_sigmoid():
    # z = ±800: a rounds to exactly 0 or 1, yet the cost from z stays finite.
    X = np.array([[1.0, -1.0]])
    Y = np.array([[0.0, 1.0]])
    w = np.array([[800.0]])
    for dw, db, J in (logistic_gradient_loop(X, Y, w, 0.0), logistic_gradient_vectorized(X, Y, w, 0.0)):
        assert J == pytest.approx(800.0)
        np.testing.assert_allclose(dw, [[1.0]])
        assert db == pytest.approx(0.0)


def test_time_logistic_gradient_gives_both_results():
    X, Y, w, b = _problem(2, 100, 4)
    timing = time_logistic_gradient(X, Y, w, b, repeats=2)
    assert timing.loop_seconds > 0 and timing.vectorized_seconds > 0
    np.testing.assert_allclose(timing.loop[0], timing.vectorized[0], rtol=1e-10)
    assert timing.ratio == timing.loop_seconds / timing.vectorized_seconds
    assert 0.0 <= timing.largest_difference < 1e-12
    assert timing.largest_difference == max(
        np.max(np.abs(timing.loop[0] - timing.vectorized[0])), abs(timing.loop[1] - timing.vectorized[1]),
        abs(timing.loop[2] - timing.vectorized[2]))
