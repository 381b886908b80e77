"""Fixtures shared by the GUI tests."""

import pytest
from PySide6.QtWidgets import QMessageBox

from backprop_studio.gui.window.main_window import MainWindow
from backprop_studio.gui.model.session import TrainingSession


@pytest.fixture
def window(qtbot):
    """The main window at 1280×800 on a fresh default session, shown; stopped and tidied afterwards.

    Built as the app builds it (``MainWindow`` makes every part), without a settings file to
    restore and without an autosave. Test files that need a different window (other size, a
    settings file) define their own ``window``.
    """
    session = TrainingSession()
    w = MainWindow(session, size=(1280, 800))
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    yield w
    session.pause()
    for box in w.findChildren(QMessageBox):
        box.close()
