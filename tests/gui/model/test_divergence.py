"""Divergence as the student meets it: α = 1e6 typed into the learning-rate control, then Play.

Training pauses, the message says at which iteration and what to try, the cost curve
marks the point, and no text anywhere in the window shows NaN or ∞ as if it were a number.
"""

from __future__ import annotations

import math
import re

import numpy as np
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton, QAbstractItemView, QApplication, QComboBox, QGroupBox, QLabel, QLineEdit, QMessageBox,
)

from backprop_studio.gui.views.cost_curve import format_cost

NOT_A_NUMBER = re.compile(r"\b(nan|inf|infinity)\b", re.IGNORECASE)


def type_into(qtbot, combo: QComboBox, text: str) -> None:
    combo.lineEdit().selectAll()
    qtbot.keyClicks(combo.lineEdit(), text)
    qtbot.keyClick(combo.lineEdit(), Qt.Key.Key_Return)


def visible_texts(root) -> list[str]:
    """Every text a user can read in ``root``: labels, fields, buttons, group titles, table cells, status bar."""
    texts = []
    for label in root.findChildren(QLabel):
        if label.isVisibleTo(root):
            texts.append(label.text())
    for edit in root.findChildren(QLineEdit):
        if edit.isVisibleTo(root):
            texts.append(edit.text())
    for widget in root.findChildren(QAbstractButton) + root.findChildren(QGroupBox):
        if widget.isVisibleTo(root):
            texts.append(widget.text() if isinstance(widget, QAbstractButton) else widget.title())
    for view in root.findChildren(QAbstractItemView):
        model = view.model()
        if model is None or not view.isVisibleTo(root):
            continue
        root_index = QModelIndex()
        try:
            columns = model.columnCount(root_index)
        except TypeError:  # a list model: columnCount is private in C++, there is one column
            columns = 1
        for row in range(min(model.rowCount(root_index), 200)):
            for column in range(min(columns, 50)):
                value = model.index(row, column).data()
                if value is not None:
                    texts.append(str(value))
    if hasattr(root, "statusBar"):
        texts.append(root.statusBar().currentMessage())
    return texts


def test_a_huge_learning_rate_diverges_pauses_and_explains(window, qtbot):
    session = window.session
    type_into(qtbot, window.network_panel.learning_rate_combo, "1e6")
    assert session.hyperparameters.learning_rate == 1e6
    with qtbot.waitSignal(session.training_failed, timeout=20000) as failed:
        window.actions.play_pause.trigger()
    message = failed.args[0]
    iteration = session.iteration

    # Paused, at the iteration that failed, with the last finite parameters.
    assert not session.running
    assert window.actions.play_pause.text() == "Play"
    assert all(np.isfinite(v).all() for v in session.trainer.parameters().values())

    # The message: what happened, at which iteration, and what to try.
    box = window.findChild(QMessageBox, "training_failed_box")
    assert box is not None and box.isVisible() and box.text() == message
    for shown in (box.text(), window.statusBar().currentMessage()):
        assert f"iteration {iteration}" in shown
        assert "smaller learning rate" in shown and "initialization" in shown
        assert "1e+06" in shown  # the α in use, so the student sees what to lower
        assert not NOT_A_NUMBER.search(shown)

    # The cost curve marks the point and plots only numbers.
    window.refresh_now()
    assert window.cost_view.divergence_marker() == (iteration, f"diverged at {iteration:,}")
    _, costs = window.cost_view.curve_data()
    assert len(costs) and np.isfinite(costs).all()
    _, test_costs = window.cost_view.test_curve_data()
    assert np.isfinite(test_costs).all()

    # Nothing anywhere in the window reads NaN or inf (status bar, cost labels, panels, inspector...).
    texts = visible_texts(window)
    bad = [t for t in texts if NOT_A_NUMBER.search(t)]
    assert not bad, bad
    metrics = session.metrics()
    assert math.isfinite(metrics.train_cost)
    assert window.status_labels["cost"].text() == f"Cost J = {format_cost(metrics.train_cost)}"

    # Playing on from the ruined parameters reports the divergence again (no NaN, no crash) ...
    type_into(qtbot, window.network_panel.learning_rate_combo, "0.01")
    assert session.hyperparameters.learning_rate == 0.01
    with qtbot.waitSignal(session.training_failed, timeout=20000):
        window.actions.play_pause.trigger()
    assert session.iteration == iteration and not session.running
    # ... while Reset with the smaller α trains normally; the mark goes with the old run.
    window.actions.reset.trigger()
    window.refresh_now()
    assert window.cost_view.divergence_marker() is None
    window.actions.play_pause.trigger()
    qtbot.waitUntil(lambda: session.iteration > 200, timeout=20000)
    window.actions.play_pause.trigger()
    window.refresh_now()
    assert all(np.isfinite(v).all() for v in session.trainer.parameters().values())
    assert not [t for t in visible_texts(window) if NOT_A_NUMBER.search(t)]


def test_the_divergence_message_says_to_reset(window, qtbot):
    session = window.session
    with qtbot.waitSignal(session.training_failed, timeout=20000) as failed:
        session.set_learning_rate(1e6)
        session.play()
    assert "Reset" in failed.args[0]


def test_a_huge_initialization_with_a_big_step_also_diverges_cleanly(window, qtbot):
    """Another route to divergence: scale 10 weights, α = 1000, deep tanh network."""
    session = window.session
    assert session.set_hyperparameters(init_scale=10.0, hidden_units=(8, 8, 8),
                                       hidden_activations=("linear", "linear", "linear"))
    type_into(qtbot, window.network_panel.learning_rate_combo, "1000")
    with qtbot.waitSignal(session.training_failed, timeout=20000):
        session.play()
    window.refresh_now()
    assert all(np.isfinite(v).all() for v in session.trainer.parameters().values())
    assert not [t for t in visible_texts(window) if NOT_A_NUMBER.search(t)]
    marker = window.cost_view.divergence_marker()
    assert marker is not None and marker[0] == session.iteration


def test_parameters_kept_after_divergence_that_evaluate_to_inf_show_no_inf(window, qtbot):
    from backprop_studio.core.data.pipeline import DataSpec
    from backprop_studio.core.training.hyperparameters import Hyperparameters

    session = window.session
    hp = Hyperparameters(
        hidden_units=(1, 5, 4, 16, 4, 4, 4, 1, 4, 4),
        hidden_activations=("linear", "leaky_relu", "leaky_relu", "linear", "leaky_relu", "linear", "linear",
                            "linear", "linear", "linear"),
        initialization="random", init_scale=5.0, learning_rate=10.0, batch_size=8, lambd=0.3, leaky_alpha=0.53,
        features=("x1", "x2", "x1_squared"), standardize=True, seed=84)
    assert session.apply(data_spec=DataSpec(name="plane", m=40, noise=0.3, seed=301, test_ratio=0.4),
                         hyperparameters=hp)
    with qtbot.waitSignal(session.training_failed, timeout=20000):
        for _ in range(5):
            session.step_iteration()
    window.refresh_now()
    # "∞" (the cost view's symbol for an infinite J) is honest; "inf" or "nan" printed as a number is not.
    assert not [t for t in visible_texts(window) if NOT_A_NUMBER.search(t)]


def test_non_finite_costs_are_never_plotted(window):
    """A history holding NaN or ∞ (an older session file, a future bug) plots only its numbers."""
    session = window.session
    for _ in range(5):
        session.step_iteration()
    history = session.trainer.history
    history.costs.append(math.nan)
    history.costs.append(math.inf)
    history.costs.append(0.5)
    session.selection.select_example(3)  # any change makes a new snapshot, which reads the history anew
    window.cost_view.redraw_now()
    iterations, costs = window.cost_view.curve_data()
    assert np.isfinite(costs).all()
    assert list(iterations[-2:]) == [4, 7]  # 5, 6 (NaN, ∞) left out; the point after them kept
    window.cost_view.set_log_scale(True)
    window.cost_view.redraw_now()
    QApplication.processEvents()
