"""Fixtures shared by the GUI tests."""

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from backprop_studio.gui.window.main_window import MainWindow
from backprop_studio.gui.model.session import TrainingSession
from backprop_studio.gui.support.i18n import install_language


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


@pytest.fixture
def chinese(qtbot):
    """The app in Chinese for the test (the catalogue must load), English again afterwards."""
    app = QApplication.instance()
    assert install_language(app, "zh_CN"), "resources/i18n/backprop_studio_zh_CN.qm is missing"
    yield app
    install_language(app, "en")
