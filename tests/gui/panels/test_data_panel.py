"""DataPanel: its controls reach the session, and the session's changes show in them."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QComboBox

from backprop_studio.core.data.datasets import DATASETS, from_points
from backprop_studio.gui.panels.data_panel import DataPanel
from backprop_studio.gui.model.session import TrainingSession


@pytest.fixture
def session(qtbot) -> TrainingSession:
    return TrainingSession()


@pytest.fixture
def panel(qtbot, session: TrainingSession) -> DataPanel:
    widget = DataPanel(session)
    qtbot.addWidget(widget)
    return widget


def test_starts_from_the_session(panel: DataPanel, session: TrainingSession) -> None:
    spec = session.data_spec
    assert panel.thumbnail_buttons[spec.name].isChecked()
    assert panel.points_spin.value() == spec.m
    assert panel.noise_spin.value() == pytest.approx(spec.noise)
    assert panel.test_ratio_spin.value() == round(spec.test_ratio * 100)
    assert panel.seed_spin.value() == spec.seed


def test_one_thumbnail_per_dataset_with_a_teaching_tooltip(panel: DataPanel) -> None:
    assert list(panel.thumbnail_buttons) == [n for n in DATASETS if DATASETS[n].problem != "regression"] + [
        n for n in DATASETS if DATASETS[n].problem == "regression"]
    for name, button in panel.thumbnail_buttons.items():
        assert DATASETS[name].label in button.toolTip()
        assert not button.icon().isNull()


def test_clicking_a_thumbnail_changes_the_dataset(qtbot, panel: DataPanel, session: TrainingSession) -> None:
    before = session.dataset.X.copy()
    with qtbot.waitSignal(session.structure_changed):
        panel.thumbnail_buttons["circles"].click()
    assert session.dataset.name == "circles"
    assert session.data_spec.name == "circles"
    assert not np.array_equal(session.dataset.X, before)
    assert panel.thumbnail_buttons["circles"].isChecked()
    assert not panel.thumbnail_buttons["flower"].isChecked()
    assert panel.noise_spin.value() == pytest.approx(DATASETS["circles"].default_noise)
    assert "Circles" in panel.selected_label.text()


def test_clicking_the_chosen_thumbnail_keeps_training(panel: DataPanel, session: TrainingSession) -> None:
    session.step_iteration()
    panel.thumbnail_buttons["flower"].click()
    assert session.iteration == 1
    assert panel.thumbnail_buttons["flower"].isChecked()


def test_regression_thumbnail_switches_problem(qtbot, panel: DataPanel, session: TrainingSession) -> None:
    with qtbot.waitSignal(session.structure_changed,
                          check_params_cb=lambda snapshot: snapshot.hyperparameters.problem == "regression"):
        panel.thumbnail_buttons["plane"].click()
    assert session.dataset.problem == "regression"
    assert session.hyperparameters.problem == "regression"


def test_points_reach_the_session(qtbot, panel: DataPanel, session: TrainingSession) -> None:
    with qtbot.waitSignal(session.structure_changed):
        panel.points_spin.setValue(200)
    assert session.data_spec.m == 200
    assert session.dataset.m == 200


def test_noise_reaches_the_session(qtbot, panel: DataPanel, session: TrainingSession) -> None:
    with qtbot.waitSignal(session.structure_changed):
        panel.noise_spin.setValue(0.5)
    assert session.data_spec.noise == pytest.approx(0.5)


def test_test_ratio_reaches_the_session(qtbot, panel: DataPanel, session: TrainingSession) -> None:
    with qtbot.waitSignal(session.structure_changed):
        panel.test_ratio_spin.setValue(30)
    assert session.data_spec.test_ratio == pytest.approx(0.3)
    assert session.prepared.test.m == 120


def test_seed_reaches_the_session(qtbot, panel: DataPanel, session: TrainingSession) -> None:
    before = session.dataset.X.copy()
    with qtbot.waitSignal(session.structure_changed):
        panel.seed_spin.setValue(7)
    assert session.data_spec.seed == 7
    assert not np.array_equal(session.dataset.X, before)


def test_regenerate_draws_new_points(qtbot, panel: DataPanel, session: TrainingSession) -> None:
    before, seed = session.dataset.X.copy(), session.data_spec.seed
    with qtbot.waitSignal(session.structure_changed):
        panel.regenerate_button.click()
    assert not np.array_equal(session.dataset.X, before)
    assert panel.seed_spin.value() == session.data_spec.seed == seed + 1


def test_session_changes_show_in_the_controls(qtbot, panel: DataPanel, session: TrainingSession) -> None:
    with qtbot.waitSignal(session.structure_changed):
        assert session.set_data_spec(name="xor", m=250, noise=0.1, seed=5, test_ratio=0.4)
    assert panel.thumbnail_buttons["xor"].isChecked()
    assert sum(b.isChecked() for b in panel.thumbnail_buttons.values()) == 1
    assert panel.points_spin.value() == 250
    assert panel.noise_spin.value() == pytest.approx(0.1)
    assert panel.seed_spin.value() == 5
    assert panel.test_ratio_spin.value() == 40


def test_showing_a_session_change_does_not_echo_it_back(panel: DataPanel, session: TrainingSession) -> None:
    # If the panel's spin boxes were not blocked while set, each would ask for a new dataset again.
    emitted: list[None] = []
    session.structure_changed.connect(lambda _snapshot: emitted.append(None))
    assert session.set_data_spec(name="moons", m=300, noise=0.3, seed=9, test_ratio=0.5)
    assert len(emitted) == 1


def test_a_refused_value_snaps_back_with_the_reason(qtbot, panel: DataPanel, session: TrainingSession) -> None:
    assert session.set_data_spec(name="spiral3")
    m = session.data_spec.m
    with qtbot.assertNotEmitted(session.state_changed):
        panel.points_spin.setValue(2)  # three classes need at least three points
    assert session.data_spec.m == m
    assert panel.points_spin.value() == m
    assert not panel.problem_label.isHidden()
    assert "points" in panel.problem_label.text()
    with qtbot.waitSignal(session.structure_changed):
        panel.points_spin.setValue(90)
    assert panel.problem_label.isHidden()


def test_drawn_points_select_no_thumbnail(qtbot, panel: DataPanel, session: TrainingSession) -> None:
    X = np.array([[0.0, 1.0, 2.0, 3.0], [0.0, 1.0, 0.0, 1.0]])
    with qtbot.waitSignal(session.structure_changed):
        assert session.set_dataset(from_points(X, np.array([0, 1, 0, 1]), "binary", name="drawn"))
    assert not any(b.isChecked() for b in panel.thumbnail_buttons.values())
    assert not panel.points_spin.isEnabled()
    assert not panel.custom_label.isHidden()
    with qtbot.waitSignal(session.structure_changed):
        panel.thumbnail_buttons["moons"].click()
    assert session.dataset.name == "moons"
    assert panel.points_spin.isEnabled()
    assert panel.custom_label.isHidden()


def test_every_control_has_a_tooltip(panel: DataPanel) -> None:
    controls = [w for w in panel.findChildren(QAbstractButton) + panel.findChildren(QAbstractSpinBox)
                + panel.findChildren(QComboBox)]
    assert len(controls) >= len(DATASETS) + 5
    for widget in controls:
        assert widget.toolTip().strip(), widget
