"""The main window trains with the student's functions: Your code → "Train in the main window", then Play there."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from backprop_studio.core.session import Session
from backprop_studio.gui.student.window import YourCodeWindow
from backprop_studio.gui.window.main_window import MainWindow
from backprop_studio.gui.model.session import TrainingSession

from .conftest import RELU, SANDBOX, TIMEOUT_MS, open_and_wait


@pytest.fixture
def both(qtbot):
    """both(file, hyperparameters=None) → (main window, Your code window with ``file`` open and checked)."""
    made = []

    def make(path, hyperparameters=None):
        session = TrainingSession(hyperparameters=hyperparameters)
        main = MainWindow(session, size=(1280, 800))
        qtbot.addWidget(main)
        main.show()
        yours = YourCodeWindow(session, main, **SANDBOX)
        yours.show()
        made.append((main, yours, session))
        open_and_wait(qtbot, yours, path)
        return main, yours

    yield make
    for main, yours, session in made:
        session.pause()
        yours.close()
        session.shut_down()


def _hand_over(qtbot, yours: YourCodeWindow) -> None:
    button = yours.findChild(QPushButton, "train_in_main_window")
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: yours._session.functions is not None, timeout=TIMEOUT_MS)


def _play_until(qtbot, main: MainWindow, iteration: int) -> None:
    session = main.session
    session.set_speed(0)
    main.actions.play_pause.trigger()
    qtbot.waitUntil(lambda: session.iteration >= iteration, timeout=TIMEOUT_MS)
    main.actions.play_pause.trigger()
    qtbot.waitUntil(lambda: not session.running and not session.settling, timeout=TIMEOUT_MS)


@pytest.mark.parametrize("hp", [None, RELU], ids=["tanh", "relu"])
def test_the_main_window_trains_with_a_correct_file_as_core_does(qtbot, both, student_file, hp):
    main, yours = both(student_file("correct.py"), hp)
    _hand_over(qtbot, yours)
    banner = main.your_run_banner
    assert banner.isVisible() and "correct.py" in banner.text()
    assert not main.actions.step_phase.isEnabled()  # phases are core's readable functions
    assert not main.diagram_view.animate_button.isEnabled()
    _play_until(qtbot, main, 25)
    snapshot = main.session.snapshot
    core = Session(hyperparameters=hp)
    core.train(snapshot.iteration)
    for key, value in core.snapshot().parameters.items():
        np.testing.assert_allclose(snapshot.parameters[key], value, rtol=0, atol=1e-12)
    # The cost view draws both runs (drawn now rather than at its next frame).
    main.cost_view.redraw_now()
    x, y = main.cost_view.reference.data()
    assert main.cost_view.reference.shown and len(x) >= 25
    np.testing.assert_allclose(y[:25], main.cost_view.curve_data()[1][:25], rtol=0, atol=1e-12)


def test_a_buggy_backward_leaves_the_reference_band_in_the_main_window(qtbot, both, student_file):
    main, yours = both(student_file("buggy_backward.py"), RELU)
    _hand_over(qtbot, yours)
    assert "L_model_backward" in main.your_run_banner.text()
    for _ in range(3):  # Step (→) goes through the worker: the window never waits for their process
        before = main.session.iteration
        main.actions.step.trigger()
        qtbot.waitUntil(lambda: main.session.iteration == before + 1 and not main.session.playing, timeout=TIMEOUT_MS)
    _play_until(qtbot, main, 40)
    main.cost_view.redraw_now()
    _, reference = main.cost_view.reference.data()
    _, theirs = main.cost_view.curve_data()
    assert abs(theirs[0] - reference[0]) < 1e-12  # the same start
    n = min(len(theirs), len(reference))
    assert abs(theirs[n - 1] - reference[n - 1]) > 1e-3  # then the wrong gradient takes another path
    # The inspector shows the dW their L_model_backward returned in the last iteration: what ran.
    matrices = main.inspector.your_matrices
    matrices.refresh()
    assert matrices.isVisibleTo(main.inspector) and "L_model_backward" in matrices.heading.text()
    snapshot = main.session.snapshot
    for key in ("dW1", "db2", "W3"):
        shown = snapshot.gradients[key] if key.startswith("d") else snapshot.parameters[key]
        np.testing.assert_array_equal(matrices.matrix(key).model.array(), shown)


def test_a_failing_function_stops_play_and_the_banner_names_the_mistake(qtbot, both, student_file):
    main, yours = both(student_file("keepdims.py"))
    _hand_over(qtbot, yours)
    before = main.session.snapshot.parameters
    with qtbot.waitSignal(main.session.training_failed, timeout=TIMEOUT_MS) as stopped:
        main.actions.play_pause.trigger()
    assert "keepdims=True?" in stopped.args[0]
    qtbot.waitUntil(lambda: not main.session.running, timeout=TIMEOUT_MS)
    assert "keepdims=True?" in main.your_run_banner.problem()
    assert main.session.iteration == 0
    for key, value in before.items():
        np.testing.assert_array_equal(main.session.snapshot.parameters[key], value)


def test_core_takes_over_again_from_where_the_run_is(qtbot, both, student_file):
    main, yours = both(student_file("wrong_derivative.py"))
    _hand_over(qtbot, yours)
    _play_until(qtbot, main, 10)
    iteration = main.session.iteration
    button = main.your_run_banner.findChild(QPushButton, "use_core_functions")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert main.session.functions is None and main.session.iteration == iteration
    qtbot.waitUntil(lambda: not main.your_run_banner.isVisible(), timeout=TIMEOUT_MS)
    main.cost_view.redraw_now()
    assert not main.cost_view.reference.shown or main.cost_view.reference.data()[0].size == 0
    assert main.actions.step_phase.isEnabled() and main.diagram_view.animate_button.isEnabled()
    assert yours.main_training.button.text() == "Train in the main window"


def test_a_network_their_functions_cannot_build_is_refused_in_words(qtbot, both, student_file):
    main, yours = both(student_file("correct.py"))
    main.session.set_hyperparameters(hidden_activations=("leaky_relu",))
    yours.main_training.start()
    assert main.session.functions is None
    assert "sigmoid output" in yours.status_text()


def test_pause_during_an_endless_call_returns_at_once_and_keeps_the_state(qtbot, both, student_file):
    main, yours = both(student_file("infinite_loop.py"), RELU)
    _hand_over(qtbot, yours)
    failures = []
    main.session.training_failed.connect(failures.append)
    main.session.set_speed(0)
    main.actions.play_pause.trigger()
    qtbot.wait(300)  # their L_model_forward is looping in its process now
    main.actions.play_pause.trigger()  # Pause: the window does not wait for their call
    assert not main.session.running
    qtbot.waitUntil(lambda: not main.session.settling and not main.session.playing, timeout=TIMEOUT_MS)
    assert main.session.iteration == 0 and failures == []  # the call was ended, nothing of it kept


def test_a_crash_of_their_process_stops_play_in_words_and_the_next_play_starts_a_new_one(qtbot, both, tmp_path):
    crashing = tmp_path / "crashing_cost.py"
    crashing.write_text("import os\n\n\ndef compute_cost(AL, Y):\n    os._exit(3)  # no exception, no answer\n")
    main, yours = both(crashing)
    _hand_over(qtbot, yours)
    with qtbot.waitSignal(main.session.training_failed, timeout=TIMEOUT_MS) as stopped:
        main.actions.play_pause.trigger()
    assert "crashed" in stopped.args[0]
    qtbot.waitUntil(lambda: not main.session.running, timeout=TIMEOUT_MS)
    assert main.isVisible() and main.session.iteration == 0  # the app goes on; nothing of the iteration kept
    with qtbot.waitSignal(main.session.training_failed, timeout=TIMEOUT_MS) as again:
        main.actions.play_pause.trigger()  # a fresh process, which crashes the same way
    assert "crashed" in again.args[0]


def test_a_lesson_brings_its_own_network_and_core_trains_it(qtbot, both, student_file):
    main, yours = both(student_file("correct.py"))
    _hand_over(qtbot, yours)
    functions = main.session.functions
    assert main.session.load_lesson("activations")
    assert main.session.functions is None
    qtbot.waitUntil(lambda: not main.your_run_banner.isVisible(), timeout=TIMEOUT_MS)
    qtbot.waitUntil(lambda: not functions.sandbox.running, timeout=TIMEOUT_MS)  # its process was ended
