"""Train with my functions: one iteration per request, the student's curve next to core's from the same start."""

from __future__ import annotations

import numpy as np
import pytest

from backprop_studio.core.training.hyperparameters import Hyperparameters
from backprop_studio.gui.student.array_view import DIFFERS_ROLE
from tests.gui.student.conftest import FILES, RELU, TIMEOUT_MS, open_and_wait


def start(qtbot, window):
    window.tabs.setCurrentWidget(window.train_tab)
    with qtbot.waitSignal(window.train_tab.stepped, timeout=TIMEOUT_MS):
        assert window.train_tab.start()  # the run starts with iteration 0


def play_until(qtbot, tab, iterations: int) -> None:
    tab.play()
    qtbot.waitUntil(lambda: len(tab.curves()[1]) >= iterations or not tab.playing, timeout=TIMEOUT_MS)
    tab.pause()
    qtbot.waitUntil(lambda: not tab._stepping, timeout=TIMEOUT_MS)


def differing_entries(pane) -> int:
    model = pane.model
    return sum(bool(model.data(model.index(r, c), DIFFERS_ROLE))
               for r in range(model.rowCount()) for c in range(model.columnCount()))


@pytest.mark.parametrize("hyperparameters", [None, RELU], ids=["tanh", "relu"])
def test_the_correct_file_trains_exactly_as_core(qtbot, your_code, hyperparameters):
    window = your_code(hyperparameters)
    open_and_wait(qtbot, window, FILES / "correct.py")
    start(qtbot, window)
    tab = window.train_tab
    assert "Your functions:" in tab.info_label.text() and "Core's" not in tab.info_label.text()
    play_until(qtbot, tab, 25)
    yours, reference = tab.curves()
    assert len(yours) == len(reference) >= 25
    assert np.max(np.abs(yours - reference)) <= 1e-12
    assert reference[-1] < reference[0]  # it learnt
    assert tab.divergence_text().startswith("So far both runs agree on every matrix")
    # The curves drawn are those numbers.
    x, y = tab.yours_curve.getData()
    np.testing.assert_array_equal(y, yours)
    assert tab.set_phase(1, "dW")
    assert differing_entries(tab.phase.side_by_side.yours) == 0
    assert tab.phase.side_by_side.summary.text() == "Every entry is the same."


def test_a_buggy_backward_diverges_and_the_phase_view_shows_where(qtbot, your_code):
    window = your_code(RELU)
    open_and_wait(qtbot, window, FILES / "buggy_backward.py")
    start(qtbot, window)
    tab = window.train_tab
    assert "L_model_backward" in tab.info_label.text()
    for _ in range(4):  # Step: one iteration per press
        with qtbot.waitSignal(tab.stepped, timeout=TIMEOUT_MS):
            assert tab.step()
    play_until(qtbot, tab, 20)
    yours, reference = tab.curves()
    assert abs(yours[0] - reference[0]) < 1e-12  # the same start: the first cost is computed before any update
    assert np.max(np.abs(yours - reference)) > 1e-3  # then the wrong gradient takes another path
    text = tab.divergence_text()
    assert text.startswith("The runs first part at iteration 0, in the backward pass of layer 2: dW[2] differs")
    # The phase view followed the divergence: layer 2's dW, yours next to the reference, highlighted.
    assert tab.phase.layer_combo.currentData() == 2 and tab.phase.quantity_combo.currentData() == "dW"
    pair = tab.phase.side_by_side
    assert pair.expected.heading.text().startswith("reference: dW[2]")
    assert differing_entries(pair.yours) > 0
    # The forward pass of the same iteration is the same on both sides until the parameters part.
    assert tab.set_phase(1, "Z")
    last = tab.last_step.iteration
    assert "Iteration" in tab.phase.phase_title.text() and str(last.iteration) in tab.phase.phase_title.text()
    assert "forward: Z[1]" == tab.phase.quantity_combo.currentText()


def test_a_failing_function_stops_the_run_with_its_verdict(qtbot, your_code):
    window = your_code()  # tanh: transposed.py's backward_propagation runs the backward step
    open_and_wait(qtbot, window, FILES / "transposed.py")
    tab = window.train_tab
    with qtbot.waitSignal(tab.stopped, timeout=TIMEOUT_MS) as stopped:
        tab.start()
    assert "transposed" in stopped.args[0] and "backward_propagation" in stopped.args[0]
    assert tab.problem_label.isVisibleTo(tab) and "transposed" in tab.problem_label.text()
    assert not tab.step_button.isEnabled() and not tab.play_button.isEnabled()
    tab.play()
    assert not tab.playing  # nothing to play: the student's run has stopped
    assert tab.start_button.isEnabled()


def test_a_network_the_course_does_not_build_is_refused_in_words(qtbot, your_code):
    window = your_code(Hyperparameters(hidden_units=(3,), hidden_activations=("leaky_relu",)))
    open_and_wait(qtbot, window, FILES / "correct.py")
    tab = window.train_tab
    with qtbot.waitSignal(tab.stopped, timeout=TIMEOUT_MS) as stopped:
        tab.start()
    assert "ReLU hidden layers" in stopped.args[0]
    assert not tab.running


def test_saving_the_file_ends_the_run(qtbot, your_code, student_file):
    path = student_file("correct.py")
    window = your_code(RELU)
    open_and_wait(qtbot, window, path)
    start(qtbot, window)
    tab = window.train_tab
    tab.play()
    path.write_bytes((FILES / "buggy_backward.py").read_bytes())
    qtbot.waitUntil(lambda: not tab.playing and not tab.running, timeout=TIMEOUT_MS)
    qtbot.waitUntil(lambda: window.report is not None and not window.busy, timeout=TIMEOUT_MS)
    assert "press Start to train with the new version" in tab.info_label.text()
    start(qtbot, window)  # the new version trains
    play_until(qtbot, tab, 10)
    yours, reference = tab.curves()
    assert np.max(np.abs(yours - reference)) > 0
