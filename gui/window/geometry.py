"""Where the window opens and how big: always inside the screen's available area, bigger on bigger screens.

A classroom projector is often 1280×720 and a small laptop 1366×768: there the
window takes the whole available area (maximised), so every tab, control and
the status bar can be reached. A larger screen gets most of its area (a window
that stays 1280×800 on 1920×1080 wastes half the screen). A size asked for
(``--size``) or remembered from the last run is kept, but never larger than the
screen, and the window is moved back onto it if it was left outside.

The docks follow the window's size too: the left column about a quarter of the
width, the bottom row (cost curve, inspector, activations) about a third of
the height, so the inspector's matrices get rows to show on a big screen.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QWidget

#: Screens up to this size (available area) get the whole of it: every pixel counts there.
SMALL_SCREEN = QSize(1440, 900)
#: Larger screens: this share of the available area, centred.
LARGE_SHARE = 0.9
#: The smallest size worth giving a window on a large screen.
COMFORTABLE = QSize(1280, 800)


def initial_geometry(available: QRect) -> QRect:
    """The window's rect on a screen whose available area is ``available``."""
    if available.width() <= SMALL_SCREEN.width() or available.height() <= SMALL_SCREEN.height():
        return QRect(available)
    size = QSize(round(available.width() * LARGE_SHARE), round(available.height() * LARGE_SHARE))
    size = size.expandedTo(COMFORTABLE).boundedTo(available.size())
    return centred(size, available)


def centred(size: QSize, available: QRect) -> QRect:
    rect = QRect(QPoint(0, 0), size.boundedTo(available.size()))
    rect.moveCenter(available.center())
    return rect


def fills(rect: QRect, available: QRect) -> bool:
    """True when ``rect`` is (about) the whole available area: the window is then shown maximised."""
    return rect.width() >= available.width() - 2 and rect.height() >= available.height() - 2


def screen_of(window: QWidget) -> QScreen:
    """The screen the window is on (or will open on)."""
    return window.screen() or QGuiApplication.primaryScreen()


def keep_on_screen(window: QWidget, available: QRect | None = None) -> None:
    """Shrink ``window`` to the screen's available area if it is larger, and move it onto it if it is off it."""
    available = available if available is not None else screen_of(window).availableGeometry()
    rect = QRect(window.geometry())
    size = rect.size().boundedTo(available.size())
    rect.setSize(size)
    if not available.contains(rect):
        rect.moveLeft(min(max(rect.left(), available.left()), available.right() - size.width() + 1))
        rect.moveTop(min(max(rect.top(), available.top()), available.bottom() - size.height() + 1))
    if rect != window.geometry():
        window.setGeometry(rect)


def place_on_screen(window: QWidget, size: QSize | None = None) -> bool:
    """Give ``window`` its opening geometry on its screen: ``size`` if asked for (never larger than the
    screen), else ``initial_geometry``. Returns True when the window should be shown maximised."""
    available = screen_of(window).availableGeometry()
    rect = centred(size, available) if size is not None else initial_geometry(available)
    window.setGeometry(rect)
    return size is None and fills(rect, available)
