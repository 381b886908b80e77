"""The course's functions: one iteration worked by hand, gradient checks, shapes, predict."""

from __future__ import annotations

import itertools
import math

import numpy as np
import pytest

from backprop_studio.core.nn.activations import HIDDEN_ACTIVATIONS
from backprop_studio.core.errors import HyperparameterError
from backprop_studio.core.nn.losses import compute_cost
from backprop_studio.core.nn.propagation import (
    L_model_backward,
    L_model_backward_shortcut,
    L_model_forward,
    default_activations,
    linear_activation_backward,
    linear_activation_forward,
    linear_backward,
    linear_forward,
    predict,
    update_parameters,
)

# ------------------------------------------------------------------ one iteration by hand
#
# A 2-2-1 network (tanh hidden layer, sigmoid output), m = 2 examples as columns:
#   x(1) = (1, 2), y(1) = 1;   x(2) = (−1, 0), y(2) = 0
X = np.array([[1.0, -1.0], [2.0, 0.0]])
Y = np.array([[1.0, 0.0]])
W1 = np.array([[0.5, -0.25], [-0.5, 0.5]])
b1 = np.array([[0.0], [0.5]])
W2 = np.array([[0.5, -1.0]])
b2 = np.array([[0.25]])
LEARNING_RATE = 0.5
# Forward:
#   Z1 = W1 X + b1:
#     unit 1: 0.5·1 − 0.25·2 + 0 = 0        0.5·(−1) − 0.25·0 + 0 = −0.5
#     unit 2: −0.5·1 + 0.5·2 + 0.5 = 1      −0.5·(−1) + 0.5·0 + 0.5 = 1
Z1 = [[0.0, -0.5], [1.0, 1.0]]
#   A1 = tanh(Z1): tanh 0 = 0, tanh(−0.5) = −0.4621171573, tanh 1 = 0.7615941560
A1 = [[0.0, -0.4621171573], [0.7615941560, 0.7615941560]]
#   Z2 = W2 A1 + b2:
#     0.5·0 − 1·0.7615941560 + 0.25 = −0.5115941560
#     0.5·(−0.4621171573) − 1·0.7615941560 + 0.25 = −0.7426527346
Z2 = [[-0.5115941560, -0.7426527346]]
#   A2 = σ(Z2) = 1 / (1 + e^−z): σ(−0.5115941560) = 0.3748198926, σ(−0.7426527346) = 0.3224243363
A2 = [[0.3748198926, 0.3224243363]]
#   J = −½ [log 0.3748198926 + log(1 − 0.3224243363)] = −½ [−0.9812879 − 0.3892558] = 0.6852718533
COST = 0.6852718533
# Backward:
#   dZ2 = A2 − Y = (0.3748198926 − 1, 0.3224243363 − 0)
dZ2 = [[-0.6251801074, 0.3224243363]]
#   dW2 = ½ dZ2 A1ᵀ:
#     ½ (−0.6251801074·0 + 0.3224243363·(−0.4621171573)) = −0.0744989089
#     ½ (−0.6251801074·0.7615941560 + 0.3224243363·0.7615941560) = −0.1152885130
dW2 = [[-0.0744989089, -0.1152885130]]
#   db2 = ½ (−0.6251801074 + 0.3224243363) = −0.1513778856
db2 = [[-0.1513778856]]
#   dA1 = W2ᵀ dZ2 = [[0.5], [−1]] · dZ2
dA1 = [[-0.3125900537, 0.1612121682], [0.6251801074, -0.3224243363]]
#   dZ1 = dA1 * (1 − A1²):  (1 − 0²) = 1, 1 − 0.4621171573² = 0.7864477, 1 − 0.7615941560² = 0.4199743
dZ1 = [[-0.3125900537, 0.1267849442], [0.2625596040, -0.1354099484]]
#   dW1 = ½ dZ1 Xᵀ:
#     row 1: ½ (−0.3125900537·1 + 0.1267849442·(−1)) = −0.2196874989;  ½ (−0.3125900537·2 + 0) = −0.3125900537
#     row 2: ½ (0.2625596040·1 − 0.1354099484·(−1)) = 0.1989847762;    ½ (0.2625596040·2 + 0) = 0.2625596040
dW1 = [[-0.2196874989, -0.3125900537], [0.1989847762, 0.2625596040]]
#   db1 = ½ Σ dZ1 over examples: (−0.0929025548, 0.0635748278)
db1 = [[-0.0929025548], [0.0635748278]]
# Update with α = 0.5:  W1 − 0.5 dW1, b1 − 0.5 db1, W2 − 0.5 dW2, b2 − 0.5 db2
W1_NEW = [[0.5 + 0.1098437495, -0.25 + 0.1562950269], [-0.5 - 0.0994923881, 0.5 - 0.1312798020]]
b1_NEW = [[0.0464512774], [0.5 - 0.0317874139]]
W2_NEW = [[0.5 + 0.0372494544, -1.0 + 0.0576442565]]
b2_NEW = [[0.25 + 0.0756889428]]
HAND = 1e-9  # the hand values above carry 10 decimals


def _hand_parameters():
    return {"W1": W1.copy(), "b1": b1.copy(), "W2": W2.copy(), "b2": b2.copy()}


def test_one_iteration_by_hand_function_by_function():
    Z, linear_cache = linear_forward(X, W1, b1)
    np.testing.assert_allclose(Z, Z1, atol=HAND)
    assert linear_cache[0] is X and linear_cache[1] is W1 and linear_cache[2] is b1

    A, cache1 = linear_activation_forward(X, W1, b1, "tanh")
    np.testing.assert_allclose(A, A1, atol=HAND)
    np.testing.assert_allclose(cache1[1], Z1, atol=HAND)
    AL, cache2 = linear_activation_forward(A, W2, b2, "sigmoid")
    np.testing.assert_allclose(cache2[1], Z2, atol=HAND)
    np.testing.assert_allclose(AL, A2, atol=HAND)
    assert compute_cost(AL, Y) == pytest.approx(COST, abs=HAND)
    assert compute_cost(AL, Y, ZL=cache2[1]) == pytest.approx(COST, abs=HAND)

    dA_prev, dW, db = linear_backward(AL - Y, cache2[0])
    np.testing.assert_allclose(dW, dW2, atol=HAND)
    np.testing.assert_allclose(db, db2, atol=HAND)
    np.testing.assert_allclose(dA_prev, dA1, atol=HAND)
    dX, dW, db = linear_activation_backward(dA_prev, cache1, "tanh")
    np.testing.assert_allclose(dW, dW1, atol=HAND)
    np.testing.assert_allclose(db, db1, atol=HAND)
    # dA0 = W1ᵀ dZ1
    np.testing.assert_allclose(dX, W1.T @ np.array(dZ1), atol=HAND)


def test_one_iteration_by_hand_whole_model():
    params = _hand_parameters()
    AL, caches = L_model_forward(X, params, ["tanh", "sigmoid"])
    np.testing.assert_allclose(caches[0][1], Z1, atol=HAND)
    np.testing.assert_allclose(caches[1][0][0], A1, atol=HAND)  # A1 is layer 2's A_prev
    np.testing.assert_allclose(caches[1][1], Z2, atol=HAND)
    np.testing.assert_allclose(AL, A2, atol=HAND)
    grads = L_model_backward(AL, Y, caches, ["tanh", "sigmoid"])
    np.testing.assert_allclose(grads["dW2"], dW2, atol=HAND)
    np.testing.assert_allclose(grads["db2"], db2, atol=HAND)
    np.testing.assert_allclose(grads["dA1"], dA1, atol=HAND)
    np.testing.assert_allclose(grads["dW1"], dW1, atol=HAND)
    np.testing.assert_allclose(grads["db1"], db1, atol=HAND)
    new = update_parameters(params, grads, LEARNING_RATE)
    np.testing.assert_allclose(new["W1"], W1_NEW, atol=HAND)
    np.testing.assert_allclose(new["b1"], b1_NEW, atol=HAND)
    np.testing.assert_allclose(new["W2"], W2_NEW, atol=HAND)
    np.testing.assert_allclose(new["b2"], b2_NEW, atol=HAND)
    # update_parameters returns new arrays and leaves the old ones alone
    np.testing.assert_array_equal(params["W1"], W1)


def test_one_iteration_by_hand_with_l2():
    # With λ = 0.4 (m = 2): dW[l] gains (λ/m) W[l] = 0.2 W[l]; db is unchanged.
    params = _hand_parameters()
    AL, caches = L_model_forward(X, params, ["tanh", "sigmoid"])
    grads = L_model_backward(AL, Y, caches, ["tanh", "sigmoid"], lambd=0.4)
    np.testing.assert_allclose(grads["dW2"], np.array(dW2) + 0.2 * W2, atol=HAND)
    np.testing.assert_allclose(grads["dW1"], np.array(dW1) + 0.2 * W1, atol=HAND)
    np.testing.assert_allclose(grads["db1"], db1, atol=HAND)


# ------------------------------------------------------------------ gradient checks


def _cost(params, X, Y, activations, lambd):
    """J written independently of core.nn.losses, from the logits Z[L] so that the finite
    differences are not drowned by rounding in log(1 − a) when a is close to 1:
    −[y log σ(z) + (1 − y) log(1 − σ(z))] = log(1 + e^z) − y z;  −Σ y log softmax(z) = logΣe^z − Σ y z."""
    AL, caches = L_model_forward(X, params, activations)
    ZL = caches[-1][1]
    m = X.shape[1]
    out = activations[-1]
    if out == "sigmoid":
        J = np.sum(np.logaddexp(0.0, ZL) - Y * ZL) / m
    elif out == "softmax":
        J = np.sum(np.log(np.sum(np.exp(ZL), axis=0)) - np.sum(Y * ZL, axis=0)) / m
    else:
        J = 0.5 * np.sum((AL - Y) ** 2) / m
    return J + lambd / (2 * m) * sum(np.sum(v**2) for k, v in params.items() if k.startswith("W"))


def _problem(output, m=6, n_x=3, seed=0):
    rng = np.random.default_rng(seed)
    X = rng.normal(size=(n_x, m))
    if output == "sigmoid":
        Y = (rng.random((1, m)) > 0.5).astype(float)
    elif output == "softmax":
        Y = np.eye(3)[:, rng.integers(0, 3, m)]
    else:
        Y = rng.normal(size=(2, m))
    return X, Y


# The course's L_model_backward (from dA[L]) exists for its sigmoid output only; the app's shortcut
# (from dZ[L] = A[L] − Y) for all three outputs. Both must be the true gradient of J.
BACKWARD_CASES = [
    (backward, hidden, output, lambd)
    for backward, outputs in ((L_model_backward, ["sigmoid"]), (L_model_backward_shortcut, ["sigmoid", "softmax", "linear"]))
    for hidden, output, lambd in itertools.product(HIDDEN_ACTIVATIONS, outputs, [0.0, 0.7])
]


@pytest.mark.parametrize("backward, hidden, output, lambd", BACKWARD_CASES)
def test_L_model_backward_matches_central_differences(backward, hidden, output, lambd):
    X, Y = _problem(output)
    n_y = Y.shape[0]
    layer_dims = [3, 4, 3, n_y]
    rng = np.random.default_rng(1)
    params = {}
    for l in range(1, len(layer_dims)):
        params[f"W{l}"] = rng.normal(size=(layer_dims[l], layer_dims[l - 1])) * 0.8
        params[f"b{l}"] = rng.normal(size=(layer_dims[l], 1)) * 0.3
    activations = [hidden, hidden, output]
    AL, caches = L_model_forward(X, params, activations)
    # The ReLUs' kink at 0 must be farther than the finite-difference step.
    for (_, Z) in caches[:-1]:
        assert np.min(np.abs(Z)) > 1e-3
    grads = backward(AL, Y, caches, activations, lambd=lambd)

    h = 1e-6
    for key, value in params.items():
        numeric = np.zeros_like(value)
        for idx in np.ndindex(value.shape):
            saved = value[idx]
            value[idx] = saved + h
            plus = _cost(params, X, Y, activations, lambd)
            value[idx] = saved - h
            minus = _cost(params, X, Y, activations, lambd)
            value[idx] = saved
            numeric[idx] = (plus - minus) / (2 * h)
        np.testing.assert_allclose(grads["d" + key], numeric, rtol=1e-5, atol=1e-8, err_msg=key)

    # dA0 is the gradient with respect to the inputs X (without the L2 term, which has no X).
    numeric = np.zeros_like(X)
    for idx in np.ndindex(X.shape):
        Xp, Xm = X.copy(), X.copy()
        Xp[idx] += h
        Xm[idx] -= h
        # J sums over examples with 1/m, dA0 is the per-example gradient: multiply by m.
        numeric[idx] = (_cost(params, Xp, Y, activations, 0.0) - _cost(params, Xm, Y, activations, 0.0)) / (2 * h)
    np.testing.assert_allclose(grads["dA0"], numeric * X.shape[1], rtol=1e-5, atol=1e-8)


# ------------------------------------------------------------------ shapes


@pytest.mark.parametrize("hidden", [(), (5,), (4, 3, 6)])
def test_shapes_of_caches_and_grads(hidden):
    m = 7
    layer_dims = [2, *hidden, 1]
    L = len(layer_dims) - 1
    rng = np.random.default_rng(2)
    params = {}
    for l in range(1, L + 1):
        params[f"W{l}"] = rng.normal(size=(layer_dims[l], layer_dims[l - 1]))
        params[f"b{l}"] = np.zeros((layer_dims[l], 1))
    X = rng.normal(size=(2, m))
    Y = (rng.random((1, m)) > 0.5).astype(float)
    activations = ["tanh"] * (L - 1) + ["sigmoid"]
    AL, caches = L_model_forward(X, params, activations)
    assert AL.shape == (1, m)
    assert len(caches) == L
    for l, ((A_prev, W, b), Z) in enumerate(caches, start=1):
        assert A_prev.shape == (layer_dims[l - 1], m)
        assert W.shape == (layer_dims[l], layer_dims[l - 1])
        assert b.shape == (layer_dims[l], 1)
        assert Z.shape == (layer_dims[l], m)
    assert caches[0][0][0] is X
    grads = L_model_backward(AL, Y, caches, activations)
    expected_keys = {f"dA{l - 1}" for l in range(1, L + 1)} | {f"dW{l}" for l in range(1, L + 1)} | {
        f"db{l}" for l in range(1, L + 1)
    }
    assert set(grads) == expected_keys
    for l in range(1, L + 1):
        assert grads[f"dW{l}"].shape == (layer_dims[l], layer_dims[l - 1])
        assert grads[f"db{l}"].shape == (layer_dims[l], 1)
        assert grads[f"dA{l - 1}"].shape == (layer_dims[l - 1], m)


def test_default_activations_are_the_courses():
    assert default_activations(1) == ["sigmoid"]
    assert default_activations(3) == ["relu", "relu", "sigmoid"]
    params = {"W1": np.array([[1.0, -1.0]]), "b1": np.zeros((1, 1)), "W2": np.array([[2.0]]), "b2": np.zeros((1, 1))}
    X = np.array([[1.0, -1.0], [3.0, -2.0]])
    AL, caches = L_model_forward(X, params)
    # Layer 1 is ReLU: Z1 = (1 − 3, −1 + 2) = (−2, 1) → A1 = (0, 1); layer 2 sigmoid: σ(0) = 0.5, σ(2)
    np.testing.assert_array_equal(caches[1][0][0], [[0.0, 1.0]])
    np.testing.assert_allclose(AL, [[0.5, 1 / (1 + math.exp(-2))]], rtol=1e-15)


def test_activation_list_is_checked():
    params = {"W1": np.ones((2, 2)), "b1": np.zeros((2, 1)), "W2": np.ones((1, 2)), "b2": np.zeros((1, 1))}
    X = np.ones((2, 3))
    with pytest.raises(HyperparameterError, match="2 layers need 2 activations"):
        L_model_forward(X, params, ["tanh"])
    with pytest.raises(HyperparameterError, match="output layer"):
        L_model_forward(X, params, ["tanh", "relu"])


# ------------------------------------------------------------------ predict


def test_predict_sigmoid_gives_zeros_and_ones():
    # One unit, W = (1, 0), b = 0: a = σ(x1) > 0.5 exactly when x1 > 0.
    params = {"W1": np.array([[1.0, 0.0]]), "b1": np.zeros((1, 1))}
    X = np.array([[-2.0, 0.5, 3.0, -0.1], [9.0, -9.0, 0.0, 0.0]])
    p = predict(X, params, ["sigmoid"])
    assert p.shape == (1, 4)
    assert np.issubdtype(p.dtype, np.integer)
    np.testing.assert_array_equal(p, [[0, 1, 1, 0]])


def test_predict_softmax_gives_the_class_index():
    # Three units scoring x1, x2 and −x1: the class is the largest of the three.
    params = {"W1": np.array([[1.0, 0.0], [0.0, 1.0], [-1.0, 0.0]]), "b1": np.zeros((3, 1))}
    X = np.array([[2.0, 0.0, -3.0], [1.0, 5.0, 1.0]])
    p = predict(X, params, ["softmax"])
    np.testing.assert_array_equal(p, [[0, 1, 2]])


def test_predict_linear_gives_the_values():
    params = {"W1": np.array([[2.0, -1.0]]), "b1": np.array([[0.5]])}
    X = np.array([[1.0, 0.0], [1.0, 2.0]])
    # 2·1 − 1·1 + 0.5 = 1.5;  2·0 − 1·2 + 0.5 = −1.5
    np.testing.assert_allclose(predict(X, params, ["linear"]), [[1.5, -1.5]], rtol=1e-15)


def test_a_notebook_imports_the_course_functions_from_the_package():
    """``from backprop_studio.core import L_model_forward`` — the names a student's notebook uses."""
    import backprop_studio.core as core
    from backprop_studio.core.nn import propagation

    assert core.L_model_forward is propagation.L_model_forward
    assert {"initialize_parameters_deep", "L_model_forward", "compute_cost", "L_model_backward",
            "update_parameters"} <= set(core.__all__)
