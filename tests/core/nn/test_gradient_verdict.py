"""Judging a gradient check per block: right backprop passes (also at the rounding limit), bugs fail."""

from __future__ import annotations

import numpy as np
import pytest

from backprop_studio.core.nn.gradient_verdict import (
    ROUNDING_UNIT,
    backprop_grads,
    check_gradients,
    has_kink,
    rounding_limit,
)
from backprop_studio.core.training.hyperparameters import Hyperparameters
from backprop_studio.core.data.pipeline import DataSpec
from backprop_studio.core.session import Session


def _network(name: str = "flower", iterations: int = 0, *, test_ratio: float = 0.2, **hp_changes):
    """A session's network after ``iterations``; by default random × 0.01 on 80 % of the points, the
    conditions these verdicts were measured in (the app's default is now the course's run, below)."""
    hp_changes.setdefault("initialization", "random")
    session = Session(DataSpec(name=name, test_ratio=test_ratio), Hyperparameters(**hp_changes))
    session.train(iterations)
    prepared = session.prepared
    X, Y = prepared.X_train[:, :200], prepared.Y_train[:, :200]
    return session.parameters(), X, Y, session.trainer.activation_names, session.hyperparameters


def test_rounding_limit_formula():
    assert rounding_limit(0.7, 1e-7, 4) == pytest.approx(2 * ROUNDING_UNIT * 0.7 / 1e-7)
    assert rounding_limit(-0.7, 1e-7, 1) == rounding_limit(0.7, 1e-7, 1)


def test_a_small_random_network_passes_although_tiny_blocks_exceed_1e_7():
    parameters, X, Y, acts, hp = _network()
    verdict = check_gradients(parameters, X, Y, acts, hp.leaky_alpha, hp.lambd)
    assert verdict.passed
    assert [block.key for block in verdict.blocks] == ["W1", "b1", "W2", "b2"]
    assert verdict.difference < 1e-7  # the course's overall rule holds too
    # At iteration 0 (W × 0.01) db1 is ~1e-4: its relative difference is above 1e-7 from rounding alone,
    # and its absolute difference is within what ε = 1e-7 can resolve.
    b1 = verdict.blocks[1]
    assert not b1.within_threshold and b1.within_rounding and b1.passed
    assert verdict.at_rounding_limit
    assert verdict.blocks[0].shape == (4, 2)
    assert verdict.rounding_per_entry == pytest.approx(verdict.blocks[1].rounding_limit / 2)  # b1 has 4 entries


def test_the_courses_default_network_passes_at_the_rounding_limit():
    """The app's default (the course's init, all 400 points): every block agrees within what ε = 1e-7 can
    resolve, although b1 (~1e-4 at iteration 0) is far above the 1e-7 rule from rounding alone."""
    parameters, X, Y, acts, hp = _network(test_ratio=0.0, initialization="course")
    verdict = check_gradients(parameters, X, Y, acts, hp.leaky_alpha, hp.lambd)
    assert verdict.passed and verdict.at_rounding_limit
    assert all(block.within_rounding for block in verdict.blocks)
    b1 = verdict.blocks[1]
    assert b1.key == "b1" and b1.relative_difference > 100 * 1e-7 and b1.passed


@pytest.mark.parametrize("case", [
    dict(name="flower", iterations=300),
    dict(name="spiral", hidden_units=(8, 8), hidden_activations=("sigmoid", "sigmoid")),
    dict(name="circles", iterations=300, hidden_units=(5,), hidden_activations=("linear",),
         features=("x1", "x2", "x1_squared", "x2_squared"), standardize=True),
    dict(name="plane", iterations=50),
    dict(name="multi_gaussian", iterations=50, hidden_units=(8,)),
    dict(name="xor", lambd=0.5, iterations=20),
])
def test_correct_backprop_passes(case):
    parameters, X, Y, acts, hp = _network(**case)
    verdict = check_gradients(parameters, X, Y, acts, hp.leaky_alpha, hp.lambd)
    assert verdict.passed, [(b.key, b.relative_difference, b.absolute_difference / b.rounding_limit)
                            for b in verdict.blocks]
    assert verdict.failed_blocks() == []


@pytest.mark.parametrize("case", [dict(name="flower"), dict(name="flower", iterations=300),
                                  dict(name="spiral", hidden_units=(8, 8), hidden_activations=("sigmoid", "sigmoid"))])
def test_a_broken_dW1_fails_on_W1_only(case):
    parameters, X, Y, acts, hp = _network(**case)
    grads = backprop_grads(parameters, X, Y, acts, hp.leaky_alpha, hp.lambd)
    grads["dW1"] = grads["dW1"] * 1.1
    verdict = check_gradients(parameters, X, Y, acts, hp.leaky_alpha, hp.lambd, grads=grads)
    assert not verdict.passed
    assert verdict.failed_blocks() == ["W1"]
    W1 = verdict.blocks[0]
    # ‖0.1 dW1‖ / (‖1.1 dW1‖ + ‖dW1‖) = 0.1 / 2.1
    assert W1.relative_difference == pytest.approx(0.1 / 2.1, rel=1e-3)
    assert W1.absolute_difference > 50 * W1.rounding_limit


def test_a_wrong_bias_gradient_fails():
    parameters, X, Y, acts, hp = _network(iterations=100)
    grads = backprop_grads(parameters, X, Y, acts)
    grads["db2"] = -grads["db2"]
    verdict = check_gradients(parameters, X, Y, acts, grads=grads)
    assert verdict.failed_blocks() == ["b2"]


def test_backprop_grads_are_the_courses():
    parameters, X, Y, acts, hp = _network(iterations=5)
    grads = backprop_grads(parameters, X, Y, acts)
    assert set(grads) >= {"dW1", "db1", "dW2", "db2"}
    assert grads["dW1"].shape == parameters["W1"].shape


def test_kinks():
    assert has_kink(["relu", "sigmoid"]) and has_kink(["tanh", "leaky_relu", "sigmoid"])
    assert not has_kink(["tanh", "sigmoid"]) and not has_kink(["sigmoid"])
    assert not has_kink(["tanh", "linear"])
