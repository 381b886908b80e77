"""Presentation mode (View → Presentation, F11): readable from the back of a classroom.

Entering it: the window's font grows by ``PRESENTATION_SCALE`` (Qt passes the
font on to every child, and the views restyle their pyqtgraph axes on
FontChange), widgets with a font size of their own grow by the same factor,
every dock is hidden except those named in ``keep_docks`` (the central views
stay; the main window keeps the cost curve and the inspector, and on ``toggled``
lays them side by side and makes its parts compact), and the window goes full
screen. Leaving puts back exactly what was
there: fonts, dock layout (saveState/restoreState) and window state.

Views that draw lines can read the factor with ``presentation_scale(widget)``
(1.0 outside presentation mode), e.g. in their FontChange handling.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QCoreApplication, QEvent, QObject, QRect, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMainWindow, QWidget

PRESENTATION_SCALE = 1.6
SCALE_PROPERTY = "presentation_scale"  # a dynamic property on the main window
_STATE_VERSION = 0x5052  # "PR": this saved layout is only ever restored by this module
_SIZE_RESOLVED = 0x0002  # QFont::SizeResolved: the font's size was set explicitly (not exported by PySide6)


def presentation_scale(widget: QWidget) -> float:
    """How much larger lines and text should be drawn in ``widget``'s window (1.0 normally)."""
    value = widget.window().property(SCALE_PROPERTY)
    return float(value) if isinstance(value, (int, float)) and value > 0 else 1.0


def scaled_font(font: QFont, factor: float) -> QFont:
    """A copy of ``font`` ``factor`` times larger (point or pixel size, whichever it uses)."""
    result = QFont(font)
    if font.pointSizeF() > 0:
        result.setPointSizeF(font.pointSizeF() * factor)
    else:
        result.setPixelSize(max(1, round(font.pixelSize() * factor)))
    return result


class Presentation(QObject):
    """The checkable F11 action and the state it saves while active."""

    toggled = Signal(bool)

    def __init__(self, window: QMainWindow, scale: float = PRESENTATION_SCALE, full_screen: bool = True) -> None:
        super().__init__(window)
        self._window = window
        self.scale_factor = scale
        self.full_screen = full_screen
        self.keep_docks: set[str] = set()  # objectNames of docks that stay visible (e.g. "diagram_dock")
        self._active = False
        self._saved_state = QByteArray()
        self._saved_geometry = QRect()
        self._saved_window_state = Qt.WindowState.WindowNoState
        self._window_font: QFont | None = None  # None: the window had no font of its own
        self._own_fonts: list[tuple[QWidget, QFont]] = []

        self.action = QAction(window)
        self.action.setObjectName("presentation_action")
        self.action.setCheckable(True)
        self.action.setShortcut(QKeySequence(Qt.Key.Key_F11))
        self.action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.action.toggled.connect(self.set_active)
        window.addAction(self.action)  # F11 works even while the menu bar is not focused
        self.retranslate()

    @property
    def active(self) -> bool:
        return self._active

    @property
    def scale(self) -> float:
        """The factor in force now: ``scale_factor`` while presenting, else 1."""
        return self.scale_factor if self._active else 1.0

    def retranslate(self) -> None:
        """The action's texts in the current language (at start and on LanguageChange)."""
        self.action.setText(QCoreApplication.translate("Presentation", "&Presentation mode"))
        self.action.setToolTip(QCoreApplication.translate(
            "Presentation", "Presentation mode (F11): large text and only the essential views, for a projector"))

    def event(self, event: QEvent) -> bool:
        # LanguageChange reaches this object from the window it belongs to (see gui/support/i18n.py).
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return super().event(event)

    def set_active(self, on: bool) -> None:
        if on != self._active:
            self.enter() if on else self.leave()

    def toggle(self) -> None:
        self.set_active(not self._active)

    # ------------------------------------------------------------------ entering and leaving
    def enter(self) -> None:
        if self._active:
            return
        w = self._window
        self._saved_state = QByteArray(w.saveState(_STATE_VERSION))
        self._saved_geometry = QRect(w.geometry())
        self._saved_window_state = w.windowState()
        self._scale_fonts()
        w.setProperty(SCALE_PROPERTY, self.scale_factor)
        for dock in w.findChildren(QDockWidget):
            if dock.objectName() not in self.keep_docks:
                dock.hide()
        if self.full_screen:
            w.setWindowState(w.windowState() | Qt.WindowState.WindowFullScreen)
        self._set(True)

    def leave(self, restore_layout: bool = True) -> None:
        if not self._active:
            return
        w = self._window
        self._restore_fonts()
        w.setProperty(SCALE_PROPERTY, 1.0)
        if self.full_screen:
            w.setWindowState(self._saved_window_state)
            if not self._saved_window_state & (Qt.WindowState.WindowMaximized | Qt.WindowState.WindowFullScreen):
                w.setGeometry(self._saved_geometry)
        if restore_layout:
            w.restoreState(self._saved_state, _STATE_VERSION)
        self._set(False)

    def _set(self, on: bool) -> None:
        self._active = on
        with QSignalBlocker(self.action):
            self.action.setChecked(on)
        self.toggled.emit(on)


    # ------------------------------------------------------------------ fonts
    def _scale_fonts(self) -> None:
        w = self._window
        # Widgets that chose a size of their own (a bold counter, big +/− buttons) would not follow
        # the window's font, so they grow by the same factor; remembered first, restored exactly.
        self._own_fonts = [
            (child, QFont(child.font())) for child in w.findChildren(QWidget)
            if child.window() is w and child.testAttribute(Qt.WidgetAttribute.WA_SetFont)
            and child.font().resolveMask() & _SIZE_RESOLVED
        ]
        self._window_font = QFont(w.font()) if w.testAttribute(Qt.WidgetAttribute.WA_SetFont) else None
        w.setFont(scaled_font(w.font(), self.scale_factor))
        for child, font in self._own_fonts:
            child.setFont(scaled_font(font, self.scale_factor))

    def _restore_fonts(self) -> None:
        w = self._window
        w.setFont(self._window_font if self._window_font is not None else QFont())
        for child, font in self._own_fonts:
            child.setFont(font)
        self._own_fonts = []
