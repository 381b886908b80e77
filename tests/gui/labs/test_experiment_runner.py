"""ExperimentRunner: a sweep in the background equals separate headless runs; cancel; CSV export."""

from __future__ import annotations

import csv

import numpy as np
import pytest

from backprop_studio.core.training.trainer import Trainer
from backprop_studio.gui.labs.experiment_runner import ExperimentRunner
from backprop_studio.core.data.pipeline import DataSpec
from backprop_studio.gui.model.session import TrainingSession
from backprop_studio.gui.views.cost_curve import format_cost, format_percent


@pytest.fixture
def session(qtbot) -> TrainingSession:
    return TrainingSession(DataSpec(test_ratio=0.2))  # sweeps compare training and test accuracy


@pytest.fixture
def runner(qtbot, session) -> ExperimentRunner:
    widget = ExperimentRunner(session)
    qtbot.addWidget(widget)
    yield widget
    widget.close()  # stops a worker a failing test may have left running


def choose(runner: ExperimentRunner, parameter: str, values: str, iterations: int) -> None:
    runner.parameter_combo.setCurrentIndex(runner.parameter_combo.findData(parameter))
    runner.values_edit.setText(values)
    runner.iterations_spin.setValue(iterations)


def headless(session: TrainingSession, n: int, **changes) -> Trainer:
    p = session.prepared
    trainer = Trainer(session.hyperparameters.with_changes(**changes), p.X_train, p.Y_train, p.X_test, p.Y_test)
    for _ in range(n):
        trainer.step()
    return trainer


def test_sweep_fills_table_and_plot_with_the_headless_numbers(runner, session, qtbot):
    choose(runner, "hidden_units", "1, 2, 4", 200)
    with qtbot.waitSignal(runner.sweep_finished, timeout=30000) as finished:
        runner.run_button.click()
        assert runner.is_running and runner.cancel_button.isEnabled() and not runner.run_button.isEnabled()
    sweep = finished.args[0]
    assert sweep.complete and not runner.is_running and runner.run_button.isEnabled()
    rows = runner.table_text()
    assert [row[0] for row in rows] == ["1", "2", "4"]
    curves = runner.curve_data()
    assert len(curves) == 3
    for row, curve, run, n in zip(rows, curves, runner.results(), (1, 2, 4)):
        trainer = headless(session, 200, hidden_units=(n,))
        _, costs = trainer.history.cost_curve()
        assert np.array_equal(run.costs, costs) and np.array_equal(curve[1], costs)
        for key, value in trainer.parameters().items():
            assert np.array_equal(run.parameters[key], value)
        m = trainer.evaluate()
        assert row[1:5] == [format_cost(m.train_cost), format_cost(m.test_cost), format_percent(m.train_accuracy),
                            format_percent(m.test_accuracy)]
        assert float(row[5]) >= 0
    assert runner.progress_bar.value() == runner.progress_bar.maximum()
    assert "Done: 3 runs" in runner.progress_label.text()
    assert runner.results_view.plot.getPlotItem().legend.items[0][1].text == "n[1] = 1"


def test_other_hyperparameters_sweep_too(runner, session, qtbot):
    choose(runner, "learning_rate", "0.1, 1.2", 50)
    with qtbot.waitSignal(runner.sweep_finished, timeout=30000):
        runner.run()
    assert [row[0] for row in runner.table_text()] == ["0.1", "1.2"]
    trainer = headless(session, 50, learning_rate=0.1)
    assert np.array_equal(runner.results()[0].costs, trainer.history.cost_curve()[1])


def test_cancel_stops_early_and_keeps_the_runs_so_far(runner, qtbot):
    choose(runner, "hidden_units", "1, 2, 3", 200_000)  # far longer than the test waits
    runner.run()
    # Progress arrives while the worker trains: the window's event loop is live.
    qtbot.waitUntil(lambda: runner.progress_bar.value() > 0, timeout=30000)
    with qtbot.waitSignal(runner.sweep_finished, timeout=30000) as finished:
        runner.cancel_button.click()
    sweep = finished.args[0]
    assert not sweep.complete
    assert sweep.runs and sweep.runs[-1].status == "cancelled" and sweep.runs[-1].iterations < 200_000
    rows = runner.table_text()
    assert len(rows) == len(sweep.runs) < 3
    assert "stopped at" in rows[-1][0]
    assert "Cancelled after" in runner.progress_label.text()
    assert runner.run_button.isEnabled() and not runner.cancel_button.isEnabled()


def test_export_writes_the_table(runner, qtbot, tmp_path):
    target = tmp_path / "results.csv"
    runner.ask_save_path = lambda parent: str(target)
    assert not runner.export_csv()  # nothing yet
    choose(runner, "activation", "tanh, relu", 30)
    with qtbot.waitSignal(runner.sweep_finished, timeout=30000):
        runner.run()
    assert runner.export_button.isEnabled()
    runner.export_button.click()
    with open(target, newline="", encoding="utf-8") as stream:
        rows = list(csv.reader(stream))
    assert rows[0][:2] == ["activation", "status"]
    assert [row[0] for row in rows[1:]] == ["tanh", "relu"]
    for row, run in zip(rows[1:], runner.results()):
        assert float(row[3]) == run.train_cost and float(row[6]) == run.test_accuracy
    assert str(target) in runner.export_label.text()


def test_export_failure_is_reported_not_raised(runner, session, qtbot, tmp_path):
    choose(runner, "hidden_units", "2", 10)
    with qtbot.waitSignal(runner.sweep_finished, timeout=30000):
        runner.run()
    with qtbot.waitSignal(session.problem_reported):
        assert not runner.export_csv(str(tmp_path / "missing" / "x.csv"))
    assert "Could not save" in runner.export_label.text()


def test_refused_values_say_why_and_start_nothing(runner):
    choose(runner, "hidden_units", "1, x", 10)
    assert not runner.run()
    assert not runner.is_running and "not a whole number" in runner.problem_label.text()
    assert not runner.problem_label.isHidden()
    choose(runner, "hidden_units", "500", 10)  # above the network's limit: refused before training
    assert not runner.run() and "between 1 and" in runner.problem_label.text()


def test_choosing_a_hyperparameter_offers_its_defaults_and_presets_apply(runner):
    runner.parameter_combo.setCurrentIndex(runner.parameter_combo.findData("initialization"))
    assert runner.values_edit.text() == "zeros, random, random×10, xavier, he"
    runner.apply_preset({"parameter": "hidden_units", "values": (1, 2, 3, 4, 5, 20, 50), "iterations": 5000})
    assert runner.parameter == "hidden_units"
    assert runner.values_edit.text() == "1, 2, 3, 4, 5, 20, 50"
    assert runner.iterations_spin.value() == 5000


def test_log_scale_toggles_the_axis(runner):
    axis = runner.results_view.plot.getPlotItem().getAxis("left")
    runner.results_view.log_box.setChecked(True)
    assert axis.logMode
    runner.results_view.log_box.setChecked(False)
    assert not axis.logMode
