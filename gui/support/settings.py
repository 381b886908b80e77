"""Remembered state: window geometry and docks, language, last hyperparameters and dataset.

One INI file through ``QSettings`` (IniFormat, so the same text file on every
system and a path a test can redirect). The file carries a ``version``; older
files are migrated step by step (``MIGRATIONS``), as Orange does with its
widget settings. Nothing in the file is trusted: every value is checked, and a
damaged or refused value falls back to the default with a message for the
status bar — reading settings never crashes the app.

    [General]  version=1
    [window]   geometry=@ByteArray(...)   state=@ByteArray(...)   (saveGeometry / saveState)
    [ui]       language=zh_CN
    [session]  hyperparameters={"learning_rate": 1.2, ...}   data_spec={"name": "flower", ...}
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict
from pathlib import Path
from typing import Any, Callable

from PySide6.QtCore import QByteArray, QCoreApplication, QObject, QSettings
from PySide6.QtWidgets import QMainWindow

from ...core.data.datasets import DATASETS
from ...core.errors import BackpropStudioError
from ...core.files.atomic import atomic_write
from ...core.training.hyperparameters import Hyperparameters
from ...core.data.pipeline import DataSpec
from .messages import format_message

SETTINGS_VERSION = 1
STATE_VERSION = 1  # passed to saveState/restoreState: a different number makes Qt refuse an old layout
ENV_PATH = "BACKPROP_STUDIO_SETTINGS"  # overrides where the file is (screenshots, tests, a classroom's shared setup)

GEOMETRY, STATE = "window/geometry", "window/state"
LANGUAGE = "ui/language"
HYPERPARAMETERS, DATA_SPEC = "session/hyperparameters", "session/data_spec"
KNOWN_KEYS = (GEOMETRY, STATE, LANGUAGE, HYPERPARAMETERS, DATA_SPEC)


def _from_unversioned(values: dict[str, Any]) -> dict[str, Any]:
    """Version 0 (development builds before versioning) kept flat keys named as Qt's examples do.

    Keys of other parts of the app sharing the file (e.g. recent files) are kept as they are.
    """
    renames = {"geometry": GEOMETRY, "windowState": STATE, "language": LANGUAGE,
               "hyperparameters": HYPERPARAMETERS, "dataset": DATA_SPEC}
    return {renames.get(key, key): value for key, value in values.items()}


#: MIGRATIONS[v] turns the values of a version-v file into those of version v + 1.
MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {0: _from_unversioned}


def migrate(values: dict[str, Any], version: int) -> dict[str, Any]:
    """Bring ``values`` (key → value, without "version") from ``version`` to SETTINGS_VERSION."""
    for v in range(version, SETTINGS_VERSION):
        values = MIGRATIONS[v](values)
    return values


def default_settings_path() -> Path:
    """$BACKPROP_STUDIO_SETTINGS, else the user's config folder (e.g. ~/.config/Backprop Studio/...)."""
    if os.environ.get(ENV_PATH):
        return Path(os.environ[ENV_PATH])
    settings = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                         "Backprop Studio", "Backprop Studio")
    return Path(settings.fileName())


class SettingsStore(QObject):
    """Typed, validated access to the settings file; ``problems`` lists what had to be reset."""

    def __init__(self, path: Path | str | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path = Path(path) if path is not None else default_settings_path()
        self.problems: list[str] = []
        self.migrated_from: int | None = None
        self._settings = QSettings(str(self.path), QSettings.Format.IniFormat)
        self._values: dict[str, Any] = {}
        self._load()

    # ------------------------------------------------------------------ reading the file
    def _load(self) -> None:
        s = self._settings
        status = s.status()
        if status == QSettings.Status.AccessError:
            self._problem(self.tr("The settings file %1 could not be read; the defaults are used."))
            return
        raw = {key: s.value(key) for key in s.allKeys() if key}  # an empty key means a line of garbage
        garbage = status == QSettings.Status.FormatError or "" in s.allKeys() or (not raw and self._has_text())
        version = raw.pop("version", None)
        if version is None and not raw and not garbage:
            self._rewrite({})  # a new file: versioned from the start, whoever writes to it next
            return
        try:
            version = 0 if version is None else int(version)
            if version < 0:
                raise ValueError(version)
        except (TypeError, ValueError):
            garbage = True
        if garbage:
            self._set_aside()
            return
        if version > SETTINGS_VERSION:
            self._problem(self.tr("The settings file %1 was written by a newer Backprop Studio; "
                                  "settings this version does not know are ignored."))
        elif version < SETTINGS_VERSION:
            raw = migrate(raw, version)
            self.migrated_from = version
            self._rewrite(raw)
        self._values = {key: raw[key] for key in KNOWN_KEYS if key in raw}

    @property
    def qsettings(self) -> QSettings:
        """The underlying QSettings, for parts of the app that keep their own keys here (recent files)."""
        return self._settings

    def _has_text(self) -> bool:
        """True when the file holds lines that are neither blank, [sections] nor comments (Qt read no key)."""
        try:
            lines = self.path.read_bytes().decode("utf-8", "replace").splitlines()
        except OSError:
            return False
        return any(line.strip() and line.strip()[0] not in "[;#" for line in lines)

    def _set_aside(self) -> None:
        """A damaged file is kept beside the new one (…ini.damaged) so nothing the user had is lost."""
        backup = self.path.with_name(self.path.name + ".damaged")
        try:
            atomic_write(backup, self.path.read_bytes())
        except OSError:
            backup = self.path
        self._problem(self.tr("The settings file %1 was damaged and was reset to the defaults (a copy is in %2).")
                      .replace("%2", str(backup)))
        self._rewrite({})

    def _rewrite(self, values: dict[str, Any]) -> None:
        self._settings.clear()
        for key, value in values.items():
            self._settings.setValue(key, value)
        self._settings.setValue("version", SETTINGS_VERSION)
        self._settings.sync()

    def _problem(self, message: str) -> None:
        message = message.replace("%1", str(self.path))
        if message not in self.problems:
            self.problems.append(message)

    def _refuse(self, key: str, message: str, reason: str) -> None:
        """Forget ``key`` (the default applies) and say why: ``message`` has %1 for the reason."""
        self._values.pop(key, None)
        self._settings.remove(key)
        self._problem(message.replace("%1", reason))

    def _messages(self) -> dict[str, str]:
        """One whole sentence per setting (translators get sentences, not fragments to glue)."""
        return {
            GEOMETRY: self.tr("The saved window size and position could not be used (%1); the default is used."),
            STATE: self.tr("The saved panel layout could not be used (%1); the default layout is used."),
            LANGUAGE: self.tr("The saved language could not be used (%1); the system's language is used."),
            HYPERPARAMETERS: self.tr("The saved hyperparameters could not be used (%1); the defaults are used."),
            DATA_SPEC: self.tr("The saved dataset could not be used (%1); the default dataset is used."),
        }

    def _json(self, key: str) -> dict | None:
        text = self._values.get(key)
        if text is None:
            return None
        try:
            data = json.loads(text) if isinstance(text, str) else None
        except ValueError:
            data = None
        if not isinstance(data, dict):
            self._refuse(key, self._messages()[key], self.tr("not readable"))
            return None
        return data

    # ------------------------------------------------------------------ values
    def language(self) -> str | None:
        """The language the user chose (a code like "zh_CN"), or None to follow the system."""
        value = self._values.get(LANGUAGE)
        if value is None:
            return None
        from .i18n import available_languages

        if value not in {code for code, _ in available_languages()}:
            self._refuse(LANGUAGE, self._messages()[LANGUAGE], self.tr("unknown language %1").replace("%1", repr(value)))
            return None
        return value

    def set_language(self, code: str) -> None:
        self._set(LANGUAGE, code)

    def hyperparameters(self) -> Hyperparameters | None:
        """The last hyperparameters (validated by core), or None."""
        data = self._json(HYPERPARAMETERS)
        if data is None:
            return None
        try:
            return Hyperparameters.from_dict(data)
        except (BackpropStudioError, TypeError, ValueError) as error:
            self._refuse(HYPERPARAMETERS, self._messages()[HYPERPARAMETERS], format_message(error))
            return None

    def data_spec(self) -> DataSpec | None:
        """The last generated dataset (name, m, noise, seed, test share), or None."""
        data = self._json(DATA_SPEC)
        if data is None:
            return None
        try:
            spec = DataSpec(**data)
            if spec.name not in DATASETS:
                raise ValueError(self.tr("unknown dataset %1").replace("%1", repr(spec.name)))
            spec.make()  # checks m, noise and seed the way the session would
        except (BackpropStudioError, TypeError, ValueError) as error:
            self._refuse(DATA_SPEC, self._messages()[DATA_SPEC], format_message(error))
            return None
        return spec

    def save_session(self, session) -> None:
        """Remember the session's hyperparameters and, for a generated dataset, its DataSpec."""
        self._set(HYPERPARAMETERS, json.dumps(session.hyperparameters.to_dict()))
        spec = session.data_spec
        if spec.name in DATASETS:  # drawn or imported points are not settings (they go in session files)
            self._set(DATA_SPEC, json.dumps(asdict(spec)))

    def save_window(self, window: QMainWindow) -> None:
        self._set(GEOMETRY, QByteArray(window.saveGeometry()))
        self._set(STATE, QByteArray(window.saveState(STATE_VERSION)))

    def restore_window(self, window: QMainWindow) -> None:
        """Geometry, then docks (place, size, visibility); anything unusable keeps the window's defaults."""
        for key, restore in ((GEOMETRY, window.restoreGeometry),
                             (STATE, lambda data: window.restoreState(data, STATE_VERSION))):
            data = self._values.get(key)
            if data is None:
                continue
            if not isinstance(data, QByteArray) or not restore(data):
                self._refuse(key, self._messages()[key], self.tr("not readable"))

    def _set(self, key: str, value: Any) -> None:
        self._values[key] = value
        self._settings.setValue(key, value)
        self._settings.setValue("version", SETTINGS_VERSION)

    def sync(self) -> bool:
        """Write to disk now; False if the file could not be written."""
        self._settings.sync()
        return self._settings.status() == QSettings.Status.NoError

    def clear(self) -> None:
        """Forget everything (the next start uses the defaults)."""
        self._values.clear()
        self._rewrite({})


class WindowSettings:
    """The settings of one window: restored when it is built, saved when it closes (MainWindow calls both)."""

    def __init__(self, window: QMainWindow, session, store: SettingsStore) -> None:
        self._window, self._session, self.store = window, session, store

    def restore(self) -> None:
        """The last dataset and hyperparameters, then geometry and docks (call once every dock exists).

        Problems (a damaged file, refused values) are kept in ``store.problems``.
        """
        store = self.store
        spec, hp = store.data_spec(), store.hyperparameters()
        if spec is not None or hp is not None:
            if not self._session.apply(data_spec=spec, hyperparameters=hp):
                store.problems.append(QCoreApplication.translate(
                    "SettingsStore", "The last dataset and hyperparameters could not be restored; the defaults are used."))
        store.restore_window(self._window)

    def save(self) -> bool:
        """Remember the window's layout and the session; False if the file could not be written.

        The caller leaves presentation mode first: its layout is for the projector, not for next time.
        """
        self.store.save_window(self._window)
        self.store.save_session(self._session)
        return self.store.sync()
