"""Week 4, "Deep Neural Network - Application": the course's two models, from core's functions.

The assignment's two_layer_model and L_layer_model are loops over the step-by-step functions:
initialize, then forward, cost, backward, update. Its 2021 public tests train each for 2 or 3
iterations on random data and print the parameters; rebuilding them here checks the
initializations (the "course" stream × 0.01 with seed 1, and "course_deep": randn / √n[l−1]
with seed 1) together with every step-by-step function.

Source (facts only): plgregori/deep-neural-network, public_tests.py — two_layer_model_test and
L_layer_model_test (the 2021 public tests of the application notebook). The initialization
recipes: amanchadha/coursera-deep-learning-specialization, "C1 - Neural Networks and Deep
Learning/Week 4/Deep Neural Network Application_ Image Classification/dnn_app_utils_v3.py".
"""

from __future__ import annotations

import numpy as np

from backprop_studio.core.nn.initialization import initialize_parameters_deep
from backprop_studio.core.nn.losses import compute_cost
from backprop_studio.core.nn.propagation import (
    L_model_backward,
    L_model_forward,
    linear_activation_backward,
    linear_activation_forward,
    update_parameters,
)
from backprop_studio.core.nn.shallow import initialize_parameters

from .printed import assert_printed, assert_printed_sci


def _random_data(labels=None):
    # Both tests: seed 1; X = randn(10, 10); two_layer_model_test then draws Y = randn(1, 10) (raw
    # numbers, not labels); L_layer_model_test uses the labels 1 1 1 1 0 0 0 1 1 0.
    rs = np.random.RandomState(1)
    X = rs.randn(10, 10)
    Y = rs.randn(1, 10) if labels is None else np.array(labels).reshape(1, 10)
    return X, Y


def _two_layer_model(X, Y, learning_rate, num_iterations):
    """The course's two_layer_model: LINEAR→RELU→LINEAR→SIGMOID, costs kept every 100 iterations."""
    parameters = initialize_parameters(10, 4, 1, seed=1)
    costs = []
    for i in range(num_iterations):
        A1, cache1 = linear_activation_forward(X, parameters["W1"], parameters["b1"], "relu")
        A2, cache2 = linear_activation_forward(A1, parameters["W2"], parameters["b2"], "sigmoid")
        cost = compute_cost(A2, Y)
        dA2 = -(np.divide(Y, A2) - np.divide(1 - Y, 1 - A2))
        dA1, dW2, db2 = linear_activation_backward(dA2, cache2, "sigmoid")
        _, dW1, db1 = linear_activation_backward(dA1, cache1, "relu")
        parameters = update_parameters(parameters, {"dW1": dW1, "db1": db1, "dW2": dW2, "db2": db2}, learning_rate)
        if i % 100 == 0:
            costs.append(cost)
    return parameters, costs


def _L_layer_model(X, Y, layers_dims, learning_rate, num_iterations):
    """The course's L_layer_model: [LINEAR→RELU]×(L−1)→LINEAR→SIGMOID from the "course_deep" start."""
    parameters = initialize_parameters_deep(layers_dims, "course_deep", seed=1)
    costs = []
    for i in range(num_iterations):
        AL, caches = L_model_forward(X, parameters)
        cost = compute_cost(AL, Y)
        grads = L_model_backward(AL, Y, caches)
        parameters = update_parameters(parameters, grads, learning_rate)
        if i % 100 == 0:
            costs.append(cost)
    return parameters, costs


def test_two_layer_model_two_iterations():
    # PT21 two_layer_model_test, first case: layers (10, 4, 1), α = 0.0075, 2 iterations.
    parameters, costs = _two_layer_model(*_random_data(), 0.0075, 2)
    assert_printed(costs, [0.69315968])
    assert_printed(parameters["W1"], [
        [0.01624965, -0.00610741, -0.00528734, -0.01072836, 0.008664, -0.02301103, 0.01745639, -0.00760949,
         0.0031934, -0.00248971],
        [0.01462848, -0.02057904, -0.00326745, -0.00383625, 0.01138176, -0.01097596, -0.00171974, -0.00877601,
         0.00043022, 0.00584423],
        [-0.01098272, 0.01148209, 0.00902102, 0.00500958, 0.00900571, -0.00683188, -0.00123491, -0.00937164,
         -0.00267157, 0.00532808],
        [-0.00693465, -0.00400047, -0.00684685, -0.00844447, -0.00670397, -0.00014731, -0.01113977, 0.00238846,
         0.0165895, 0.00738212]])
    assert_printed_sci(parameters["b1"], [[1.10437111e-05], [1.78437869e-05], [3.74879549e-05], [-4.42988824e-05]])
    assert_printed(parameters["W2"], [[-0.00200283, -0.00888593, -0.00751122, 0.01688162]])
    assert_printed(parameters["b2"], [[-0.00689018]])


def test_two_layer_model_three_iterations():
    # PT21 two_layer_model_test, second case: α = 0.1, 3 iterations.
    parameters, costs = _two_layer_model(*_random_data(), 0.1, 3)
    assert_printed(costs, [0.69315968])
    assert_printed(parameters["b1"], [[0.00027478], [0.00034477], [0.00076016], [-0.00084497]])
    assert_printed(parameters["W2"], [[-0.00358725, -0.00911995, -0.00831979, 0.01615845]])
    assert_printed(parameters["b2"], [[-0.13451354]])
    assert_printed(parameters["W1"][0], [0.01640028, -0.00585699, -0.00542633, -0.01069332, 0.0089055,
                                         -0.02290418, 0.01765388, -0.00754616, 0.00326712, -0.00239159])


LABELS = [1, 1, 1, 1, 0, 0, 0, 1, 1, 0]


def test_L_layer_model_two_iterations_from_the_course_deep_initialization():
    # PT21 L_layer_model_test, first case: layers (10, 5, 6, 1), α = 0.0075, 2 iterations. The start is
    # dnn_app_utils_v3's initialize_parameters_deep: seed 1, randn(n[l], n[l−1]) / √n[l−1]. Two steps of
    # α = 0.0075 move W by ~1e-4, so these numbers pin the initialization down to ~1e-4 of each weight.
    parameters, costs = _L_layer_model(*_random_data(LABELS), (10, 5, 6, 1), 0.0075, 2)
    assert_printed(costs, [0.70723944])
    assert_printed(parameters["W1"], [
        [0.51384638, -0.19333098, -0.16705238, -0.33923196, 0.273477, -0.72775498, 0.55170785, -0.24077478,
         0.10082452, -0.07882423],
        [0.46227786, -0.65153639, -0.10192959, -0.12150984, 0.35855025, -0.34787253, -0.05455001, -0.27767163,
         0.01337835, 0.1843845],
        [-0.34790478, 0.36200264, 0.28511245, 0.15868454, 0.284931, -0.21645471, -0.03877896, -0.29584578,
         -0.08480802, 0.16760667],
        [-0.21835973, -0.12531366, -0.21720823, -0.26764975, -0.21214946, -0.00438229, -0.35316347, 0.07432144,
         0.52474685, 0.23453653],
        [-0.06060968, -0.28061463, -0.23624839, 0.53526844, 0.01597194, -0.20136496, 0.06021639, 0.66414167,
         0.03804666, 0.19528599]])
    assert_printed_sci(parameters["b1"], [[-2.16491028e-04], [1.50999130e-04], [8.71516045e-06], [5.57557615e-05],
                                          [-2.90746349e-05]])
    assert_printed(parameters["W2"], [
        [0.13428358, -0.15747685, -0.51095667, -0.15624083, -0.09342034],
        [0.26226685, 0.3751336, 0.41644174, 0.12779375, 0.39573817],
        [-0.33726917, 0.56041154, 0.22939257, -0.1333337, 0.21851314],
        [-0.03377599, 0.50617255, 0.67960046, 0.97726521, -0.62458844],
        [-0.64581803, -0.22559264, 0.0715349, 0.39173682, 0.14112904],
        [-0.9043503, -0.13693179, 0.37026002, 0.10284282, 0.34076545]])
    assert_printed_sci(parameters["b2"], [[1.80215514e-07], [-1.07935097e-04], [1.63081605e-04], [-3.51202008e-05],
                                          [-7.40012619e-05], [-4.43814901e-05]])
    assert_printed(parameters["W3"], [[-0.09079199, -0.08117381, 0.07667568, 0.16665535, 0.08029575, 0.04805811]])
    assert_printed(parameters["b3"], [[0.0013201]])


def test_L_layer_model_three_iterations():
    # PT21 L_layer_model_test, second case: α = 0.02, 3 iterations.
    parameters, costs = _L_layer_model(*_random_data(LABELS), (10, 5, 6, 1), 0.02, 3)
    assert_printed(costs, [0.70723944])
    assert_printed(parameters["W3"], [[-0.09087434, -0.07882982, 0.07821609, 0.16442826, 0.0783229, 0.04648216]])
    assert_printed(parameters["b3"], [[0.00525865]])
    assert_printed_sci(parameters["b1"], [[-8.61228305e-04], [6.08187689e-04], [3.53075377e-05], [2.21291877e-04],
                                          [-1.13591429e-04]])

