"""Gradient checking: backprop agrees with two-sided differences, and a broken gradient is caught."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from backprop_studio.core.nn.activations import HIDDEN_ACTIVATIONS
from backprop_studio.core.nn.gradient_check import (
    GradientCheckResult,
    dictionary_to_vector,
    gradient_check,
    parameter_layout,
    relative_difference,
    vector_to_dictionary,
)
from backprop_studio.core.nn.propagation import L_model_backward_shortcut, L_model_forward

OUTPUTS = ("sigmoid", "softmax", "linear")


def _problem(output: str, layer_dims: list[int], m: int, seed: int):
    """Parameters of order 1 (so gradients are not tiny) and labels that suit the output."""
    rng = np.random.default_rng(seed)
    parameters = {}
    for l in range(1, len(layer_dims)):
        parameters[f"W{l}"] = rng.standard_normal((layer_dims[l], layer_dims[l - 1])) * 0.8
        parameters[f"b{l}"] = rng.standard_normal((layer_dims[l], 1)) * 0.5
    X = rng.standard_normal((layer_dims[0], m))
    n_y = layer_dims[-1]
    if output == "sigmoid":
        Y = (rng.random((1, m)) > 0.5).astype(np.float64)
    elif output == "softmax":
        Y = np.eye(n_y)[:, rng.integers(0, n_y, size=m)]
    else:
        Y = rng.standard_normal((n_y, m))
    return parameters, X, Y


def _hidden_Z_far_from_kinks(parameters, X, activations, margin=1e-3) -> bool:
    _, caches = L_model_forward(X, parameters, activations)
    return all(np.min(np.abs(Z)) >= margin for (_, Z) in caches[:-1])


def _dims_for(output: str, hidden: list[int], n_x: int = 3) -> list[int]:
    return [n_x, *hidden, 3 if output == "softmax" else 1]


@pytest.mark.parametrize("lambd", [0.0, 0.7])
@pytest.mark.parametrize("output", OUTPUTS)
@pytest.mark.parametrize("hidden", HIDDEN_ACTIVATIONS)
def test_backprop_passes_for_every_activation_and_loss(hidden, output, lambd):
    activations = [hidden, hidden, output]
    for seed in range(20):
        parameters, X, Y = _problem(output, _dims_for(output, [4, 3]), m=7, seed=seed)
        if _hidden_Z_far_from_kinks(parameters, X, activations):
            break
    else:
        pytest.fail("no draw kept away from the ReLU kink")
    result = gradient_check(parameters, X, Y, activations, lambd=lambd)
    assert result.passed, result.per_parameter
    assert result.difference < 1e-7
    assert set(result.per_parameter) == {"W1", "b1", "W2", "b2", "W3", "b3"}


def test_leaky_relu_with_another_slope():
    activations = ["leaky_relu", "sigmoid"]
    parameters, X, Y = _problem("sigmoid", [2, 5, 1], m=9, seed=3)
    assert _hidden_Z_far_from_kinks(parameters, X, activations)
    assert gradient_check(parameters, X, Y, activations, alpha=0.3).passed


def test_default_activations_are_the_courses():
    # relu hidden layers and a sigmoid output when activations is None.
    parameters, X, Y = _problem("sigmoid", [2, 4, 1], m=6, seed=11)
    assert _hidden_Z_far_from_kinks(parameters, X, ["relu", "sigmoid"])
    assert gradient_check(parameters, X, Y).passed


def test_saturated_sigmoid_output_still_checks():
    # Large logits: a cost from A[L] alone would be inexact here; the logit-based one is not.
    parameters, X, Y = _problem("sigmoid", [2, 3, 1], m=8, seed=5)
    parameters["W2"] = parameters["W2"] * 25.0
    assert gradient_check(parameters, X, Y, ["tanh", "sigmoid"]).passed


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.filter_too_much])
@given(
    data=st.data(),
    n_hidden=st.integers(0, 3),
    output=st.sampled_from(OUTPUTS),
    m=st.integers(2, 12),
    lambd=st.sampled_from([0.0, 0.3]),
    seed=st.integers(0, 2**32 - 1),
)
def test_random_architectures(data, n_hidden, output, m, lambd, seed):
    hidden_units = [data.draw(st.integers(1, 5), label=f"n[{l}]") for l in range(1, n_hidden + 1)]
    hidden = [data.draw(st.sampled_from(HIDDEN_ACTIVATIONS), label=f"g[{l}]") for l in range(1, n_hidden + 1)]
    n_x = data.draw(st.integers(1, 4), label="n[0]")
    activations = [*hidden, output]
    parameters, X, Y = _problem(output, _dims_for(output, hidden_units, n_x), m, seed)
    # ReLU and leaky ReLU have a kink at 0 where the two-sided difference straddles two slopes.
    assume(_hidden_Z_far_from_kinks(parameters, X, activations))
    AL, caches = L_model_forward(X, parameters, activations)
    grads = L_model_backward_shortcut(AL, Y, caches, activations, lambd=lambd)
    # With ε = 1e-7 each two-sided difference carries rounding noise of about
    # 1e-16 · J / ε ≈ 1e-9, so a relative difference below 1e-7 needs ‖grad‖ well above
    # that noise (a deep sigmoid stack can have a vanishing gradient; that is not a bug).
    grad_norm = np.sqrt(sum(np.sum(grads[f"d{k}"] ** 2) for k, _ in parameter_layout(parameters)))
    assume(grad_norm > 0.05)
    result = gradient_check(parameters, X, Y, activations, lambd=lambd)
    assert result.difference < 1e-7, (result.difference, result.per_parameter)


# --- broken gradients are caught --------------------------------------------------------------
def _backprop(parameters, X, Y, activations):
    AL, caches = L_model_forward(X, parameters, activations)
    return L_model_backward_shortcut(AL, Y, caches, activations)


def test_scaled_dW1_fails_and_is_named():
    activations = ["tanh", "tanh", "sigmoid"]
    parameters, X, Y = _problem("sigmoid", [3, 4, 3, 1], m=10, seed=1)
    grads = _backprop(parameters, X, Y, activations)
    grads["dW1"] = grads["dW1"] * 1.1
    result = gradient_check(parameters, X, Y, activations, grads=grads)
    assert not result.passed
    assert result.worst == "W1"
    assert result.per_parameter["W1"] == pytest.approx(0.1 / 2.1, rel=1e-4)
    assert all(result.per_parameter[k] < 1e-7 for k in result.per_parameter if k != "W1")


def test_sign_flipped_db2_fails_and_is_named():
    activations = ["tanh", "tanh", "softmax"]
    parameters, X, Y = _problem("softmax", [3, 4, 3, 3], m=10, seed=2)
    grads = _backprop(parameters, X, Y, activations)
    grads["db2"] = -grads["db2"]
    result = gradient_check(parameters, X, Y, activations, grads=grads)
    assert not result.passed
    assert result.worst == "b2"
    assert result.per_parameter["b2"] == pytest.approx(1.0, rel=1e-6)


def test_forgetting_the_l2_term_is_caught():
    activations = ["tanh", "linear"]
    parameters, X, Y = _problem("linear", [2, 4, 1], m=6, seed=4)
    grads_without_l2 = _backprop(parameters, X, Y, activations)
    assert gradient_check(parameters, X, Y, activations, lambd=0.0, grads=grads_without_l2).passed
    assert not gradient_check(parameters, X, Y, activations, lambd=2.0, grads=grads_without_l2).passed


def test_grads_of_the_wrong_shape_are_refused():
    parameters, X, Y = _problem("sigmoid", [2, 3, 1], m=4, seed=0)
    grads = _backprop(parameters, X, Y, ["tanh", "sigmoid"])
    grads["dW2"] = grads["dW2"].T
    with pytest.raises(ValueError, match="dW2 has shape"):
        gradient_check(parameters, X, Y, ["tanh", "sigmoid"], grads=grads)
    del grads["db1"]
    with pytest.raises(ValueError, match="no db1"):
        gradient_check(parameters, X, Y, ["tanh", "sigmoid"], grads=grads)


# --- the pieces ---------------------------------------------------------------------------------
def test_relative_difference_handles_zero_over_zero():
    assert relative_difference(np.zeros(4), np.zeros(4)) == 0.0
    assert relative_difference(np.array([1.0, 0.0]), np.array([-1.0, 0.0])) == 1.0
    assert relative_difference(np.array([3.0, 4.0]), np.array([3.0, 4.0])) == 0.0


def test_all_zero_gradients_pass():
    # A linear output that predicts its targets exactly: every gradient is exactly zero,
    # so the relative difference is 0/0 and must count as agreement.
    parameters = {"W1": np.zeros((1, 2)), "b1": np.zeros((1, 1))}
    X = np.array([[1.0, 2.0], [3.0, -1.0]])
    Y = np.zeros((1, 2))
    result = gradient_check(parameters, X, Y, ["linear"])
    assert result.difference == 0.0 and result.passed
    assert result.per_parameter == {"W1": 0.0, "b1": 0.0}


def test_theta_round_trip_and_layout():
    parameters, _, _ = _problem("sigmoid", [3, 4, 1], m=2, seed=9)
    layout = parameter_layout(parameters)
    assert layout == [("W1", (4, 3)), ("b1", (4, 1)), ("W2", (1, 4)), ("b2", (1, 1))]
    theta = dictionary_to_vector(parameters)
    assert theta.shape == (12 + 4 + 4 + 1,)
    assert theta[0] == parameters["W1"][0, 0] and theta[12] == parameters["b1"][0, 0]
    back = vector_to_dictionary(theta, layout)
    for key in parameters:
        np.testing.assert_array_equal(back[key], parameters[key])


def test_check_leaves_parameters_untouched_and_reports_vectors():
    parameters, X, Y = _problem("sigmoid", [2, 3, 1], m=5, seed=6)
    copies = {k: v.copy() for k, v in parameters.items()}
    result = gradient_check(parameters, X, Y, ["sigmoid", "sigmoid"])
    for key in parameters:
        np.testing.assert_array_equal(parameters[key], copies[key])
    assert isinstance(result, GradientCheckResult)
    assert result.grad.shape == result.gradapprox.shape == (13,)
    np.testing.assert_allclose(result.grad, result.gradapprox, rtol=1e-5, atol=1e-9)


def test_threshold_decides_passed():
    parameters, X, Y = _problem("sigmoid", [2, 3, 1], m=5, seed=6)
    result = gradient_check(parameters, X, Y, ["tanh", "sigmoid"])
    assert 0.0 < result.difference < 1e-7
    strict = gradient_check(parameters, X, Y, ["tanh", "sigmoid"], threshold=result.difference / 2)
    assert not strict.passed and strict.threshold == result.difference / 2
