"""VectorizationLab: both ways give the same numbers (core's), with a speed ratio, and the window stays live."""

from __future__ import annotations

import threading

import numpy as np
from PySide6.QtCore import QTimer

from backprop_studio.core.training.hyperparameters import Hyperparameters
from backprop_studio.core.teaching.vectorization import logistic_gradient_vectorized, random_vectors
from backprop_studio.core.teaching import vectorization
from backprop_studio.gui.labs import vectorization_lab
from backprop_studio.gui.labs.vectorization_lab import VectorizationLab, format_ratio, format_seconds
from backprop_studio.gui.model.session import TrainingSession

TIMEOUT_MS = 60_000
GATE_S = 10.0  # how long a held loop waits for the test before it goes on by itself


def make(qtbot, hp: Hyperparameters | None = None) -> tuple[TrainingSession, VectorizationLab]:
    session = TrainingSession(hyperparameters=hp)
    lab = VectorizationLab(session)
    qtbot.addWidget(lab)
    return session, lab


def test_dot_product_both_ways(qtbot):
    _, lab = make(qtbot)
    lab.n_spin.setValue(5_000)
    with qtbot.waitSignal(lab.dot_finished, timeout=TIMEOUT_MS) as blocker:
        lab.run_button.click()
        assert lab.busy and not lab.run_button.isEnabled() and not lab.busy_bar.isHidden()
    result = blocker.args[0]
    a, b = random_vectors(5_000, seed=0)
    assert result.numpy_value == float(np.dot(a, b))
    text = lab.dot_result.text()
    assert f"both gave {result.numpy_value:.2f}" in text
    assert "np.dot was " in text and "× faster" in text or "for-loop was faster" in text
    assert not lab.busy and lab.run_button.isEnabled() and lab.busy_bar.isHidden()


def test_stop_ends_a_long_loop(qtbot):
    _, lab = make(qtbot)
    lab.n_spin.setValue(10_000_000)
    with qtbot.waitSignal(lab.stopped, timeout=TIMEOUT_MS):
        assert lab.run_dot()
        lab.stop_button.click()
    assert lab.dot_result.text() == "Stopped."
    assert lab.run_button.isEnabled()


def test_ui_stays_live_while_the_loop_runs(qtbot, monkeypatch):
    """The for-loop runs in the background: the UI thread keeps handling events while it runs.

    The loop (the real one) is held at its first look at the Stop flag until the UI thread has
    handled three timer events and pressed Stop, so it cannot end first on a fast machine, and a
    slow one only takes longer. Run on the UI thread, it would hold that thread: no timer event,
    and it ends by itself after GATE_S instead of being stopped (the test fails)."""
    gate = threading.Event()

    def gated_time_dot(n, *, should_stop, **kwargs):
        def stop_asked() -> bool:
            if not gate.wait(GATE_S):
                gate.set()  # held long enough: the rest of the run goes on unheld
            return should_stop()
        return vectorization.time_dot(n, should_stop=stop_asked, **kwargs)

    monkeypatch.setattr(vectorization_lab, "time_dot", gated_time_dot)
    _, lab = make(qtbot)
    lab.n_spin.setValue(1_000)
    ticks = []
    timer = QTimer(lab)
    timer.timeout.connect(lambda: ticks.append(lab.busy))
    with qtbot.waitSignal(lab.stopped, timeout=TIMEOUT_MS):
        assert lab.run_dot()
        timer.start(5)
        qtbot.waitUntil(lambda: len(ticks) >= 3, timeout=TIMEOUT_MS)  # the event loop kept turning ...
        assert all(ticks) and lab.busy  # ... while the loop was running
        lab.stop_button.click()
        gate.set()
    timer.stop()
    assert lab.dot_result.text() == "Stopped."


def test_gradient_over_the_training_set_with_zero_weights(qtbot):
    session, lab = make(qtbot)
    assert "w = 0, b = 0" in lab.source_label.text()
    with qtbot.waitSignal(lab.gradient_finished, timeout=TIMEOUT_MS) as blocker:
        lab.gradient_button.click()
    timing = blocker.args[0]
    X, Y = session.prepared.X_train, session.prepared.Y_train
    dw, db, J = logistic_gradient_vectorized(X, Y, np.zeros((2, 1)), 0.0)
    rows = lab.table_values()
    assert [r[0] for r in rows] == ["dw1", "dw2", "db", "J"]
    assert rows[0][2] == f"{dw[0, 0]:.10f}" and rows[1][2] == f"{dw[1, 0]:.10f}" and rows[3][2] == f"{J:.10f}"
    for _, loop, vectorised in rows:
        assert loop == vectorised  # the same numbers both ways
    assert "Vectorised was" in lab.gradient_result.text() and "faster" in lab.gradient_result.text()
    assert timing.largest_difference < 1e-12


def test_logistic_regression_network_uses_its_own_weights(qtbot):
    session, lab = make(qtbot, Hyperparameters(hidden_units=(), hidden_activations=()))
    for _ in range(20):
        session.step_iteration()
    assert "W1ᵀ and b1" in lab.source_label.text()
    with qtbot.waitSignal(lab.gradient_finished, timeout=TIMEOUT_MS):
        lab.run_gradient()
    parameters = session.snapshot.parameters
    dw, db, _ = logistic_gradient_vectorized(session.prepared.X_train, session.prepared.Y_train,
                                             parameters["W1"].T, float(parameters["b1"][0, 0]))
    rows = lab.table_values()
    assert rows[0][1] == f"{dw[0, 0]:.10f}" and rows[2][1] == f"{db:.10f}"
    # The course's own gradient of this network is the same dW1 (one sigmoid unit).
    session.step_iteration()
    grads = session.snapshot.gradients
    np.testing.assert_allclose(grads["dW1"], dw.T, rtol=1e-9, atol=1e-12)


def test_new_data_clears_old_numbers(qtbot):
    session, lab = make(qtbot)
    with qtbot.waitSignal(lab.gradient_finished, timeout=TIMEOUT_MS):
        lab.run_gradient()
    assert lab.table.rowCount() == 4
    assert session.set_data_spec(name="xor")
    assert lab.table.rowCount() == 0


def test_multiclass_data_explains_why_there_is_no_gradient(qtbot):
    session, lab = make(qtbot)
    assert session.set_data_spec(name="multi_gaussian")
    assert "two-class dataset" in lab.source_label.text()
    assert not lab.gradient_button.isEnabled()
    assert lab.run_gradient() is False


def test_formatting():
    assert format_seconds(2.414) == "2.41 s"
    assert format_seconds(0.4123) == "412 ms"
    assert format_seconds(1.5e-5) == "15 µs"
    assert format_ratio(312.4) == "312×" and format_ratio(4.21) == "4.2×"


def test_replaced_weights_clear_the_numbers_training_does_not(qtbot):
    session, lab = make(qtbot, Hyperparameters(hidden_units=(), hidden_activations=()))
    with qtbot.waitSignal(lab.gradient_finished, timeout=TIMEOUT_MS):
        lab.run_gradient()
    session.step_iteration()
    assert lab.table.rowCount() == 4  # training on: as before, the numbers stay
    assert session.set_weight("b1", 0, 0, 0.7)  # the w, b they used are gone
    assert lab.table.rowCount() == 0 and lab.gradient_result.text() == ""
    with qtbot.waitSignal(lab.gradient_finished, timeout=TIMEOUT_MS):
        lab.run_gradient()
    assert lab.table_values()[2][1] != ""
    session.reset()
    assert lab.table.rowCount() == 0
