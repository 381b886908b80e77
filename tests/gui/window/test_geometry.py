"""The window opens inside the screen, uses big screens, and gives its docks room in proportion."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import QApplication

from backprop_studio.gui.model.session import TrainingSession
from backprop_studio.gui.window.geometry import initial_geometry, keep_on_screen, place_on_screen
from backprop_studio.gui.window.main_window import MainWindow


@pytest.mark.parametrize("screen", [QRect(0, 0, 1280, 720), QRect(0, 0, 1366, 768), QRect(0, 32, 1280, 688),
                                    QRect(0, 0, 1440, 900)])
def test_small_screens_get_their_whole_available_area(screen):
    assert initial_geometry(screen) == screen  # a classroom projector: every pixel, nothing off-screen


@pytest.mark.parametrize("screen", [QRect(0, 0, 1920, 1080), QRect(0, 0, 2560, 1440), QRect(1920, 0, 1920, 1040)])
def test_large_screens_get_most_of_their_area_centred(screen):
    rect = initial_geometry(screen)
    assert screen.contains(rect) and rect.center() == screen.center()
    assert rect.width() >= 0.85 * screen.width() and rect.height() >= 0.85 * screen.height()
    assert rect.width() > 1280 and rect.height() > 800  # no longer 1280×800 on a big screen


def window(qtbot, **kwargs) -> MainWindow:
    w = MainWindow(TrainingSession(), **kwargs)
    qtbot.addWidget(w)
    return w


def test_the_window_opens_inside_the_screen_it_is_on(qtbot):
    w = window(qtbot)
    available = w.screen().availableGeometry()
    assert available.contains(w.geometry())
    assert w.opens_maximised == (available.width() <= 1440 or available.height() <= 900)


def test_a_size_asked_for_or_remembered_never_leaves_the_screen(qtbot):
    w = window(qtbot, size=(800, 600))
    screen = QRect(0, 0, 1280, 720)
    place_on_screen(w, QSize(1280, 800))  # the old default, 80 px too tall for a 720p projector
    keep_on_screen(w, screen)
    assert screen.contains(w.geometry()) and w.height() == 720
    w.setGeometry(QRect(1900, 900, 1000, 700))  # left on a second screen that is gone now
    keep_on_screen(w, screen)
    assert screen.contains(w.geometry()) and w.size() == QSize(1000, 700)


def test_every_panel_fits_a_720p_screen_with_room_for_a_title_bar_and_panel(qtbot):
    w = window(qtbot, size=(1280, 720))
    hint = w.minimumSizeHint()
    assert hint.width() <= 1280 and hint.height() <= 720 - 80


def test_a_bigger_window_gives_the_bottom_docks_more_height(qtbot):
    heights = {}
    for size in ((1280, 720), (1728, 972)):
        w = window(qtbot, size=size)
        w.show()
        qtbot.waitExposed(w)
        qtbot.waitUntil(lambda: w.cost_dock.height() >= 0.25 * size[1])
        w.inspector_dock.raise_()
        QApplication.processEvents()
        heights[size] = w.inspector_dock.height()
    assert heights[(1728, 972)] > heights[(1280, 720)] + 60
