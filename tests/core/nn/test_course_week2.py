"""Week 2, "Logistic Regression with a Neural Network mindset": the course's published test cases.

Week 2 has no testCases file: the notebooks build their inputs in the cells (hard-coded literals),
and the 2021 edition adds public_tests.py with other inputs. Each test rebuilds one published
case and compares core.nn.logistic with the expected output the course printed, to the printed
digits (tests/core/nn/printed.py).

Sources (facts only: inputs and printed numbers):
  NB6a  Logistic_Regression_with_a_Neural_Network_mindset_v6a.ipynb (v1 to v6a share the cells),
        its "Expected Output" tables; a copy is in amanchadha/coursera-deep-learning-specialization,
        "C1 - Neural Networks and Deep Learning/Week 2/Logistic Regression as a Neural Network/".
        The full-precision db and b are the same cells' Python 3 printout.
  NB21  the 2021 edition of that notebook: its cells' inputs and "Expected output" blocks.
  PT21  Overlrd/numpy_logistic_regression_classifier, public_tests.py: the 2021 public tests.
"""

from __future__ import annotations

import numpy as np
import pytest

from backprop_studio.core.nn.logistic import initialize_with_zeros, model, optimize, predict, propagate, sigmoid

from .printed import FULL, assert_printed, assert_typed


def test_sigmoid():
    # NB6a / NB21: sigmoid(np.array([0, 2])) = [0.5 0.88079708]; PT21 also sigmoid(1) ≈ 0.7310585.
    s = sigmoid(np.array([0, 2]))
    assert isinstance(s, np.ndarray)
    assert_printed(s, [0.5, 0.88079708])
    assert_typed(sigmoid(1), 0.7310585, decimals=7)  # σ(1) = 0.73105857…, typed cut off
    # NB21's extra cell: sigmoid(np.array([0.5, 0, 2.0])).
    assert_printed(sigmoid(np.array([0.5, 0, 2.0])), [0.62245933, 0.5, 0.88079708])


@pytest.mark.parametrize("dim", [2, 3, 4])  # NB6a: 2; PT21: 3 and 4
def test_initialize_with_zeros(dim):
    w, b = initialize_with_zeros(dim)
    assert w.shape == (dim, 1)
    np.testing.assert_array_equal(w, 0.0)
    assert type(b) is float and b == 0.0  # PT21 asks for a Python float


# (w, b, X, Y) of the three published propagate/optimize cases.
OLD = (np.array([[1.0], [2.0]]), 2.0, np.array([[1.0, 2.0, -1.0], [3.0, 4.0, -3.2]]), np.array([[1, 0, 1]]))
NEW = (np.array([[1.0], [2]]), 1.5, np.array([[1.0, -2.0, -1.0], [3.0, 0.5, -3.2]]), np.array([[1, 1, 0]]))
PUBLIC = (np.array([[1.0], [2.0], [-1]]), 2.5,
          np.array([[1.0, 2.0, -1.0, 0], [3.0, 4.0, -3.2, 1], [3.0, 4.0, -3.2, -3.5]]), np.array([[1, 1, 0, 0]]))


def test_propagate_v6a():
    # NB6a: dw = [[0.99845601] [2.39507239]], db = 0.001455578136784208, cost = 5.801545319394553.
    grads, cost = propagate(*OLD)
    assert_printed(grads["dw"], [[0.99845601], [2.39507239]])
    np.testing.assert_allclose(grads["db"], 0.001455578136784208, **FULL)
    np.testing.assert_allclose(cost, 5.801545319394553, **FULL)


def test_propagate_2021():
    # NB21 "Expected output"; the notebook also asserts db is a NumPy float64 and dw is (2, 1).
    grads, cost = propagate(*NEW)
    assert grads["dw"].shape == (2, 1) and type(grads["db"]) is np.float64
    assert_printed(grads["dw"], [[0.25071532], [-0.06604096]])
    np.testing.assert_allclose(grads["db"], -0.1250040450043965, **FULL)
    np.testing.assert_allclose(cost, 0.15900537707692405, **FULL)


def test_propagate_public_test():
    # PT21 propagate_test.
    grads, cost = propagate(*PUBLIC)
    assert_printed(grads["dw"], [[-0.03909333], [0.12501464], [-0.99960809]])
    np.testing.assert_allclose(grads["db"], 0.288106326429569, **FULL)
    np.testing.assert_allclose(cost, 2.0424567983978403, **FULL)


def test_optimize_v6a():
    # NB6a: optimize(w, b, X, Y, num_iterations=100, learning_rate=0.009); b and db printed in full.
    w_in = OLD[0].copy()
    params, grads, costs = optimize(*OLD, num_iterations=100, learning_rate=0.009)
    assert_printed(params["w"], [[0.19033591], [0.12259159]])
    np.testing.assert_allclose(params["b"], 1.9253598300845747, **FULL)
    assert_printed(grads["dw"], [[0.67752042], [1.41625495]])
    np.testing.assert_allclose(grads["db"], 0.21919450454067657, **FULL)
    assert len(costs) == 1  # the cost at iteration 0 only
    np.testing.assert_array_equal(OLD[0], w_in)  # the caller's w is not changed


def test_optimize_2021():
    # NB21: the same call on the 2021 inputs; "Costs = [array(0.15900538)]".
    params, grads, costs = optimize(*NEW, num_iterations=100, learning_rate=0.009)
    assert_printed(params["w"], [[0.80956046], [2.0508202]])
    np.testing.assert_allclose(params["b"], 1.5948713189708588, **FULL)
    assert_printed(grads["dw"], [[0.17860505], [-0.04840656]])
    np.testing.assert_allclose(grads["db"], -0.08888460336847771, **FULL)
    assert_printed(costs, [0.15900538])


def test_optimize_public_test_records_the_cost_every_100_iterations():
    # PT21 optimize_test: the v6a inputs, 101 iterations, α = 0.1 → costs at iterations 0 and 100.
    # Its expected numbers were typed by hand (db cut off, the others rounded): assert_typed.
    params, grads, costs = optimize(*OLD, num_iterations=101, learning_rate=0.1, print_cost=False)
    assert type(costs) is list
    assert_typed(costs, [5.80154532, 0.31057104])
    assert_typed(params["w"], [[-0.70916784], [-0.42390859]])
    assert_typed(params["b"], 2.26891346)
    assert_typed(grads["dw"], [[0.06188603], [-0.01407361]])
    assert_typed(grads["db"], -0.04709353)


def test_optimize_prints_as_the_course(capsys):
    optimize(*OLD, num_iterations=101, learning_rate=0.1, print_cost=True)
    # The course's "Cost after iteration %i: %f"; 5.801545 and 0.310571 are PT21's costs to 6 decimals.
    assert capsys.readouterr().out == "Cost after iteration 0: 5.801545\nCost after iteration 100: 0.310571\n"


def test_predict():
    # NB6a / NB21: predictions = [[1. 1. 0.]].
    w, b = np.array([[0.1124579], [0.23106775]]), -0.3
    X = np.array([[1.0, -1.1, -3.2], [1.2, 2.0, 0.1]])
    np.testing.assert_array_equal(predict(w, b, X), [[1.0, 1.0, 0.0]])
    # PT21 predict_test: [[1., 0., 1.]] (without b it would be [[1, 1, 1]]).
    w, b = np.array([[0.3], [0.5], [-0.2]]), -0.33333
    X = np.array([[1.0, -0.3, 1.5], [2, 0, 1], [0, -1.5, 2]])
    prediction = predict(w, b, X)
    assert prediction.shape == (1, 3)
    np.testing.assert_array_equal(prediction, [[1.0, 0.0, 1.0]])


def test_model_public_test():
    # PT21 model_test: seed 0; X = randn(4, 7), then x_test = randn(4, 3); Y and y_test literal;
    # 50 iterations of α = 0.01 from zeros.
    rs = np.random.RandomState(0)
    X, X_test = rs.randn(4, 7), rs.randn(4, 3)
    Y, Y_test = np.array([[1, 0, 0, 1, 0, 0, 1]]), np.array([[0, 1, 0]])
    d = model(X, Y, X_test, Y_test, num_iterations=50, learning_rate=0.01)
    assert_printed(d["costs"], [0.69314718])
    assert_printed(d["w"], [[0.08639757], [-0.08231268], [-0.11798927], [0.12866053]])
    np.testing.assert_allclose(d["b"], -0.03983236094816321, **FULL)
    np.testing.assert_array_equal(d["Y_prediction_test"], [[1.0, 1.0, 0.0]])
    np.testing.assert_array_equal(d["Y_prediction_train"], [[1.0, 1.0, 0.0, 1.0, 0.0, 0.0, 1.0]])
    assert d["learning_rate"] == 0.01 and d["num_iterations"] == 50
