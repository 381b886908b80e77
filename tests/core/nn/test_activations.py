"""Activations: g(z) and g'(z) against closed forms and central differences, stability, fast paths."""

from __future__ import annotations

import numpy as np
import pytest

from backprop_studio.core.nn.activations import (
    DEFAULT_LEAKY_ALPHA,
    HIDDEN_ACTIVATIONS,
    OUTPUT_ACTIVATIONS,
    get_activation,
    leaky_relu,
    relu,
    sigmoid,
    softmax,
    tanh,
)
from backprop_studio.core.errors import HyperparameterError

# Points away from the kink at 0 (ReLU and leaky ReLU have no derivative there).
Z_SMOOTH = np.concatenate([np.linspace(-6.0, -0.05, 40), np.linspace(0.05, 6.0, 40)]).reshape(4, 20)


def _closed_form(name: str, alpha: float = DEFAULT_LEAKY_ALPHA):
    """(g, g') written straight from the textbook definitions."""
    if name == "sigmoid":
        s = lambda z: 1.0 / (1.0 + np.exp(-z))  # noqa: E731
        return s, lambda z: s(z) * (1.0 - s(z))
    if name == "tanh":
        return (lambda z: (np.exp(z) - np.exp(-z)) / (np.exp(z) + np.exp(-z)),
                lambda z: 1.0 - np.tanh(z) ** 2)
    if name == "relu":
        return lambda z: np.where(z > 0, z, 0.0), lambda z: np.where(z > 0, 1.0, 0.0)
    if name == "leaky_relu":
        return lambda z: np.where(z > 0, z, alpha * z), lambda z: np.where(z > 0, 1.0, alpha)
    if name == "linear":
        return lambda z: z.copy(), lambda z: np.ones_like(z)
    raise AssertionError(name)


CASES = [(name, DEFAULT_LEAKY_ALPHA) for name in HIDDEN_ACTIVATIONS] + [("leaky_relu", 0.2), ("leaky_relu", 0.0)]


@pytest.mark.parametrize("name, alpha", CASES)
def test_g_and_derivative_match_closed_forms(name, alpha):
    act = get_activation(name, alpha)
    g, dg = _closed_form(name, alpha)
    np.testing.assert_allclose(act.g(Z_SMOOTH), g(Z_SMOOTH), rtol=1e-12, atol=1e-15)
    np.testing.assert_allclose(act.dg(Z_SMOOTH), dg(Z_SMOOTH), rtol=1e-12, atol=1e-15)
    # Passing A = g(Z) (what propagation does) gives the same derivative.
    np.testing.assert_allclose(act.dg(Z_SMOOTH, act.g(Z_SMOOTH)), dg(Z_SMOOTH), rtol=1e-12, atol=1e-15)


@pytest.mark.parametrize("name, alpha", CASES)
def test_derivative_matches_central_differences(name, alpha):
    act = get_activation(name, alpha)
    h = 1e-6
    numeric = (act.g(Z_SMOOTH + h) - act.g(Z_SMOOTH - h)) / (2 * h)
    np.testing.assert_allclose(act.dg(Z_SMOOTH), numeric, rtol=1e-6, atol=1e-9)


def test_known_values_from_the_course():
    z = np.array([[-1.0, 0.0, 2.0]])
    # σ(0) = 1/2, σ'(0) = 1/4; tanh(0) = 0, tanh'(0) = 1.
    np.testing.assert_allclose(sigmoid(z)[0, 1], 0.5, rtol=0, atol=0)
    assert get_activation("sigmoid").dg(np.array([0.0]))[0] == 0.25
    assert get_activation("tanh").dg(np.array([0.0]))[0] == 1.0
    # σ(2) = 1/(1 + e^-2) = 0.8807970779778823
    np.testing.assert_allclose(sigmoid(z)[0, 2], 0.8807970779778823, rtol=1e-14)
    np.testing.assert_allclose(tanh(z), np.tanh(z), rtol=1e-15)
    np.testing.assert_array_equal(relu(z), [[0.0, 0.0, 2.0]])
    np.testing.assert_allclose(leaky_relu(z), [[-0.01, 0.0, 2.0]], rtol=1e-15)
    np.testing.assert_allclose(leaky_relu(z, 0.3), [[-0.3, 0.0, 2.0]], rtol=1e-15)


def test_derivatives_at_the_kink_follow_the_course_convention():
    zero = np.zeros((1, 1))
    # The course takes relu'(0) = 0; leaky ReLU's slope at 0 is alpha (z > 0 is false).
    assert get_activation("relu").dg(zero)[0, 0] == 0.0
    assert get_activation("leaky_relu").dg(zero)[0, 0] == pytest.approx(0.01)
    assert get_activation("leaky_relu", 0.25).dg(zero)[0, 0] == pytest.approx(0.25)


def test_sigmoid_is_stable_at_huge_inputs():
    z = np.array([[-1e4, -800.0, -710.0, 710.0, 800.0, 1e4]])
    act = get_activation("sigmoid")
    with np.errstate(all="raise"):  # any overflow/underflow/invalid would raise here
        a = act.g(z)
        da = act.dg(z, a)
    assert np.all(np.isfinite(a)) and np.all(np.isfinite(da))
    # The true values are e^-|z| away from 0 / 1: below float64's resolution there.
    np.testing.assert_allclose(a, [[0.0, 0.0, 0.0, 1.0, 1.0, 1.0]], atol=1e-300)
    np.testing.assert_allclose(da, 0.0, atol=1e-300)
    assert np.all((a >= 0.0) & (a <= 1.0))


def test_softmax_columns_sum_to_one_and_match_the_formula():
    rng = np.random.default_rng(0)
    Z = rng.normal(size=(4, 7)) * 3
    A = softmax(Z)
    np.testing.assert_allclose(A.sum(axis=0), 1.0, rtol=1e-14)
    expected = np.exp(Z) / np.exp(Z).sum(axis=0, keepdims=True)
    np.testing.assert_allclose(A, expected, rtol=1e-13)
    # Hand value: softmax of (0, ln 2, ln 5) is (1, 2, 5) / 8.
    np.testing.assert_allclose(softmax(np.log([[1.0], [2.0], [5.0]])), [[0.125], [0.25], [0.625]], rtol=1e-14)


def test_softmax_is_invariant_to_adding_a_constant_per_column():
    rng = np.random.default_rng(1)
    Z = rng.normal(size=(3, 5))
    shift = np.array([[-50.0, 0.0, 3.0, 100.0, 700.0]])
    np.testing.assert_allclose(softmax(Z + shift), softmax(Z), rtol=1e-12, atol=1e-15)


def test_softmax_does_not_overflow():
    Z = np.array([[1000.0, -1000.0], [0.0, -999.0], [999.0, -1e4]])
    # exp of very negative numbers underflows to 0 (correctly); overflow or NaN must not happen.
    with np.errstate(over="raise", invalid="raise", divide="raise"):
        A = softmax(Z)
    assert np.all(np.isfinite(A))
    np.testing.assert_allclose(A.sum(axis=0), 1.0)
    # Column 1: (e^1, e^0) / (e^1 + 1) for the two that matter.
    np.testing.assert_allclose(A[:, 0], [np.e / (np.e + 1), 0.0, 1 / (np.e + 1)], rtol=1e-12, atol=1e-300)


def test_softmax_refuses_to_be_a_hidden_activation():
    assert "softmax" in OUTPUT_ACTIVATIONS and "softmax" not in HIDDEN_ACTIVATIONS
    with pytest.raises(HyperparameterError, match="output activation"):
        get_activation("softmax").dg(np.zeros((2, 2)))


FAST_CASES = CASES + [("softmax", DEFAULT_LEAKY_ALPHA)]


@pytest.mark.parametrize("name, alpha", FAST_CASES)
def test_forward_ops_are_bit_identical_to_g(name, alpha):
    act = get_activation(name, alpha)
    rng = np.random.default_rng(2)
    Z = rng.normal(size=(5, 9)) * 4
    A = np.full_like(Z, np.nan)
    for op in act.forward_ops(Z, A):
        op()
    np.testing.assert_array_equal(A, act.g(Z))


@pytest.mark.parametrize("name, alpha", CASES)
def test_backward_ops_are_bit_identical_to_the_readable_product(name, alpha):
    """The engine's dZ = dA * g'(Z) into buffers equals the course functions' dA * act.dg(Z), bit for bit."""
    act = get_activation(name, alpha)
    rng = np.random.default_rng(3)
    Z = rng.normal(size=(5, 9)) * 4
    dA = rng.normal(size=(5, 9))
    A = act.g(Z)
    dZ = np.full_like(Z, np.nan)
    scratch = np.full_like(Z, np.nan)
    for op in act.backward_ops(dA, Z, A, dZ, scratch):
        op()
    np.testing.assert_array_equal(dZ, dA * act.dg(Z))


@pytest.mark.parametrize("name, alpha", CASES)
def test_the_written_derivative_is_the_derivative(name, alpha):
    """The formula the inspector prints, evaluated, equals g' (and g' is a central difference of g)."""
    act = get_activation(name, alpha)
    z = np.array([[-2.0, -0.5, 0.3, 1.7]])
    a = act.g(z)
    written = {"sigmoid": a * (1 - a), "tanh": 1 - a**2, "relu": np.where(z > 0, 1.0, 0.0),
               "leaky_relu": np.where(z > 0, 1.0, alpha), "linear": np.ones_like(z)}[name]
    np.testing.assert_allclose(act.dg(z), written, rtol=1e-12)
    h = 1e-6
    np.testing.assert_allclose(act.dg(z), (act.g(z + h) - act.g(z - h)) / (2 * h), rtol=1e-6, atol=1e-9)
    assert act.derivative_formula().startswith(act.symbol or "linear")
    if name == "leaky_relu":
        assert act.derivative_formula().endswith(f"else {alpha:g}")


def test_the_facts_match_the_maths():
    """saturates: g' → 0 far out; can die: g' = 0 for all z ≤ 0; kinked: g' jumps at 0; probability-like: (0, 1)."""
    z_far, z_neg = np.array([[-30.0, 30.0]]), np.array([[-5.0, -1.0, 0.0]])
    for act in (get_activation(name) for name in HIDDEN_ACTIVATIONS):
        assert act.saturates == bool(np.all(np.abs(act.dg(z_far)) < 1e-6)), act.name
        assert act.can_die == bool(np.all(act.dg(z_neg) == 0.0)), act.name
        assert act.kinked == bool(act.dg(np.array([[-1e-9]]))[0, 0] != act.dg(np.array([[1e-9]]))[0, 0]), act.name
        assert act.probability_like == bool(np.all((act.g(z_far) >= 0) & (act.g(z_far) <= 1))), act.name


def test_unknown_activation_and_bad_alpha_raise():
    with pytest.raises(HyperparameterError, match="unknown activation 'swish'"):
        get_activation("swish")
    with pytest.raises(HyperparameterError, match="alpha"):
        get_activation("leaky_relu", 1.5)
    with pytest.raises(HyperparameterError, match="alpha"):
        get_activation("leaky_relu", -0.1)
