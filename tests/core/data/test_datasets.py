"""Datasets: the course's flower, every generator, validation, Y, round trips, splits."""

from __future__ import annotations

import json

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from backprop_studio.core.data.datasets import DATASETS, Dataset, from_points, make_dataset, train_test_split
from backprop_studio.core.errors import DatasetError

ALL = list(DATASETS)
CLASSIFICATION = [n for n in ALL if DATASETS[n].problem != "regression"]
JITTERED = [n for n in ALL if n != "flower"]  # noise is added on top of the clean set


# --- the course's flower -------------------------------------------------------------


def test_flower_reproduces_the_course_first_point():
    d = make_dataset("flower", m=400, noise=0.2, seed=1)
    np.testing.assert_allclose(d.X[:, 0], [1.20444229, 3.57611415], atol=1e-8)
    assert d.y[0] == 0


def test_flower_defaults_shape_balance_and_span():
    d = make_dataset("flower")
    assert (d.X.shape, d.y.shape, d.problem, d.n_classes) == ((2, 400), (400,), "binary", 2)
    assert d.X.dtype == np.float64 and d.y.dtype == np.int64
    assert np.bincount(d.y).tolist() == [200, 200]
    assert np.all(d.y[:200] == 0) and np.all(d.y[200:] == 1)
    assert 3.5 < np.abs(d.X).max() < 4.6  # "roughly [-4, 4]"


def test_flower_odd_m_gives_the_extra_point_to_class_1():
    assert np.bincount(make_dataset("flower", m=401).y).tolist() == [200, 201]


def test_clean_flower_lies_on_the_petal_curve():
    d = make_dataset("flower", m=100, noise=0.0)
    for j in (0, 1):
        t = np.linspace(j * 3.12, (j + 1) * 3.12, 50)
        r = 4 * np.sin(4 * t)
        np.testing.assert_allclose(d.X[:, d.y == j], [r * np.sin(t), r * np.cos(t)], atol=1e-12)


# --- every generator -----------------------------------------------------------------


@pytest.mark.parametrize("name", ALL)
def test_generator_shapes_labels_and_range(name):
    spec = DATASETS[name]
    for noise in (0.0, spec.default_noise):
        d = make_dataset(name, noise=noise, seed=7)
        assert d.X.shape == (2, spec.default_m) and d.y.shape == (spec.default_m,)
        assert d.name == name and d.problem == spec.problem and d.n_classes == spec.n_classes
        assert np.all(np.isfinite(d.X)) and np.all(np.isfinite(d.y))
        assert np.abs(d.X).max() <= (5.0 if noise == 0 else 5.5)
        if spec.problem == "regression":
            assert d.y.dtype == np.float64 and d.class_names == ()
        else:
            counts = np.bincount(d.y, minlength=spec.n_classes)
            assert len(counts) == spec.n_classes and counts.max() - counts.min() <= 1


@pytest.mark.parametrize("name", ALL)
def test_generator_is_deterministic_per_seed_and_differs_across_seeds(name):
    a, b, c = make_dataset(name, seed=3), make_dataset(name, seed=3), make_dataset(name, seed=4)
    assert np.array_equal(a.X, b.X) and np.array_equal(a.y, b.y)
    assert not np.array_equal(a.X, c.X)


@pytest.mark.parametrize("name", ALL)
def test_noise_changes_the_points(name):
    clean, noisy = make_dataset(name, noise=0.0), make_dataset(name, noise=0.3)
    assert not (np.array_equal(clean.X, noisy.X) and np.array_equal(clean.y, noisy.y))


@pytest.mark.parametrize("name", JITTERED)
def test_noise_is_a_standard_deviation_on_the_natural_scale(name):
    clean, noisy = make_dataset(name, m=2000, noise=0.0, seed=5), make_dataset(name, m=2000, noise=0.5, seed=5)
    if DATASETS[name].problem == "regression":
        assert np.array_equal(clean.X, noisy.X)
        diff = noisy.y - clean.y
    else:
        assert np.array_equal(clean.y, noisy.y)
        diff = (noisy.X - clean.X).ravel()
    assert abs(diff.std() - 0.5) < 0.05 and abs(diff.mean()) < 0.05


def test_clean_sets_have_their_documented_shapes():
    d = make_dataset("circles", noise=0.0)
    radius = np.hypot(d.X[0], d.X[1])
    assert radius[d.y == 1].max() <= 2.0 and radius[d.y == 0].min() >= 3.0
    d = make_dataset("xor", noise=0.0)
    assert np.array_equal(d.y, (d.X[0] * d.X[1] > 0).astype(int))
    d = make_dataset("linear", noise=0.0)
    side = -np.sin(np.pi / 6) * d.X[0] + np.cos(np.pi / 6) * d.X[1]  # signed distance to the 30° line
    assert np.array_equal(d.y, (side > 0).astype(int)) and np.abs(side).min() >= 0.25 - 1e-12
    d = make_dataset("gaussians", m=4000, noise=0.0)
    np.testing.assert_allclose(d.X[:, d.y == 0].mean(axis=1), [-1.75, -1.75], atol=0.1)
    np.testing.assert_allclose(d.X[:, d.y == 1].std(axis=1), [0.75, 0.75], atol=0.05)
    d = make_dataset("moons", noise=0.0)
    for j, centre in ((0, (-1.25, -0.625)), (1, (1.25, 0.625))):
        pts = d.X[:, d.y == j]
        np.testing.assert_allclose(np.hypot(pts[0] - centre[0], pts[1] - centre[1]), 2.5)
    d = make_dataset("spiral3", noise=0.0)
    assert set(d.y.tolist()) == {0, 1, 2} and np.hypot(d.X[0], d.X[1]).max() <= 4.5
    d = make_dataset("plane", noise=0.0)
    np.testing.assert_allclose(d.y, 0.5 * d.X[0] - 0.25 * d.X[1] + 1.0)
    d = make_dataset("multi_gaussian", noise=0.0)
    assert d.y.min() < -0.5 and d.y.max() > 0.5 and np.abs(d.y).max() <= 1.1


@pytest.mark.parametrize(
    "kwargs, words",
    [
        ({"name": "nope"}, ["nope", "flower"]),
        ({"name": "flower", "m": 1}, ["1", "2", "100000"]),
        ({"name": "flower", "m": 100_001}, ["100001", "100000"]),
        ({"name": "spiral3", "m": 2}, ["3", "2"]),
        ({"name": "flower", "m": 2.5}, ["2.5", "whole"]),
        ({"name": "flower", "noise": -0.1}, ["-0.1", "[0, 5]"]),
        ({"name": "flower", "noise": 6}, ["6", "[0, 5]"]),
        ({"name": "flower", "noise": float("nan")}, ["nan"]),
        ({"name": "flower", "seed": -1}, ["seed", "-1"]),
    ],
)
def test_make_dataset_rejects_bad_arguments(kwargs, words):
    with pytest.raises(DatasetError) as info:
        make_dataset(**kwargs)
    for word in words:
        assert word in str(info.value)


def test_smallest_datasets_have_every_class():
    assert np.bincount(make_dataset("flower", m=2).y).tolist() == [1, 1]
    assert np.bincount(make_dataset("spiral3", m=3).y).tolist() == [1, 1, 1]


# --- the Dataset object ----------------------------------------------------------------


@pytest.mark.parametrize(
    "args",
    [
        (np.zeros((3, 4)), np.zeros(4), "binary"),
        (np.zeros((2, 4)), np.zeros(3), "binary"),
        (np.array([[0.0, np.nan], [0.0, 0.0]]), [0, 1], "binary"),
        (np.zeros((2, 2)), [0, 2], "binary"),
        (np.zeros((2, 2)), [0, -1], "binary"),
        (np.zeros((2, 2)), [0, 0.5], "binary"),
        (np.zeros((2, 2)), [0, 1], "ternary"),
        (np.zeros((2, 2)), [0, 1], "multiclass"),
        (np.zeros((2, 2)), [0, 1e30], "multiclass"),
        (np.zeros((2, 2)), ["a", "b"], "binary"),
        (np.zeros((2, 2)), [0.0, np.inf], "regression"),
    ],
)
def test_dataset_rejects_invalid_points(args):
    with pytest.raises(DatasetError):
        Dataset(*args)


def test_dataset_rejects_inconsistent_class_names():
    with pytest.raises(DatasetError):
        Dataset(np.zeros((2, 2)), [0, 1], "binary", class_names=("a", "a"))
    with pytest.raises(DatasetError):
        Dataset(np.zeros((2, 2)), [0, 1], "binary", class_names=("a", "b", "c"))
    with pytest.raises(DatasetError):
        Dataset(np.zeros((2, 2)), [0.5, 1.0], "regression", class_names=("a",))


def test_dataset_may_be_empty_and_converts_types():
    d = Dataset(np.zeros((2, 0)), [], "binary")
    assert d.m == 0 and d.n_classes == 2 and d.Y().shape == (1, 0)
    d = Dataset([[1, 2], [3, 4]], [True, False], "binary")
    assert d.X.dtype == np.float64 and d.y.dtype == np.int64 and d.class_names == ("0", "1")


def test_dataset_arrays_are_read_only_copies():
    X, y = np.zeros((2, 3)), np.array([0, 1, 1])
    d = from_points(X, y, "binary")
    X[0, 0] = 9.0
    assert d.X[0, 0] == 0.0
    with pytest.raises(ValueError):
        d.X[0, 0] = 1.0
    with pytest.raises(ValueError):
        d.y[0] = 1


def test_Y_follows_the_course_shapes():
    d = make_dataset("flower", m=10)
    assert d.Y().shape == (1, 10) and d.Y().dtype == np.float64
    assert np.array_equal(d.Y()[0], d.y)
    d = make_dataset("spiral3", m=30)
    Y = d.Y()
    assert Y.shape == (3, 30) and np.all(Y.sum(axis=0) == 1) and np.array_equal(Y.argmax(axis=0), d.y)
    d = make_dataset("plane", m=10)
    assert np.array_equal(d.Y(), d.y.reshape(1, 10))


def test_subset_and_with_points_keep_the_classes():
    d = from_points(np.arange(8.0).reshape(2, 4), [0, 2, 1, 2], "multiclass", ("a", "b", "c"), name="mine")
    s = d.subset([1, 3])
    assert s.m == 2 and np.array_equal(s.X, [[1, 3], [5, 7]]) and s.y.tolist() == [2, 2]
    assert (s.class_names, s.name, s.problem, s.n_classes) == (("a", "b", "c"), "mine", "multiclass", 3)
    assert s.Y().shape == (3, 2)
    assert d.subset(np.array([True, False, False, True])).y.tolist() == [0, 2]
    w = d.with_points(np.ones((2, 1)), [1])
    assert w.class_names == ("a", "b", "c") and w.m == 1


@pytest.mark.parametrize("name", ["flower", "spiral3", "plane"])
def test_to_dict_round_trip_through_json_is_exact(name):
    d = make_dataset(name, m=50, seed=9)
    back = Dataset.from_dict(json.loads(json.dumps(d.to_dict())))
    assert np.array_equal(back.X, d.X) and np.array_equal(back.y, d.y) and back.y.dtype == d.y.dtype
    assert (back.problem, back.name, back.class_names) == (d.problem, d.name, d.class_names)
    empty = d.subset([])
    back = Dataset.from_dict(json.loads(json.dumps(empty.to_dict())))
    assert back.m == 0 and back.class_names == d.class_names


def test_from_dict_rejects_malformed_data():
    with pytest.raises(DatasetError, match="missing"):
        Dataset.from_dict({"X": [[0.0], [0.0]], "y": [0]})
    with pytest.raises(DatasetError):
        Dataset.from_dict([1, 2])
    with pytest.raises(DatasetError):
        Dataset.from_dict({"X": [[0.0], ["x"]], "y": [0], "problem": "binary"})


def test_from_points_keeps_names():
    d = from_points([[0.0, 1.0], [0.0, 1.0]], [1, 0], "binary", ("cat", "dog"), name="pets")
    assert d.class_names == ("cat", "dog") and d.name == "pets" and d.y.tolist() == [1, 0]


# --- train/test split ----------------------------------------------------------------


def _columns(d: Dataset) -> set[tuple[float, float]]:
    return set(map(tuple, d.X.T.tolist()))


def test_split_sizes_stratification_and_disjointness():
    d = make_dataset("flower")
    train, test = train_test_split(d, 0.2, seed=0)
    assert (train.m, test.m) == (320, 80)
    assert np.bincount(train.y).tolist() == [160, 160] and np.bincount(test.y).tolist() == [40, 40]
    assert not _columns(train) & _columns(test)
    assert _columns(train) | _columns(test) == _columns(d)
    assert train.class_names == test.class_names == d.class_names
    assert not np.all(np.diff(train.y) >= 0)  # shuffled, not grouped by class


def test_split_is_deterministic_per_seed():
    d = make_dataset("moons")
    a, b, c = train_test_split(d, 0.3, 5), train_test_split(d, 0.3, 5), train_test_split(d, 0.3, 6)
    assert np.array_equal(a[0].X, b[0].X) and np.array_equal(a[1].X, b[1].X)
    assert not np.array_equal(a[1].X, c[1].X)


def test_split_edge_cases():
    d = make_dataset("spiral3", m=3)
    train, test = train_test_split(d, 0.9, 0)
    assert (train.m, test.m) == (3, 0) and sorted(train.y.tolist()) == [0, 1, 2]
    train, test = train_test_split(make_dataset("plane", m=10), 0.0, 0)
    assert (train.m, test.m) == (10, 0) and test.problem == "regression"
    train, test = train_test_split(make_dataset("plane", m=10), 0.9, 0)
    assert (train.m, test.m) == (1, 9)
    train, test = train_test_split(Dataset(np.zeros((2, 0)), [], "binary"), 0.5, 0)
    assert train.m == test.m == 0


@pytest.mark.parametrize("ratio", [-0.1, 0.95, float("nan"), "0.2"])
def test_split_rejects_bad_ratio(ratio):
    with pytest.raises(DatasetError, match="test ratio"):
        train_test_split(make_dataset("flower"), ratio, 0)


@settings(max_examples=60, deadline=None)
@given(
    labels=st.lists(st.integers(0, 2), min_size=1, max_size=60),
    ratio=st.floats(0.0, 0.9),
    seed=st.integers(0, 1000),
)
def test_split_property(labels, ratio, seed):
    m = len(labels)
    X = np.vstack([np.arange(m, dtype=float), np.zeros(m)])
    d = from_points(X, labels, "multiclass", ("a", "b", "c"))
    train, test = train_test_split(d, ratio, seed)
    assert train.m + test.m == m and train.m >= 1
    assert sorted(train.X[0].tolist() + test.X[0].tolist()) == list(range(m))
    assert set(train.y.tolist()) == set(labels)  # every class present stays in train
    assert abs(test.m - round(ratio * m)) <= 3
