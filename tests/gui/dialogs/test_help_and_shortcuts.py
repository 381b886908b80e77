"""Help menu: every listed shortcut does what it says, F1 opens the help, About shows versions."""

from __future__ import annotations

import platform

import numpy
import pyqtgraph
import PySide6
import pytest
from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMessageBox

from backprop_studio.gui.dialogs.help import app_version
from backprop_studio.gui.window.main_window import MainWindow
from backprop_studio.gui.model.session import TrainingSession


@pytest.fixture
def window(qtbot):
    w = MainWindow(TrainingSession(), size=(900, 640), full_screen_presentation=False)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.session.pause()
    for dialog in (w.help_actions.help_dialog, w.help_actions.shortcuts_dialog, w.help_actions.about_dialog):
        if dialog is not None:
            dialog.close()


def press(qtbot, window, sequence: QKeySequence) -> None:
    """Type the first key combination of ``sequence`` into the (active) window."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    combination = sequence[0]
    qtbot.keyClick(window, combination.key(), combination.keyboardModifiers())


def table_rows(dialog) -> list[tuple[str, str]]:
    t = dialog.table
    return [(t.item(r, 0).text(), t.item(r, 1).text()) for r in range(t.rowCount())]


def test_every_shortcut_in_the_table_triggers_its_action(window, qtbot):
    dialog = window.help_actions.show_shortcuts()
    rows = dialog.rows()
    shown = table_rows(dialog)
    assert shown == [(text, keys) for text, keys, _ in rows]
    listed = {action for *_, action in rows}
    actions = window.actions
    helps = window.help_actions
    for expected in (actions.play_pause, actions.step, actions.reset, window.presentation.action,
                     helps.help_action, helps.shortcuts_action):
        assert expected in listed
    dialog.close()

    session = window.session
    effects = {  # what the user sees after the key, for the actions we know (given the iteration before it)
        actions.play_pause: lambda before: session.running,
        actions.step: lambda before: session.iteration == before + 1,
        actions.reset: lambda before: session.iteration == 0,
        window.presentation.action: lambda before: window.presentation.active and window.data_dock.isHidden(),
        helps.help_action: lambda before: helps.help_dialog is not None and helps.help_dialog.isVisible(),
        helps.shortcuts_action: lambda before: helps.shortcuts_dialog is not None and helps.shortcuts_dialog.isVisible(),
    }
    # Quit last: it closes the window.
    ordered = sorted(rows, key=lambda row: row[2] is window.quit_action)
    for text, keys, action in ordered:
        before = session.iteration
        with qtbot.waitSignal(action.triggered, timeout=2000):
            press(qtbot, window, action.shortcuts()[0])
        if action in effects:
            assert effects[action](before), f"{text} ({keys}) did not do its job"
        # Undo what could get in the way of the next key.
        session.pause()
        if action is actions.step:
            continue  # keep iteration 1 so Reset has something to undo
        for dialog in (helps.help_dialog, helps.shortcuts_dialog):
            if dialog is not None:
                dialog.close()
        if window.presentation.active:
            window.presentation.leave()


def test_step_then_reset_by_keys(window, qtbot):
    press(qtbot, window, window.actions.step.shortcut())
    press(qtbot, window, window.actions.step.shortcut())
    assert window.session.iteration == 2
    press(qtbot, window, window.actions.reset.shortcut())
    assert window.session.iteration == 0


def test_the_table_is_built_from_the_actions_so_a_new_one_appears(window):
    new = QAction("Export cost curve", window)
    new.setShortcut(QKeySequence("Ctrl+E"))
    new.setToolTip("Save the cost history J as CSV")
    window.file_menu.addAction(new)
    dialog = window.help_actions.show_shortcuts()
    assert ("Export cost curve", QKeySequence("Ctrl+E").toString(QKeySequence.SequenceFormat.NativeText)) \
        in table_rows(dialog)
    row = [r for r in range(dialog.table.rowCount()) if dialog.table.item(r, 0).text() == "Export cost curve"][0]
    assert dialog.table.item(row, 2).text() == "Save the cost history J as CSV"
    new.setShortcut(QKeySequence())
    dialog.close()
    dialog = window.help_actions.show_shortcuts()
    assert "Export cost curve" not in [text for text, _ in table_rows(dialog)]


def test_f1_opens_the_help_page_in_the_course_notation(window, qtbot):
    qtbot.keyClick(window, Qt.Key.Key_F1)
    dialog = window.help_actions.help_dialog
    assert dialog is not None and dialog.isVisible()
    text = dialog.browser.toPlainText()
    for phrase in ("X has shape (n[0], m)", "Y has shape (1, m)", "layer_dims = [n[0], n[1], …, n[L]]",
                   "W[l]: (n[l], n[l−1])", "Learning rate α", "L2 regularization λ", "Mini-batch size",
                   "ŷ = a[L] = P(y = 1 | x)",
                   "J = −(1/m) Σi [ y(i) log a[L](i) + (1 − y(i)) log(1 − a[L](i)) ]",
                   "Z[l] = W[l] A[l−1] + b[l]", "A[l] = g[l](Z[l])", "dZ[l] = dA[l] * g[l]′(Z[l])",
                   "dW[l] = (1/m) dZ[l] A[l−1]T", "db[l] = (1/m) Σ dZ[l]", "dA[l−1] = W[l]T dZ[l]",
                   "W[l] := W[l] − α dW[l]", "Inspector"):
        assert phrase in text, phrase
    assert window.help_actions.help_action in window.help_menu.actions()


def test_about_shows_the_versions_and_licences(window, qtbot):
    window.help_actions.about_action.trigger()
    dialog = window.help_actions.about_dialog
    assert dialog is not None and dialog.isVisible()
    # About is our dialog, not the old QMessageBox.about (boxes left by other tests' windows don't count)
    assert not [w for w in window.findChildren(QMessageBox) if w.isVisible()]
    text = dialog.text.toPlainText()
    for phrase in (f"Version {app_version()}", platform.python_version(), qVersion(), PySide6.__version__,
                   pyqtgraph.__version__, numpy.__version__, "LGPLv3", "MIT", "BSD-3-Clause",
                   "Neural Networks and Deep Learning"):
        assert phrase in text, phrase


def test_app_version_comes_from_the_package_metadata(monkeypatch):
    from importlib import metadata

    def missing(_name):
        raise metadata.PackageNotFoundError("backprop-studio")

    monkeypatch.setattr(metadata, "version", missing)
    assert app_version() == "dev"
    monkeypatch.setattr(metadata, "version", lambda name: "9.9.9" if name == "backprop-studio" else "?")
    assert app_version() == "9.9.9"
