"""No panel reads the trainer or the session's live state: every one draws from ``session.snapshot``.

``TrainingSession.trainer`` (and, for panels, the session's other live readings) raise
while each panel is driven through what a student does; nothing may raise. An
exception in a Qt slot fails the test (pytest-qt).
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QEvent

from backprop_studio.gui.model.session import TrainingSession
from backprop_studio.gui.panels.data_panel import DataPanel
from backprop_studio.gui.panels.inspector import InspectorPanel
from backprop_studio.gui.panels.lesson_panel import LessonPanel
from backprop_studio.gui.panels.network_panel import NetworkPanel
from backprop_studio.gui.panels.shapes_table import ShapesTable
from tests.gui.panels.snapshot_guard import forbid_live_reads


@pytest.fixture
def session(qtbot, monkeypatch) -> TrainingSession:
    forbid_live_reads(monkeypatch)
    return TrainingSession()


def test_the_guard_catches_a_reader(session):
    with pytest.raises(AssertionError, match="trainer"):
        session.trainer  # noqa: B018 — reading it is the point


def language_change(widget) -> None:
    QCoreApplication.sendEvent(widget, QEvent(QEvent.Type.LanguageChange))


def test_the_network_panel_reads_only_snapshots(qtbot, session):
    panel = NetworkPanel(session)
    qtbot.addWidget(panel)
    panel.layer_editor.add_button.click()
    panel.layer_editor.units_spin(2).setValue(3)
    combo = panel.layer_editor.activation_combo(1)
    combo.setCurrentIndex(combo.findData("leaky_relu"))
    panel.leaky_spin.setValue(0.1)
    panel.feature_boxes["x1_squared"].setChecked(True)
    panel.learning_rate_combo.setCurrentIndex(panel.learning_rate_combo.findText("0.3"))
    panel.batch_combo.setCurrentIndex(panel.batch_combo.findData(32))
    panel.layer_editor.remove_button.click()
    for name in ("x1", "x2", "x1_squared"):  # the last one is refused, and the panel shows the model again
        panel.feature_boxes[name].setChecked(False)
    assert not panel.problem_label.isHidden()
    session.step_iteration()
    session.set_data_spec(name="spiral3")
    language_change(panel)
    assert "softmax" in panel.output_label.text()


def test_the_data_panel_reads_only_snapshots(qtbot, session):
    panel = DataPanel(session)
    qtbot.addWidget(panel)
    panel.thumbnail_buttons["circles"].click()
    panel.thumbnail_buttons["circles"].click()  # the chosen one: nothing to change
    panel.points_spin.setValue(200)
    panel.noise_spin.setValue(0.3)
    panel.test_ratio_spin.setValue(30)
    panel.seed_spin.setValue(4)
    panel.regenerate_button.click()
    session.set_data_spec(name="spiral3")
    panel.points_spin.setValue(2)  # refused: snaps back
    language_change(panel)
    assert panel.points_spin.value() == session.snapshot.data_spec.m


def test_the_inspector_reads_only_snapshots(qtbot, session):
    panel = InspectorPanel(session)
    qtbot.addWidget(panel)
    panel.resize(900, 400)
    panel.show()
    session.selection.select_example(3)
    for _ in range(7):
        session.step_phase()
        language_change(panel)
    assert panel.showing_phase()
    panel.shapes_button.click()
    panel.back_button.click()
    session.selection.select_example(None)
    session.step_phase()
    assert session.set_weight("W1", 0, 0, 2.0)
    session.set_hidden_units((3, 3))
    session.set_hyperparameters(batch_size=64)
    session.step_phase()
    session.max_iterations = session.snapshot.iteration + 20
    session.play()
    qtbot.waitUntil(lambda: not session.running, timeout=30_000)
    assert not panel.showing_phase()


def test_the_shapes_table_reads_only_snapshots(qtbot, session):
    table = ShapesTable(session)
    qtbot.addWidget(table)
    session.set_hidden_units((5, 2))
    session.set_hyperparameters(batch_size=16)
    session.set_data_spec(m=200)
    language_change(table)
    assert table.table.rowCount() == 3 and table.m() == 200  # all 200 points train (the default holds none out)


def test_the_lesson_panel_reads_only_snapshots(qtbot, session):
    panel = LessonPanel(session)
    qtbot.addWidget(panel)
    panel.select_lesson("shapes")
    with qtbot.waitSignal(panel.lesson_loaded):
        panel.load_button.click()
    session.set_layer_units(1, 6)
    session.max_iterations = 30
    session.play()
    qtbot.waitUntil(lambda: not session.running, timeout=30_000)
    panel.refresh_checks_now()
    panel.lesson_list.setCurrentRow(0)
    panel.lesson_list.itemDoubleClicked.emit(panel.lesson_list.item(0))  # double-click loads it
    language_change(panel)
    assert panel.current_lesson == panel.selected_lesson.name
    assert panel.status_label.text()
