"""Week 3's nn_model: the course's printed training runs, on its test case and on the planar flower.

Sources (facts only: recipes and printed numbers):
  TC2   amanchadha/coursera-deep-learning-specialization, "C1 - Neural Networks and Deep Learning/
        Week 3/Planar data classification with one hidden layer/testCases_v2.py": nn_model_test_case.
  NB6c  Planar_data_classification_with_onehidden_layer_v6c.ipynb (same folder): its printed output
        and "Expected Output" tables (initialize_parameters seeds 2 inside nn_model).
  PT21  TrishamBP/Shallow-Neural-Network, public_tests.py, nn_model_test: np.random.seed(3) before an
        unseeded initialization; NB21 is the 2021 notebook's "Expected output" for that test.
  PU    planar_utils.py in the same folders as TC2 and PT21: load_planar_dataset's recipe.

Only what does not hang on floating-point rounding is compared: the flower's costs up to iteration
7000 (a nudge of 1e-11 to the start leaves them unchanged to 9 decimals; from 8000 the run turns
chaotic and published copies disagree), and the hidden-layer table's rows for 1 to 5 units.
"""

from __future__ import annotations

import re

import numpy as np
import pytest

from backprop_studio.core.nn.shallow import nn_model, predict

from .printed import assert_printed


def _printed_costs(out: str) -> dict[int, float]:
    return {int(i): float(c) for i, c in re.findall(r"Cost after iteration (\d+): ([0-9.]+)", out)}


def _test_case():
    # TC2 nn_model_test_case and PT21: seed 1; X = randn(2, 3); Y = randn(1, 3) > 0.
    rs = np.random.RandomState(1)
    return rs.randn(2, 3), rs.randn(1, 3) > 0


def test_nn_model_on_the_test_case_2019(capsys):
    # NB6c: nn_model(X, Y, 4, num_iterations=10000, print_cost=True), "Expected Output" and printout.
    X, Y = _test_case()
    parameters = nn_model(X, Y, 4, num_iterations=10000, print_cost=True)
    costs = _printed_costs(capsys.readouterr().out)
    assert costs == {0: 0.692739, 1000: 0.000218, 2000: 0.000107, 3000: 0.000071, 4000: 0.000053,
                     5000: 0.000042, 6000: 0.000035, 7000: 0.000030, 8000: 0.000026, 9000: 0.000023}
    assert_printed(parameters["W1"], [[-0.65848169, 1.21866811], [-0.76204273, 1.39377573],
                                      [0.5792005, -1.10397703], [0.76773391, -1.41477129]])
    assert_printed(parameters["b1"], [[0.287592], [0.3511264], [-0.2431246], [-0.35772805]])
    assert_printed(parameters["W2"], [[-2.45566237, -3.27042274, 2.00784958, 3.36773273]])
    assert_printed(parameters["b2"], [[0.20459656]])


def test_nn_model_on_the_test_case_2021(capsys):
    # PT21 nn_model_test: np.random.seed(3), then nn_model(X, Y, 4) draws W1, W2 from that stream,
    # which is seed=3 here. Expected: PT21 and NB21 (whose printout elides 3000-7000 with "...").
    X, Y = _test_case()
    parameters = nn_model(X, Y, 4, print_cost=True, seed=3)
    costs = _printed_costs(capsys.readouterr().out)
    assert {i: costs[i] for i in (0, 1000, 2000, 8000, 9000)} == {
        0: 0.693198, 1000: 0.000219, 2000: 0.000108, 8000: 0.000027, 9000: 0.000024}
    assert_printed(parameters["W1"], [[0.56305445, -1.03925886], [0.7345426, -1.36286875],
                                      [-0.72533346, 1.33753027], [0.74757629, -1.38274074]])
    assert_printed(parameters["b1"], [[-0.22240654], [-0.34662093], [0.33663708], [-0.35296113]])
    assert_printed(parameters["W2"], [[1.82196893, 3.09657075, -2.98193564, 3.19946508]])
    assert_printed(parameters["b2"], [[0.21344644]])


def planar_dataset() -> tuple[np.ndarray, np.ndarray]:
    """PU's flower: seed 1; per class j = 0, 1 of 200 points, t = linspace(3.12 j, 3.12 (j+1), 200)
    + 0.2 randn, r = 4 sin 4t + 0.2 randn, x = (r sin t, r cos t). X (2, 400), Y (1, 400)."""
    rs = np.random.RandomState(1)
    X, Y = np.zeros((2, 400)), np.zeros((1, 400), dtype=np.uint8)
    for j in range(2):
        t = np.linspace(j * 3.12, (j + 1) * 3.12, 200) + rs.randn(200) * 0.2
        r = 4 * np.sin(4 * t) + rs.randn(200) * 0.2
        X[:, 200 * j:200 * (j + 1)] = [r * np.sin(t), r * np.cos(t)]
        Y[0, 200 * j:200 * (j + 1)] = j
    return X, Y


def _accuracy(parameters, X, Y) -> float:
    return 100.0 * float(np.mean(predict(parameters, X) == Y))


def test_nn_model_on_the_planar_flower(capsys):
    # NB6c: nn_model(X, Y, n_h=4, num_iterations=10000, print_cost=True), then "Accuracy: 90%"
    # (the notebook prints the accuracy with %d).
    X, Y = planar_dataset()
    parameters = nn_model(X, Y, 4, num_iterations=10000, print_cost=True)
    costs = _printed_costs(capsys.readouterr().out)
    assert {i: costs[i] for i in range(0, 8000, 1000)} == {
        0: 0.693048, 1000: 0.288083, 2000: 0.254385, 3000: 0.233864, 4000: 0.226792,
        5000: 0.222644, 6000: 0.219731, 7000: 0.217504}
    assert int(_accuracy(parameters, X, Y)) == 90


@pytest.mark.parametrize("n_h, accuracy", [(1, 67.5), (2, 67.25), (3, 90.75), (4, 90.5), (5, 91.25)])
def test_the_hidden_layer_size_table(n_h, accuracy):
    # NB6c's "Accuracy for n_h hidden units" after nn_model(X, Y, n_h, num_iterations=5000) on the flower.
    # (Its rows for 20 and 50 units depend on rounding: other published runs and this one differ there.)
    X, Y = planar_dataset()
    assert _accuracy(nn_model(X, Y, n_h, num_iterations=5000), X, Y) == pytest.approx(accuracy, abs=1e-9)
