"""The app's dZ[L] = A[L] − Y against the course's dA[L] route: equal on every consistent input,
different by design only when A[L] is not σ(Z[L])."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from backprop_studio.core.errors import HyperparameterError
from backprop_studio.core.nn.activations import HIDDEN_ACTIVATIONS
from backprop_studio.core.nn.propagation import (
    L_model_backward,
    L_model_backward_shortcut,
    L_model_forward,
    linear_activation_backward,
    output_layer_backward,
)

AGREE = dict(rtol=1e-12, atol=1e-12)


def _network(n_x: int, hidden: list[int], m: int, seed: int):
    """Parameters, X and 0/1 labels Y of order 1, from a seeded generator."""
    rng = np.random.default_rng(seed)
    dims = [n_x, *hidden, 1]
    parameters = {}
    for l in range(1, len(dims)):
        parameters[f"W{l}"] = rng.standard_normal((dims[l], dims[l - 1]))
        parameters[f"b{l}"] = rng.standard_normal((dims[l], 1)) * 0.5
    X = rng.standard_normal((n_x, m))
    Y = (rng.random((1, m)) > 0.5).astype(np.float64)
    return parameters, X, Y


@settings(max_examples=60, deadline=None)
@given(
    n_x=st.integers(1, 5),
    hidden=st.lists(st.integers(1, 5), min_size=0, max_size=3),
    activation=st.sampled_from(HIDDEN_ACTIVATIONS),
    m=st.integers(1, 8),
    seed=st.integers(0, 2**32 - 1),
)
def test_the_shortcut_equals_the_courses_backward_on_every_forward_pass(n_x, hidden, activation, m, seed):
    parameters, X, Y = _network(n_x, hidden, m, seed)
    activations = [activation] * len(hidden) + ["sigmoid"]
    AL, caches = L_model_forward(X, parameters, activations)
    # Consistent input: AL is σ(Z[L]) of the cache. Exactly 0 or 1 would make the course divide by 0.
    assume(np.all((AL > 0.0) & (AL < 1.0)))
    course = L_model_backward(AL, Y, caches, activations)
    app = L_model_backward_shortcut(AL, Y, caches, activations)
    assert sorted(course) == sorted(app)
    for key in course:
        np.testing.assert_allclose(app[key], course[key], err_msg=key, **AGREE)
    # The output step alone: dA[L] through σ'(Z[L]) versus A[L] − Y.
    dAL = -(Y / AL - (1 - Y) / (1 - AL))
    for shortcut, literal in zip(output_layer_backward(AL, Y, caches[-1]),
                                 linear_activation_backward(dAL, caches[-1], "sigmoid")):
        np.testing.assert_allclose(shortcut, literal, **AGREE)


def _inconsistent_case():
    """A 2-1 sigmoid layer whose AL is NOT σ(Z): the shape of the course's own test case."""
    A_prev = np.array([[1.0, -2.0], [0.5, 3.0]])
    W = np.array([[0.2, -0.4]])
    b = np.array([[0.1]])
    Z = np.array([[0.0, 2.0]])  # σ(Z) = (0.5, 0.8807970780)
    AL = np.array([[0.8, 0.3]])  # deliberately not σ(Z)
    Y = np.array([[1.0, 0.0]])
    return AL, Y, [((A_prev, W, b), Z)]


def test_the_one_difference_by_design_an_AL_that_is_not_sigmoid_of_Z():
    AL, Y, caches = _inconsistent_case()
    (A_prev, W, _), Z = caches[0]
    course = L_model_backward(AL, Y, caches)
    app = L_model_backward_shortcut(AL, Y, caches)
    # The shortcut: dZ = AL − Y = (−0.2, 0.3); dW = ½ dZ A_prevᵀ = ½ (−0.2·1 + 0.3·(−2), −0.2·0.5 + 0.3·3)
    np.testing.assert_allclose(app["dW1"], [[-0.4, 0.4]], rtol=1e-14)
    # The course: dA = −(y/a − (1−y)/(1−a)) = (−1.25, 1/0.7), times σ'(Z) = σ(Z)(1 − σ(Z)) from the cached Z:
    # σ'(0) = 0.25, σ'(2) = 0.1049935854  →  dZ = (−0.3125, 0.1499908363)
    dZ = np.array([[-0.3125, 0.1499908363]])
    np.testing.assert_allclose(course["dW1"], 0.5 * dZ @ A_prev.T, rtol=1e-9)
    np.testing.assert_allclose(course["db1"], [[0.5 * (-0.3125 + 0.1499908363)]], rtol=1e-9)
    assert not np.allclose(course["dW1"], app["dW1"], rtol=0.1)
    # Replace AL by σ(Z[L]) of the same cache and the difference disappears.
    consistent = 1.0 / (1.0 + np.exp(-Z))
    for key, value in L_model_backward(consistent, Y, caches).items():
        np.testing.assert_allclose(L_model_backward_shortcut(consistent, Y, caches)[key], value, **AGREE)


def test_a_saturated_output_is_finite_for_the_app_and_the_courses_own_answer_for_the_course():
    # z = 800 makes σ(z) exactly 1.0: the course's dA[L] divides 0 by 0 (nan, with NumPy's warning);
    # the shortcut's dZ = 1 − 1 = 0 is the right gradient.
    A_prev = np.array([[1.0, 2.0]])
    W, b = np.array([[400.0]]), np.array([[0.0]])
    Z = W @ A_prev + b
    AL = np.array([[1.0, 1.0]])
    Y = np.array([[1.0, 0.0]])
    caches = [((A_prev, W, b), Z)]
    with np.errstate(all="raise"):
        app = L_model_backward_shortcut(AL, Y, caches)
    np.testing.assert_allclose(app["dW1"], [[0.5 * (0.0 * 1.0 + 1.0 * 2.0)]], rtol=1e-15)
    with pytest.warns(RuntimeWarning):
        course = L_model_backward(AL, Y, caches)
    assert not np.all(np.isfinite(course["dW1"]))


def test_the_courses_backward_has_no_dA_for_softmax_or_linear_outputs():
    parameters, X, _ = _network(2, [3], 4, 0)
    AL, caches = L_model_forward(X, parameters, ["tanh", "linear"])
    with pytest.raises(HyperparameterError, match="L_model_backward_shortcut"):
        L_model_backward(AL, AL * 0.5, caches, ["tanh", "linear"])
    grads = L_model_backward_shortcut(AL, AL * 0.5, caches, ["tanh", "linear"])
    assert grads["dW2"].shape == (1, 3)
