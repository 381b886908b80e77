"""Languages: English (the source strings) and Simplified Chinese, switched at once.

Every visible string goes through ``self.tr`` (DESIGN.md §7). Translations live in
``resources/i18n/backprop_studio_<code>.ts`` and are compiled to ``.qm`` by
``tools/update_translations.py``. Installing a translator makes Qt send
``QEvent.LanguageChange`` to every widget; each widget answers in its
``changeEvent`` by setting its texts again (``retranslate``), so switching needs
no restart.

The language follows the system locale (``QLocale.system()``) unless the user
chose one in View → Language; that choice is remembered in the settings.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from PySide6.QtCore import QEvent, QLibraryInfo, QLocale, QObject, QTranslator, Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu, QWidget

from ...resources import resource_dir

I18N_DIR = resource_dir("i18n")
CATALOG = "backprop_studio"
SOURCE_LANGUAGE = "en"  # the strings in the code are English: no translator needed

# Each language is named in itself, so a user who cannot read the current language still finds theirs.
_LANGUAGES = (("en", "English"), ("zh_CN", "简体中文"))

_installed: list[QTranslator] = []
_current = SOURCE_LANGUAGE


def available_languages() -> list[tuple[str, str]]:
    """[(code, name in that language)], e.g. [("en", "English"), ("zh_CN", "简体中文")]."""
    return list(_LANGUAGES)


def qm_path(code: str, directory: Path | str | None = None) -> Path:
    """Where the compiled catalogue of ``code`` lives: resources/i18n/backprop_studio_<code>.qm."""
    return Path(directory or I18N_DIR) / f"{CATALOG}_{code}.qm"


def system_language(locale: QLocale | None = None) -> str:
    """The supported language closest to the system locale: any Chinese → zh_CN, else English."""
    locale = locale or QLocale.system()
    for name in [*locale.uiLanguages(), locale.name()]:
        if name.replace("-", "_").lower().startswith("zh"):
            return "zh_CN"
        if name.lower().startswith("en"):
            return "en"
    return SOURCE_LANGUAGE


def choose_language(stored: str | None, locale: QLocale | None = None) -> str:
    """The user's stored choice if it is a known language, otherwise the system's."""
    codes = {code for code, _ in _LANGUAGES}
    return stored if stored in codes else system_language(locale)


def current_language() -> str:
    return _current


def load_translators(code: str, directory: Path | str | None = None) -> list[QTranslator] | None:
    """Our catalogue for ``code`` and Qt's own (standard buttons, dialogs); None if ours is missing."""
    if code == SOURCE_LANGUAGE:
        return []
    ours = QTranslator()
    if not ours.load(str(qm_path(code, directory))):
        return None
    translators = [ours]
    qt_base = QTranslator()
    # Qt's own strings ("OK", "Cancel", the colour dialog...) ship with PySide6; optional.
    if qt_base.load(f"qtbase_{code}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        translators.append(qt_base)
    return translators


def install_language(app: QApplication, code: str, directory: Path | str | None = None) -> bool:
    """Replace the installed translators by those of ``code``; every widget then gets LanguageChange.

    False (and nothing changes) for an unknown code or a missing .qm file.
    """
    global _current
    if code not in {c for c, _ in _LANGUAGES}:
        return False
    translators = load_translators(code, directory)
    if translators is None:
        return False
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    for translator in translators:
        app.installTranslator(translator)
        _installed.append(translator)
    _current = code
    return True


class LanguageMenu(QMenu):
    """View → Language: one checkable entry per language; picking one switches at once."""

    language_chosen = Signal(str)  # the code, after it was installed
    language_failed = Signal(str)  # a message: the catalogue could not be loaded

    def __init__(self, app: QApplication, parent: QWidget | None = None,
                 directory: Path | str | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("language_menu")
        self._app = app
        self._directory = directory
        self._group = QActionGroup(self)
        self._group.setExclusive(True)
        self.language_actions: dict[str, QAction] = {}
        for code, name in _LANGUAGES:
            action = QAction(name, self)
            action.setCheckable(True)
            action.setData(code)
            action.setChecked(code == _current)
            self._group.addAction(action)
            self.addAction(action)
            self.language_actions[code] = action
        self._group.triggered.connect(self._on_action_triggered)
        self._retranslate()

    def choose(self, code: str) -> bool:
        """Switch to ``code`` as if the user picked it."""
        action = self.language_actions.get(code)
        if action is None:
            return False
        action.trigger()
        return _current == code

    def _on_action_triggered(self, action: QAction) -> None:
        code = action.data()
        if install_language(self._app, code, self._directory):
            self.language_chosen.emit(code)
        else:
            # Keep the check mark on the language really in use.
            self.language_actions[_current].setChecked(True)
            self.language_failed.emit(self.tr(
                "The translation for %1 is missing: run tools/update_translations.py.").replace("%1", action.text()))

    def _retranslate(self) -> None:
        self.setTitle(self.tr("&Language"))
        self.setToolTip(self.tr("The language of menus, panels and help; switches at once"))
        self.language_actions[_current].setChecked(True)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "language_actions"):
            self._retranslate()
        super().changeEvent(event)


class _LanguageWatcher(QObject):
    """Calls ``callback`` whenever the watched widget receives LanguageChange."""

    def __init__(self, widget: QWidget, callback: Callable[[], None]) -> None:
        super().__init__(widget)
        self._callback = callback

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange:
            self._callback()
        return False


def on_language_change(widget: QWidget, callback: Callable[[], None]) -> None:
    """Retranslate things that are not widgets (QActions, models) when ``widget``'s language changes."""
    widget.installEventFilter(_LanguageWatcher(widget, callback))


class _RetranslateWindow(QObject):
    """Until MainWindow has its own changeEvent: retranslate it (and its toolbar) on LanguageChange."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self._window = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.LanguageChange:
            for owner in (self._window, getattr(self._window, "actions", None), getattr(self._window, "toolbar", None)):
                retranslate: Callable[[], None] | None = getattr(owner, "retranslate", None)
                if callable(retranslate):
                    retranslate()
        return False


def window_handles_language_change(window: QMainWindow) -> bool:
    """True when the window's class answers LanguageChange itself (overrides changeEvent)."""
    return type(window).changeEvent is not QMainWindow.changeEvent


def install_language_menu(window: QMainWindow, app: QApplication, store=None,
                          directory: Path | str | None = None) -> LanguageMenu:
    """Add View → Language to ``window.view_menu``; a choice is installed at once and saved in ``store``.

    ``store`` is a gui.support.settings.SettingsStore (or anything with ``set_language(code)``).
    """
    menu = LanguageMenu(app, window, directory)
    window.view_menu.addSeparator()
    window.view_menu.addMenu(menu)
    window.language_menu = menu
    if not window_handles_language_change(window):
        window.installEventFilter(_RetranslateWindow(window))
    if store is not None:
        menu.language_chosen.connect(store.set_language)
    session = getattr(window, "session", None)
    if session is not None:
        menu.language_failed.connect(session.problem_reported)
    return menu
