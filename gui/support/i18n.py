"""Languages: English (the source strings) and Simplified Chinese, switched at once.

Every visible string goes through ``self.tr``. Translations live in
``resources/i18n/backprop_studio_<code>.ts`` and are compiled to ``.qm`` by
``tools/update_translations.py``. Installing a translator makes Qt send
``QEvent.LanguageChange`` to every widget, so switching needs no restart.

One way to retranslate, Qt's own: everything that shows translated text
answers LanguageChange itself by calling its own ``retranslate()``. A widget
class does it in its ``changeEvent``; its ``retranslate()`` sets its texts and
those of the plain Qt widgets and actions it made (a dock's title, a menu's
title, a label), as Qt Designer's ``retranslateUi`` does. A QObject holding
actions (the window's training, file and help actions, presentation mode, the
recent files) does it in its ``event()``: a widget passes LanguageChange on to
its child objects. Nothing calls another object's ``retranslate()``.

The language follows the system locale (``QLocale.system()``) unless the user
chose one in View → Language; that choice is remembered in the settings.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QLibraryInfo, QLocale, QTranslator, Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QApplication, QMenu, QWidget

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
        #: Where the .qm catalogues are read from (the app's resources; tests use their own).
        self.directory = directory
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
        self.retranslate()

    def choose(self, code: str) -> bool:
        """Switch to ``code`` as if the user picked it."""
        action = self.language_actions.get(code)
        if action is None:
            return False
        action.trigger()
        return _current == code

    def _on_action_triggered(self, action: QAction) -> None:
        code = action.data()
        if install_language(self._app, code, self.directory):
            self.language_chosen.emit(code)
        else:
            # Keep the check mark on the language really in use.
            self.language_actions[_current].setChecked(True)
            self.language_failed.emit(self.tr(
                "The translation for %1 is missing: run tools/update_translations.py.").replace("%1", action.text()))

    def retranslate(self) -> None:
        """Its title and tooltip in the current language, the check mark on the language in use."""
        self.setTitle(self.tr("&Language"))
        self.setToolTip(self.tr("The language of menus, panels and help; switches at once"))
        self.language_actions[_current].setChecked(True)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "language_actions"):
            self.retranslate()
        super().changeEvent(event)
