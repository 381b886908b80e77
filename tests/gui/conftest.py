"""Fixtures shared by the GUI tests."""

import pytest
from PySide6.QtWidgets import QMessageBox

from backprop_studio.gui.window.main_window import MainWindow
from backprop_studio.gui.model.session import TrainingSession


@pytest.fixture
def window(qtbot):
    """The main window at 1280×800 on a fresh default session, shown; stopped and tidied afterwards.

    Test files that need a different window (other size, extra installs) define their own ``window``.
    """
    session = TrainingSession()
    w = MainWindow(session)
    qtbot.addWidget(w)
    w.resize(1280, 800)
    w.show()
    qtbot.waitExposed(w)
    yield w
    session.pause()
    for box in w.findChildren(QMessageBox):
        box.close()
