"""The cost surface: J over a grid of two parameters, the others fixed; at the current point it is J."""

from __future__ import annotations

import time

import numpy as np
import pytest

from backprop_studio.core.data.pipeline import DataSpec
from backprop_studio.core.nn.losses import compute_cost, l2_cost
from backprop_studio.core.nn.propagation import L_model_forward
from backprop_studio.core.session import Session
from backprop_studio.core.session.timeline import Timeline
from backprop_studio.core.teaching.cost_surface import compute, grid_values, path, spans, surface
from backprop_studio.core.training.hyperparameters import Hyperparameters
from backprop_studio.core.training.trainer import Trainer


def course_cost(parameters, X, Y, activations, loss, lambd=0.0, alpha=0.01) -> float:
    AL, caches = L_model_forward(X, parameters, activations, alpha)
    return compute_cost(AL, Y, loss, ZL=caches[-1][1]) + l2_cost(parameters, lambd, X.shape[1])


def trained(hp: Hyperparameters | None = None, data: DataSpec | None = None, iterations: int = 150) -> Session:
    session = Session(data, hp)
    session.train(iterations)
    return session


CASES = [
    (None, None, ("W1", 0, 1), ("b2", 0, 0)),
    (None, None, ("W1", 2, 0), ("W1", 3, 1)),  # both in one layer
    (Hyperparameters(lambd=0.7), None, ("W2", 0, 3), ("W1", 1, 1)),  # L2 moves with the chosen weights
    (Hyperparameters(hidden_units=(5, 3), hidden_activations=("relu", "tanh")), None, ("W3", 0, 2), ("b2", 1, 0)),
    (Hyperparameters(problem="multiclass", n_classes=3), DataSpec(name="spiral3"), ("b2", 2, 0), ("W2", 1, 0)),
    (Hyperparameters(problem="regression", learning_rate=0.05), DataSpec(name="plane"), ("W1", 0, 0), ("b1", 3, 0)),
]


@pytest.mark.parametrize("hp, data, p1, p2", CASES)
def test_the_middle_of_the_grid_is_the_cost_now_and_every_point_is_its_own_cost(hp, data, p1, p2):
    session = trained(hp, data)
    snapshot = session.snapshot()
    parameters = {k: np.array(v) for k, v in snapshot.parameters.items()}
    X, Y = snapshot.prepared.X_train, snapshot.prepared.Y_train
    lambd = snapshot.hyperparameters.lambd
    values1, values2, J = surface(parameters, X, Y, snapshot.activations, p1, p2, 0.8, 1.3, 21,
                                  loss=snapshot.loss, lambd=lambd)
    now = course_cost(parameters, X, Y, snapshot.activations, snapshot.loss, lambd)
    assert J.shape == (21, 21) and values1[10] == parameters[p1[0]][p1[1], p1[2]]
    assert abs(J[10, 10] - now) <= 1e-12 * max(1.0, abs(now))
    assert abs(J[10, 10] - session.metrics().train_cost) <= 1e-12 * max(1.0, abs(now))
    for j, i in [(0, 0), (3, 17), (20, 5), (14, 20)]:  # J[j, i]: p1 = values1[i], p2 = values2[j]
        moved = {k: v.copy() for k, v in parameters.items()}
        moved[p1[0]][p1[1], p1[2]] = values1[i]
        moved[p2[0]][p2[1], p2[2]] = values2[j]
        expected = course_cost(moved, X, Y, snapshot.activations, snapshot.loss, lambd)
        assert abs(J[j, i] - expected) <= 1e-12 * max(1.0, abs(expected))


def softplus(z):
    return np.log1p(np.exp(-np.abs(z))) + np.maximum(z, 0.0)


def test_one_sigmoid_unit_matches_its_closed_form_and_its_symmetry():
    """x = 1 with y = 1 and x = −1 with y = 0: J(w, b) = ½ [softplus(−w − b) + softplus(b − w)],
    the same for b and −b."""
    parameters = {"W1": np.array([[0.7]]), "b1": np.array([[0.0]])}
    X, Y = np.array([[1.0, -1.0]]), np.array([[1.0, 0.0]])
    w, b, J = surface(parameters, X, Y, ["sigmoid"], ("W1", 0, 0), ("b1", 0, 0), 2.0, 3.0, 31)
    W, Bias = np.meshgrid(w, b)
    np.testing.assert_allclose(J, 0.5 * (softplus(-W - Bias) + softplus(Bias - W)), rtol=1e-12, atol=0)
    np.testing.assert_allclose(J, J[::-1, :], rtol=1e-12, atol=0)  # b ↔ −b
    assert np.all(np.diff(J[15, :]) < 0)  # along b = 0 the cost falls as w grows: both examples get righter


def test_one_linear_unit_has_its_minimum_at_least_squares():
    """Regression with ŷ = w x + b and J = ½ mean((ŷ − y)²): a bowl whose lowest point is the least-squares line."""
    x = np.array([-1.0, 0.0, 1.0, 2.0])
    y = 2.0 * x - 1.0
    parameters = {"W1": np.array([[0.0]]), "b1": np.array([[0.0]])}
    w, b, J = surface(parameters, x[None, :], y[None, :], ["linear"], ("W1", 0, 0), ("b1", 0, 0), 4.0, 4.0, 41)
    W, Bias = np.meshgrid(w, b)
    expected = 0.5 * np.mean((W[..., None] * x + Bias[..., None] - y) ** 2, axis=-1)
    np.testing.assert_allclose(J, expected, rtol=1e-12, atol=1e-15)
    j, i = np.unravel_index(np.argmin(J), J.shape)
    assert (w[i], b[j]) == (2.0, -1.0)


def test_wrong_choices_are_refused():
    parameters = {"W1": np.zeros((1, 1)), "b1": np.zeros((1, 1))}
    X, Y = np.ones((1, 2)), np.ones((1, 2))
    with pytest.raises(KeyError):
        surface(parameters, X, Y, ["sigmoid"], ("W2", 0, 0), ("b1", 0, 0), 1, 1)
    with pytest.raises(IndexError):
        surface(parameters, X, Y, ["sigmoid"], ("W1", 0, 1), ("b1", 0, 0), 1, 1)
    with pytest.raises(ValueError):
        surface(parameters, X, Y, ["sigmoid"], ("b1", 0, 0), ("b1", 0, 0), 1, 1)


def test_grid_values_have_the_current_value_in_the_middle():
    values = grid_values(0.1 + 0.2, 0.37, 61)
    assert values[30] == 0.1 + 0.2 and values[0] == pytest.approx(0.3 - 0.37) and values[-1] == pytest.approx(0.67)


def test_a_60_by_60_grid_of_the_default_network(capsys):
    snapshot = trained().snapshot()
    parameters = {k: np.array(v) for k, v in snapshot.parameters.items()}
    X, Y = snapshot.prepared.X_train, snapshot.prepared.Y_train
    surface(parameters, X, Y, snapshot.activations, ("W1", 0, 1), ("b2", 0, 0), 1.0, 1.0, 60)  # warm up
    timings = {}
    for p1, p2 in ((("W1", 0, 1), ("b2", 0, 0)), (("W2", 0, 1), ("b2", 0, 0))):
        start = time.perf_counter()
        _, _, J = surface(parameters, X, Y, snapshot.activations, p1, p2, 1.0, 1.0, 60)
        timings[p1[0]] = time.perf_counter() - start
        assert J.shape == (60, 60) and np.all(np.isfinite(J))
    with capsys.disabled():
        print(f"\n60×60 cost surface, default network, m = {X.shape[1]}: "
              f"{timings['W1'] * 1000:.0f} ms (a layer-1 weight), {timings['W2'] * 1000:.0f} ms (layer 2 only)")


def test_compute_draws_the_path_from_the_timeline_and_knows_when_it_is_stale():
    session = Session(hyperparameters=Hyperparameters(learning_rate=10.0))
    prepared = session.prepared
    timeline = Timeline(lambda hp: Trainer(hp, prepared.X_train, prepared.Y_train), session.trainer)
    for _ in range(40):
        session.step()
        if session.iteration >= timeline.next_record:
            timeline.record(session.trainer)
    p1, p2 = ("W2", 0, 0), ("b2", 0, 0)
    result = compute(session.snapshot(), p1, p2, 31, timeline)
    assert list(result.path_iterations) == list(range(41))
    history = [timeline.parameters_at(k) for k in range(41)]
    np.testing.assert_array_equal(result.path[:, 0], [h["W2"][0, 0] for h in history])
    np.testing.assert_array_equal(result.path[:, 1], [h["b2"][0, 0] for h in history])
    assert result.center == tuple(result.path[-1]) and result.J_center == result.J[15, 15]
    for axis, values in enumerate((result.values1, result.values2)):  # the whole path is on the grid
        assert values[0] < result.path[:, axis].min() and result.path[:, axis].max() < values[-1]
    # Every iteration between two kept ones, re-trained:
    iterations, dense = path(timeline, p1, p2, 10, 40)
    assert list(iterations) == list(range(10, 41)) and dense[-1].tolist() == list(result.center)
    parameters = session.parameters()
    assert not result.is_stale(parameters)
    parameters["W2"][0, 0] += 5.0  # one of the two chosen: the surface is still this J
    assert not result.is_stale(parameters)
    parameters["W1"] += 1.0  # the others moved far
    assert result.is_stale(parameters)


def test_spans_cover_the_path_and_the_values_size():
    assert spans((0.0, 0.0)) == (0.5, 0.5)
    assert spans((10.0, -0.1)) == (5.0, 0.5)
    assert spans((0.0, 0.0), np.array([[2.0, 0.1], [0.0, 0.0]])) == pytest.approx((2.3, 0.5))
