"""core.training.equations: the course's equations per phase and the NumPy lines that compute them."""

from __future__ import annotations

import inspect
from pathlib import Path

import numpy as np
import pytest

from backprop_studio.core.data.datasets import make_dataset
from backprop_studio.core.nn.activations import HIDDEN_ACTIVATIONS, get_activation
from backprop_studio.core.nn.losses import binary_cross_entropy_from_logits, categorical_cross_entropy_from_logits
from backprop_studio.core.training.equations import (ALL_NUMPY_LINES, KINDS, LINES, TENSOR_ORDER, derivative_formula,
                                                     equations_for, numpy_lines_for, tensor_order, tensor_symbol)
from backprop_studio.core.training.hyperparameters import Hyperparameters
from backprop_studio.core.training.phases import PhaseStepper
from backprop_studio.core.training.trainer import Trainer

ROOT = Path(__file__).resolve().parents[3]


def function_lines(function) -> set[str]:
    return {line.strip() for line in inspect.getsource(function).splitlines()}


def test_every_numpy_line_is_verbatim_a_line_of_its_function():
    for line in ALL_NUMPY_LINES:
        assert line.code in function_lines(line.function), f"{line.code!r} is not a line of {line.where}"
        assert line.code in (ROOT / line.source).read_text(encoding="utf-8")


def _one_iteration(dataset: str, hidden, activation: str, lambd: float):
    data = make_dataset(dataset, m=30, seed=3)
    problem = {"spiral3": "multiclass", "plane": "regression"}.get(dataset, "binary")
    hp = Hyperparameters(hidden_units=hidden, hidden_activations=(activation,) * len(hidden), lambd=lambd,
                         problem=problem, n_classes=3 if problem == "multiclass" else 2)
    stepper = PhaseStepper(Trainer(hp, data.X, data.Y()))
    return [stepper.step_phase() for _ in range(3 * (len(hidden) + 1) + 1)]


@pytest.mark.parametrize("dataset", ["flower", "spiral3", "plane"])
@pytest.mark.parametrize("lambd", [0.0, 0.5])
@pytest.mark.parametrize("activation", HIDDEN_ACTIVATIONS)
def test_each_phase_lists_the_lines_of_exactly_the_functions_it_ran(dataset, lambd, activation):
    for event in _one_iteration(dataset, (3, 2), activation, lambd):
        lines = numpy_lines_for(event.ran, event.layer)
        assert lines, (event.kind, event.layer)
        assert {line.function for line in lines} <= set(event.ran)  # nothing that did not run ...
        assert all(LINES[f] == () or any(line.function is f for line in lines) for f in event.ran)  # ... all that did
        if event.kind == "backward" and event.layer == 1:
            assert not any(line.code.startswith("dA_prev") for line in lines)
        assert any("lambd" in line.code for line in lines) == (bool(lambd) and event.kind in ("cost", "backward"))


def test_forward_equations_name_the_layer_and_write_a0_as_x():
    assert equations_for("forward", 1, 2, "tanh", "binary_cross_entropy") == [
        "Z[1] = W[1] X + b[1]", "A[1] = tanh(Z[1])"]
    assert equations_for("forward", 2, 2, "sigmoid", "binary_cross_entropy") == [
        "Z[2] = W[2] A[1] + b[2]", "A[2] = σ(Z[2])"]
    assert equations_for("forward", 3, 3, "linear", "squared_error")[1] == "A[3] = Z[3]"
    forward = _one_iteration("flower", (4,), "tanh", 0.0)[0]
    assert [line.code for line in numpy_lines_for(forward.ran, 1)] == [
        "Z = np.dot(W, A_prev) + b", "A = get_activation(activation, alpha).g(Z)"]


def test_backward_of_layer_one_uses_x_and_has_no_da0():
    lines = equations_for("backward", 1, 2, "tanh", "binary_cross_entropy")
    assert lines == ["dZ[1] = dA[1] * g'[1](Z[1])", "g'[1](z) = tanh'(z) = 1 - a²",
                     "dW[1] = (1/m) dZ[1] X^T", "db[1] = (1/m) Σ dZ[1]"]
    backward_1 = _one_iteration("flower", (4,), "tanh", 0.0)[4]
    codes = [line.code for line in numpy_lines_for(backward_1.ran, 1)]
    assert codes == ["g_prime = get_activation(activation, alpha).dg(Z)", "dZ = dA * g_prime",
                     "dW = np.dot(dZ, A_prev.T) * (1.0 / m)", "db = np.sum(dZ, axis=1, keepdims=True) * (1.0 / m)"]


def test_backward_output_of_a_deep_network():
    lines = equations_for("backward_output", 4, 4, "sigmoid", "binary_cross_entropy")
    assert lines == ["dZ[4] = A[4] - Y", "dW[4] = (1/m) dZ[4] A[3]^T", "db[4] = (1/m) Σ dZ[4]",
                     "dA[3] = W[4]^T dZ[4]"]
    backward_4 = _one_iteration("flower", (2, 2, 2), "relu", 0.0)[5]
    assert (backward_4.kind, backward_4.layer) == ("backward", 4)
    codes = [line.code for line in numpy_lines_for(backward_4.ran, 4)]
    assert codes[0] == "dZ = AL - Y" and codes[-1] == "dA_prev = np.dot(W.T, dZ)"
    # Logistic regression (L = 1): dZ[1] = A[1] − Y and dW[1] uses X.
    assert equations_for("backward_output", 1, 1, "sigmoid", "binary_cross_entropy")[:2] == [
        "dZ[1] = A[1] - Y", "dW[1] = (1/m) dZ[1] X^T"]


def test_l2_adds_its_terms():
    assert equations_for("backward", 2, 3, "relu", "binary_cross_entropy", lambd=0.1)[2] == \
        "dW[2] = (1/m) dZ[2] A[1]^T + (λ/m) W[2]"
    course, stable = equations_for("cost", 3, 3, "sigmoid", "binary_cross_entropy", lambd=0.1)
    assert course.endswith("+ (λ/2m) Σ_l ||W[l]||²") and "A[3]" in course
    assert stable.endswith("+ (λ/2m) Σ_l ||W[l]||²") and "Z[3]" in stable  # both forms are the whole J
    cost_event = _one_iteration("flower", (2,), "tanh", 0.1)[2]
    assert len(numpy_lines_for(cost_event.ran, 2)) == 2


def test_cost_for_each_loss():
    """The course's formula first, then the form core computes from Z[L] (the NumPy line shown)."""
    assert equations_for("cost", 2, 2, "sigmoid", "binary_cross_entropy") == [
        "J = -(1/m) Σ [Y log A[2] + (1 - Y) log(1 - A[2])]",
        "J = (1/m) Σ (log(1 + exp(Z[2])) - Y Z[2])"]
    softmax = equations_for("cost", 3, 3, "softmax", "categorical_cross_entropy")
    assert "Y_k log A[3]_k" in softmax[0] and "Y_k (Z[3]_k - log Σ_j exp(Z[3]_j))" in softmax[1]
    assert equations_for("cost", 1, 1, "linear", "squared_error") == ["J = (1/m) Σ ½ (A[1] - Y)²"]
    with pytest.raises(ValueError):
        equations_for("cost", 1, 1, "sigmoid", "hinge")


def test_update_equations():
    assert equations_for("update", 3, 3, "sigmoid", "binary_cross_entropy") == [
        "W[3] = W[3] - α dW[3]", "b[3] = b[3] - α db[3]"]


def test_unknown_kind_is_refused():
    with pytest.raises(ValueError):
        equations_for("sideways", 1, 1, "tanh", "binary_cross_entropy")


@pytest.mark.parametrize("name", HIDDEN_ACTIVATIONS)
def test_derivative_formulas_match_the_activations(name):
    """Evaluate each written g'(z) at a few points and compare with core's derivative."""
    z = np.array([[-2.0, -0.5, 0.3, 1.7]])
    act = get_activation(name, 0.01)
    a = act.g(z)
    written = {
        "sigmoid": a * (1 - a), "tanh": 1 - a**2, "relu": np.where(z > 0, 1.0, 0.0),
        "leaky_relu": np.where(z > 0, 1.0, 0.01), "linear": np.ones_like(z),
    }[name]
    np.testing.assert_allclose(act.dg(z), written, rtol=1e-12)
    assert derivative_formula(name, 0.01)  # and there is a text for it
    assert derivative_formula("leaky_relu", 0.2).endswith("else 0.2")
    assert derivative_formula("tanh") == "tanh'(z) = 1 - a²"


def test_tensor_order_covers_what_the_trainer_yields():
    """Every tensor of every PhaseEvent has a symbol and a place in the order."""
    hp = Hyperparameters(hidden_units=(3, 2), hidden_activations=("tanh", "relu"))
    rng = np.random.default_rng(0)
    X = rng.normal(size=(2, 10))
    Y = (rng.random((1, 10)) > 0.5).astype(float)
    stepper = PhaseStepper(Trainer(hp, X, Y))
    for event in [stepper.step_phase() for _ in range(10)]:
        ordered = tensor_order(event.equation, list(event.tensors))
        assert set(ordered) == set(event.tensors)
        assert all(key in TENSOR_ORDER[event.equation] for key in ordered)
        for key in ordered:
            assert tensor_symbol(key, event.layer)


def test_tensor_symbols():
    assert tensor_symbol("A_prev", 1) == "A[0]"
    assert tensor_symbol("dA_prev", 3) == "dA[2]"
    assert tensor_symbol("W_after", 2) == "W[2]"
    assert tensor_order("forward", ["Z", "W", "A", "b", "A_prev"]) == ["A_prev", "W", "b", "Z", "A"]


def test_the_two_forms_of_the_cost_are_the_same_number():
    """What the inspector says: −(Y log A + (1 − Y) log(1 − A)) with A = σ(Z) is log(1 + exp(Z)) − Y Z, the
    line core ran; and log softmax(Z)_k = Z_k − log Σ_j exp(Z_j)."""
    rng = np.random.default_rng(3)
    Z = rng.uniform(-6, 6, (1, 50))
    Y = (rng.uniform(size=(1, 50)) > 0.5).astype(float)
    A = 1 / (1 + np.exp(-Z))
    course = -np.sum(Y * np.log(A) + (1 - Y) * np.log(1 - A)) / 50
    np.testing.assert_allclose(binary_cross_entropy_from_logits(Z, Y), course, rtol=1e-12)
    Zs = rng.uniform(-4, 4, (3, 40))
    Ys = np.eye(3)[rng.integers(0, 3, 40)].T
    As = np.exp(Zs) / np.exp(Zs).sum(axis=0)
    np.testing.assert_allclose(categorical_cross_entropy_from_logits(Zs, Ys), -np.sum(Ys * np.log(As)) / 40,
                               rtol=1e-12)
