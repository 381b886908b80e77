"""Hyperparameters: the course's defaults, every range check names its field, round trips."""

from __future__ import annotations

import json
import math

import pytest

from backprop_studio.core.errors import HyperparameterError
from backprop_studio.core.training.hyperparameters import Hyperparameters


def test_defaults_are_the_courses_planar_network():
    hp = Hyperparameters()
    assert hp.layer_dims() == [2, 4, 1]
    assert hp.activations() == ["tanh", "sigmoid"]
    assert hp.learning_rate == 1.2
    assert hp.init_scale == 0.01
    assert hp.batch_size is None and hp.lambd == 0.0
    assert hp.problem == "binary" and hp.n_y == 1 and hp.output_activation == "sigmoid"
    assert hp.n_hidden_layers == 1


def test_derived_values_for_other_problems():
    hp = Hyperparameters(hidden_units=(8, 8), hidden_activations=("relu", "relu"),
                         features=("x1", "x2", "x1_x2"), problem="multiclass", n_classes=4)
    assert hp.layer_dims() == [3, 8, 8, 4]
    assert hp.activations() == ["relu", "relu", "softmax"]
    reg = Hyperparameters(hidden_units=(), hidden_activations=(), problem="regression")
    assert reg.layer_dims() == [2, 1]
    assert reg.activations() == ["linear"]


def test_lists_are_stored_as_tuples():
    hp = Hyperparameters(hidden_units=[3, 2], hidden_activations=["tanh", "relu"], features=["x1"])
    assert hp.hidden_units == (3, 2) and hp.hidden_activations == ("tanh", "relu") and hp.features == ("x1",)
    hash(hp)  # usable as a dict key


@pytest.mark.parametrize(
    "changes, field",
    [
        (dict(hidden_units=(0,)), "units in hidden layer 1"),
        (dict(hidden_units=(65,)), "units in hidden layer 1"),
        (dict(hidden_units=(4, 2.5), hidden_activations=("tanh", "tanh")), "units in hidden layer 2"),
        (dict(hidden_units=(4, True), hidden_activations=("tanh", "tanh")), "units in hidden layer 2"),
        (dict(hidden_units=(2,) * 11, hidden_activations=("tanh",) * 11), "hidden layers"),
        (dict(hidden_units=(4, 4)), "activations"),
        (dict(hidden_activations=("softmax",)), "activation of hidden layer 1"),
        (dict(hidden_activations=("swish",)), "activation of hidden layer 1"),
        (dict(initialization="orthogonal"), "initialization"),
        (dict(init_scale=-0.5), "initialization scale"),
        (dict(init_scale=101.0), "initialization scale"),
        (dict(init_scale=math.nan), "initialization scale"),
        (dict(learning_rate=0.0), "learning rate"),
        (dict(learning_rate=-1.0), "learning rate"),
        (dict(learning_rate=2e6), "learning rate"),
        (dict(learning_rate=math.inf), "learning rate"),
        (dict(learning_rate=math.nan), "learning rate"),
        (dict(learning_rate="1.2"), "learning rate"),
        (dict(learning_rate=True), "learning rate"),
        (dict(batch_size=0), "mini-batch size"),
        (dict(batch_size=32.0), "mini-batch size"),
        (dict(lambd=-0.1), "L2 regularization"),
        (dict(lambd=101.0), "L2 regularization"),
        (dict(leaky_alpha=1.0), "leaky ReLU slope"),
        (dict(leaky_alpha=-0.01), "leaky ReLU slope"),
        (dict(features=()), "feature"),
        (dict(features=("x1", "x3")), "input feature 'x3'"),
        (dict(features=("x1", "x1")), "each input feature"),
        (dict(standardize="yes"), "standardize"),
        (dict(seed=-1), "seed"),
        (dict(seed=2**32), "seed"),
        (dict(seed=1.5), "seed"),
        (dict(problem="ranking"), "problem"),
        (dict(problem="multiclass", n_classes=2), "number of classes"),
        (dict(problem="multiclass", n_classes=11), "number of classes"),
        (dict(problem="binary", n_classes=3), "binary"),
    ],
)
def test_each_range_violation_names_its_field(changes, field):
    with pytest.raises(HyperparameterError, match=field):
        Hyperparameters(**changes)
    # with_changes validates too
    with pytest.raises(HyperparameterError, match=field):
        Hyperparameters().with_changes(**changes)


@pytest.mark.parametrize(
    "changes",
    [dict(learning_rate=1e-6), dict(learning_rate=1e6), dict(hidden_units=(64,)), dict(hidden_units=(1,) * 10,
     hidden_activations=("relu",) * 10), dict(hidden_units=(), hidden_activations=()), dict(lambd=100.0),
     dict(init_scale=0.0), dict(leaky_alpha=0.0), dict(batch_size=1), dict(seed=0), dict(seed=2**32 - 1)],
)
def test_the_ends_of_each_range_are_allowed(changes):
    Hyperparameters(**changes)


def test_to_dict_from_dict_round_trip_through_json():
    hp = Hyperparameters(hidden_units=(5, 3), hidden_activations=("relu", "leaky_relu"), initialization="he",
                         init_scale=0.5, learning_rate=0.03, batch_size=32, lambd=0.1, leaky_alpha=0.2,
                         features=("x1", "x2", "sin_x1"), standardize=True, seed=9, problem="multiclass",
                         n_classes=3)
    data = hp.to_dict()
    assert data["hidden_units"] == [5, 3] and data["features"] == ["x1", "x2", "sin_x1"]
    again = Hyperparameters.from_dict(json.loads(json.dumps(data)))
    assert again == hp
    assert Hyperparameters.from_dict(Hyperparameters().to_dict()) == Hyperparameters()


def test_from_dict_rejects_unknown_and_invalid_fields():
    data = Hyperparameters().to_dict()
    with pytest.raises(HyperparameterError, match="momentum"):
        Hyperparameters.from_dict({**data, "momentum": 0.9})
    with pytest.raises(HyperparameterError, match="learning rate"):
        Hyperparameters.from_dict({**data, "learning_rate": -3})


def test_with_changes_returns_a_validated_copy():
    hp = Hyperparameters()
    other = hp.with_changes(learning_rate=0.5)
    assert other.learning_rate == 0.5 and hp.learning_rate == 1.2
    assert other.hidden_units == hp.hidden_units


def test_architecture_changes_with_the_network_not_with_training_settings():
    hp = Hyperparameters()
    same = [dict(learning_rate=0.01), dict(lambd=1.0), dict(batch_size=16), dict(seed=7),
            dict(initialization="he"), dict(init_scale=1.0)]
    for changes in same:
        assert hp.with_changes(**changes).architecture() == hp.architecture(), changes
    different = [dict(hidden_units=(5,)), dict(hidden_activations=("relu",)),
                 dict(hidden_units=(4, 4), hidden_activations=("tanh", "tanh")), dict(features=("x1", "x2", "x1_x2")),
                 dict(standardize=True), dict(problem="regression")]
    for changes in different:
        assert hp.with_changes(**changes).architecture() != hp.architecture(), changes
