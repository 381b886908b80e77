"""FileWatch: says once when the student's file was saved with new contents, however the editor saves it.

Editors save in different ways: writing the file in place (one or several writes), or
writing a new file and renaming it over the old one (vim, VS Code, Jupyter…). A rename
replaces the file QFileSystemWatcher was watching, which then drops it from its list;
the watcher therefore also watches the file's folder, and adds the path again each time
it sees it. Events come in bursts, so they are debounced: ``changed`` is emitted
``DEBOUNCE_MS`` after the last one, and only if the file's fingerprint (a hash of its
bytes, ``core.student.loading.file_fingerprint``) is not the one last reported — so
touching the file, or an editor's temporary files in the folder, change nothing. A slow
poll of the fingerprint catches file systems that send no events at all (some network
drives). The file is only ever read.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

from ...core.student.loading import file_fingerprint

DEBOUNCE_MS = 300
POLL_MS = 2000


class FileWatch(QObject):
    """Watches one file; ``changed(path)`` after a save that changed its bytes (debounced)."""

    changed = Signal(str)

    def __init__(self, parent: QObject | None = None, *, debounce_ms: int = DEBOUNCE_MS,
                 poll_ms: int = POLL_MS) -> None:
        super().__init__(parent)
        self._path: str | None = None
        self._fingerprint = ""
        self._watcher = QFileSystemWatcher(self)
        self._watcher.fileChanged.connect(self._on_event)
        self._watcher.directoryChanged.connect(self._on_event)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(debounce_ms)
        self._debounce.timeout.connect(self.look)
        self._poll = QTimer(self)
        self._poll.setInterval(poll_ms)
        self._poll.timeout.connect(self.look)

    @property
    def path(self) -> str | None:
        return self._path

    @property
    def fingerprint(self) -> str:
        """The fingerprint of the version last reported (or seen when watching started)."""
        return self._fingerprint

    def watch(self, path: str | Path) -> None:
        """Watch ``path`` from now on (its current contents are the known version)."""
        self.stop()
        self._path = str(Path(path).resolve())
        self._fingerprint = file_fingerprint(self._path)
        self._add_paths()
        self._poll.start()

    def stop(self) -> None:
        self._debounce.stop()
        self._poll.stop()
        watched = self._watcher.files() + self._watcher.directories()
        if watched:
            self._watcher.removePaths(watched)
        self._path = None

    def pause(self) -> None:
        """No events while the window is closed (``resume`` looks again at once)."""
        self._debounce.stop()
        self._poll.stop()

    def resume(self) -> None:
        if self._path is not None:
            self._add_paths()
            self._poll.start()
            self.look()

    def _add_paths(self) -> None:
        if self._path is None:
            return
        folder = str(Path(self._path).parent)
        if folder not in self._watcher.directories() and Path(folder).is_dir():
            self._watcher.addPath(folder)
        if self._path not in self._watcher.files() and Path(self._path).exists():
            self._watcher.addPath(self._path)  # again after an editor replaced the file by a rename

    def _on_event(self, _path: str) -> None:
        self._debounce.start()  # restarts: one look after the burst

    def look(self) -> bool:
        """Compare the file with the known version now; emits ``changed`` (and returns True) if it differs."""
        if self._path is None:
            return False
        self._add_paths()
        fingerprint = file_fingerprint(self._path)
        if not fingerprint or fingerprint == self._fingerprint:
            return False  # unchanged, or gone for the moment (between an editor's delete and its rename)
        self._fingerprint = fingerprint
        self.changed.emit(self._path)
        return True
