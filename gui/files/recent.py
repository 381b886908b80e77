"""The File → Open recent menu: the last files opened or saved, kept in the settings file.

At most MAX_RECENT paths, newest first. A file that has disappeared is taken
off the list (and the user is told) when the menu opens or when it is picked.
The list lives in a ``PlainSettings`` (core.files.plain_settings: the settings
file's plain values, never a ``QSettings``, which could unpickle a hostile value);
whatever the file holds under the key, only text paths are ever used.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from ...core.files.plain_settings import PlainSettings

MAX_RECENT = 8
SETTINGS_KEY = "files/recent"
MAX_PATH_CHARS = 4096  # a longer "path" in the file is not a path anyone saved


def _is_file(path: str) -> bool:
    try:
        return Path(path).is_file()
    except (OSError, ValueError):  # a name the system cannot even look up
        return False


class RecentFiles(QObject):
    """A list of paths kept in the settings, and the menu that shows it."""

    pruned = Signal(list)  # the paths removed because the files are gone

    def __init__(self, settings: PlainSettings, open_path: Callable[[str], object], parent: QWidget) -> None:
        super().__init__(parent)
        self._settings = settings
        self._open_path = open_path
        self.menu = QMenu(parent)
        self.menu.setObjectName("recent_files_menu")
        self.menu.aboutToShow.connect(self.rebuild)
        self.clear_action = QAction(self)
        self.clear_action.triggered.connect(self.clear)
        self.retranslate()
        self.rebuild()

    # ------------------------------------------------------------------ the list
    def use_settings(self, settings: PlainSettings) -> None:
        """Keep the list in other settings from now on (tests use a private file)."""
        self._settings = settings
        self.rebuild()

    def paths(self) -> list[str]:
        """The remembered paths, newest first."""
        paths = self._settings.strings(SETTINGS_KEY)  # a one-item list is stored as that item
        return [p for p in paths if p and len(p) <= MAX_PATH_CHARS and "\x00" not in p][:MAX_RECENT]

    def _store(self, paths: list[str]) -> None:
        self._settings.setValue(SETTINGS_KEY, paths[:MAX_RECENT])
        self._settings.sync()

    def add(self, path: str | os.PathLike) -> None:
        """Put ``path`` first (once) and forget the oldest beyond MAX_RECENT."""
        # Absolute, but a symbolic link stays the link the user chose (saving writes through it).
        text = os.path.abspath(os.fspath(path))
        self._store([text] + [p for p in self.paths() if p != text])
        self.rebuild()

    def clear(self) -> None:
        self._store([])
        self.rebuild()

    def prune(self) -> list[str]:
        """Drop the files that no longer exist; returns them (and emits ``pruned`` if any)."""
        paths = self.paths()
        gone = [p for p in paths if not _is_file(p)]
        if gone:
            self._store([p for p in paths if p not in gone])
            self.pruned.emit(gone)
        return gone

    # ------------------------------------------------------------------ the menu
    def rebuild(self) -> None:
        """Refill the menu from the (pruned) list."""
        self.prune()
        self.menu.clear()
        paths = self.paths()
        for number, path in enumerate(paths, start=1):
            # "&1" makes the digit a keyboard accelerator, as in most applications' recent lists.
            action = self.menu.addAction(f"&{number} {Path(path).name}")
            action.setToolTip(path)
            action.setData(path)
            action.triggered.connect(lambda _checked=False, p=path: self.open(p))
        if paths:
            self.menu.addSeparator()
        self.menu.addAction(self.clear_action)
        self.clear_action.setEnabled(bool(paths))
        self.menu.setEnabled(True)

    def actions_for_paths(self) -> list[QAction]:
        """The menu's file entries, in order (tests, screenshots)."""
        return [a for a in self.menu.actions() if a.data()]

    def open(self, path: str) -> None:
        """Open a remembered file, or take it off the list if it is gone."""
        if not _is_file(path):
            self.prune()
            self.rebuild()
            return
        self._open_path(path)

    def event(self, event: QEvent) -> bool:
        # LanguageChange reaches this object from the window it belongs to (see gui/support/i18n.py).
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return super().event(event)

    def retranslate(self) -> None:
        """Its texts in the current language (at start and on LanguageChange)."""
        self.menu.setTitle(self.tr("Open &recent"))
        self.clear_action.setText(self.tr("Clear the list"))
