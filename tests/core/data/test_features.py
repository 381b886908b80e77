"""Input features and standardization."""

from __future__ import annotations

import json

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

from backprop_studio.core.training import hyperparameters
from backprop_studio.core.data.datasets import make_dataset, train_test_split
from backprop_studio.core.errors import DatasetError, HyperparameterError, ParameterFileError
from backprop_studio.core.data.features import FEATURES, Standardizer, feature_label, make_features

X_RAW = np.array([[1.0, -2.0, 0.5], [3.0, 0.25, -1.5]])
EXPECTED = {
    "x1": [1.0, -2.0, 0.5],
    "x2": [3.0, 0.25, -1.5],
    "x1_squared": [1.0, 4.0, 0.25],
    "x2_squared": [9.0, 0.0625, 2.25],
    "x1_x2": [3.0, -0.5, -0.75],
    "sin_x1": np.sin([1.0, -2.0, 0.5]),
    "sin_x2": np.sin([3.0, 0.25, -1.5]),
}


def test_feature_names_match_the_hyperparameters():
    assert tuple(FEATURES) == hyperparameters.FEATURES


def test_labels():
    assert [feature_label(n) for n in FEATURES] == ["X₁", "X₂", "X₁²", "X₂²", "X₁X₂", "sin(X₁)", "sin(X₂)"]


@pytest.mark.parametrize("name", list(FEATURES))
def test_each_feature_computes_its_formula(name):
    np.testing.assert_allclose(make_features(X_RAW, [name]), [EXPECTED[name]])


def test_rows_follow_the_order_of_names():
    X = make_features(X_RAW, ["x1_x2", "x1", "sin_x2"])
    assert X.shape == (3, 3) and X.dtype == np.float64 and X.flags.c_contiguous
    np.testing.assert_allclose(X, [EXPECTED["x1_x2"], EXPECTED["x1"], EXPECTED["sin_x2"]])


def test_make_features_accepts_read_only_dataset_points_and_returns_a_new_array():
    d = make_dataset("flower", m=20)
    X = make_features(d.X, ["x1", "x2"])
    assert np.array_equal(X, d.X) and X.flags.writeable and not np.shares_memory(X, d.X)


@pytest.mark.parametrize("names", [["x3"], [], ["x1", "X1"], "x1"])
def test_unknown_or_missing_feature_names_are_rejected(names):
    with pytest.raises(HyperparameterError):
        make_features(X_RAW, names)


def test_raw_points_must_be_two_rows():
    with pytest.raises(DatasetError, match=r"\(2, m\)"):
        make_features(np.zeros((3, 4)), ["x1"])


@settings(max_examples=50, deadline=None)
@given(
    names=st.lists(st.sampled_from(list(FEATURES)), min_size=1, max_size=7, unique=True),
    X_raw=hnp.arrays(np.float64, st.tuples(st.just(2), st.integers(0, 30)), elements=st.floats(-5, 5)),
)
def test_make_features_shapes_property(names, X_raw):
    X = make_features(X_raw, names)
    assert X.shape == (len(names), X_raw.shape[1]) and X.dtype == np.float64 and X.flags.c_contiguous
    for i, name in enumerate(names):
        assert np.array_equal(X[i], make_features(X_raw, [name])[0])


# --- standardization -----------------------------------------------------------------


def test_standardizer_gives_mean_0_std_1_on_train_and_uses_train_statistics_on_test():
    train, test = train_test_split(make_dataset("flower"), 0.25, seed=0)
    names = ["x1", "x2", "x1_squared", "x1_x2"]
    X_train, X_test = make_features(train.X, names), make_features(test.X, names)
    s = Standardizer.fit(X_train)
    assert s.mean.shape == s.std.shape == (4, 1)
    Z = s.transform(X_train)
    np.testing.assert_allclose(Z.mean(axis=1), 0.0, atol=1e-12)
    np.testing.assert_allclose(Z.std(axis=1), 1.0, atol=1e-12)
    mu, sigma = X_train.mean(axis=1, keepdims=True), X_train.std(axis=1, keepdims=True)
    np.testing.assert_allclose(s.transform(X_test), (X_test - mu) / sigma)
    assert abs(s.transform(X_test).mean()) > 1e-6  # the test split is not re-centred on itself


def test_transform_returns_a_new_array():
    X = np.array([[1.0, 3.0], [2.0, 6.0]])
    s = Standardizer.fit(X)
    Z = s.transform(X)
    assert np.array_equal(X, [[1.0, 3.0], [2.0, 6.0]]) and not np.shares_memory(Z, X)
    np.testing.assert_allclose(Z, [[-1.0, 1.0], [-1.0, 1.0]])


def test_constant_feature_is_centred_not_divided_by_zero():
    X = np.array([[0.1, 0.1, 0.1], [1.0, 2.0, 3.0]])
    s = Standardizer.fit(X)  # pytest runs with -W error: a divide-by-zero warning would fail here
    assert s.std[0, 0] == 1.0
    Z = s.transform(X)
    np.testing.assert_allclose(Z[0], 0.0, atol=1e-15)
    assert np.all(np.isfinite(Z))


def test_fit_on_no_examples_is_the_identity():
    s = Standardizer.fit(np.zeros((3, 0)))
    assert np.array_equal(s.mean, np.zeros((3, 1))) and np.array_equal(s.std, np.ones((3, 1)))


def test_identity_leaves_inputs_unchanged():
    X = np.random.default_rng(0).normal(size=(2, 5))
    assert np.array_equal(Standardizer.identity(2).transform(X), X)


def test_transform_checks_the_number_of_features():
    with pytest.raises(DatasetError, match=r"\(2, m\)"):
        Standardizer.identity(2).transform(np.zeros((3, 4)))


def test_to_dict_round_trip_is_exact():
    X = np.random.default_rng(1).normal(3.0, 2.0, size=(3, 40))
    s = Standardizer.fit(X)
    back = Standardizer.from_dict(json.loads(json.dumps(s.to_dict())))
    assert np.array_equal(back.mean, s.mean) and np.array_equal(back.std, s.std)
    assert back.mean.shape == (3, 1)


@pytest.mark.parametrize(
    "data",
    [{}, {"mean": [0.0]}, {"mean": [0.0], "std": [0.0]}, {"mean": [0.0, 1.0], "std": [1.0]},
     {"mean": ["a"], "std": [1.0]}, {"mean": [float("nan")], "std": [1.0]}, [1, 2]],
)
def test_from_dict_rejects_bad_values(data):
    with pytest.raises(ParameterFileError):
        Standardizer.from_dict(data)


def test_standardizer_is_frozen():
    s = Standardizer.identity(2)
    with pytest.raises(AttributeError):
        s.mean = np.ones((2, 1))  # type: ignore[misc]
    with pytest.raises(ValueError):
        s.mean[0, 0] = 5.0
