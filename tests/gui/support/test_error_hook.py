"""The app-wide exception hook: an error in a slot is shown, logged, and the app trains on."""

from __future__ import annotations

import threading

import numpy as np
import pytest
import shiboken6
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from backprop_studio.gui.support.error_hook import DATA_DIR_ENV, LOG_NAME, ErrorDialog, ErrorHook, install_error_hook, uninstall_error_hook

# pytest-qt would catch the slot's exception itself and fail the test: here the app's own hook must.
pytestmark = pytest.mark.qt_no_exception_capture


@pytest.fixture
def data_dir(tmp_path, monkeypatch):
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path))
    return tmp_path


@pytest.fixture
def hook(qtbot, data_dir):
    installed = install_error_hook(QApplication.instance())
    yield installed
    if installed.dialog is not None and shiboken6.isValid(installed.dialog):
        installed.dialog.close()
    uninstall_error_hook()


def find_error_dialog() -> ErrorDialog | None:
    for widget in QApplication.topLevelWidgets():
        if widget.objectName() == "error_dialog" and widget.isVisible():
            return widget
    return None


def log_text(data_dir) -> str:
    path = data_dir / "logs" / LOG_NAME
    return path.read_text(encoding="utf-8") if path.exists() else ""


class SlotFailure(RuntimeError):
    pass


def test_an_error_in_a_slot_shows_the_dialog_writes_the_log_and_training_goes_on(hook, window, data_dir, qtbot):
    session = window.session
    calls = []

    def broken_slot(snapshot) -> None:
        calls.append(snapshot.iteration)
        if len(calls) == 1:
            raise SlotFailure("the view could not draw W3")

    session.state_changed.connect(broken_slot)
    before = session.trainer.parameters()
    session.step_iteration()  # the slot raises inside the session's emit

    dialog = find_error_dialog()
    assert dialog is not None, "no error dialog"
    assert not dialog.isModal()
    assert "SlotFailure: the view could not draw W3" in dialog.summary_label.text()
    assert "keeps running" in dialog.message_label.text()
    # Details: hidden at first, the traceback (naming the slot) when asked for.
    assert not dialog.details.isVisible()
    dialog.details_button.click()
    assert dialog.details.isVisible()
    assert "broken_slot" in dialog.details.toPlainText() and "Traceback" in dialog.details.toPlainText()
    # Copy puts message and traceback on the clipboard.
    dialog.copy_button.click()
    copied = QGuiApplication.clipboard().text()
    assert "the view could not draw W3" in copied and "broken_slot" in copied

    log = log_text(data_dir)
    assert "SlotFailure: the view could not draw W3" in log and "broken_slot" in log
    assert str(data_dir / "logs" / LOG_NAME) in dialog.message_label.text()

    # The session is intact: the step that raised in a listener still happened, once, and training goes on.
    assert session.iteration == 1
    assert all(np.isfinite(v).all() for v in session.trainer.parameters().values())
    assert any(not np.array_equal(before[k], v) for k, v in session.trainer.parameters().items())
    session.play()
    qtbot.waitUntil(lambda: session.iteration > 50, timeout=20000)
    session.pause()
    assert dialog.isVisible()  # non-modal: it stayed open while training ran


def test_the_same_error_again_and_again_gives_one_dialog_and_a_short_log(hook, window, data_dir, qtbot):
    session = window.session

    def always_broken(_snapshot) -> None:
        raise SlotFailure("every frame")

    session.state_changed.connect(always_broken)
    for _ in range(40):
        session.step_iteration()
    dialogs = [w for w in QApplication.topLevelWidgets() if w.objectName() == "error_dialog" and w.isVisible()]
    assert len(dialogs) == 1
    assert "40" in dialogs[0].repeat_label.text()
    log = log_text(data_dir)
    assert log.count("Traceback") == 3  # the first three in full, then counts at 4, 8, 16, 32
    assert "happened 32 times" in log
    assert session.iteration == 40


def test_an_error_while_showing_the_dialog_is_only_logged(hook, window, data_dir):
    def broken_dialog(summary: str, details: str) -> None:
        raise OSError("no screen for dialogs")

    hook.show_dialog = broken_dialog
    window.session.state_changed.connect(lambda _snapshot: 1 / 0)
    window.session.step_iteration()
    log = log_text(data_dir)
    assert "ZeroDivisionError" in log
    assert "while showing the error dialog" in log and "no screen for dialogs" in log
    assert find_error_dialog() is None
    window.session.step_iteration()
    assert window.session.iteration == 2


def test_an_error_in_another_thread_is_logged_and_shown_by_the_gui_thread(hook, data_dir, qtbot):
    def worker() -> None:
        raise SlotFailure("a background sweep failed")

    thread = threading.Thread(target=worker, name="sweep-worker")
    thread.start()
    thread.join()
    assert "a background sweep failed" in log_text(data_dir)
    assert "thread sweep-worker" in log_text(data_dir)
    qtbot.waitUntil(lambda: find_error_dialog() is not None, timeout=5000)
    assert "a background sweep failed" in find_error_dialog().summary_label.text()


def test_the_log_folder_is_created_and_a_big_log_is_rotated(qtbot, tmp_path):
    path = tmp_path / "deep" / "logs" / LOG_NAME
    hook = ErrorHook(log_path=path)
    hook.show_dialog = lambda summary, details: None
    path.parent.mkdir(parents=True)
    path.write_text("x" * 1_100_000)
    try:
        raise ValueError("after a long day")
    except ValueError as error:
        hook.handle(type(error), error, error.__traceback__)
    assert "after a long day" in path.read_text()
    assert path.with_name(LOG_NAME + ".1").stat().st_size == 1_100_000


def test_an_unwritable_log_folder_does_not_break_the_hook(qtbot, tmp_path, capfd):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the log folder should be")
    hook = ErrorHook(log_path=blocker / "logs" / LOG_NAME)
    shown = []
    hook.show_dialog = lambda summary, details: shown.append(summary)
    try:
        raise KeyError("W9")
    except KeyError as error:
        hook.handle(type(error), error, error.__traceback__)
    assert shown == ["KeyError: 'W9'"]
    assert "could not write the error log" in capfd.readouterr().err


def test_install_and_uninstall_restore_the_previous_hooks(qtbot, data_dir):
    import sys

    before = sys.excepthook, threading.excepthook
    installed = install_error_hook()
    assert sys.excepthook == installed.handle
    assert install_error_hook() is installed  # once per app
    uninstall_error_hook()
    assert (sys.excepthook, threading.excepthook) == before


def test_an_unexpected_error_inside_training_pauses_is_shown_and_logged_and_the_app_goes_on(
        hook, window, data_dir, qtbot):
    session = window.session
    real_step = session.trainer.step
    calls = []

    def step_once_broken():
        calls.append(1)
        if len(calls) == 3:
            raise MemoryError("no room for Z[2]")
        return real_step()

    session.trainer.step = step_once_broken
    running = []
    session.running_changed.connect(running.append)
    with qtbot.waitSignal(hook.error_caught, timeout=10000) as caught:
        session.play()
    # Training pauses: never "running" with no ticks coming; the two good steps count, nothing after.
    assert running == [True, False] and not session.running
    assert session.iteration == 2 and len(calls) == 3
    # The error reaches the dialog and the log.
    assert caught.args == ["MemoryError: no room for Z[2]"]
    dialog = find_error_dialog()
    assert dialog is not None and dialog.summary_label.text() == "MemoryError: no room for Z[2]"
    assert "MemoryError: no room for Z[2]" in log_text(data_dir) and "step_once_broken" in log_text(data_dir)
    # The app stays usable: Step and Play train on from where it stopped.
    assert all(np.isfinite(v).all() for v in session.trainer.parameters().values())
    session.step_iteration()
    assert session.iteration == 3
    session.play()
    qtbot.waitUntil(lambda: session.iteration >= 50, timeout=20000)
    session.pause()
    assert len(calls) == session.iteration + 1  # every later step ran, once
