"""Saturation, dead units, ranges and curves of a hidden layer, checked on hand-made Z."""

from __future__ import annotations

import numpy as np
import pytest

from backprop_studio.core.nn.activation_stats import (
    SATURATION_THRESHOLD,
    activation_curve,
    dead_unit_mask,
    dead_units,
    histogram_edges,
    layer_health,
    saturated_fraction,
    z_range,
)
from backprop_studio.core.nn.activations import HIDDEN_ACTIVATIONS, get_activation


def test_tanh_saturation_counts_the_flat_ends():
    # tanh'(z) = 1 − tanh²(z) < 0.05 exactly when |z| > atanh(√0.95) ≈ 2.178.
    Z = np.array([[0.0, 1.0, 2.0, 2.5], [-3.0, -0.5, 10.0, -2.1]])
    assert saturated_fraction(Z, "tanh") == pytest.approx(3 / 8)


def test_sigmoid_saturates_sooner_than_tanh():
    # σ'(z) = σ(z)(1 − σ(z)) < 0.05 when |z| > log((1 + √0.8)/(1 − √0.8)) ≈ 2.887.
    Z = np.array([[2.8, 2.95, -3.0, 0.0]])
    assert saturated_fraction(Z, "sigmoid") == pytest.approx(2 / 4)
    assert saturated_fraction(Z, "tanh") == pytest.approx(3 / 4)


def test_threshold_is_the_courses_small_slope():
    assert SATURATION_THRESHOLD == 0.05
    Z = np.array([[1.0, 2.0]])  # tanh' = 0.42, 0.07
    assert saturated_fraction(Z, "tanh", threshold=0.1) == 0.5
    assert saturated_fraction(Z, "tanh", threshold=0.01) == 0.0


def test_relu_and_linear_never_count_as_saturated_where_their_slope_is_one():
    Z = np.array([[5.0, 40.0, -40.0]])
    assert saturated_fraction(Z, "linear") == 0.0
    assert saturated_fraction(Z, "relu") == pytest.approx(1 / 3)  # only z < 0 has slope 0


def test_dead_units_are_rows_that_are_never_positive():
    Z = np.array([
        [-1.0, -2.0, -0.1],  # dead
        [-1.0, 0.5, -3.0],  # alive: one example gets through
        [0.0, -1.0, 0.0],  # dead: relu'(0) = 0, so no gradient at all
        [2.0, 3.0, 4.0],
    ])
    np.testing.assert_array_equal(dead_unit_mask(Z), [True, False, True, False])
    assert dead_units(Z) == 2


def test_no_examples_no_dead_units():
    assert dead_units(np.empty((3, 0))) == 0
    assert saturated_fraction(np.empty((3, 0)), "tanh") == 0.0


def test_z_range_is_at_least_five_and_covers_z():
    assert z_range(np.array([[0.1, -0.2]])) == (-5.0, 5.0)
    lo, hi = z_range(np.array([[-12.0, 3.0, 20.0]]))
    assert lo < -12.0 and hi > 20.0
    assert lo == pytest.approx(-12.0 - 0.05 * 32.0) and hi == pytest.approx(20.0 + 0.05 * 32.0)
    lo, hi = z_range(np.array([[1.0, 8.0]]))
    assert lo == -5.0 and hi == pytest.approx(8.35)


def test_z_range_ignores_non_finite_values():
    assert z_range(np.array([[np.nan, np.inf, 1.0]])) == (-5.0, 5.0)
    assert z_range(np.empty((2, 0))) == (-5.0, 5.0)


@pytest.mark.parametrize("name", HIDDEN_ACTIVATIONS)
def test_curve_is_g_and_its_slope(name):
    z, g, dg = activation_curve(name, -5.0, 5.0, points=400)
    assert 0.0 in z  # the corner of ReLU is a grid point
    assert np.all(np.diff(z) > 0)
    act = get_activation(name)
    np.testing.assert_allclose(g, act.g(z))
    # g' agrees with the numerical slope of g itself, away from ReLU's corner.
    away = np.abs(z) > 0.05
    h = 1e-6
    numeric = (act.g(z[away] + h) - act.g(z[away] - h)) / (2 * h)
    np.testing.assert_allclose(dg[away], numeric, atol=1e-6)


def test_tanh_curve_values():
    z, g, dg = activation_curve("tanh", -1.0, 1.0, points=3)
    np.testing.assert_allclose(z, [-1.0, 0.0, 1.0])
    np.testing.assert_allclose(g, np.tanh(z))
    np.testing.assert_allclose(dg, 1 - np.tanh(z) ** 2)


def test_histogram_edges_are_even():
    edges = histogram_edges(-5.0, 5.0, 10)
    np.testing.assert_allclose(edges, np.arange(-5.0, 5.5, 1.0))


def test_layer_health_picks_the_statistic_the_activation_needs():
    Z = np.array([[-3.0, -4.0], [3.0, 0.1]])
    tanh = layer_health(Z, "tanh")
    assert tanh.kind == "saturation" and tanh.saturated_fraction == pytest.approx(3 / 4)
    assert (tanh.units, tanh.examples) == (2, 2)
    relu = layer_health(Z, "relu")
    assert relu.kind == "dead" and relu.dead_units == 1 and relu.units == 2
    assert layer_health(Z, "leaky_relu").kind == "none"
    assert layer_health(Z, "linear").kind == "none"
