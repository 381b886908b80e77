"""The Trainer: same numbers as the course's functions, the course's planar result,
symmetry, linear collapse, divergence, mini-batches, hyperparameter changes, evaluation."""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from backprop_studio.core.nn.activations import HIDDEN_ACTIVATIONS
from backprop_studio.core.data.datasets import make_dataset
from backprop_studio.core.errors import DivergenceError, HyperparameterError
from backprop_studio.core.training.hyperparameters import Hyperparameters
from backprop_studio.core.nn.losses import compute_cost, l2_cost, loss_for_output
from backprop_studio.core.nn.propagation import (L_model_backward, L_model_backward_shortcut, L_model_forward,
                                                 update_parameters)
from backprop_studio.core.training.trainer import Metrics, Trainer, layer_shapes

FLOWER = make_dataset("flower")  # the course's 400 points, all used for training
X_FLOWER, Y_FLOWER = FLOWER.X, FLOWER.Y()
SPIRAL3 = make_dataset("spiral3")
PLANE = make_dataset("plane")


def _course_run(params, X, Y, hp, iterations):
    """The course's loop: L_model_forward → compute_cost → L_model_backward → update_parameters.

    A sigmoid output goes through the course's own L_model_backward (from dA[L]), so the trainer's
    dZ[L] = A[L] − Y is checked against the course's arithmetic; softmax and linear outputs, which
    the course does not have, through the same pass started from dZ[L] = A[L] − Y.
    """
    activations = hp.activations()
    loss = loss_for_output(hp.output_activation)
    backward = L_model_backward if hp.output_activation == "sigmoid" else L_model_backward_shortcut
    costs = []
    for _ in range(iterations):
        AL, caches = L_model_forward(X, params, activations, hp.leaky_alpha)
        costs.append(compute_cost(AL, Y, loss, ZL=caches[-1][1]) + l2_cost(params, hp.lambd, X.shape[1]))
        grads = backward(AL, Y, caches, activations, hp.leaky_alpha, hp.lambd)
        params = update_parameters(params, grads, hp.learning_rate)
    return params, costs


def _assert_same_parameters(a, b, atol=0.0):
    assert sorted(a) == sorted(b)
    for key in a:
        if atol:
            np.testing.assert_allclose(a[key], b[key], rtol=0, atol=atol, err_msg=key)
        else:
            np.testing.assert_array_equal(a[key], b[key], err_msg=key)


def _trainer(hidden=(4,), activation="tanh", X=X_FLOWER, Y=Y_FLOWER, **changes):
    hp = Hyperparameters(hidden_units=hidden, hidden_activations=(activation,) * len(hidden), **changes)
    return Trainer(hp, X, Y)


# ------------------------------------------------------------------ step() = the course's functions

STEP_CASES = {
    "course 2-4-1 tanh": (FLOWER, dict(hidden_units=(4,), hidden_activations=("tanh",), initialization="course")),
    "relu+sigmoid, L2": (FLOWER, dict(hidden_units=(5, 3), hidden_activations=("relu", "sigmoid"),
                                      initialization="he", learning_rate=0.5, lambd=0.7)),
    "3 hidden mixed": (FLOWER, dict(hidden_units=(3, 3, 3), hidden_activations=("leaky_relu", "linear", "tanh"),
                                    initialization="xavier", learning_rate=0.3, leaky_alpha=0.1)),
    "logistic regression, L2": (FLOWER, dict(hidden_units=(), hidden_activations=(), lambd=0.2)),
    "softmax": (SPIRAL3, dict(hidden_units=(6,), hidden_activations=("tanh",), initialization="xavier",
                              learning_rate=1.0, problem="multiclass", n_classes=3)),
    "softmax, L2": (SPIRAL3, dict(hidden_units=(6, 4), hidden_activations=("relu", "tanh"), initialization="he",
                                  learning_rate=0.5, problem="multiclass", n_classes=3, lambd=0.5)),
    "regression": (PLANE, dict(hidden_units=(4,), hidden_activations=("relu",), initialization="he",
                               learning_rate=0.05, problem="regression")),
    "regression, L2": (PLANE, dict(hidden_units=(3, 3), hidden_activations=("sigmoid", "linear"),
                                   initialization="xavier", learning_rate=0.05, problem="regression", lambd=0.3)),
}


@pytest.mark.parametrize("case", list(STEP_CASES))
def test_step_equals_the_course_functions(case):
    dataset, fields = STEP_CASES[case]
    hp = Hyperparameters(**fields)
    X, Y = dataset.X, dataset.Y()
    trainer = Trainer(hp, X, Y)
    start = trainer.parameters()
    costs = [trainer.step() for _ in range(25)]
    expected_params, expected_costs = _course_run(start, X, Y, hp, 25)
    np.testing.assert_allclose(costs, expected_costs, rtol=1e-12)
    _assert_same_parameters(trainer.parameters(), expected_params, atol=1e-12)
    assert trainer.iteration == 25
    # The parameters did move (the comparison is not between two unchanged copies).
    assert not np.allclose(trainer.parameters()["W1"], start["W1"], rtol=0, atol=1e-6)


def test_step_equals_the_hand_worked_iteration():
    # The same 2-2-1 example as tests/core/test_propagation.py, through the fast engine.
    X = np.array([[1.0, -1.0], [2.0, 0.0]])
    Y = np.array([[1.0, 0.0]])
    params = {"W1": np.array([[0.5, -0.25], [-0.5, 0.5]]), "b1": np.array([[0.0], [0.5]]),
              "W2": np.array([[0.5, -1.0]]), "b2": np.array([[0.25]])}
    hp = Hyperparameters(hidden_units=(2,), learning_rate=0.5)
    trainer = Trainer(hp, X, Y, parameters=params)
    assert trainer.step() == pytest.approx(0.6852718533, abs=1e-9)
    new = trainer.parameters()
    np.testing.assert_allclose(new["W1"], [[0.6098437495, -0.0937049731], [-0.5994923881, 0.3687201980]], atol=1e-9)
    np.testing.assert_allclose(new["b1"], [[0.0464512774], [0.4682125861]], atol=1e-9)
    np.testing.assert_allclose(new["W2"], [[0.5372494544, -0.9423557435]], atol=1e-9)
    np.testing.assert_allclose(new["b2"], [[0.3256889428]], atol=1e-9)
    grads = trainer.gradients()
    np.testing.assert_allclose(grads["dW2"], [[-0.0744989089, -0.1152885130]], atol=1e-9)
    np.testing.assert_allclose(grads["db1"], [[-0.0929025548], [0.0635748278]], atol=1e-9)


@settings(max_examples=20, deadline=None)
@given(
    hidden=st.lists(st.integers(1, 5), min_size=0, max_size=3),
    activation=st.sampled_from(HIDDEN_ACTIVATIONS),
    lambd=st.sampled_from([0.0, 0.4]),
    seed=st.integers(0, 1000),
)
def test_step_equals_the_course_functions_for_random_architectures(hidden, activation, lambd, seed):
    hp = Hyperparameters(hidden_units=tuple(hidden), hidden_activations=(activation,) * len(hidden),
                         initialization="xavier", learning_rate=0.3, lambd=lambd, seed=seed)
    # 60 points scaled to |x| <~ 1, so that deep linear networks do not diverge at this α.
    X, Y = X_FLOWER[:, ::7] / 4.0, Y_FLOWER[:, ::7]
    trainer = Trainer(hp, X, Y)
    start = trainer.parameters()
    costs = [trainer.step() for _ in range(5)]
    expected_params, expected_costs = _course_run(start, X, Y, hp, 5)
    np.testing.assert_allclose(costs, expected_costs, rtol=1e-12)
    _assert_same_parameters(trainer.parameters(), expected_params, atol=1e-12)


# ------------------------------------------------------------------ the course's planar result


def _course_trainer(hidden):
    hp = Hyperparameters(hidden_units=hidden, hidden_activations=("tanh",) * len(hidden), initialization="course",
                         init_scale=0.01, learning_rate=1.2, seed=2)
    return Trainer(hp, X_FLOWER, Y_FLOWER)


def test_planar_flower_reproduces_the_course():
    trainer = _course_trainer((4,))
    costs = [trainer.step() for _ in range(10_000)]
    # "Cost after iteration i" as printed in the course's planar data classification notebook.
    published = {0: 0.693048, 1000: 0.288083, 2000: 0.254385, 3000: 0.233864, 6000: 0.219731}
    for i, value in published.items():
        assert costs[i] == pytest.approx(value, abs=1e-6), i
    assert all(math.isfinite(c) for c in costs)
    metrics = trainer.evaluate()
    assert metrics.train_accuracy >= 0.90  # the course reports 90 %
    assert trainer.iteration == 10_000


def test_planar_flower_one_hidden_unit_and_logistic_regression_fall_short():
    one = _course_trainer((1,))
    for _ in range(10_000):
        one.step()
    assert 0.60 <= one.evaluate().train_accuracy <= 0.72  # the course: ~67 % with 1 hidden unit
    logistic = _course_trainer(())
    for _ in range(2_000):  # logistic regression has converged long before
        logistic.step()
    assert 0.44 <= logistic.evaluate().train_accuracy <= 0.50  # the course: 47 %


# ------------------------------------------------------------------ what the course teaches


@pytest.mark.parametrize("activation", ["tanh", "sigmoid"])
def test_zero_initialization_keeps_hidden_units_identical(activation):
    # An unbalanced subset (200 of class 0, 60 of class 1): on the balanced flower the very first
    # gradient is exactly 0 (a = ½ everywhere, mean(a − y) = 0) and nothing would move at all.
    part = FLOWER.subset(np.arange(260))
    assert part.y.sum() == 60
    trainer = _trainer((4,), activation, X=part.X, Y=part.Y(), initialization="zeros", learning_rate=1.2)
    for _ in range(1_000):
        trainer.step()
    p = trainer.parameters()
    np.testing.assert_allclose(p["W1"], np.broadcast_to(p["W1"][0], p["W1"].shape), rtol=1e-12, atol=1e-15)
    np.testing.assert_allclose(p["b1"], p["b1"][0, 0], rtol=1e-12, atol=1e-15)
    np.testing.assert_allclose(p["W2"], p["W2"][0, 0], rtol=1e-12, atol=1e-15)
    assert abs(p["b2"][0, 0]) > 0.1  # training did happen
    if activation == "sigmoid":  # σ(0) = ½ ≠ 0: the weights did move, all in lockstep
        assert np.abs(p["W2"]).min() > 1e-3
        assert np.abs(p["W1"]).max() > 1e-3
    else:  # tanh(0) = 0: dW2 = dZ2 A1ᵀ = 0 and dA1 = W2ᵀ dZ2 = 0, so W stays exactly 0
        np.testing.assert_array_equal(p["W1"], 0.0)
        np.testing.assert_array_equal(p["W2"], 0.0)


def test_random_initialization_breaks_the_symmetry():
    trainer = _trainer((4,), initialization="random")
    for _ in range(1_000):
        trainer.step()
    p = trainer.parameters()
    W1, W2 = p["W1"], p["W2"]
    assert min(np.abs(W1[i] - W1[j]).max() for i in range(4) for j in range(i + 1, 4)) > 1e-2
    assert np.ptp(W2) > 1e-2


def _output_logits(trainer, X):
    _, caches = L_model_forward(X, trainer.parameters(), trainer.activation_names)
    return caches[-1][1]


@pytest.mark.parametrize("hidden", [(4,), (6, 5), (5, 4, 6)])
def test_linear_hidden_layers_collapse_to_an_affine_function(hidden):
    trainer = _trainer(hidden, "linear", initialization="xavier", learning_rate=0.1)
    for _ in range(300):
        trainer.step()
    rng = np.random.default_rng(0)
    x, y = rng.normal(size=(2, 50)) * 2, rng.normal(size=(2, 50)) * 2
    alpha = rng.uniform(-1, 2, size=(1, 50))
    mix = alpha * x + (1 - alpha) * y
    Zx, Zy, Zmix = (_output_logits(trainer, v) for v in (x, y, mix))
    scale = np.abs(Zx).max() + np.abs(Zy).max()
    assert scale > 1e-2  # not a trivially constant network
    np.testing.assert_allclose(Zmix, alpha * Zx + (1 - alpha) * Zy, atol=1e-12 * max(scale, 1.0) * 100)
    # The same check fails for a tanh network: the test can tell the difference.
    curved = _trainer(hidden, "tanh", initialization="xavier", learning_rate=0.1)
    for _ in range(300):
        curved.step()
    Zx, Zy, Zmix = (_output_logits(curved, v) for v in (x, y, mix))
    assert np.abs(Zmix - (alpha * Zx + (1 - alpha) * Zy)).max() > 1e-2


# ------------------------------------------------------------------ divergence


def test_a_huge_learning_rate_raises_divergence_and_keeps_finite_parameters():
    trainer = _trainer((4,), learning_rate=1e6)
    costs = []
    with pytest.raises(DivergenceError) as info:
        for _ in range(100):
            before = trainer.parameters()
            iteration_before = trainer.iteration
            costs.append(trainer.step())
    error = info.value
    assert error.iteration == iteration_before == trainer.iteration
    assert error.iteration >= 1
    assert "learning rate" in str(error)
    after = trainer.parameters()
    _assert_same_parameters(after, before)
    assert all(np.all(np.isfinite(v)) for v in after.values())
    assert all(math.isfinite(c) for c in costs)
    assert len(costs) == error.iteration
    # It raises again (nothing was half-applied), and the phase path refuses too.
    with pytest.raises(DivergenceError):
        trainer.step()
    _assert_same_parameters(trainer.parameters(), before)


# ------------------------------------------------------------------ mini-batches


def test_mini_batches_are_deterministic_for_a_seed():
    a = _trainer((4,), batch_size=64, seed=3, learning_rate=0.5)
    b = _trainer((4,), batch_size=64, seed=3, learning_rate=0.5)
    for _ in range(20):
        assert a.step() == b.step()
    _assert_same_parameters(a.parameters(), b.parameters())
    # Same start, other seed: another shuffle, other parameters.
    start = _trainer((4,), batch_size=64, seed=3).parameters()
    hp = a.hp.with_changes(seed=4)
    c = Trainer(hp, X_FLOWER, Y_FLOWER, parameters=start)
    for _ in range(20):
        c.step()
    assert not np.allclose(c.parameters()["W1"], a.parameters()["W1"])


def test_each_epoch_visits_every_example_once():
    m = 400
    X = np.vstack([np.arange(m, dtype=float), np.zeros(m)])  # x1 = the example's index
    Y = (np.arange(m) % 2).reshape(1, m).astype(float)
    trainer = _trainer((2,), X=X, Y=Y, batch_size=64)
    epochs = []
    for _ in range(2):
        seen, sizes = [], []
        while sum(sizes) < m:  # 6 batches of 64 and one of 16
            net = trainer._next_batch()
            seen.extend(net.X[0].tolist())
            sizes.append(net.m)
            np.testing.assert_array_equal(net.Y[0], np.asarray(net.X[0], dtype=int) % 2)  # labels follow
        assert sizes == [64] * 6 + [16]
        assert sorted(seen) == list(range(m))
        epochs.append(seen)
    assert epochs[0] != epochs[1]  # reshuffled each epoch
    assert epochs[0] != list(range(m))  # shuffled at all


def test_a_batch_as_large_as_the_data_is_full_batch_descent():
    full = _trainer((4,))
    big = _trainer((4,), batch_size=10_000)
    for _ in range(10):
        assert big.step() == full.step()
    _assert_same_parameters(big.parameters(), full.parameters())


# ------------------------------------------------------------------ changing things


def test_update_hyperparameters_changes_the_learning_rate_without_a_restart():
    trainer = _trainer((4,), initialization="xavier", learning_rate=1.2)
    for _ in range(5):
        trainer.step()
    params = trainer.parameters()
    trainer.update_hyperparameters(trainer.hp.with_changes(learning_rate=0.05))
    assert trainer.iteration == 5
    _assert_same_parameters(trainer.parameters(), params)
    trainer.step()
    expected, _ = _course_run(params, X_FLOWER, Y_FLOWER, trainer.hp, 1)
    _assert_same_parameters(trainer.parameters(), expected, atol=1e-12)
    # λ can change too (the networks are rebuilt with the L2 term)
    params = trainer.parameters()
    trainer.update_hyperparameters(trainer.hp.with_changes(lambd=0.5))
    trainer.step()
    expected, _ = _course_run(params, X_FLOWER, Y_FLOWER, trainer.hp, 1)
    _assert_same_parameters(trainer.parameters(), expected, atol=1e-12)
    assert trainer.iteration == 7


@pytest.mark.parametrize(
    "changes",
    [dict(hidden_units=(5,)), dict(hidden_activations=("relu",)), dict(hidden_units=(4, 4), hidden_activations=("tanh",) * 2),
     dict(standardize=True)],
)
def test_update_hyperparameters_refuses_an_architecture_change(changes):
    trainer = _trainer((4,))
    trainer.step()
    params = trainer.parameters()
    with pytest.raises(HyperparameterError, match="architecture"):
        trainer.update_hyperparameters(trainer.hp.with_changes(**changes))
    assert trainer.hp.hidden_units == (4,)
    _assert_same_parameters(trainer.parameters(), params)


def test_evaluate_returns_metrics_and_recording_is_separate():
    train, test = FLOWER.subset(np.arange(300)), FLOWER.subset(np.arange(300, 400))
    hp = Hyperparameters(initialization="course")
    trainer = Trainer(hp, train.X, train.Y(), test.X, test.Y())
    for _ in range(50):
        trainer.step()
    metrics = trainer.evaluate()
    assert isinstance(metrics, Metrics)
    assert metrics.iteration == 50
    for value in (metrics.train_accuracy, metrics.test_accuracy):
        assert 0.0 <= value <= 1.0
    # The numbers are the course's: cost and accuracy of A[L] on each set.
    p = trainer.parameters()
    AL, caches = L_model_forward(test.X, p, hp.activations())
    assert metrics.test_cost == pytest.approx(compute_cost(AL, test.Y(), ZL=caches[-1][1]), rel=1e-12)
    assert metrics.test_accuracy == pytest.approx(np.mean((AL > 0.5) == (test.Y() > 0.5)))
    assert len(trainer.history.evaluations) == 0  # measuring records nothing ...
    trainer.record_evaluation(metrics)  # ... the session records on its schedule
    rows = trainer.history.evaluations.array()
    assert rows.shape == (1, 5)
    np.testing.assert_allclose(rows[0], [50, metrics.train_cost, metrics.test_cost,
                                         metrics.train_accuracy, metrics.test_accuracy])


def test_evaluate_regression_has_no_accuracy():
    hp = Hyperparameters(problem="regression", initialization="he", learning_rate=0.05)
    trainer = Trainer(hp, PLANE.X, PLANE.Y())
    first = trainer.evaluate()
    for _ in range(200):
        trainer.step()
    metrics = trainer.evaluate()
    assert metrics.train_accuracy is None and metrics.test_accuracy is None and metrics.test_cost is None
    assert metrics.train_cost < first.train_cost  # it learns the plane
    trainer.record_evaluation(metrics)
    row = trainer.history.evaluations.array()[-1]
    assert row[0] == 200 and row[1] == metrics.train_cost
    assert np.isnan(row[2]) and np.isnan(row[3]) and np.isnan(row[4])


def test_set_weight_changes_one_entry():
    trainer = _trainer((4,))
    before = trainer.parameters()
    trainer.set_weight("W1", 2, 1, 0.75)
    after = trainer.parameters()
    assert after["W1"][2, 1] == 0.75
    changed = after["W1"] != before["W1"]
    assert changed.sum() == 1 and changed[2, 1]
    for key in ("b1", "W2", "b2"):
        np.testing.assert_array_equal(after[key], before[key])
    trainer.set_weight("b2", 0, 0, -3.0)
    assert trainer.parameters()["b2"][0, 0] == -3.0
    with pytest.raises(HyperparameterError, match="finite"):
        trainer.set_weight("W1", 0, 0, math.inf)
    with pytest.raises(HyperparameterError, match="W7"):
        trainer.set_weight("W7", 0, 0, 1.0)
    # The new weight is used by the next step.
    params = trainer.parameters()
    trainer.step()
    expected, _ = _course_run(params, X_FLOWER, Y_FLOWER, trainer.hp, 1)
    _assert_same_parameters(trainer.parameters(), expected, atol=1e-12)


def test_set_parameters_refuses_wrong_shapes_and_non_finite_values():
    trainer = _trainer((4,))
    good = trainer.parameters()
    bad_shape = {**good, "W1": np.zeros((2, 4))}
    with pytest.raises(HyperparameterError, match=r"W1 must have shape \(4, 2\)"):
        trainer.set_parameters(bad_shape)
    with pytest.raises(HyperparameterError, match="b2"):
        trainer.set_parameters({k: v for k, v in good.items() if k != "b2"})
    for bad in (np.nan, np.inf, -np.inf):
        W2 = good["W2"].copy()
        W2[0, 3] = bad
        with pytest.raises(HyperparameterError, match="W2"):
            trainer.set_parameters({**good, "W2": W2})
    _assert_same_parameters(trainer.parameters(), good)  # nothing half-written
    new = {k: v + 1.0 for k, v in good.items()}
    trainer.set_parameters(new)
    _assert_same_parameters(trainer.parameters(), new)


def test_trainer_checks_the_data_shapes():
    hp = Hyperparameters()
    with pytest.raises(HyperparameterError, match="X_train"):
        Trainer(hp, np.zeros((3, 10)), np.zeros((1, 10)))
    with pytest.raises(HyperparameterError, match="Y_train"):
        Trainer(hp, np.zeros((2, 10)), np.zeros((1, 9)))


def test_layer_shapes_is_the_course_dimension_table():
    rows = layer_shapes([2, 4, 1], 400)
    assert rows == [
        {"W": (4, 2), "b": (4, 1), "Z": (4, 400), "A": (4, 400), "dW": (4, 2), "db": (4, 1)},
        {"W": (1, 4), "b": (1, 1), "Z": (1, 400), "A": (1, 400), "dW": (1, 4), "db": (1, 1)},
    ]
