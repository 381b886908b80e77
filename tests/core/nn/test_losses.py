"""Costs: cross-entropies from logits (stable), compute_cost without logits, squared error, accuracy."""

from __future__ import annotations

import math

import numpy as np
import pytest

from backprop_studio.core.errors import HyperparameterError
from backprop_studio.core.nn.losses import (
    accuracy,
    binary_cross_entropy_from_logits,
    categorical_cross_entropy_from_logits,
    compute_cost,
    l2_cost,
    loss_for_output,
    output_gradient,
    squared_error,
)

# Overflow, division by zero and invalid operations raise; underflow to 0 (e^-1e4) is the right answer.
STRICT = dict(over="raise", divide="raise", invalid="raise")


def _textbook_bce(Z, Y):
    """J = −(1/m) Σ [y log a + (1 − y) log(1 − a)], a = 1 / (1 + e^−z)."""
    A = 1.0 / (1.0 + np.exp(-Z))
    return float(-np.mean(Y * np.log(A) + (1 - Y) * np.log(1 - A)))


def test_binary_cross_entropy_from_logits_equals_the_textbook_formula():
    rng = np.random.default_rng(0)
    Z = rng.uniform(-6, 6, size=(1, 50))
    Y = (rng.random((1, 50)) > 0.5).astype(float)
    assert binary_cross_entropy_from_logits(Z, Y) == pytest.approx(_textbook_bce(Z, Y), rel=1e-12)


def test_binary_cross_entropy_hand_value():
    # z = 0 → a = 1/2, loss log 2 whatever y; z = ln 3 → a = 3/4: y = 1 costs −log(3/4) = log(4/3).
    Z = np.array([[0.0, math.log(3.0)]])
    Y = np.array([[0.0, 1.0]])
    expected = (math.log(2.0) + math.log(4.0 / 3.0)) / 2  # = 0.4904146265...
    assert binary_cross_entropy_from_logits(Z, Y) == pytest.approx(expected, rel=1e-14)
    A = np.array([[0.5, 0.75]])
    assert compute_cost(A, Y) == pytest.approx(expected, rel=1e-12)
    assert compute_cost(A, Y, ZL=Z) == pytest.approx(expected, rel=1e-14)


@pytest.mark.parametrize("z", [40.0, 710.0, 1e3, 1e4])
def test_binary_cross_entropy_is_finite_for_huge_logits(z):
    # Confidently wrong: loss = softplus(|z|) ≈ |z| (log(1 − a) would be −inf if a rounded to 1).
    Z = np.array([[z, -z]])
    Y_wrong = np.array([[0.0, 1.0]])
    Y_right = np.array([[1.0, 0.0]])
    with np.errstate(**STRICT):
        wrong = binary_cross_entropy_from_logits(Z, Y_wrong)
        right = binary_cross_entropy_from_logits(Z, Y_right)
        wrong_via_compute = compute_cost(1.0 / (1.0 + np.exp(-np.clip(Z, -700, 700))), Y_wrong, ZL=Z)
    assert math.isfinite(wrong) and math.isfinite(right)
    assert wrong == pytest.approx(z, rel=1e-12)  # each example costs log(1 + e^z) ≈ z
    assert right == pytest.approx(math.log1p(math.exp(-z)), abs=1e-15)  # ≈ e^−z, almost 0
    assert wrong_via_compute == pytest.approx(z, rel=1e-12)


def test_compute_cost_without_logits_is_the_courses_formula_even_at_exact_zeros_and_ones():
    # The course's −(1/m) Σ [y log a + (1 − y) log(1 − a)] on a = 0 or 1: a certain wrong answer
    # costs −log 0 = inf, and a certain right one 0 · log 0 = nan, with NumPy's warnings.
    with np.errstate(divide="ignore", invalid="ignore"):
        assert compute_cost(np.array([[0.0, 0.5]]), np.array([[1.0, 1.0]])) == math.inf
        assert math.isnan(compute_cost(np.array([[1.0, 0.5]]), np.array([[1.0, 1.0]])))
    with pytest.warns(RuntimeWarning):
        compute_cost(np.array([[0.0]]), np.array([[1.0]]))


def test_compute_cost_with_logits_survives_what_saturates_a():
    # The app passes Z[L]: z = ±800 gives a exactly 0 or 1, but the cost stays exact.
    Z = np.array([[800.0, -800.0, 800.0, -800.0]])
    AL = np.array([[1.0, 0.0, 1.0, 0.0]])
    Y = np.array([[1.0, 0.0, 0.0, 1.0]])
    with np.errstate(**STRICT):
        cost = compute_cost(AL, Y, ZL=Z)
        # softmax outputs with exact zeros, without logits: a is clipped to the smallest float64
        cce = compute_cost(np.array([[1.0, 0.0], [0.0, 1.0]]), np.array([[0.0, 0.0], [1.0, 1.0]]),
                           "categorical_cross_entropy")
    # Right answers cost e^−800 ≈ 0; each certain wrong answer costs softplus(800) = 800.
    assert cost == pytest.approx(2 * 800.0 / 4, rel=1e-12)
    per_wrong = -math.log(np.finfo(np.float64).tiny)
    assert math.isfinite(cce) and cce == pytest.approx(per_wrong / 2, rel=1e-9)


def test_compute_cost_without_logits_matches_the_textbook_on_moderate_values():
    rng = np.random.default_rng(1)
    Z = rng.uniform(-5, 5, size=(1, 30))
    Y = (rng.random((1, 30)) > 0.5).astype(float)
    AL = 1.0 / (1.0 + np.exp(-Z))
    assert compute_cost(AL, Y) == pytest.approx(_textbook_bce(Z, Y), rel=1e-10)


def test_categorical_cross_entropy_hand_value():
    # Column 1: a = (1/4, 1/2, 1/4), true class 1 → −log(1/2) = 0.693147...
    # Column 2: a = (0.1, 0.2, 0.7), true class 2 → −log(0.7) = 0.356674...
    # J = (0.693147 + 0.356675) / 2 = 0.524911...
    AL = np.array([[0.25, 0.1], [0.5, 0.2], [0.25, 0.7]])
    Y = np.array([[0.0, 0.0], [1.0, 0.0], [0.0, 1.0]])
    expected = (math.log(2.0) - math.log(0.7)) / 2
    assert compute_cost(AL, Y, "categorical_cross_entropy") == pytest.approx(expected, rel=1e-12)
    # From logits: Z = log A + any constant per column.
    ZL = np.log(AL) + np.array([[3.0, -7.0]])
    assert categorical_cross_entropy_from_logits(ZL, Y) == pytest.approx(expected, rel=1e-12)
    assert compute_cost(AL, Y, "categorical_cross_entropy", ZL=ZL) == pytest.approx(expected, rel=1e-12)


def test_categorical_cross_entropy_from_huge_logits_is_finite():
    ZL = np.array([[1e4], [-1e4], [0.0]])
    Y = np.array([[0.0], [1.0], [0.0]])
    with np.errstate(**STRICT):
        cost = categorical_cross_entropy_from_logits(ZL, Y)
    assert cost == pytest.approx(2e4, rel=1e-12)  # log-softmax of the true class is −2e4


def test_squared_error_hand_value():
    # differences (0, 2, −2): J = (1/3) · ½ (0 + 4 + 4) = 4/3
    AL = np.array([[1.0, 2.0, 3.0]])
    Y = np.array([[1.0, 0.0, 5.0]])
    assert squared_error(AL, Y) == pytest.approx(4.0 / 3.0, rel=1e-15)
    assert compute_cost(AL, Y, "squared_error") == pytest.approx(4.0 / 3.0, rel=1e-15)
    # Two outputs: ½ (1 + 1 + 0 + 9) / 2 = 2.75
    assert squared_error(np.array([[1.0, 0.0], [0.0, 3.0]]), np.array([[0.0, 0.0], [1.0, 0.0]])) == 2.75


def test_l2_cost_hand_value():
    # λ/(2m) Σ ||W||² = 0.5 / 8 · (1 + 4 + 9) = 0.875; the b's do not count.
    params = {"W1": np.array([[1.0, 2.0]]), "b1": np.array([[100.0]]), "W2": np.array([[3.0]]), "b2": np.array([[5.0]])}
    assert l2_cost(params, 0.5, 4) == pytest.approx(0.875, rel=1e-15)
    assert l2_cost(params, 0.0, 4) == 0.0


def test_accuracy_one_output_and_several():
    # threshold 0.5: predictions 1, 0, 1, 0 vs labels 1, 0, 0, 0 → 3/4
    assert accuracy(np.array([[0.9, 0.4, 0.6, 0.2]]), np.array([[1.0, 0.0, 0.0, 0.0]])) == 0.75
    # argmax over 3 outputs: predicted classes 0, 2, 1 vs true 0, 1, 1 → 2/3
    AL = np.array([[0.7, 0.1, 0.2], [0.2, 0.3, 0.5], [0.1, 0.6, 0.3]])
    Y = np.array([[1.0, 0.0, 0.0], [0.0, 1.0, 1.0], [0.0, 0.0, 0.0]])
    assert accuracy(AL, Y) == pytest.approx(2.0 / 3.0)


def test_output_gradient_and_loss_pairs():
    AL, Y = np.array([[0.25, 0.5]]), np.array([[1.0, 0.0]])
    np.testing.assert_array_equal(output_gradient(AL, Y), [[-0.75, 0.5]])
    assert loss_for_output("sigmoid") == "binary_cross_entropy"
    assert loss_for_output("softmax") == "categorical_cross_entropy"
    assert loss_for_output("linear") == "squared_error"
    with pytest.raises(HyperparameterError, match="output layer"):
        loss_for_output("relu")
    with pytest.raises(HyperparameterError, match="unknown loss"):
        compute_cost(AL, Y, "hinge")
