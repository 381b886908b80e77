"""Help menu: the help page (F1), the keyboard shortcuts and About.

The shortcuts table is built from the window's own QActions each time it opens,
so it can never disagree with what the keys really do. The help page explains
each panel in the course's notation (its text is in help_text.py).
Dialogs are non-modal (``show()``, never ``exec()``): the app keeps running and
tests never block on them.
"""

from __future__ import annotations

import platform
import re
from importlib import metadata

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, qVersion
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel, QMainWindow, QMenu,
    QTableWidget, QTableWidgetItem, QTextBrowser, QVBoxLayout, QWidget,
)

from .help_text import help_html
from ..support.theme import app_icon

#: (distribution, display name, licence) of the libraries shown in About.
LIBRARIES = (("PySide6-Essentials", "Qt for Python (PySide6)", "LGPLv3"), ("pyqtgraph", "pyqtgraph", "MIT"),
             ("numpy", "NumPy", "BSD-3-Clause"))


def plain_text(action: QAction) -> str:
    """The action's text without its mnemonic ("&Quit" → "Quit", "退出(&Q)" → "退出", "&&" → "&")."""
    text = re.sub(r"\(&\w\)", "", action.text())  # Chinese menus put the key in brackets after the word
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def shortcut_actions(window: QMainWindow) -> list[QAction]:
    """Every action of the window that has a shortcut: menu order first, then the rest."""
    ordered: list[QAction] = []

    def walk(menu: QMenu) -> None:
        for action in menu.actions():
            if action.menu() is not None:
                walk(action.menu())
            else:
                ordered.append(action)

    for top in window.menuBar().actions():
        if top.menu() is not None:
            walk(top.menu())
    # QWidget.actions explicitly: MainWindow.actions is the TrainingActions object.
    ordered += QWidget.actions(window) + window.findChildren(QAction)
    seen: set[int] = set()
    result = []
    for action in ordered:
        if id(action) in seen or action.isSeparator() or not action.shortcuts():
            continue
        seen.add(id(action))
        result.append(action)
    return result


def app_version() -> str:
    try:
        return metadata.version("backprop-studio")
    except metadata.PackageNotFoundError:
        return "dev"  # running from a checkout that was never installed


def library_versions() -> list[tuple[str, str, str]]:
    """[(name, version, licence)] for Python, Qt, PySide6, pyqtgraph and NumPy as running now."""
    import numpy
    import pyqtgraph
    import PySide6

    found = {"PySide6-Essentials": PySide6.__version__, "pyqtgraph": pyqtgraph.__version__,
             "numpy": numpy.__version__}
    rows = [("Python", platform.python_version(), "PSF-2.0"), ("Qt", qVersion(), "LGPLv3")]
    rows += [(name, found[dist], licence) for dist, name, licence in LIBRARIES]
    return rows


class ShortcutsDialog(QDialog):
    """Help → Keyboard shortcuts: a table of (action, keys, what it does), rebuilt on every show."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.setObjectName("shortcuts_dialog")
        self._window = window
        self.table = QTableWidget(0, 3, self)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)  # one line per shortcut: the table reads like a list
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.refresh()

    def rows(self) -> list[tuple[str, str, QAction]]:
        """(action text, shortcut as shown, action) for every row, top to bottom."""
        return [(plain_text(a), self._keys(a), a) for a in shortcut_actions(self._window)]

    @staticmethod
    def _keys(action: QAction) -> str:
        return ", ".join(s.toString(QKeySequence.SequenceFormat.NativeText) for s in action.shortcuts())

    def refresh(self) -> None:
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Keys"), self.tr("What it does")])
        rows = self.rows()
        self.table.setRowCount(len(rows))
        for r, (text, keys, action) in enumerate(rows):
            tip = action.toolTip()
            tip = "" if tip.replace("&", "") == text else tip
            for c, value in enumerate((text, keys, tip)):
                item = QTableWidgetItem(value)
                if c == 1:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.table.setItem(r, c, item)
        self.table.resizeRowsToContents()
        self.table.resizeColumnsToContents()
        # Tall and wide enough for every row: no empty grey area, no scrolling for the usual dozen.
        rows_height = sum(self.table.rowHeight(r) for r in range(len(rows)))
        height = self.table.horizontalHeader().sizeHint().height() + rows_height + 6
        width = sum(self.table.columnWidth(c) for c in range(3)) + 24
        self.table.setMinimumSize(min(width, 1000), min(height, 520))

    def showEvent(self, event) -> None:
        self.refresh()  # actions may have been added or renamed since last time
        super().showEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "table"):
            self.refresh()
        super().changeEvent(event)


class HelpDialog(QDialog):
    """F1: what each panel shows, in the course's notation."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("help_dialog")
        self.browser = QTextBrowser(self)
        self.browser.setOpenExternalLinks(True)
        font = self.browser.font()
        # A little larger than the UI: superscripts like W[l] stay legible.
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.browser.setFont(font)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(780, 680)
        self.retranslate()

    def retranslate(self) -> None:
        """Title and page in the current language."""
        self.setWindowTitle(self.tr("Backprop Studio help"))
        self.browser.setHtml(help_html())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "browser"):
            self.retranslate()
        super().changeEvent(event)


class AboutDialog(QDialog):
    """Help → About: version, the libraries with their versions and licences, and the course credit."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("about_dialog")
        icon = QLabel(self)
        icon.setPixmap(app_icon().pixmap(96, 96))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.text = QTextBrowser(self)
        self.text.setOpenExternalLinks(True)
        self.text.setFrameShape(QTextBrowser.Shape.NoFrame)
        row = QHBoxLayout()
        row.addWidget(icon)
        row.addWidget(self.text, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(buttons)
        self.resize(600, 460)
        self.retranslate()

    def about_html(self) -> str:
        rows = "".join(f"<tr><td>{name}</td><td>{version}</td><td>{licence}</td></tr>"
                       for name, version, licence in library_versions())
        return (
            "<h2>Backprop Studio</h2>"
            + "<p>" + self.tr("Version %1").replace("%1", app_version()) + "</p>"
            + "<p>" + self.tr("See forward and backward propagation happen, step by step, on toy 2D data.") + "</p>"
            + "<p>" + self.tr("The notation and the exercises it illustrates follow the course "
                              "<i>Neural Networks and Deep Learning</i> by Andrew Ng (DeepLearning.AI). "
                              "Backprop Studio is an independent teaching aid, not part of the course.") + "</p>"
            + "<h3>" + self.tr("Built with") + "</h3>"
            + "<table cellspacing='0' cellpadding='4'><tr><th align='left'>" + self.tr("Library")
            + "</th><th align='left'>" + self.tr("Version") + "</th><th align='left'>" + self.tr("Licence")
            + "</th></tr>" + rows + "</table>"
            + "<p>" + self.tr("Backprop Studio itself is free software under the MIT licence.") + "</p>"
        )

    def retranslate(self) -> None:
        """Title and text in the current language."""
        self.setWindowTitle(self.tr("About Backprop Studio"))
        self.text.setHtml(self.about_html())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "text"):
            self.retranslate()
        super().changeEvent(event)


class HelpActions(QObject):
    """Help → Help (F1), Keyboard shortcuts (Ctrl+/), About; dialogs are made on first use."""

    def __init__(self, window: QMainWindow, menu: QMenu) -> None:
        super().__init__(window)
        self._window = window
        self.help_dialog: HelpDialog | None = None
        self.shortcuts_dialog: ShortcutsDialog | None = None
        self.about_dialog: AboutDialog | None = None
        self.help_action = QAction(window)
        self.help_action.setObjectName("help_action")
        self.help_action.setShortcut(QKeySequence(Qt.Key.Key_F1))
        self.help_action.triggered.connect(self.show_help)
        self.shortcuts_action = QAction(window)
        self.shortcuts_action.setObjectName("shortcuts_action")
        self.shortcuts_action.setShortcut(QKeySequence("Ctrl+/"))
        self.shortcuts_action.triggered.connect(self.show_shortcuts)
        for action in (self.help_action, self.shortcuts_action):
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            window.addAction(action)  # works with the menu bar hidden too
        self.about_action = QAction(window)
        self.about_action.setObjectName("about_action")
        self.about_action.triggered.connect(self.show_about)
        menu.addAction(self.help_action)
        menu.addAction(self.shortcuts_action)
        menu.addSeparator()
        menu.addAction(self.about_action)
        self.retranslate()

    def retranslate(self) -> None:
        """The actions' texts in the current language (at start and on LanguageChange)."""
        self.help_action.setText(QCoreApplication.translate("HelpActions", "&Help"))
        self.help_action.setToolTip(QCoreApplication.translate(
            "HelpActions", "Help (F1): what each panel shows, in the course's notation"))
        self.shortcuts_action.setText(QCoreApplication.translate("HelpActions", "&Keyboard shortcuts"))
        self.shortcuts_action.setToolTip(QCoreApplication.translate(
            "HelpActions", "Every key the window answers to, read from its actions"))
        # Translated under the context the window first gave it, so the catalogues need no new entry.
        self.about_action.setText(QCoreApplication.translate("MainWindow", "&About Backprop Studio"))
        self.about_action.setToolTip(QCoreApplication.translate("HelpActions", "Version, libraries and their licences"))

    def event(self, event: QEvent) -> bool:
        # LanguageChange reaches this object from the window it belongs to (see gui/support/i18n.py).
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return super().event(event)

    def _show(self, dialog: QDialog) -> QDialog:
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    def show_help(self) -> HelpDialog:
        self.help_dialog = self.help_dialog or HelpDialog(self._window)
        return self._show(self.help_dialog)

    def show_shortcuts(self) -> ShortcutsDialog:
        self.shortcuts_dialog = self.shortcuts_dialog or ShortcutsDialog(self._window)
        return self._show(self.shortcuts_dialog)

    def show_about(self) -> AboutDialog:
        self.about_dialog = self.about_dialog or AboutDialog(self._window)
        return self._show(self.about_dialog)
