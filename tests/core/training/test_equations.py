"""core.training.equations: the course's equations per phase and the NumPy lines that compute them."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from backprop_studio.core.nn.activations import HIDDEN_ACTIVATIONS, get_activation
from backprop_studio.core.training.equations import (ALL_NUMPY_LINES, KINDS, TENSOR_ORDER, derivative_formula, equations_for,
                            numpy_lines_for, tensor_order, tensor_symbol)
from backprop_studio.core.training.hyperparameters import Hyperparameters
from backprop_studio.core.nn.losses import LOSS_FOR_OUTPUT
from backprop_studio.core.training.trainer import Trainer

ROOT = Path(__file__).resolve().parents[3]
LOSSES = tuple(LOSS_FOR_OUTPUT.values())


def source_lines(path: str) -> set[str]:
    return {line.strip() for line in (ROOT / path).read_text(encoding="utf-8").splitlines()}


def test_every_numpy_line_is_verbatim_in_its_source_file():
    for line in ALL_NUMPY_LINES:
        assert line.code in source_lines(line.source), f"{line.code!r} is not a line of {line.source}"


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("loss", LOSSES)
@pytest.mark.parametrize("lambd", [0.0, 0.5])
@pytest.mark.parametrize("layer", [1, 2])
def test_listed_lines_for_every_phase_are_known_lines(kind, loss, lambd, layer):
    for line in numpy_lines_for(kind, loss, lambd=lambd, layer=layer):
        assert line in ALL_NUMPY_LINES
        assert line.code in source_lines(line.source)


def test_forward_equations_name_the_layer_and_write_a0_as_x():
    assert equations_for("forward", 1, 2, "tanh", "binary_cross_entropy") == [
        "Z[1] = W[1] X + b[1]", "A[1] = tanh(Z[1])"]
    assert equations_for("forward", 2, 2, "sigmoid", "binary_cross_entropy") == [
        "Z[2] = W[2] A[1] + b[2]", "A[2] = σ(Z[2])"]
    assert equations_for("forward", 3, 3, "linear", "squared_error")[1] == "A[3] = Z[3]"
    assert [line.code for line in numpy_lines_for("forward")][0] == "Z = np.dot(W, A_prev) + b"


def test_backward_of_layer_one_uses_x_and_has_no_da0():
    lines = equations_for("backward", 1, 2, "tanh", "binary_cross_entropy")
    assert lines == ["dZ[1] = dA[1] * g'[1](Z[1])", "g'[1](z) = tanh'(z) = 1 - a²",
                     "dW[1] = (1/m) dZ[1] X^T", "db[1] = (1/m) Σ dZ[1]"]
    codes = [line.code for line in numpy_lines_for("backward", layer=1)]
    assert codes == ["dZ = dA * act.dg(Z)", "dW = np.dot(dZ, A_prev.T) * (1.0 / m)",
                     "db = np.sum(dZ, axis=1, keepdims=True) * (1.0 / m)"]


def test_backward_output_of_a_deep_network():
    lines = equations_for("backward_output", 4, 4, "sigmoid", "binary_cross_entropy")
    assert lines == ["dZ[4] = A[4] - Y", "dW[4] = (1/m) dZ[4] A[3]^T", "db[4] = (1/m) Σ dZ[4]",
                     "dA[3] = W[4]^T dZ[4]"]
    assert numpy_lines_for("backward_output", layer=4)[-1].code == "dA_prev = np.dot(W.T, dZ)"
    # Logistic regression (L = 1): dZ[1] = A[1] − Y and dW[1] uses X.
    assert equations_for("backward_output", 1, 1, "sigmoid", "binary_cross_entropy")[:2] == [
        "dZ[1] = A[1] - Y", "dW[1] = (1/m) dZ[1] X^T"]


def test_l2_adds_its_terms():
    assert equations_for("backward", 2, 3, "relu", "binary_cross_entropy", lambd=0.1)[2] == \
        "dW[2] = (1/m) dZ[2] A[1]^T + (λ/m) W[2]"
    cost = equations_for("cost", 3, 3, "sigmoid", "binary_cross_entropy", lambd=0.1)[0]
    assert cost.endswith("+ (λ/2m) Σ_l ||W[l]||²") and "A[3]" in cost
    assert len(numpy_lines_for("cost", lambd=0.1)) == 2


def test_cost_for_each_loss():
    assert equations_for("cost", 2, 2, "sigmoid", "binary_cross_entropy") == [
        "J = -(1/m) Σ [Y log A[2] + (1 - Y) log(1 - A[2])]"]
    assert "Y_k log A[3]_k" in equations_for("cost", 3, 3, "softmax", "categorical_cross_entropy")[0]
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
    trainer = Trainer(hp, X, Y)
    for event in trainer.phases():
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
