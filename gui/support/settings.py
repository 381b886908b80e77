"""Remembered state: window geometry and docks, language, last hyperparameters and dataset.

One INI file in the format of Qt's ``QSettings`` (IniFormat: the same text file on
every system, a path a test can redirect), but read and written by the app itself
(core.files.ini_file), never by ``QSettings``: Qt would decode an ``@Variant(...)``
value, and PySide6 unpickles one holding a Python object, which runs the code it
names. Here only plain values exist — text, bytes, lists of text — each read
through an explicit type; anything else in the file is removed, with a message,
and never decoded.

Nothing in the file is trusted: at most MAX_SETTINGS_BYTES are read; a file that
is not UTF-8 INI text is moved aside (``….damaged``) with one message naming it;
JSON inside a value is bounded in size and depth; every value is checked, and a
refused one falls back to the default with a message for the status bar. The
window's geometry and dock layout go to Qt only if their checksum matches the one
written with them: flipped bits in them never reach Qt's parsers. The file carries
a ``version``; older files are migrated step by step (``MIGRATIONS``).

    [General]  version=2
    [window]   geometry=@ByteArray(...)   state=@ByteArray(...)   check=<SHA-256 of both>
    [ui]       language=zh_CN
    [session]  hyperparameters={"learning_rate": 1.2, ...}   data_spec={"name": "flower", ...}
    [files]    recent=/path/a.bpsession, /path/b.csv          (gui/files/recent.py)
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import asdict
from pathlib import Path
from typing import Any, Callable

from PySide6.QtCore import QByteArray, QCoreApplication, QObject, QSettings
from PySide6.QtWidgets import QMainWindow

from ...core.data.datasets import DATASETS
from ...core.errors import BackpropStudioError, ParameterFileError
from ...core.files.atomic import atomic_write
from ...core.files.ini_file import IniSyntaxError, IniValue, Refused, format_ini, parse_ini
from ...core.files.limits import MAX_SETTINGS_BYTES, JSONLimitError, load_json, read_capped
from ...core.files.plain_settings import Changes, PlainSettings, apply_changes
from ...core.training.hyperparameters import Hyperparameters
from ...core.data.pipeline import DataSpec
from .messages import format_message

SETTINGS_VERSION = 2
STATE_VERSION = 1  # passed to saveState/restoreState: a different number makes Qt refuse an old layout
ENV_PATH = "BACKPROP_STUDIO_SETTINGS"  # overrides where the file is (screenshots, tests, a classroom's shared setup)

GEOMETRY, STATE, WINDOW_CHECK = "window/geometry", "window/state", "window/check"
LANGUAGE = "ui/language"
HYPERPARAMETERS, DATA_SPEC = "session/hyperparameters", "session/data_spec"
KNOWN_KEYS = (GEOMETRY, STATE, WINDOW_CHECK, LANGUAGE, HYPERPARAMETERS, DATA_SPEC)
#: JSON inside a setting: a few hundred bytes when the app writes it.
MAX_JSON_CHARS, MAX_JSON_DEPTH = 64 * 1024, 4


def window_check(geometry: bytes | None, state: bytes | None) -> str:
    """The checksum written beside the window's geometry and layout (they reach Qt only if it matches)."""
    digest = hashlib.sha256()
    for part in (geometry, state):
        digest.update(len(part or b"").to_bytes(8, "little") + (part or b""))
    return digest.hexdigest()


def _from_unversioned(values: dict[str, Any]) -> dict[str, Any]:
    """Version 0 (development builds before versioning) kept flat keys named as Qt's examples do.

    Keys of other parts of the app sharing the file (e.g. recent files) are kept as they are.
    """
    renames = {"geometry": GEOMETRY, "windowState": STATE, "language": LANGUAGE,
               "hyperparameters": HYPERPARAMETERS, "dataset": DATA_SPEC}
    return {renames.get(key, key): value for key, value in values.items()}


def _with_window_check(values: dict[str, Any]) -> dict[str, Any]:
    """Version 1 had no checksum for the window's geometry and layout: the app wrote them, trust them once."""
    geometry, state = values.get(GEOMETRY), values.get(STATE)
    if isinstance(geometry, bytes) or isinstance(state, bytes):
        values = {**values, WINDOW_CHECK: window_check(geometry if isinstance(geometry, bytes) else None,
                                                       state if isinstance(state, bytes) else None)}
    return values


#: MIGRATIONS[v] turns the values of a version-v file into those of version v + 1.
MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {0: _from_unversioned, 1: _with_window_check}


def migrate(values: dict[str, Any], version: int) -> dict[str, Any]:
    """Bring ``values`` (key → value, without "version") from ``version`` to SETTINGS_VERSION."""
    for v in range(version, SETTINGS_VERSION):
        values = MIGRATIONS[v](values)
    return values


def default_settings_path() -> Path:
    """$BACKPROP_STUDIO_SETTINGS, else the user's config folder (e.g. ~/.config/Backprop Studio/...)."""
    if os.environ.get(ENV_PATH):
        return Path(os.environ[ENV_PATH])
    # Only asked for its file name: this QSettings never reads the file.
    settings = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                         "Backprop Studio", "Backprop Studio")
    return Path(settings.fileName())


class _Unusable(Exception):
    """The file cannot be used at all (not UTF-8, not INI, no usable version)."""


def read_settings_file(path: Path) -> dict[str, IniValue]:
    """The values of the settings file at ``path`` ({} if there is none); _Unusable if it cannot be used.

    ParameterFileError ("file.cannot_read") if it exists but cannot be read (permissions).
    """
    try:
        data = read_capped(path, MAX_SETTINGS_BYTES, ParameterFileError)
    except ParameterFileError as error:
        if error.code == "file.not_found":
            return {}
        if error.code in ("file.too_large", "file.too_large_stream"):
            raise _Unusable(str(error)) from None
        raise
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:  # random bytes, UTF-16 (Qt writes UTF-8 only)
        raise _Unusable(str(error)) from None
    if text.startswith("\ufeff"):
        text = text[1:]
    if "\x00" in text:  # Qt escapes every NUL it writes: a raw one is damage
        raise _Unusable("NUL character")
    try:
        return parse_ini(text)
    except IniSyntaxError as error:
        raise _Unusable(str(error)) from None


class SettingsStore(QObject):
    """Typed, validated access to the settings file; ``problems`` lists what had to be reset."""

    def __init__(self, path: Path | str | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path = Path(path) if path is not None else default_settings_path()
        self.problems: list[str] = []
        self.migrated_from: int | None = None
        self._readable = True  # False: the file exists but could not be read, so it is never overwritten
        self._settings = PlainSettings(write=self._write)
        self._load()

    # ------------------------------------------------------------------ reading the file
    def _load(self) -> None:
        try:
            raw = read_settings_file(self.path)
        except ParameterFileError:
            self._readable = False
            self._problem(self.tr("The settings file %1 could not be read; the defaults are used."))
            return
        except _Unusable:
            self._set_aside()
            return
        raw = self._without_refused(raw)
        version = raw.pop("version", None)
        if version is None and not raw:
            self._rewrite({})  # a new file: versioned from the start, whoever writes to it next
            return
        try:
            if version is not None and not (isinstance(version, str) and version.isascii() and version.isdigit()
                                            and len(version) < 6):
                raise ValueError(version)
            version = 0 if version is None else int(version)
        except ValueError:
            self._set_aside()
            return
        if version > SETTINGS_VERSION:
            self._problem(self.tr("The settings file %1 was written by a newer Backprop Studio; "
                                  "settings this version does not know are ignored."))
            self._settings = PlainSettings({**raw, "version": str(version)}, write=self._write)
            return
        if version < SETTINGS_VERSION:
            raw = migrate(raw, version)
            self.migrated_from = version
            self._rewrite(raw)
            return
        self._settings = PlainSettings({**raw, "version": str(version)}, write=self._write)

    def _without_refused(self, raw: dict[str, IniValue]) -> dict[str, IniValue]:
        """The file's plain values; values that are not plain are dropped (never decoded) and named once."""
        refused = {key: value.kind for key, value in raw.items() if isinstance(value, Refused)}
        if refused:
            listed = ", ".join(f"{key} ({kind})" for key, kind in list(refused.items())[:5])
            self._problem(self.tr("The settings file %1 held values that are not plain text, which are never "
                                  "read: %2. They were removed.").replace("%2", listed))
        return {key: value for key, value in raw.items() if key not in refused}

    @property
    def qsettings(self) -> PlainSettings:
        """The values of the file, for parts of the app that keep their own keys here (recent files).

        Not a QSettings (which would unpickle ``@Variant`` values): the same calls, plain values only.
        """
        return self._settings

    def _set_aside(self) -> None:
        """A damaged file is kept beside the new one (…ini.damaged) so nothing the user had is lost."""
        backup = self.path.with_name(self.path.name + ".damaged")
        try:
            atomic_write(backup, read_capped(self.path, MAX_SETTINGS_BYTES))
        except (OSError, BackpropStudioError):
            try:  # too large to copy: move it
                os.replace(self.path, backup)
            except OSError:
                backup = self.path
        self._problem(self.tr("The settings file %1 was damaged and was reset to the defaults (a copy is in %2).")
                      .replace("%2", str(backup)))
        self._rewrite({})

    def _rewrite(self, values: dict[str, Any]) -> None:
        self._settings = PlainSettings(write=self._write)
        self._settings.replace_all({**values, "version": str(SETTINGS_VERSION)})
        self._settings.sync()

    def _write(self, changes: Changes) -> bool:
        """Merge ``changes`` into the file as it is on disk now (another window may have written it)."""
        if not self._readable:
            return False
        try:
            on_disk = read_settings_file(self.path) if "" not in changes else {}
        except (_Unusable, ParameterFileError):
            on_disk = {}
        values = apply_changes({k: v for k, v in on_disk.items() if not isinstance(v, Refused)}, changes)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)  # the first start: no config folder yet
            atomic_write(self.path, format_ini(values).encode("utf-8"))
        except (OSError, TypeError):
            return False
        return True

    def _problem(self, message: str) -> None:
        message = message.replace("%1", str(self.path))
        if message not in self.problems:
            self.problems.append(message)

    def _refuse(self, key: str, message: str, reason: str) -> None:
        """Forget ``key`` (the default applies) and say why: ``message`` has %1 for the reason."""
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
        """The JSON object stored as text under ``key``: bounded in size and depth, numbers finite and short."""
        text = self._settings.value(key)
        if text is None:
            return None
        data, reason = None, self.tr("not readable")
        if isinstance(text, str) and len(text) > MAX_JSON_CHARS:
            reason = self.tr("too long")
        elif isinstance(text, str):
            try:
                data = load_json(text, max_depth=MAX_JSON_DEPTH)
            except JSONLimitError as error:
                reason = format_message(error.message)
            except ValueError:
                pass
        if not isinstance(data, dict):
            self._refuse(key, self._messages()[key], reason)
            return None
        return data

    # ------------------------------------------------------------------ values
    def language(self) -> str | None:
        """The language the user chose (a code like "zh_CN"), or None to follow the system."""
        value = self._settings.value(LANGUAGE)
        if value is None:
            return None
        from .i18n import available_languages

        if not isinstance(value, str) or value not in {code for code, _ in available_languages()}:
            shown = repr(value[:40]) if isinstance(value, str) else self.tr("not text")
            self._refuse(LANGUAGE, self._messages()[LANGUAGE], self.tr("unknown language %1").replace("%1", shown))
            return None
        return value

    def set_language(self, code: str) -> None:
        """Remember the language chosen, on disk at once (it decides the next start)."""
        self._set(LANGUAGE, code)
        self.sync()

    def hyperparameters(self) -> Hyperparameters | None:
        """The last hyperparameters (validated by core), or None."""
        data = self._json(HYPERPARAMETERS)
        if data is None:
            return None
        try:
            return Hyperparameters.from_dict(data)
        except (BackpropStudioError, TypeError, ValueError, OverflowError) as error:
            self._refuse(HYPERPARAMETERS, self._messages()[HYPERPARAMETERS], format_message(error))
            return None

    def data_spec(self) -> DataSpec | None:
        """The last generated dataset (name, m, noise, seed, test share), or None."""
        data = self._json(DATA_SPEC)
        if data is None:
            return None
        try:
            spec = DataSpec(**data)
            if not isinstance(spec.name, str) or spec.name not in DATASETS:
                raise ValueError(self.tr("unknown dataset %1").replace("%1", repr(str(spec.name)[:40])))
            spec.make()  # checks m, noise and seed the way the session would
        except (BackpropStudioError, TypeError, ValueError, OverflowError) as error:
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
        geometry, state = bytes(window.saveGeometry()), bytes(window.saveState(STATE_VERSION))
        self._set(GEOMETRY, geometry)
        self._set(STATE, state)
        self._set(WINDOW_CHECK, window_check(geometry, state))

    def restore_window(self, window: QMainWindow) -> None:
        """Geometry, then docks (place, size, visibility); anything unusable keeps the window's defaults.

        Both go to Qt only when the checksum written with them matches: Qt parses them in C++.
        """
        geometry, state = self._settings.value(GEOMETRY), self._settings.value(STATE)
        if geometry is None and state is None:
            return
        plain = all(value is None or isinstance(value, bytes) for value in (geometry, state))
        if not plain or self._settings.value(WINDOW_CHECK) != window_check(geometry, state):
            for key, value in ((GEOMETRY, geometry), (STATE, state)):
                if value is not None:
                    self._refuse(key, self._messages()[key], self.tr("not readable"))
            self._settings.remove(WINDOW_CHECK)
            return
        # Intact (the checksum matched) but refused by Qt, e.g. saved on another screen (a projector) or by
        # another version: the window simply keeps its defaults for this screen; nothing to tell the user.
        for data, restore in ((geometry, window.restoreGeometry),
                              (state, lambda data: window.restoreState(data, STATE_VERSION))):
            if data is not None:
                restore(QByteArray(data))

    def _set(self, key: str, value: Any) -> None:
        self._settings.setValue(key, value)
        self._settings.setValue("version", str(SETTINGS_VERSION))

    def sync(self) -> bool:
        """Write to disk now; False if the file could not be written."""
        return self._settings.sync()

    def clear(self) -> None:
        """Forget everything (the next start uses the defaults)."""
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
