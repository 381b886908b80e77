"""Initialization: shapes, zeros, scales of random / Xavier / He, seeds, the course's stream."""

from __future__ import annotations

import math

import numpy as np
import pytest

from backprop_studio.core.errors import HyperparameterError
from backprop_studio.core.nn.initialization import INITIALIZATIONS, initialize_parameters_deep


@pytest.mark.parametrize("layer_dims", [[2, 1], [2, 4, 1], [3, 5, 5, 2], [7, 1, 8, 3, 1]])
@pytest.mark.parametrize("method", INITIALIZATIONS)
def test_shapes_follow_the_course(layer_dims, method):
    params = initialize_parameters_deep(layer_dims, method)
    L = len(layer_dims) - 1
    assert sorted(params) == sorted([f"W{l}" for l in range(1, L + 1)] + [f"b{l}" for l in range(1, L + 1)])
    for l in range(1, L + 1):
        assert params[f"W{l}"].shape == (layer_dims[l], layer_dims[l - 1])
        assert params[f"b{l}"].shape == (layer_dims[l], 1)
        assert params[f"W{l}"].dtype == np.float64
        np.testing.assert_array_equal(params[f"b{l}"], 0.0)  # b always starts at 0


def test_zeros():
    params = initialize_parameters_deep([3, 4, 2], "zeros")
    for value in params.values():
        np.testing.assert_array_equal(value, 0.0)


# A 400 × 500 layer has 200,000 weights: the sample std is within ~0.2 % of the true one
# (relative standard error 1/sqrt(2N) ≈ 0.16 %), so a 2 % tolerance never fails by chance
# but still tells sqrt(1/n) from sqrt(2/n) or from 0.01.
BIG = [500, 400, 3]


@pytest.mark.parametrize(
    "method, scale, expected_std",
    [
        ("random", 0.01, 0.01),
        ("random", 2.5, 2.5),
        ("course", 0.01, 0.01),
        ("xavier", 0.01, math.sqrt(1.0 / 500)),  # scale is ignored: sqrt(1 / n[l−1])
        ("course_deep", 5.0, math.sqrt(1.0 / 500)),  # scale is ignored: randn / sqrt(n[l−1])
        ("he", 0.01, math.sqrt(2.0 / 500)),  # sqrt(2 / n[l−1])
    ],
)
def test_scale_of_random_methods(method, scale, expected_std):
    W1 = initialize_parameters_deep(BIG, method, scale=scale, seed=5)["W1"]
    assert W1.shape == (400, 500)
    assert W1.std() == pytest.approx(expected_std, rel=0.02)
    assert abs(W1.mean()) < 0.02 * expected_std  # centred (standard error of the mean ≈ 0.0022 std)


def test_second_layer_uses_its_own_fan_in():
    params = initialize_parameters_deep([10, 2000, 100], "he", seed=3)
    # W2 is (100, 2000): fan-in n[1] = 2000 → std sqrt(2/2000) ≈ 0.0316
    assert params["W2"].std() == pytest.approx(math.sqrt(2.0 / 2000), rel=0.02)
    params = initialize_parameters_deep([10, 2000, 100], "xavier", seed=3)
    assert params["W2"].std() == pytest.approx(math.sqrt(1.0 / 2000), rel=0.02)


@pytest.mark.parametrize("method", ["random", "xavier", "he", "course", "course_deep"])
def test_seeds_are_reproducible_and_distinct(method):
    a = initialize_parameters_deep([2, 6, 3, 1], method, seed=7)
    b = initialize_parameters_deep([2, 6, 3, 1], method, seed=7)
    c = initialize_parameters_deep([2, 6, 3, 1], method, seed=8)
    for key in a:
        np.testing.assert_array_equal(a[key], b[key])
    assert not np.array_equal(a["W1"], c["W1"])
    assert not np.array_equal(a["W2"], c["W2"])


def test_course_method_reproduces_the_course_stream():
    params = initialize_parameters_deep([2, 4, 1], "course", scale=0.01, seed=2)
    rs = np.random.RandomState(2)
    W1 = rs.randn(4, 2) * 0.01
    W2 = rs.randn(1, 4) * 0.01
    np.testing.assert_array_equal(params["W1"], W1)
    np.testing.assert_array_equal(params["W2"], W2)
    np.testing.assert_array_equal(params["b1"], np.zeros((4, 1)))
    np.testing.assert_array_equal(params["b2"], np.zeros((1, 1)))
    # The values the course prints for initialize_parameters(2, 4, 1) (planar data, seed 2).
    np.testing.assert_allclose(
        params["W1"],
        [[-0.00416758, -0.00056267], [-0.02136196, 0.01640271], [-0.01793436, -0.00841747], [0.00502881, -0.01245288]],
        atol=5e-9,
    )
    np.testing.assert_allclose(params["W2"], [[-0.01057952, -0.00909008, 0.00551454, 0.02292208]], atol=5e-9)


def test_course_deep_is_the_applications_randn_over_sqrt_fan_in_on_the_legacy_stream():
    # The deep application draws W1, W2, W3 from RandomState(1) in this order, each divided by √n[l−1].
    params = initialize_parameters_deep([5, 4, 3, 1], "course_deep", seed=1)
    rs = np.random.RandomState(1)
    for l, (n_l, n_prev) in enumerate([(4, 5), (3, 4), (1, 3)], start=1):
        np.testing.assert_array_equal(params[f"W{l}"], rs.randn(n_l, n_prev) / math.sqrt(n_prev))
        np.testing.assert_array_equal(params[f"b{l}"], np.zeros((n_l, 1)))
    # Its first number is the legacy stream's first draw for seed 1, 1.6243453637, over √5.
    assert params["W1"][0, 0] == pytest.approx(1.6243453637 / math.sqrt(5), abs=1e-10)
    # The scale argument does not apply, and xavier (another generator) draws other numbers.
    same = initialize_parameters_deep([5, 4, 3, 1], "course_deep", scale=3.0, seed=1)
    np.testing.assert_array_equal(same["W2"], params["W2"])
    assert not np.allclose(initialize_parameters_deep([5, 4, 3, 1], "xavier", seed=1)["W1"], params["W1"])


def test_random_is_not_the_course_stream():
    # "random" draws from a numpy Generator, not the legacy RandomState.
    a = initialize_parameters_deep([2, 4, 1], "random", seed=2)["W1"]
    b = initialize_parameters_deep([2, 4, 1], "course", seed=2)["W1"]
    assert not np.array_equal(a, b)


@pytest.mark.parametrize(
    "kwargs, match",
    [
        (dict(layer_dims=[2]), "layer_dims"),
        (dict(layer_dims=[]), "layer_dims"),
        (dict(layer_dims=[2, 0, 1]), "positive integer"),
        (dict(layer_dims=[2, -3, 1]), "positive integer"),
        (dict(layer_dims=[2, 1.5, 1]), "positive integer"),
        (dict(layer_dims=[2, 4, 1], method="orthogonal"), "unknown initialization"),
        (dict(layer_dims=[2, 4, 1], scale=-0.1), "scale"),
        (dict(layer_dims=[2, 4, 1], scale=float("nan")), "scale"),
        (dict(layer_dims=[2, 4, 1], scale=float("inf")), "scale"),
    ],
)
def test_bad_inputs_raise(kwargs, match):
    with pytest.raises(HyperparameterError, match=match):
        initialize_parameters_deep(**kwargs)
