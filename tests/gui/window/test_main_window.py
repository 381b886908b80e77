"""The main window as a user drives it: keys, toolbar, status bar, docks, the --screenshot mode."""

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QMessageBox

from backprop_studio.core.training.hyperparameters import Hyperparameters
from backprop_studio.gui.window.main_window import MainWindow
from backprop_studio.gui.model.session import TrainingSession

ROOT = Path(__file__).resolve().parents[3]


def test_space_plays_and_pauses_and_the_counter_moves(window, qtbot):
    session = window.session
    qtbot.keyClick(window, Qt.Key.Key_Space)
    assert session.running
    assert window.actions.play_pause.text() == "Pause"
    qtbot.waitUntil(lambda: session.iteration > 500, timeout=10000)
    qtbot.keyClick(window, Qt.Key.Key_Space)
    assert not session.running and window.actions.play_pause.text() == "Play"
    window.refresh_now()
    assert window.toolbar.iteration_label.text() == f"Iteration {session.iteration:,}"
    assert window.status_labels["iteration"].text() == f"Iteration {session.iteration:,}"
    accuracy = session.metrics().train_accuracy
    assert window.status_labels["accuracy"].text() == f"Train accuracy {100 * accuracy:.1f}%"


def test_right_arrow_steps_one_iteration_and_r_resets(window, qtbot):
    session = window.session
    qtbot.keyClick(window, Qt.Key.Key_Right)
    qtbot.keyClick(window, Qt.Key.Key_Right)
    assert session.iteration == 2
    qtbot.waitUntil(lambda: window.toolbar.iteration_label.text() == "Iteration 2", timeout=2000)
    qtbot.keyClick(window, Qt.Key.Key_R)
    assert session.iteration == 0
    assert window.toolbar.iteration_label.text() == "Iteration 0"


def test_speed_picker_reaches_the_session(window):
    combo = window.toolbar.speed_combo
    combo.setCurrentIndex(combo.findData(10))
    assert window.session.speed == 10
    window.session.set_speed(0)
    assert combo.currentData() == 0


def test_closed_docks_come_back_with_reset_layout(window, qtbot):
    window.cost_dock.close()
    window.data_dock.setFloating(True)
    assert not window.cost_dock.isVisible()
    window.reset_layout_action.trigger()
    assert window.cost_dock.isVisible() and not window.data_dock.isFloating()
    assert window.dockWidgetArea(window.cost_dock) == Qt.DockWidgetArea.BottomDockWidgetArea


def test_divergence_shows_a_message_and_keeps_the_app_alive(qtbot):
    session = TrainingSession(hyperparameters=Hyperparameters(learning_rate=1e6))
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(session.training_failed, timeout=10000):
        session.play()
    box = window.findChild(QMessageBox, "training_failed_box")
    assert box is not None and "diverged" in box.text()
    assert "diverged" in window.statusBar().currentMessage()
    box.close()
    assert session.set_learning_rate(1.2)
    session.step_iteration()
    assert session.iteration >= 1


def test_refused_value_is_explained_in_the_status_bar(window):
    window.session.set_learning_rate(-3)
    assert "learning rate" in window.statusBar().currentMessage()


def test_every_action_has_a_tooltip_that_names_its_key(window):
    for action, key in ((window.actions.play_pause, "Space"), (window.actions.step, "→"), (window.actions.reset, "R")):
        assert key in action.toolTip()


def test_screenshot_mode_trains_and_saves_the_window(tmp_path):
    out = tmp_path / "window.png"
    result = subprocess.run(
        [sys.executable, "main.py", "--play", "--iterations", "300", "--screenshot", str(out), "--size", "1000x700"],
        cwd=ROOT, capture_output=True, text=True, timeout=120,
        env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1000, 700)
    assert "saved" in result.stdout


def test_app_main_rejects_bad_options(capsys):
    from backprop_studio.gui.app import parse_args

    with pytest.raises(SystemExit) as error:
        parse_args(["--size", "big"])
    assert error.value.code == 2
    assert "WIDTHxHEIGHT" in capsys.readouterr().err
    assert QApplication.instance() is not None


def test_too_large_an_alpha_typed_in_the_toolbar_is_flagged_above_the_pictures(window, qtbot):
    """The health banner sits in the main window above the diagram and the boundary: typing α = 10 and
    stepping makes it say the cost rises and what to try; it is hidden on the course's run."""
    banner = window.health_banner
    assert banner.isHidden()
    combo = window.toolbar.alpha_combo
    combo.lineEdit().setText("10")
    qtbot.keyClick(combo.lineEdit(), Qt.Key.Key_Return)
    assert window.session.hyperparameters.learning_rate == 10.0
    for _ in range(20):
        qtbot.keyClick(window, Qt.Key.Key_Right)
    qtbot.waitUntil(lambda: banner.isVisible(), timeout=5000)
    assert "The cost is rising" in banner.text() and "α (now 10)" in banner.text()
    top = banner.mapTo(window, banner.rect().topLeft()).y()
    assert top < window.central_splitter.mapTo(window, window.central_splitter.rect().topLeft()).y()


def test_the_default_speed_is_auto_and_says_what_it_does(window):
    combo = window.toolbar.speed_combo
    assert combo.currentText() == "Auto"
    assert "-1" not in " ".join(combo.itemText(i) for i in range(combo.count()))
    assert "Auto starts slowly" in combo.toolTip()
