"""How a difference is explained: each classic mistake, computed here in-process, gets its own verdict.

The student's result is made by the wrong form of the course's computation on the
course's test case; the explanation must name that form (compare.py, mistakes.py).
"""

from __future__ import annotations

import numpy as np
import pytest

from backprop_studio.core.nn.initialization import initialize_parameters_deep
from backprop_studio.core.nn.propagation import L_model_backward_shortcut, linear_activation_forward, linear_backward
from backprop_studio.core.student.cases import course_cases
from backprop_studio.core.student.compare import first_difference, matches
from backprop_studio.core.student.course import course_function
from backprop_studio.core.student.mistakes import mistake_models
from backprop_studio.core.student.outputs import leaves


def explain(key: str, yours, index: int = 0):
    case = course_cases(key)[index]
    entry = course_function(key)
    return first_difference(yours, case.expected, leaves(key, case), function=entry.name, returns=entry.returns,
                            m=case.m, mistakes=mistake_models(case))


def sigma(Z):
    return 1 / (1 + np.exp(-Z))


def test_core_agrees_with_itself():
    for key in ("linear_backward", "L_model_backward", "update_parameters", "compute_cost", "L_model_forward"):
        for index, case in enumerate(course_cases(key)):
            assert explain(key, case.expected, index) is None
            assert matches(case.expected, case.expected)


# ----------------------------------------------------------------------------- shapes and structure
def test_shape_verdicts_of_linear_backward():
    dZ, (A, W, b) = course_cases("linear_backward")[0].args
    m = A.shape[1]
    dA_prev, dW, db = linear_backward(dZ, (A, W, b))
    assert explain("linear_backward", (dA_prev, dW.T, db)).verdict.text == \
        "dW[l] has shape (5, 3); expected (3, 5) = (n[l], n[l−1]): transposed?"
    assert explain("linear_backward", (dA_prev, dW, db.ravel())).verdict.text == "db[l] has shape (3,): keepdims=True?"
    wrong_axis = np.sum(dZ, axis=0, keepdims=True) / m
    assert explain("linear_backward", (dA_prev, dW, wrong_axis)).verdict.text == \
        "db[l] has shape (1, 4); expected (3, 1) = (n[l], 1): sum over axis=1, the examples?"


def test_structure_verdicts():
    dA_prev, dW, db = course_cases("linear_backward")[0].expected
    assert explain("linear_backward", None).verdict.text == "returned None: is the return statement missing?"
    assert explain("linear_backward", (dW, db)).verdict.text == \
        "linear_backward returned 2 values; expected 3 (dA_prev, dW, db)"
    assert explain("linear_backward", (None, dW, db)).verdict.text == \
        "dA[l−1] is None: is it computed before it is returned?"
    grads = course_cases("L_model_backward")[0].expected
    assert explain("L_model_backward", list(grads.values())).verdict.text == "grads is a list; expected a dict"
    assert explain("L_model_backward", {k: v for k, v in grads.items() if k != "db1"}).verdict.text == \
        "grads has no db1"
    AL, caches = course_cases("L_model_forward")[0].expected
    broken = [caches[0] + (None,), *caches[1:]]
    assert explain("L_model_forward", (AL, broken)).verdict.text == "caches[0] has 3 values; expected 2"


def test_a_cost_that_is_not_a_number():
    AL, Y = course_cases("compute_cost")[0].args
    cost = -np.sum(Y * np.log(AL) + (1 - Y) * np.log(1 - AL), keepdims=True) / 3
    assert explain("compute_cost", cost).verdict.text == "cost has shape (1, 1); expected a number: np.squeeze(cost)?"
    assert explain("compute_cost", float(cost[0, 0])) is None


# ----------------------------------------------------------------------------- constant factors, generic
def test_factors_of_m_and_others():
    dA_prev, dW, db = course_cases("linear_backward")[0].expected
    assert explain("linear_backward", (dA_prev, dW * 4, db)).verdict.text == \
        "dW[l] is m = 4 times too large: missing 1/m?"
    assert explain("linear_backward", (dA_prev, dW, db)) is None
    assert explain("linear_backward", (dA_prev, dW / 4, db)).verdict.text == \
        "dW[l] is m = 4 times too small: 1/m taken twice, or where it does not belong?"
    assert explain("linear_backward", (dA_prev, 2.5 * dW, db)).verdict.text == "dW[l] is 2.5 times the expected values"
    assert explain("linear_backward", (dA_prev, dW, -db)).verdict.text == "db[l] is off by the sign"


def test_one_entry_off_is_located_and_masked():
    dA_prev, dW, db = course_cases("linear_backward")[0].expected
    wrong = dW.copy()
    wrong[1, 2] += 0.5
    difference = explain("linear_backward", (dA_prev, wrong, db))
    assert difference.verdict.text == (f"dW[l] differs at (1, 2): yours {wrong[1, 2]:.6g}, expected {dW[1, 2]:.6g} "
                                       "(1 of 15 entries differ)")
    assert difference.mask.sum() == 1 and difference.mask[1, 2]
    np.testing.assert_array_equal(difference.yours, wrong)
    np.testing.assert_array_equal(difference.expected, dW)
    nan = dW.copy()
    nan[0, 1] = np.nan
    assert explain("linear_backward", (dA_prev, nan, db)).verdict.text == \
        "dW[l] has NaN at (0, 1) (log of a number ≤ 0, or 0/0?)"


def test_sizes_are_compared_exactly():
    assert explain("layer_sizes", (5, 3, 2)).verdict.text == "n_h is 3; expected 4"


# ----------------------------------------------------------------------------- the course's classic mistakes
def test_wrong_activation_in_the_forward_pass():
    X, parameters = course_cases("L_model_forward")[0].args
    A, caches = X, []
    for l in (1, 2, 3):  # every layer ReLU, the output too
        A, cache = linear_activation_forward(A, parameters[f"W{l}"], parameters[f"b{l}"], "relu")
        caches.append(cache)
    relu_output = (A, caches)
    assert explain("L_model_forward", relu_output).verdict.text == \
        "A[L] differs: layer 3 should use sigmoid; yours matches relu"
    A_prev, W, b, _ = course_cases("linear_activation_forward")[0].args  # the sigmoid case
    assert explain("linear_activation_forward", linear_activation_forward(A_prev, W, b, "relu")).verdict.text == \
        "A[l] differs: layer l should use sigmoid; yours matches relu"
    X, parameters = course_cases("forward_propagation")[0].args
    Z1 = parameters["W1"] @ X + parameters["b1"]
    A1 = sigma(Z1)
    Z2 = parameters["W2"] @ A1 + parameters["b2"]
    yours = (sigma(Z2), {"Z1": Z1, "A1": A1, "Z2": Z2, "A2": sigma(Z2)})
    assert explain("forward_propagation", yours).verdict.text == \
        "A[1] differs: layer 1 should use tanh; yours matches sigmoid"


@pytest.mark.parametrize("index, slope, text", [
    (0, lambda dA, Z: dA * (1 - sigma(Z)), "dZ[l] differs: g′ of sigmoid is σ(Z)(1 − σ(Z)), you used 1 − σ(Z)"),
    (0, lambda dA, Z: dA * Z * (1 - Z), "dZ[l] differs: g′ of sigmoid is σ(Z)(1 − σ(Z)), you used Z(1 − Z)"),
    (1, lambda dA, Z: np.maximum(0, dA), "dZ[l] differs: g′ of relu is 1 where Z > 0, else 0, you used max(0, dA)"),
    (1, lambda dA, Z: dA, "dZ[l] differs: you left out g′ of relu, 1 where Z > 0, else 0"),
])
def test_wrong_derivatives_in_a_layers_backward_step(index, slope, text):
    dA, (linear_cache, Z), _ = course_cases("linear_activation_backward")[index].args
    assert explain("linear_activation_backward", linear_backward(slope(dA, Z), linear_cache), index).verdict.text == text


def test_the_output_layers_start_of_the_backward_pass():
    AL, Y, caches = course_cases("L_model_backward")[0].args
    shortcut = L_model_backward_shortcut(AL, Y, caches)
    assert explain("L_model_backward", shortcut).verdict.code == "shortcut_dZ"
    flipped = {key: -value for key, value in course_cases("L_model_backward")[0].expected.items()}
    assert explain("L_model_backward", flipped).verdict.text == \
        "dW[2] is off by the sign: dA[L] = −(Y/A[L] − (1 − Y)/(1 − A[L]))"


def test_cost_mistakes():
    AL, Y = course_cases("compute_cost")[0].args
    m = Y.shape[1]
    right = -np.sum(Y * np.log(AL) + (1 - Y) * np.log(1 - AL)) / m
    assert explain("compute_cost", float(-np.sum(Y * np.log(AL)) / m)).verdict.text == (
        "cost differs: the cost is −(1/m) Σ [Y log A + (1 − Y) log(1 − A)]; the (1 − Y) log(1 − A) term is missing")
    assert explain("compute_cost", float(right * m)).verdict.text == "cost is m = 3 times too large: missing 1/m?"


def test_update_mistakes():
    parameters, grads, rate = course_cases("update_parameters")[1].args
    expected = course_cases("update_parameters")[1].expected
    added = {key: value + rate * grads[f"d{key}"] for key, value in parameters.items()}
    assert explain("update_parameters", added, 1).verdict.text == \
        "W[1] moved the wrong way: it is W[1] − α dW[1], you added α dW[1]"
    no_rate = {key: value - grads[f"d{key}"] for key, value in parameters.items()}
    assert explain("update_parameters", no_rate, 1).verdict.text == \
        "W[1] differs: it is W[1] − α dW[1]; the learning rate α is missing"
    last_forgotten = dict(expected, W2=parameters["W2"], b2=parameters["b2"])  # range(1, L): one layer short
    assert explain("update_parameters", last_forgotten, 1).verdict.text == "W[2] was not updated"


def test_initialization_mistakes():
    dims = [5, 4, 3]
    expected = course_cases("initialize_parameters_deep")[0].expected
    zeros = dict(expected, W1=np.zeros((4, 5)))
    assert explain("initialize_parameters_deep", zeros).verdict.text == \
        "W[1] is all zeros: every unit of layer 1 would stay the same (randn breaks the symmetry)"
    rs = np.random.RandomState(3)
    unscaled = {"W1": rs.randn(4, 5), "b1": np.zeros((4, 1)), "W2": rs.randn(3, 4), "b2": np.zeros((3, 1))}
    assert explain("initialize_parameters_deep", unscaled).verdict.text == "W[1] is 100 times too large: randn(...) × 0.01?"
    rs = np.random.RandomState(3)
    uniform = {"W1": rs.rand(4, 5) * 0.01, "b1": np.zeros((4, 1)), "W2": rs.rand(3, 4) * 0.01, "b2": np.zeros((3, 1))}
    assert explain("initialize_parameters_deep", uniform).verdict.code == "uniform_random"
    assert explain("initialize_parameters_deep", dict(expected, b1=np.ones((4, 1)))).verdict.text == \
        "b[1] should start at zeros"
    assert explain("initialize_parameters_deep", dict(expected, b1=np.zeros(4))).verdict.text == \
        "b[1] has shape (4,); expected a column (4, 1) = (n[1], 1)"
    assert explain("initialize_parameters_deep", {k: v for k, v in expected.items() if k in ("W1", "b1")}).verdict.text \
        == "parameters has no W2"
    # The deep application's initialization (÷ √n[l−1], seed 1) is the course's too: accepted.
    case = course_cases("initialize_parameters_deep")[0]
    assert any(matches(initialize_parameters_deep(dims, "course_deep", seed=1), alt) for alt in case.alternatives)


def test_sigmoid_with_the_wrong_sign():
    z = course_cases("sigmoid")[0].args[0]
    assert explain("sigmoid", 1 / (1 + np.exp(z))).verdict.text == "s differs: σ(z) = 1 / (1 + e^(−z)); you used e^(z)"
