"""NetworkPanel: hyperparameter controls reach the session, and the session's changes show in them."""

from __future__ import annotations

from contextlib import contextmanager
from typing import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QComboBox

from backprop_studio.core.training.hyperparameters import MAX_HIDDEN_LAYERS
from backprop_studio.gui.panels.network_panel import NetworkPanel
from backprop_studio.gui.model.session import TrainingSession


@pytest.fixture
def session(qtbot) -> TrainingSession:
    return TrainingSession()


@pytest.fixture
def panel(qtbot, session: TrainingSession) -> NetworkPanel:
    widget = NetworkPanel(session)
    qtbot.addWidget(widget)
    return widget


@contextmanager
def hyperparameters_change(qtbot, session: TrainingSession) -> Iterator[None]:
    """Wait for a snapshot whose hyperparameters differ from those before the block."""
    before = session.snapshot.hyperparameters
    with qtbot.waitSignal(session.state_changed, check_params_cb=lambda snapshot: snapshot.hyperparameters != before):
        yield


def type_into(qtbot, combo: QComboBox, text: str) -> None:
    """Type ``text`` into an editable combo and press Return, as a user would."""
    combo.lineEdit().selectAll()
    qtbot.keyClicks(combo.lineEdit(), text)
    qtbot.keyClick(combo.lineEdit(), Qt.Key.Key_Return)


def test_starts_from_the_session(panel: NetworkPanel, session: TrainingSession) -> None:
    hp = session.hyperparameters
    assert panel.layer_editor.layer_count == len(hp.hidden_units)
    assert panel.layer_editor.units_spin(1).value() == hp.hidden_units[0]
    assert panel.layer_editor.activation_combo(1).currentData() == hp.hidden_activations[0]
    assert panel.learning_rate_combo.currentText() == "1.2"
    assert panel.batch_combo.currentIndex() == 0  # full batch, as the course
    assert [n for n, c in panel.feature_boxes.items() if c.isChecked()] == list(hp.features)
    assert "sigmoid" in panel.output_label.text()


def test_plus_and_minus_change_the_layers(qtbot, panel: NetworkPanel, session: TrainingSession) -> None:
    editor = panel.layer_editor
    with hyperparameters_change(qtbot, session):
        editor.add_button.click()
    assert session.hyperparameters.hidden_units == (4, 4)
    assert editor.layer_count == 2
    assert editor.count_label.text() == "2"
    for _ in range(2):
        with hyperparameters_change(qtbot, session):
            editor.remove_button.click()
    assert session.hyperparameters.hidden_units == ()
    assert editor.layer_count == 0
    assert "logistic regression" in editor.summary_label.text()
    assert not editor.remove_button.isEnabled()


def test_plus_stops_at_the_maximum(qtbot, panel: NetworkPanel, session: TrainingSession) -> None:
    assert session.set_hidden_units((2,) * MAX_HIDDEN_LAYERS)
    assert panel.layer_editor.layer_count == MAX_HIDDEN_LAYERS
    assert not panel.layer_editor.add_button.isEnabled()


def test_units_reach_the_session_and_restart_training(qtbot, panel: NetworkPanel, session: TrainingSession) -> None:
    for _ in range(3):
        session.step_iteration()
    assert session.iteration == 3
    with qtbot.waitSignal(session.structure_changed):
        panel.layer_editor.units_spin(1).setValue(7)
    assert session.hyperparameters.hidden_units == (7,)
    assert session.iteration == 0


def test_activation_reaches_the_session(qtbot, panel: NetworkPanel, session: TrainingSession) -> None:
    combo = panel.layer_editor.activation_combo(1)
    with hyperparameters_change(qtbot, session):
        combo.setCurrentIndex(combo.findData("relu"))
    assert session.hyperparameters.hidden_activations == ("relu",)


def test_leaky_slope_shows_only_with_leaky_relu(qtbot, panel: NetworkPanel, session: TrainingSession) -> None:
    assert panel.leaky_spin.isHidden()
    combo = panel.layer_editor.activation_combo(1)
    with hyperparameters_change(qtbot, session):
        combo.setCurrentIndex(combo.findData("leaky_relu"))
    assert not panel.leaky_spin.isHidden()
    with hyperparameters_change(qtbot, session):
        panel.leaky_spin.setValue(0.1)
    assert session.hyperparameters.leaky_alpha == pytest.approx(0.1)


def test_session_changes_update_rows_in_place(qtbot, panel: NetworkPanel, session: TrainingSession) -> None:
    spin = panel.layer_editor.units_spin(1)
    with hyperparameters_change(qtbot, session):
        assert session.set_layer_units(1, 9)
    assert panel.layer_editor.units_spin(1) is spin  # same row, not rebuilt
    assert spin.value() == 9
    with hyperparameters_change(qtbot, session):
        assert session.set_hyperparameters(learning_rate=0.03, lambd=0.1, batch_size=64, initialization="he")
    assert panel.learning_rate_combo.currentText() == "0.03"
    assert panel.lambd_combo.currentText() == "0.1"
    assert panel.batch_combo.currentData() == 64
    assert panel.init_combo.currentData() == "he"
    assert not panel.scale_combo.isEnabled()


def test_typed_learning_rate_keeps_training(qtbot, panel: NetworkPanel, session: TrainingSession) -> None:
    for _ in range(3):
        session.step_iteration()
    with hyperparameters_change(qtbot, session):
        type_into(qtbot, panel.learning_rate_combo, "0.5")
    assert session.hyperparameters.learning_rate == 0.5
    assert session.iteration == 3
    assert panel.learning_rate_combo.currentText() == "0.5"


def test_learning_rate_from_the_list(qtbot, panel: NetworkPanel, session: TrainingSession) -> None:
    combo = panel.learning_rate_combo
    with hyperparameters_change(qtbot, session):
        combo.setCurrentIndex(combo.findText("0.01"))
    assert session.hyperparameters.learning_rate == 0.01


@pytest.mark.parametrize("text", ["abc", "-1", "nan"])
def test_invalid_learning_rate_is_refused(qtbot, panel: NetworkPanel, session: TrainingSession, text: str) -> None:
    with qtbot.assertNotEmitted(session.state_changed):
        type_into(qtbot, panel.learning_rate_combo, text)
    assert session.hyperparameters.learning_rate == 1.2
    assert panel.learning_rate_combo.currentText() == "1.2"
    assert not panel.problem_label.isHidden()
    assert panel.problem_label.text()


def test_lambda_and_batch_size_keep_training(qtbot, panel: NetworkPanel, session: TrainingSession) -> None:
    session.step_iteration()
    with hyperparameters_change(qtbot, session):
        type_into(qtbot, panel.lambd_combo, "0.2")
    with hyperparameters_change(qtbot, session):
        panel.batch_combo.setCurrentIndex(panel.batch_combo.findData(32))
    assert session.hyperparameters.lambd == 0.2
    assert session.hyperparameters.batch_size == 32
    assert session.iteration == 1
    with hyperparameters_change(qtbot, session):
        panel.batch_combo.setCurrentIndex(0)
    assert session.hyperparameters.batch_size is None


def test_initialization_scale_and_seed(qtbot, panel: NetworkPanel, session: TrainingSession) -> None:
    with hyperparameters_change(qtbot, session):
        panel.init_combo.setCurrentIndex(panel.init_combo.findData("zeros"))
    assert session.hyperparameters.initialization == "zeros"
    assert not panel.scale_combo.isEnabled()
    with hyperparameters_change(qtbot, session):
        panel.init_combo.setCurrentIndex(panel.init_combo.findData("course"))
    assert panel.scale_combo.isEnabled()
    with hyperparameters_change(qtbot, session):
        type_into(qtbot, panel.scale_combo, "2")
    assert session.hyperparameters.init_scale == 2.0
    with hyperparameters_change(qtbot, session):
        panel.init_seed_spin.setValue(11)
    assert session.hyperparameters.seed == 11


def test_the_courses_deep_initialization_is_listed_and_chosen(qtbot, panel: NetworkPanel,
                                                              session: TrainingSession) -> None:
    index = panel.init_combo.findData("course_deep")
    assert index == panel.init_combo.findData("course") + 1  # next to the other course stream
    assert panel.init_combo.itemText(index) == "Course deep network"
    assert "randn / √n[l−1]" in panel.init_combo.itemData(index, Qt.ItemDataRole.ToolTipRole)
    with hyperparameters_change(qtbot, session):
        panel.init_combo.setCurrentIndex(index)
    assert session.hyperparameters.initialization == "course_deep"
    assert not panel.scale_combo.isEnabled()  # randn / √n[l−1] has no scale


def test_features_and_standardize_reach_the_session(qtbot, panel: NetworkPanel, session: TrainingSession) -> None:
    with hyperparameters_change(qtbot, session):
        panel.feature_boxes["x1_squared"].setChecked(True)
    assert session.hyperparameters.features == ("x1", "x2", "x1_squared")
    assert session.hyperparameters.layer_dims()[0] == 3
    with hyperparameters_change(qtbot, session):
        panel.standardize_box.setChecked(True)
    assert session.hyperparameters.standardize is True
    with hyperparameters_change(qtbot, session):
        assert session.set_hyperparameters(features=("sin_x1",), standardize=False)
    assert [n for n, c in panel.feature_boxes.items() if c.isChecked()] == ["sin_x1"]
    assert not panel.standardize_box.isChecked()


def test_unchecking_the_last_feature_is_refused(qtbot, panel: NetworkPanel, session: TrainingSession) -> None:
    assert session.set_hyperparameters(features=("x1",))
    with qtbot.assertNotEmitted(session.state_changed):
        panel.feature_boxes["x1"].setChecked(False)
    assert session.hyperparameters.features == ("x1",)
    assert panel.feature_boxes["x1"].isChecked()
    assert "at least one" in panel.problem_label.text()


def test_output_follows_the_problem(qtbot, panel: NetworkPanel, session: TrainingSession) -> None:
    with hyperparameters_change(qtbot, session):
        assert session.set_data_spec(name="spiral3")
    assert "softmax" in panel.output_label.text()
    assert "3" in panel.output_reason_label.text()
    with hyperparameters_change(qtbot, session):
        assert session.set_data_spec(name="plane")
    assert "linear" in panel.output_label.text()


def test_every_control_has_a_tooltip(qtbot, panel: NetworkPanel, session: TrainingSession) -> None:
    assert session.set_hidden_units((3, 3), ("tanh", "leaky_relu"))
    controls = [w for w in panel.findChildren(QAbstractButton) + panel.findChildren(QAbstractSpinBox)
                + panel.findChildren(QComboBox)]
    assert len(controls) >= 20
    for widget in controls:
        assert widget.toolTip().strip(), widget


# ---------------------------------------------------------------------------------- binding both ways
def test_the_model_shows_in_every_control_without_echo(qtbot, panel: NetworkPanel, session: TrainingSession) -> None:
    states = []
    session.state_changed.connect(states.append)
    assert session.set_hyperparameters(
        features=("x2", "x1_squared"), standardize=True, hidden_units=(5, 3),
        hidden_activations=("relu", "leaky_relu"), leaky_alpha=0.05, initialization="random", init_scale=2.0,
        seed=7, learning_rate=0.42, lambd=0.01, batch_size=100)
    assert len(states) == 1  # writing the values into the controls asked the session for nothing more
    editor = panel.layer_editor
    assert editor.layer_count == 2 and editor.count_label.text() == "2"
    assert [editor.units_spin(l).value() for l in (1, 2)] == [5, 3]
    assert [editor.activation_combo(l).currentData() for l in (1, 2)] == ["relu", "leaky_relu"]
    assert {n for n, c in panel.feature_boxes.items() if c.isChecked()} == {"x2", "x1_squared"}
    assert panel.standardize_box.isChecked()
    assert not panel.leaky_spin.isHidden() and panel.leaky_spin.value() == pytest.approx(0.05)
    assert panel.init_combo.currentData() == "random"
    assert panel.scale_combo.isEnabled() and panel.scale_combo.currentText() == "2"
    assert panel.init_seed_spin.value() == 7
    assert panel.learning_rate_combo.currentText() == "0.42"  # a value the list does not offer
    assert panel.lambd_combo.currentText() == "0.01"
    assert panel.batch_combo.currentData() == 100 and panel.batch_combo.currentText() == "100"


def test_every_control_reaches_the_model(qtbot, panel: NetworkPanel, session: TrainingSession) -> None:
    editor = panel.layer_editor
    editor.add_button.click()
    editor.units_spin(2).setValue(3)
    editor.activation_combo(2).setCurrentIndex(editor.activation_combo(2).findData("leaky_relu"))
    panel.leaky_spin.setValue(0.05)
    panel.feature_boxes["x1_x2"].setChecked(True)
    panel.standardize_box.setChecked(True)
    panel.init_combo.setCurrentIndex(panel.init_combo.findData("random"))
    type_into(qtbot, panel.scale_combo, "2")
    panel.init_seed_spin.setValue(7)
    type_into(qtbot, panel.learning_rate_combo, "0.42")
    type_into(qtbot, panel.lambd_combo, "0.01")
    panel.batch_combo.setCurrentIndex(panel.batch_combo.findData(64))
    hp = session.snapshot.hyperparameters
    assert (hp.hidden_units, hp.hidden_activations) == ((4, 3), ("tanh", "leaky_relu"))
    assert hp.leaky_alpha == pytest.approx(0.05)
    assert (hp.features, hp.standardize) == (("x1", "x2", "x1_x2"), True)
    assert (hp.initialization, hp.init_scale, hp.seed) == ("random", 2.0, 7)
    assert (hp.learning_rate, hp.lambd, hp.batch_size) == (0.42, 0.01, 64)
    assert panel.problem_label.isHidden()
