"""Pipeline: split → features → standardize (train statistics only), problem fitting, the grid."""

from __future__ import annotations

import numpy as np
import pytest

from backprop_studio.core.data.datasets import from_points, make_dataset
from backprop_studio.core.errors import DatasetError
from backprop_studio.core.data.features import make_features
from backprop_studio.core.training.hyperparameters import Hyperparameters
from backprop_studio.core.data.pipeline import DataSpec, data_bounds, export_meta, fit_problem, grid, prepare
from backprop_studio.core.session import Session


def test_prepare_standardizes_with_the_training_statistics_only():
    dataset = make_dataset("flower")
    hp = Hyperparameters(features=("x1", "x2", "x1_x2"), standardize=True)
    prepared = prepare(dataset, hp, test_ratio=0.25, split_seed=3)
    assert prepared.X_train.shape == (3, 300) and prepared.X_test.shape == (3, 100)
    # Train: mean 0, std 1 per feature.
    np.testing.assert_allclose(prepared.X_train.mean(axis=1), 0.0, atol=1e-12)
    np.testing.assert_allclose(prepared.X_train.std(axis=1), 1.0, rtol=1e-12)
    # The statistics are the training split's, not the whole dataset's.
    raw_train = make_features(prepared.train.X, hp.features)
    np.testing.assert_allclose(prepared.standardizer.mean.ravel(), raw_train.mean(axis=1), rtol=1e-12)
    np.testing.assert_allclose(prepared.standardizer.std.ravel(), raw_train.std(axis=1), rtol=1e-12)
    raw_all = make_features(dataset.X, hp.features)
    assert not np.allclose(prepared.standardizer.mean.ravel(), raw_all.mean(axis=1), rtol=0, atol=1e-9)
    # Test: transformed with the train statistics, so in general its mean is not 0.
    assert np.abs(prepared.X_test.mean(axis=1)).max() > 1e-3
    raw_test = make_features(prepared.test.X, hp.features)
    np.testing.assert_allclose(prepared.X_test, (raw_test - raw_train.mean(axis=1, keepdims=True))
                               / raw_train.std(axis=1, keepdims=True), rtol=1e-12, atol=1e-12)


def test_split_sizes_labels_and_no_overlap():
    dataset = make_dataset("flower")
    prepared = prepare(dataset, Hyperparameters(), test_ratio=0.2, split_seed=1)
    assert prepared.train.m == 320 and prepared.test.m == 80
    assert prepared.Y_train.shape == (1, 320) and prepared.Y_test.shape == (1, 80)
    np.testing.assert_array_equal(prepared.Y_train[0], prepared.train.y)
    both = np.hstack([prepared.train.X, prepared.test.X])
    assert np.unique(both, axis=1).shape[1] == 400  # every point exactly once


def test_without_standardization_inputs_are_the_raw_features():
    dataset = make_dataset("flower")
    prepared = prepare(dataset, Hyperparameters(features=("x1", "x2", "x1_squared")), test_ratio=0.0)
    np.testing.assert_array_equal(prepared.X_train[:2], prepared.train.X)
    np.testing.assert_array_equal(prepared.X_train[2], prepared.train.X[0] ** 2)
    assert prepared.test.m == 0 and prepared.X_test.shape == (3, 0)


@pytest.mark.parametrize("standardize", [False, True])
def test_inputs_maps_raw_points_exactly_as_training(standardize):
    dataset = make_dataset("moons")
    hp = Hyperparameters(features=("x1", "x2", "x1_x2", "sin_x2"), standardize=standardize)
    prepared = prepare(dataset, hp)
    np.testing.assert_array_equal(prepared.inputs(prepared.train.X), prepared.X_train)
    np.testing.assert_array_equal(prepared.inputs(prepared.test.X), prepared.X_test)
    # One point on its own gives the same column.
    np.testing.assert_array_equal(prepared.inputs(prepared.train.X[:, 5:6]), prepared.X_train[:, 5:6])


def test_fit_problem_reads_the_dataset():
    hp = Hyperparameters()
    multi = fit_problem(hp, make_dataset("spiral3"))
    assert multi.problem == "multiclass" and multi.n_classes == 3
    assert multi.layer_dims() == [2, 4, 3] and multi.activations() == ["tanh", "softmax"]
    back = fit_problem(multi, make_dataset("flower"))
    assert back.problem == "binary" and back.n_classes == 2 and back.layer_dims() == [2, 4, 1]
    reg = fit_problem(hp, make_dataset("plane"))
    assert reg.problem == "regression" and reg.activations() == ["tanh", "linear"]
    assert multi.learning_rate == hp.learning_rate  # nothing else changes


def test_a_session_trains_on_the_prepared_matrices():
    session = Session(DataSpec(name="spiral3", m=300, noise=0.2, test_ratio=0.2), Hyperparameters(standardize=True))
    trainer, prepared = session.trainer, session.prepared
    np.testing.assert_array_equal(trainer.X_train, prepared.X_train)
    np.testing.assert_array_equal(trainer.Y_train, prepared.Y_train)
    assert trainer.Y_train.shape == (3, prepared.train.m)
    np.testing.assert_array_equal(trainer.Y_train.sum(axis=0), 1.0)  # one-hot
    session.train(20)
    metrics = trainer.evaluate()
    assert metrics.test_accuracy is not None
    meta = export_meta(trainer, prepared, metrics)
    assert meta["layer_dims"] == [2, 4, 3] and meta["activations"] == ["tanh", "softmax"]
    assert meta["problem"] == "multiclass" and meta["class_names"] == ["0", "1", "2"]
    assert meta["iteration"] == 20 and meta["train_cost"] == metrics.train_cost
    assert meta["standardization"]["mean"] == prepared.standardizer.mean.ravel().tolist()


def test_grid_shape_and_order():
    x1, x2, points = grid((0.0, 1.0, 10.0, 12.0), resolution=3)
    np.testing.assert_array_equal(x1, [0.0, 0.5, 1.0])
    np.testing.assert_array_equal(x2, [10.0, 11.0, 12.0])
    assert points.shape == (2, 9)
    # x1 varies fastest: (0,10) (0.5,10) (1,10) (0,11) ...
    np.testing.assert_array_equal(points[0], [0.0, 0.5, 1.0] * 3)
    np.testing.assert_array_equal(points[1], [10.0] * 3 + [11.0] * 3 + [12.0] * 3)
    # So output.reshape(r, r) is indexed [x2, x1].
    image = points[0].reshape(3, 3) + 100 * points[1].reshape(3, 3)
    assert image[2, 0] == 0.0 + 100 * 12.0
    x1, x2, points = grid((-1.0, 1.0, -2.0, 2.0))
    assert points.shape == (2, 100 * 100) and x1.shape == (100,) and x2.shape == (100,)


def test_data_bounds_has_a_margin_and_is_never_empty():
    d = from_points(np.array([[0.0, 10.0], [0.0, 5.0]]), np.array([0, 1]), "binary")
    assert data_bounds(d, margin=0.1) == pytest.approx((-1.0, 11.0, -0.5, 5.5))
    one = from_points(np.array([[2.0], [3.0]]), np.array([1]), "binary")
    lo1, hi1, lo2, hi2 = data_bounds(one)
    assert lo1 < 2.0 < hi1 and lo2 < 3.0 < hi2


def test_prepare_refuses_an_empty_dataset():
    empty = from_points(np.zeros((2, 0)), np.zeros(0, dtype=int), "binary")
    with pytest.raises(DatasetError, match="no points"):
        prepare(empty, Hyperparameters())


def test_data_spec_makes_the_dataset():
    d = DataSpec("circles", m=50, noise=0.1, seed=4).make()
    assert d.m == 50 and d.name == "circles"
    np.testing.assert_array_equal(d.X, make_dataset("circles", 50, 0.1, 4).X)
