"""An iteration phase by phase, with the course's readable functions, against the fast engine's step().

The phases compute what the inspector shows (core.nn.propagation's functions); Step and
Play run the fused engine. They must agree to rounding after any order of phases and
steps, and the phases must show the course's matrices, in the course's order.
"""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from backprop_studio.core.data.datasets import make_dataset
from backprop_studio.core.errors import DivergenceError
from backprop_studio.core.nn.losses import compute_cost, l2_cost
from backprop_studio.core.nn.propagation import L_model_backward, L_model_forward
from backprop_studio.core.training.equations import KINDS
from backprop_studio.core.training.hyperparameters import Hyperparameters
from backprop_studio.core.training.phases import PhaseStepper
from backprop_studio.core.training.trainer import Trainer

FLOWER = make_dataset("flower")
X_FLOWER, Y_FLOWER = FLOWER.X, FLOWER.Y()


def _trainer(hidden=(4,), activation="tanh", **changes) -> Trainer:
    hp = Hyperparameters(hidden_units=hidden, hidden_activations=(activation,) * len(hidden), **changes)
    return Trainer(hp, X_FLOWER, Y_FLOWER)


def _close(a: dict, b: dict, rtol: float = 1e-12) -> None:
    """Equal to rounding: relative 1e-12 of the largest entry of each matrix."""
    assert sorted(a) == sorted(b)
    for key in a:
        scale = max(1.0, float(np.abs(a[key]).max(initial=0.0)))
        np.testing.assert_allclose(a[key], b[key], rtol=0, atol=rtol * scale, err_msg=key)


def _expected_order(L):
    return ([("forward", l) for l in range(1, L + 1)] + [("cost", L)]
            + [("backward", l) for l in range(L, 0, -1)] + [("update", l) for l in range(1, L + 1)])


@pytest.mark.parametrize("hidden", [(), (4,), (5, 3, 4)])
def test_a_cycle_of_phases_equals_the_engines_step_to_rounding(hidden):
    a = _trainer(hidden, initialization="xavier", learning_rate=0.7, lambd=0.2)
    b = _trainer(hidden, initialization="xavier", learning_rate=0.7, lambd=0.2)
    for _ in range(3):  # move away from the initial point first
        a.step()
        b.step()
    cost = a.step()
    stepper = PhaseStepper(b)
    events = [stepper.step_phase() for _ in range(3 * b.L + 1)]
    assert not stepper.in_iteration
    _close(a.parameters(), b.parameters())
    _close(a.gradients(), b.gradients())
    assert [(e.kind, e.layer) for e in events] == _expected_order(len(hidden) + 1)
    assert b.iteration == a.iteration == 4 and all(e.iteration == 3 for e in events)
    assert b.history.costs.last() == pytest.approx(cost, rel=1e-12)
    assert events[b.L].cost == pytest.approx(cost, rel=1e-12)
    assert all(e.equation in KINDS for e in events)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(hidden=st.lists(st.integers(1, 5), max_size=3),
       activation=st.sampled_from(["sigmoid", "tanh", "relu", "leaky_relu", "linear"]),
       batch=st.sampled_from([None, 64]),
       order=st.lists(st.sampled_from(["step", "phases"]), min_size=1, max_size=6))
def test_any_order_of_steps_and_phase_cycles_gives_the_parameters_of_steps_alone(hidden, activation, batch, order):
    """The same iterations, some taken phase by phase, end where the engine alone ends (to 1e-12):
    the phases use the same mini-batches and the same formulas."""
    engine = _trainer(tuple(hidden), activation, initialization="xavier", learning_rate=0.3, batch_size=batch)
    mixed = _trainer(tuple(hidden), activation, initialization="xavier", learning_rate=0.3, batch_size=batch)
    stepper = PhaseStepper(mixed)
    for operation in order:
        engine.step()
        if operation == "step":
            mixed.step()
        else:
            stepper.step_phase()
            stepper.finish()
        _close(engine.parameters(), mixed.parameters(), rtol=1e-11)
    assert engine.iteration == mixed.iteration == len(order)


@pytest.mark.parametrize("hidden", [(), (4,), (5, 3, 4)])
def test_phase_tensors_are_the_courses_matrices(hidden):
    trainer = _trainer(hidden, initialization="xavier", learning_rate=0.7)
    trainer.step()
    params = trainer.parameters()
    m = X_FLOWER.shape[1]
    dims = [2, *hidden, 1]
    L = len(dims) - 1
    hp = trainer.hp
    AL, caches = L_model_forward(X_FLOWER, params, hp.activations())
    grads = L_model_backward(AL, Y_FLOWER, caches, hp.activations())
    stepper = PhaseStepper(trainer)
    events = [stepper.step_phase() for _ in range(3 * L + 1)]
    by_phase = {(e.kind, e.layer): e for e in events}
    for l in range(1, L + 1):
        n, n_prev = dims[l], dims[l - 1]
        f = by_phase[("forward", l)].tensors
        assert f["A_prev"].shape == (n_prev, m) and f["W"].shape == (n, n_prev) and f["b"].shape == (n, 1)
        assert f["Z"].shape == (n, m) and f["A"].shape == (n, m)
        np.testing.assert_allclose(f["Z"], caches[l - 1][1], rtol=1e-12, atol=1e-12)
        np.testing.assert_array_equal(f["W"], params[f"W{l}"])
        bw = by_phase[("backward", l)].tensors
        assert bw["dZ"].shape == (n, m) and bw["dW"].shape == (n, n_prev) and bw["db"].shape == (n, 1)
        np.testing.assert_allclose(bw["dW"], grads[f"dW{l}"], rtol=1e-10, atol=1e-13)
        np.testing.assert_allclose(bw["db"], grads[f"db{l}"], rtol=1e-10, atol=1e-13)
        if l < L:
            assert bw["dA"].shape == (n, m) and bw["g_prime"].shape == (n, m)
            np.testing.assert_allclose(bw["dA"], grads[f"dA{l}"], rtol=1e-10, atol=1e-13)
            np.testing.assert_array_equal(bw["dZ"], bw["dA"] * bw["g_prime"])  # dZ = dA * g'(Z), as shown
        if l > 1:
            assert bw["dA_prev"].shape == (n_prev, m)
        else:
            assert "dA_prev" not in bw  # nobody needs dA0
        assert by_phase[("backward", l)].equation == ("backward_output" if l == L else "backward")
        up = by_phase[("update", l)].tensors
        np.testing.assert_array_equal(up["W_before"], params[f"W{l}"])
        np.testing.assert_array_equal(up["W_after"], params[f"W{l}"] - hp.learning_rate * up["dW"])
        np.testing.assert_array_equal(up["W_after"], trainer.parameters()[f"W{l}"])  # what the update wrote
        np.testing.assert_allclose(trainer.gradients()[f"dW{l}"], up["dW"], rtol=1e-14, atol=1e-300)
    cost = by_phase[("cost", L)]
    assert cost.tensors["AL"].shape == (1, m) and cost.tensors["Y"].shape == (1, m)
    np.testing.assert_allclose(cost.tensors["AL"], AL, rtol=1e-12, atol=1e-15)
    assert cost.cost == pytest.approx(compute_cost(AL, Y_FLOWER, ZL=caches[-1][1]) + l2_cost(params, 0.0, m),
                                      rel=1e-12)


def test_event_tensors_are_copies():
    trainer = _trainer((3,))
    stepper = PhaseStepper(trainer)
    first = stepper.step_phase()
    saved = first.tensors["Z"].copy()
    stepper.finish()
    trainer.step()
    np.testing.assert_array_equal(first.tensors["Z"], saved)


def test_each_phase_names_the_core_functions_that_ran():
    stepper = PhaseStepper(_trainer((4,)))
    names = [[f.__name__ for f in stepper.step_phase().ran] for _ in range(7)]
    assert names[0] == ["linear_forward", "linear_activation_forward"]
    assert names[2] == ["compute_cost", "binary_cross_entropy_from_logits"]
    assert names[3] == ["output_layer_backward", "linear_backward"]
    assert names[4] == ["activation_backward", "linear_backward"]
    assert names[5] == names[6] == ["update_layer"]


def test_divergence_at_the_cost_phase_changes_nothing_and_ends_the_iteration():
    trainer = _trainer((4,), learning_rate=1e6)
    with pytest.raises(DivergenceError):
        for _ in range(100):
            trainer.step()
    before = trainer.parameters()
    stepper = PhaseStepper(trainer)
    with pytest.raises(DivergenceError):
        for _ in range(20):
            stepper.step_phase()
    assert not stepper.in_iteration
    for key, value in before.items():
        np.testing.assert_array_equal(trainer.parameters()[key], value)
