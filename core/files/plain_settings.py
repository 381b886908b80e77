"""Settings values in memory, plain values only, with the few calls of ``QSettings`` the app uses.

``PlainSettings`` holds what the settings file holds (core.files.ini_file): text,
bytes and lists of text, by key ("section/name"). It never holds anything else:
``setValue`` refuses other types, so nothing that needs decoding (a pickled
object, a Qt type) is ever written, and reading gives back only those types.
The File menu's recent files and the window's settings share one object.

``sync`` hands the changes made since the last one to the ``write`` callback the
owner gave (the settings file), which merges them into what is on disk, so two
windows that each change their own keys do not undo each other's changes.
"""

from __future__ import annotations

from typing import Any, Callable

from .ini_file import IniValue

#: A key removed since the last sync (distinct from None, which is an empty value).
REMOVED = object()

Changes = dict[str, Any]  # key → new value, or REMOVED


def plain(value: Any) -> IniValue:
    """``value`` as a plain settings value (str, bytes, list of str, None); TypeError for anything else."""
    if value is None or isinstance(value, (str, bytes)):
        return value
    if isinstance(value, (list, tuple)) and all(isinstance(item, str) for item in value):
        return list(value)
    if isinstance(value, bool):  # before int: QSettings writes booleans as "true" / "false"
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    try:
        return bytes(value)  # a QByteArray (window geometry and layout), a bytearray, a memoryview
    except TypeError:
        raise TypeError(f"a {type(value).__name__} is not a plain settings value") from None


class PlainSettings:
    """Key → plain value, as the settings file holds them; ``sync()`` writes through ``write`` (if any)."""

    def __init__(self, values: dict[str, IniValue] | None = None,
                 write: Callable[[Changes], bool] | None = None) -> None:
        self._values: dict[str, IniValue] = dict(values or {})
        self._changes: Changes = {}
        self._write = write
        self.last_sync_ok = True

    def value(self, key: str, default: Any = None) -> Any:
        """The value of ``key`` (str, bytes, list of str), or ``default`` if there is none."""
        value = self._values.get(key)
        return default if value is None else value

    def strings(self, key: str) -> list[str]:
        """``key`` as a list of text (Qt writes a one-item list as that item): [] for anything else."""
        value = self._values.get(key)
        if isinstance(value, str):
            return [value]
        return list(value) if isinstance(value, list) else []

    def setValue(self, key: str, value: Any) -> None:  # noqa: N802 (QSettings' name, so either can be passed)
        """Set ``key`` to a plain value (TypeError for any other kind of value)."""
        self._values[key] = self._changes[key] = plain(value)

    def remove(self, key: str) -> None:
        """Forget ``key``."""
        self._values.pop(key, None)
        self._changes[key] = REMOVED

    def contains(self, key: str) -> bool:
        return key in self._values

    def allKeys(self) -> list[str]:  # noqa: N802
        return list(self._values)

    def items(self) -> dict[str, IniValue]:
        """Every key and value (a copy)."""
        return dict(self._values)

    def replace_all(self, values: dict[str, IniValue]) -> None:
        """Hold exactly ``values``, and write all of them, replacing the file's, at the next sync."""
        removed = {key: REMOVED for key in self._values if key not in values}
        self._values = dict(values)
        self._changes = {**removed, **self._values, "": REMOVED}  # "": the whole file is rewritten

    def sync(self) -> bool:
        """Write the changes since the last sync; False if they could not be written (kept for the next try)."""
        if self._write is None or not self._changes:
            return self.last_sync_ok
        changes, self._changes = self._changes, {}
        self.last_sync_ok = self._write(changes)
        if not self.last_sync_ok:
            self._changes = {**changes, **self._changes}
        return self.last_sync_ok


def apply_changes(on_disk: dict[str, IniValue], changes: Changes) -> dict[str, IniValue]:
    """What the file holds after ``changes``: the keys on disk (another window's too), changed.

    A change set made by ``replace_all`` (key "") replaces the file's keys instead.
    """
    values = {} if "" in changes else dict(on_disk)
    for key, value in changes.items():
        if value is REMOVED:
            values.pop(key, None)
        else:
            values[key] = value
    return values


__all__ = ["PlainSettings", "plain", "apply_changes", "REMOVED"]
