"""Week 4, "Building your Deep Neural Network: Step by Step": the course's published test cases.

Each test rebuilds a published test case's inputs from its recipe (the seed of NumPy's legacy
generator, then the shapes of the randn draws in order; RandomState(seed) draws exactly what
np.random.seed(seed) then np.random.randn draws) and compares core's function with the
expected output the course printed, to the printed digits (tests/core/nn/printed.py).

Sources (facts only: recipes and printed numbers):
  TC4a  amanchadha/coursera-deep-learning-specialization, "C1 - Neural Networks and Deep Learning/
        Week 4/Building your Deep Neural Network - Step by Step/testCases_v4a.py" (the recipes).
  NB8a  the same folder, Building_your_Deep_Neural_Network_Step_by_Step_v8a.ipynb, its
        "Expected output" cells (it imports testCases_v4a).
  PT21  plgregori/deep-neural-network, public_tests.py: the 2021 edition's public tests,
        same recipes as testCases_v4a, with more outputs checked.
  NB4   the v4 notebook (testCases_v4.py, in the same amanchadha folder): "Expected Output".
"""

from __future__ import annotations

import numpy as np
import pytest

from backprop_studio.core.nn.initialization import initialize_parameters_deep
from backprop_studio.core.nn.losses import compute_cost
from backprop_studio.core.nn.propagation import (
    L_model_backward,
    L_model_backward_shortcut,
    L_model_forward,
    linear_activation_backward,
    linear_activation_forward,
    linear_backward,
    linear_forward,
    update_parameters,
)
from backprop_studio.core.nn.shallow import initialize_parameters

from .printed import FULL, assert_printed


def test_initialize_parameters_two_layers_seed_1():
    # TC4a/PT21 initialize_parameters_test: initialize_parameters(3, 2, 1), the function seeds 1.
    # Expected: NB8a "Expected output" and PT21.
    p = initialize_parameters(3, 2, 1, seed=1)
    assert_printed(p["W1"], [[0.01624345, -0.00611756, -0.00528172], [-0.01072969, 0.00865408, -0.02301539]])
    assert_printed(p["b1"], [[0.0], [0.0]])
    assert_printed(p["W2"], [[0.01744812, -0.00761207]])
    assert_printed(p["b2"], [[0.0]])


def test_initialize_parameters_deep_seed_3_is_the_course_stream():
    # TC4a/PT21 initialize_parameters_deep_test: layer_dims [5, 4, 3]; the function seeds 3, randn × 0.01.
    # Expected: NB8a "Expected output" and PT21.
    p = initialize_parameters_deep([5, 4, 3], "course", scale=0.01, seed=3)
    assert_printed(p["W1"], [[0.01788628, 0.0043651, 0.00096497, -0.01863493, -0.00277388],
                             [-0.00354759, -0.00082741, -0.00627001, -0.00043818, -0.00477218],
                             [-0.01313865, 0.00884622, 0.00881318, 0.01709573, 0.00050034],
                             [-0.00404677, -0.0054536, -0.01546477, 0.00982367, -0.01101068]])
    assert_printed(p["W2"], [[-0.01185047, -0.0020565, 0.01486148, 0.00236716],
                             [-0.01023785, -0.00712993, 0.00625245, -0.00160513],
                             [-0.00768836, -0.00230031, 0.00745056, 0.01976111]])
    assert_printed(p["b1"], np.zeros((4, 1)))
    assert_printed(p["b2"], np.zeros((3, 1)))


def test_linear_forward():
    # TC4a linear_forward_test_case: seed 1; A (3,2), W (1,3), b (1,1). Expected Z: NB8a, PT21.
    rs = np.random.RandomState(1)
    A, W, b = rs.randn(3, 2), rs.randn(1, 3), rs.randn(1, 1)
    Z, cache = linear_forward(A, W, b)
    assert_printed(Z, [[3.26295337, -1.23429987]])
    assert cache[0] is A and cache[1] is W and cache[2] is b  # PT21 checks cache == (A_prev, W, b)


def test_linear_activation_forward_sigmoid_and_relu():
    # TC4a linear_activation_forward_test_case: seed 2; A_prev (3,2), W (1,3), b (1,1).
    # Expected A: NB8a; the cache's Z: PT21.
    rs = np.random.RandomState(2)
    A_prev, W, b = rs.randn(3, 2), rs.randn(1, 3), rs.randn(1, 1)
    A, (linear_cache, Z) = linear_activation_forward(A_prev, W, b, "sigmoid")
    assert_printed(A, [[0.96890023, 0.11013289]])
    assert_printed(Z, [[3.43896131, -2.08938436]])
    assert linear_cache[0] is A_prev and linear_cache[1] is W and linear_cache[2] is b
    A, (_, Z) = linear_activation_forward(A_prev, W, b, "relu")
    assert_printed(A, [[3.43896131, 0.0]])
    assert_printed(Z, [[3.43896131, -2.08938436]])


def test_L_model_forward_two_hidden_layers():
    # TC4a L_model_forward_test_case_2hidden: seed 6; X (5,4), W1 (4,5), b1 (4,1), W2 (3,4), b2 (3,1),
    # W3 (1,3), b3 (1,1). Expected AL and "Length of caches list = 3": NB8a; the caches: PT21.
    rs = np.random.RandomState(6)
    X = rs.randn(5, 4)
    parameters = {}
    for l, (n, n_prev) in enumerate([(4, 5), (3, 4), (1, 3)], start=1):
        parameters[f"W{l}"], parameters[f"b{l}"] = rs.randn(n, n_prev), rs.randn(n, 1)
    AL, caches = L_model_forward(X, parameters)
    assert_printed(AL, [[0.03921668, 0.70498921, 0.19734387, 0.04728177]])
    assert len(caches) == 3
    assert_printed(caches[0][1], [[-5.23825714, 3.18040136, 0.4074501, -1.88612721],
                                  [-2.77358234, -0.56177316, 3.18141623, -0.99209432],
                                  [4.18500916, -1.78006909, -0.14502619, 2.72141638],
                                  [5.05850802, -1.25674082, -3.54566654, 3.82321852]])
    # Layer 2's A_prev is ReLU(Z1); layer 3's is ReLU(Z2).
    assert_printed(caches[1][0][0], [[0.0, 3.18040136, 0.4074501, 0.0], [0.0, 0.0, 3.18141623, 0.0],
                                     [4.18500916, 0.0, 0.0, 2.72141638], [5.05850802, 0.0, 0.0, 3.82321852]])
    assert_printed(caches[1][1], [[2.2644603, 1.09971298, -2.90298027, 1.54036335],
                                  [6.33722569, -2.38116246, -4.11228806, 4.48582383],
                                  [10.37508342, -0.66591468, 1.63635185, 8.17870169]])
    assert_printed(caches[2][0][0], [[2.2644603, 1.09971298, 0.0, 1.54036335],
                                     [6.33722569, 0.0, 0.0, 4.48582383],
                                     [10.37508342, 0.0, 1.63635185, 8.17870169]])
    assert_printed(caches[2][1], [[-3.19864676, 0.87117055, -1.40297864, -3.00319435]])


def test_L_model_forward_one_hidden_layer():
    # TC4a L_model_forward_test_case: seed 1; X (4,2), W1 (3,4), b1 (3,1), W2 (1,3), b2 (1,1).
    # Expected "AL = [[ 0.17007265  0.2524272 ]]", "Length of caches list = 2" (the v3/v4 notebook's
    # Expected Output, as printed in third-party exports of it; no official copy was read).
    rs = np.random.RandomState(1)
    X = rs.randn(4, 2)
    parameters = {"W1": rs.randn(3, 4), "b1": rs.randn(3, 1), "W2": rs.randn(1, 3), "b2": rs.randn(1, 1)}
    AL, caches = L_model_forward(X, parameters)
    assert_printed(AL, [[0.17007265, 0.2524272]])
    assert len(caches) == 2


@pytest.mark.parametrize("Y, expected", [
    ([[1, 1, 0]], 0.2797765635793422),  # TC4a compute_cost_test_case; expected: NB8a (PT21: 0.27977656)
    ([[1, 1, 1]], 0.41493159961539694),  # testCases_v4 compute_cost_test_case; expected: NB4
])
def test_compute_cost(Y, expected):
    cost = compute_cost(np.array([[0.8, 0.9, 0.4]]), np.asarray(Y))
    assert isinstance(cost, float)
    np.testing.assert_allclose(cost, expected, **FULL)


def test_linear_backward_v4a():
    # TC4a linear_backward_test_case: seed 1; dZ (3,4), A (5,4), W (3,5), b (3,1). Expected: NB8a, PT21.
    rs = np.random.RandomState(1)
    dZ, A, W, b = rs.randn(3, 4), rs.randn(5, 4), rs.randn(3, 5), rs.randn(3, 1)
    dA_prev, dW, db = linear_backward(dZ, (A, W, b))
    assert_printed(dA_prev, [[-1.15171336, 0.06718465, -0.3204696, 2.09812712],
                             [0.60345879, -3.72508701, 5.81700741, -3.84326836],
                             [-0.4319552, -1.30987417, 1.72354705, 0.05070578],
                             [-0.38981415, 0.60811244, -1.25938424, 1.47191593],
                             [-2.52214926, 2.67882552, -0.67947465, 1.48119548]])
    assert_printed(dW, [[0.07313866, -0.0976715, -0.87585828, 0.73763362, 0.00785716],
                        [0.85508818, 0.37530413, -0.59912655, 0.71278189, -0.58931808],
                        [0.97913304, -0.24376494, -0.08839671, 0.55151192, -0.10290907]])
    assert_printed(db, [[-0.14713786], [-0.11313155], [-0.13209101]])


def test_linear_backward_v4():
    # testCases_v3/v4 linear_backward_test_case: seed 1; dZ (1,2), A (3,2), W (1,3), b (1,1).
    # Expected: NB4 "Expected Output".
    rs = np.random.RandomState(1)
    dZ, A, W, b = rs.randn(1, 2), rs.randn(3, 2), rs.randn(1, 3), rs.randn(1, 1)
    dA_prev, dW, db = linear_backward(dZ, (A, W, b))
    assert_printed(dA_prev, [[0.51822968, -0.19517421], [-0.40506361, 0.15255393], [2.37496825, -0.89445391]])
    assert_printed(dW, [[-0.10076895, 1.40685096, 1.64992505]])
    assert_printed(db, [[0.50629448]])


def _linear_activation_backward_case():
    # TC4a linear_activation_backward_test_case: seed 2; dA (1,2), A (3,2), W (1,3), b (1,1), Z (1,2).
    rs = np.random.RandomState(2)
    dA, A, W, b, Z = rs.randn(1, 2), rs.randn(3, 2), rs.randn(1, 3), rs.randn(1, 1), rs.randn(1, 2)
    return dA, ((A, W, b), Z)


def test_linear_activation_backward_sigmoid():
    # Expected: NB8a "Expected output" and PT21. σ'(Z) comes from the cached Z.
    dA, cache = _linear_activation_backward_case()
    dA_prev, dW, db = linear_activation_backward(dA, cache, "sigmoid")
    assert_printed(dA_prev, [[0.11017994, 0.01105339], [0.09466817, 0.00949723], [-0.05743092, -0.00576154]])
    assert_printed(dW, [[0.10266786, 0.09778551, -0.01968084]])
    assert_printed(db, [[-0.05729622]])


def test_linear_activation_backward_relu():
    # Expected: NB8a "Expected output" and PT21. The cached Z = (0.0415, −1.1179): column 2 is cut.
    dA, cache = _linear_activation_backward_case()
    dA_prev, dW, db = linear_activation_backward(dA, cache, "relu")
    assert_printed(dA_prev, [[0.44090989, 0.0], [0.37883606, 0.0], [-0.2298228, 0.0]])
    assert_printed(dW, [[0.44513824, 0.37371418, -0.10478989]])
    assert_printed(db, [[-0.20837892]])


def _L_model_backward_case():
    # TC4a L_model_backward_test_case: seed 3; AL (1,2) — drawn with randn, so not σ(Z2) and not even
    # a probability; Y = [[1, 0]]; then A1 (4,2), W1 (3,4), b1 (3,1), Z1 (3,2); A2 (3,2), W2 (1,3),
    # b2 (1,1), Z2 (1,2); caches = (((A1, W1, b1), Z1), ((A2, W2, b2), Z2)), a tuple.
    rs = np.random.RandomState(3)
    AL = rs.randn(1, 2)
    Y = np.array([[1, 0]])
    cache1 = ((rs.randn(4, 2), rs.randn(3, 4), rs.randn(3, 1)), rs.randn(3, 2))
    cache2 = ((rs.randn(3, 2), rs.randn(1, 3), rs.randn(1, 1)), rs.randn(1, 2))
    return AL, Y, (cache1, cache2)


def test_L_model_backward_starts_from_dAL_as_the_course():
    # Expected dW1, db1, dA1: NB8a "Expected output" (print_grads); dW2, db2, dA0: PT21.
    # One of the two cases that differed before issue 11: core used to start from dZ2 = AL − Y.
    AL, Y, caches = _L_model_backward_case()
    grads = L_model_backward(AL, Y, caches)
    assert_printed(grads["dW1"], [[0.41010002, 0.07807203, 0.13798444, 0.10502167], [0.0, 0.0, 0.0, 0.0],
                                  [0.05283652, 0.01005865, 0.01777766, 0.0135308]])
    assert_printed(grads["db1"], [[-0.22007063], [0.0], [-0.02835349]])
    assert_printed(grads["dA1"], [[0.12913162, -0.44014127], [-0.14175655, 0.48317296],
                                  [0.01663708, -0.05670698]])
    assert_printed(grads["dW2"], [[-0.39202432, -0.13325855, -0.04601089]])
    assert_printed(grads["db2"], [[0.15187861]])
    assert_printed(grads["dA0"], [[0.0, 0.52257901], [0.0, -0.3269206], [0.0, -0.32070404], [0.0, -0.74079187]])
    # The app's shortcut takes AL as σ(Z2), which it is not here: by design it gives other numbers.
    assert not np.allclose(L_model_backward_shortcut(AL, Y, caches)["dW2"], grads["dW2"], atol=1e-3)


def test_L_model_backward_one_layer_v1():
    # The 2017 (v1) case, kept as a docstring in TC4a's L_model_backward_test_case: AL, Y = [[1, 1]],
    # one sigmoid layer. Expected: Kulbear/deep-learning-coursera, "Neural Networks and Deep Learning/
    # Building your Deep Neural Network - Step by Step.ipynb", "Expected Output" (its dA1 is our dA0).
    AL = np.array([[0.60298372, 0.87182628]])
    A = np.array([[0.20445225, 0.87811744], [0.02738759, 0.67046751], [0.4173048, 0.55868983]])
    W, b, Z = np.array([[1.78862847, 0.43650985, 0.09649747]]), np.array([[0.0]]), np.array([[0.41791293, 1.91720367]])
    grads = L_model_backward(AL, np.array([[1, 1]]), [((A, W, b), Z)])
    assert_printed(grads["dW1"], [[-0.09686122, -0.04840482, -0.11864308]])
    assert_printed(grads["db1"], [[-0.262594998379]], decimals=12)
    assert_printed(grads["dA0"], [[-0.71011462, -0.22925516], [-0.17330152, -0.05594909],
                                  [-0.03831107, -0.01236844]])


def test_update_parameters():
    # TC4a update_parameters_test_case: seed 2 → W1 (3,4), b1 (3,1), W2 (1,3), b2 (1,1); seed 3 → dW1,
    # db1, dW2, db2 of the same shapes; learning rate 0.1. Expected: NB8a and PT21.
    rs = np.random.RandomState(2)
    parameters = {"W1": rs.randn(3, 4), "b1": rs.randn(3, 1), "W2": rs.randn(1, 3), "b2": rs.randn(1, 1)}
    rs = np.random.RandomState(3)
    grads = {"dW1": rs.randn(3, 4), "db1": rs.randn(3, 1), "dW2": rs.randn(1, 3), "db2": rs.randn(1, 1)}
    new = update_parameters(parameters, grads, 0.1)
    assert_printed(new["W1"], [[-0.59562069, -0.09991781, -2.14584584, 1.82662008],
                               [-1.76569676, -0.80627147, 0.51115557, -1.18258802],
                               [-1.0535704, -0.86128581, 0.68284052, 2.20374577]])
    assert_printed(new["b1"], [[-0.04659241], [-1.28888275], [0.53405496]])
    assert_printed(new["W2"], [[-0.55569196, 0.0354055, 1.32964895]])
    assert_printed(new["b2"], [[-0.84610769]])
