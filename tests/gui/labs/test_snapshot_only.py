"""No lab reads the trainer or the session's live state: every one takes its numbers from ``session.snapshot``.

``TrainingSession.trainer`` (and, for labs, the session's other live readings) raise
while each lab is driven through what a student does; nothing may raise. An
exception in a Qt slot or in the worker's report fails the test.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QMainWindow

from backprop_studio.core.training.hyperparameters import Hyperparameters
from backprop_studio.gui.labs.experiment_runner import ExperimentRunner
from backprop_studio.gui.labs.gradient_check_dialog import GradientCheckDialog
from backprop_studio.gui.labs.menu import LabWindows
from backprop_studio.gui.labs.vectorization_lab import VectorizationLab
from backprop_studio.gui.model.session import TrainingSession
from tests.gui.panels.snapshot_guard import forbid_live_reads

TIMEOUT_MS = 60_000


@pytest.fixture
def session(qtbot, monkeypatch) -> TrainingSession:
    forbid_live_reads(monkeypatch)
    return TrainingSession()


def test_the_gradient_check_reads_only_snapshots(qtbot, session):
    dialog = GradientCheckDialog(session)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.check_finished, timeout=TIMEOUT_MS):
        dialog.show()  # opening it runs the check
    session.step_iteration()
    assert "changed since this check" in dialog.data_label.text()
    assert session.set_weight("W2", 0, 1, 0.5)
    with qtbot.waitSignal(dialog.check_finished, timeout=TIMEOUT_MS) as finished:
        dialog.run_button.click()
    assert finished.args[0].passed and "iteration 1" in dialog.data_label.text()
    QCoreApplication.sendEvent(dialog, QEvent(QEvent.Type.LanguageChange))
    dialog.close()


def test_the_vectorization_lab_reads_only_snapshots(qtbot, monkeypatch):
    forbid_live_reads(monkeypatch)
    session = TrainingSession(hyperparameters=Hyperparameters(hidden_units=(), hidden_activations=()))
    lab = VectorizationLab(session)
    qtbot.addWidget(lab)
    session.step_iteration()
    with qtbot.waitSignal(lab.gradient_finished, timeout=TIMEOUT_MS):
        lab.gradient_button.click()
    assert lab.table.rowCount() == 4
    session.step_iteration()  # trained on: the numbers stay, labelled by the iteration they used
    assert lab.table.rowCount() == 4
    assert session.set_weight("W1", 0, 0, 1.5)  # the weights they used were replaced
    assert lab.table.rowCount() == 0
    session.set_hidden_units((3,))
    session.set_data_spec(name="spiral3")
    QCoreApplication.sendEvent(lab, QEvent(QEvent.Type.LanguageChange))
    assert not lab.gradient_button.isEnabled()
    lab.close()


def test_the_experiment_runner_reads_only_snapshots(qtbot, session):
    runner = ExperimentRunner(session)
    qtbot.addWidget(runner)
    runner.show()
    session.set_learning_rate(0.3)
    assert "α = 0.3" in runner.base_label.text()
    runner.apply_preset({"parameter": "hidden_units", "values": (1, 2), "iterations": 30})
    with qtbot.waitSignal(runner.sweep_finished, timeout=TIMEOUT_MS):
        runner.run_button.click()
    assert len(runner.table_text()) == 2
    runner.close()


def test_every_lab_opens_from_the_menu_without_reading_the_trainer(qtbot, session):
    window = QMainWindow()
    qtbot.addWidget(window)
    labs = LabWindows(window, session)
    for name, action in labs.actions.items():
        action.trigger()
        assert labs.lab(name).isVisible()
    qtbot.waitUntil(lambda: not labs.lab("gradient_check").busy, timeout=TIMEOUT_MS)
    session.step_iteration()
    labs.close_all()
