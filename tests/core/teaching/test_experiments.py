"""Sweeps: each run equals a separate headless run; values parse; cancel keeps partial results; CSV."""

from __future__ import annotations

import csv

import numpy as np
import pytest

from backprop_studio.core.errors import HyperparameterError
from backprop_studio.core.teaching.experiments import (
    DEFAULT_VALUES, PARAMETERS, SweepState, csv_rows, hyperparameters_for, parse_values, run_sweep, value_label,
    write_csv,
)
from backprop_studio.core.training.hyperparameters import Hyperparameters
from backprop_studio.core.data.pipeline import DataSpec
from backprop_studio.core.session import Session
from backprop_studio.core.training.trainer import Trainer


@pytest.fixture(scope="module")
def prepared():
    """The data a sweep runs on: a session's points (the fixture's name is historical), a fifth held out
    for testing, as lesson 11 compares training and test accuracy."""
    return Session(DataSpec(test_ratio=0.2))


def headless(source: Session, hp: Hyperparameters, n: int) -> Trainer:
    """A plain Trainer on the same split, stepped n times: what each run must equal."""
    p = source.prepared
    trainer = Trainer(hp, p.X_train, p.Y_train, p.X_test, p.Y_test)
    for _ in range(n):
        trainer.step()
    return trainer


def test_each_run_equals_a_separate_headless_run(prepared):
    base = Hyperparameters()
    sweep = run_sweep(prepared, base, "hidden_units", (1, 2, 4), 150)
    assert sweep.complete and [run.value for run in sweep.runs] == [1, 2, 4]
    for run in sweep.runs:
        trainer = headless(prepared, base.with_changes(hidden_units=(run.value,)), 150)
        _, costs = trainer.history.cost_curve()
        assert run.status == "finished" and run.iterations == 150
        assert np.array_equal(run.costs, costs)
        for key, value in trainer.parameters().items():
            assert np.array_equal(run.parameters[key], value)
        metrics = trainer.evaluate()
        assert run.train_cost == metrics.train_cost and run.test_cost == metrics.test_cost
        assert run.train_accuracy == metrics.train_accuracy and run.test_accuracy == metrics.test_accuracy
        assert run.seconds >= 0


def test_every_parameter_has_parsable_defaults_that_train(prepared):
    base = Hyperparameters()
    for parameter in PARAMETERS:
        values = parse_values(parameter, DEFAULT_VALUES[parameter])
        assert len(values) >= 4
        sweep = run_sweep(prepared, base, parameter, values[:2], 3)
        assert sweep.complete and all(run.iterations == 3 for run in sweep.runs)


def test_hyperparameters_for_each_kind():
    base = Hyperparameters(hidden_units=(4, 3), hidden_activations=("tanh", "relu"))
    assert hyperparameters_for(base, "hidden_units", 7).hidden_units == (7, 3)
    assert hyperparameters_for(base, "learning_rate", 0.5).learning_rate == 0.5
    assert hyperparameters_for(base, "activation", "sigmoid").hidden_activations == ("sigmoid", "sigmoid")
    big = hyperparameters_for(base, "initialization", ("random", 10.0))
    assert (big.initialization, big.init_scale) == ("random", 10.0)
    assert hyperparameters_for(base, "initialization", ("he", None)).init_scale == base.init_scale
    deep = hyperparameters_for(base, "depth", 3)
    assert deep.hidden_units == (4, 4, 4) and deep.hidden_activations == ("tanh",) * 3
    assert hyperparameters_for(base, "depth", 0).hidden_units == ()
    logistic = Hyperparameters(hidden_units=(), hidden_activations=())
    assert hyperparameters_for(logistic, "hidden_units", 5).hidden_units == (5,)
    assert hyperparameters_for(logistic, "depth", 2).hidden_units == (4, 4)


def test_parse_values_reads_what_students_type():
    assert parse_values("hidden_units", "1, 2,3 ; 4 5") == (1, 2, 3, 4, 5)
    assert parse_values("learning_rate", "0.001, 1.2, 5") == (0.001, 1.2, 5.0)
    assert parse_values("activation", "tanh, relu") == ("tanh", "relu")
    assert parse_values("initialization", "zeros, random × 10, random*0.5, xavier") == (
        ("zeros", None), ("random", 10.0), ("random", 0.5), ("xavier", None))
    assert parse_values("depth", "0 1 2") == (0, 1, 2)
    assert value_label("hidden_units", 4) == "n[1] = 4"
    assert value_label("learning_rate", 1.2) == "α = 1.2"
    assert value_label("initialization", ("random", 10.0)) == "init = random×10"


@pytest.mark.parametrize("parameter, text, fragment", [
    ("hidden_units", "", "at least one value"),
    ("hidden_units", "2, x", "not a whole number"),
    ("hidden_units", "0", "smallest value"),
    ("learning_rate", "-1", "positive"),
    ("activation", "swish", "not an activation"),
    ("initialization", "ones", "not an initialization"),
    ("momentum", "1", "cannot sweep"),
])
def test_parse_values_refuses_with_a_reason(parameter, text, fragment):
    with pytest.raises(HyperparameterError, match=fragment):
        parse_values(parameter, text)


def test_a_refused_value_stops_the_sweep_before_training(prepared):
    with pytest.raises(HyperparameterError):
        run_sweep(prepared, Hyperparameters(), "hidden_units", (2, 500), 10)
    with pytest.raises(HyperparameterError):
        run_sweep(prepared, Hyperparameters(), "hidden_units", (2,), 0)


def test_cancel_between_chunks_keeps_partial_results(prepared):
    seen = []
    progress = []

    def should_stop() -> bool:
        # The user presses Cancel during the second run, after its third chunk.
        return bool(progress) and progress[-1][0] == 1 and progress[-1][2] >= 300

    state = SweepState(should_stop, lambda *args: progress.append(args), seen.append)
    sweep = run_sweep(prepared, Hyperparameters(), "hidden_units", (1, 2, 3), 1000, state, chunk=100)
    assert not sweep.complete
    assert [run.status for run in sweep.runs] == ["finished", "cancelled"]
    assert sweep.runs[1].iterations == 300 and len(sweep.runs[1].costs) == 300
    assert seen == sweep.runs
    assert progress[0] == (0, 3, 100, 1000) and progress[-1] == (1, 3, 300, 1000)
    # The partial run is still exactly the headless run, as far as it went.
    trainer = headless(prepared, Hyperparameters(hidden_units=(2,)), 300)
    assert np.array_equal(sweep.runs[1].costs, trainer.history.cost_curve()[1])


def test_a_diverging_run_is_marked_and_the_sweep_goes_on(prepared):
    # Huge weights with a huge α make the cost explode; the next value still runs.
    base = Hyperparameters(init_scale=50.0, hidden_activations=("relu",))
    sweep = run_sweep(prepared, base, "learning_rate", (1e5, 0.01), 200)
    assert [run.status for run in sweep.runs] == ["diverged", "finished"]
    assert sweep.complete
    assert sweep.runs[0].iterations < 200 and np.isfinite(sweep.runs[0].train_cost)


def test_csv_has_a_row_per_run_with_every_digit(prepared, tmp_path):
    sweep = run_sweep(prepared, Hyperparameters(), "learning_rate", (0.1, 1.2), 20)
    path = tmp_path / "sweep.csv"
    write_csv(path, "learning_rate", sweep.runs)
    with open(path, newline="", encoding="utf-8") as stream:
        rows = list(csv.reader(stream))
    assert rows == csv_rows("learning_rate", sweep.runs)
    assert rows[0] == ["learning_rate", "status", "iterations", "train_cost", "test_cost", "train_accuracy",
                       "test_accuracy", "seconds"]
    assert [row[0] for row in rows[1:]] == ["0.1", "1.2"]
    assert float(rows[2][3]) == sweep.runs[1].train_cost
    assert float(rows[2][6]) == sweep.runs[1].test_accuracy
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".sweep-")]
    # The default session trains on all the points: no test set, so the test columns are left empty.
    everything = run_sweep(Session(), Hyperparameters(), "learning_rate", (1.2,), 20)
    write_csv(path, "learning_rate", everything.runs)
    with open(path, newline="", encoding="utf-8") as stream:
        row = list(csv.reader(stream))[1]
    assert row[4] == row[6] == "" and float(row[3]) == everything.runs[0].train_cost


def test_a_regression_sweep_has_costs_and_no_accuracy():
    session = Session(DataSpec(name="plane"))
    hp = session.hyperparameters
    assert hp.problem == "regression"
    sweep = run_sweep(session, hp, "hidden_units", (2, 4), 20)
    assert all(run.train_accuracy is None and run.test_accuracy is None for run in sweep.runs)
    rows = csv_rows("hidden_units", sweep.runs)
    assert rows[1][5] == "" and rows[1][6] == "" and float(rows[1][3]) == sweep.runs[0].train_cost
