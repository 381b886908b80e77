"""A file that says "this run is going on", held locked by its process for as long as it runs.

The autosave folder has one marker per running app. Whether its app is still
running is asked of the operating system, not of a process id: the marker is
locked (``flock`` on POSIX, ``msvcrt.locking`` on Windows) while its app runs,
and the lock goes with the process however it ends (a crash, ``kill -9``, a
power cut). So a restarted app that happens to get the same process id as the
crashed one (as in a Flatpak sandbox or a container, where the first process is
always number 2) still sees that the crashed run is over.
"""

from __future__ import annotations

import os
from pathlib import Path

try:  # POSIX
    import fcntl
except ImportError:  # Windows
    fcntl = None  # type: ignore[assignment]
    import msvcrt


def _lock(fd: int) -> bool:
    """Take the lock of ``fd`` without waiting; False if another process holds it."""
    try:
        if fcntl is not None:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        else:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
    except OSError:
        return False
    return True


class RunMarker:
    """The marker of this process's run at ``path``: ``take()`` creates and locks it, ``release()`` ends it."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def take(self) -> bool:
        """Create the marker and lock it for this process's life; False if that is not possible."""
        for _ in range(3):
            try:
                fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
            except OSError:
                return False
            if not _lock(fd):
                os.close(fd)
                return False
            # Another app may have removed the file between our open and our lock (it took the marker for an
            # abandoned one): then the lock is on a file nobody can see, so make a new one.
            try:
                same = os.path.samestat(os.fstat(fd), os.stat(self.path))
            except OSError:
                same = False
            if same:
                os.write(fd, f"{os.getpid()}\n".encode())
                self._fd = fd
                return True
            os.close(fd)
        return False

    def release(self, remove: bool = True) -> None:
        """End the run: the marker goes (``remove``), then the lock."""
        if self._fd is None:
            return
        if remove:
            try:
                os.unlink(self.path)
            except OSError:
                pass
        os.close(self._fd)  # closing drops the lock
        self._fd = None


def is_abandoned(path: Path) -> bool:
    """True when the marker at ``path`` belongs to no running process (its app ended without removing it)."""
    try:
        fd = os.open(path, os.O_RDWR)
    except OSError:
        return False  # gone already, or not ours to judge
    try:
        return _lock(fd)  # the lock is free only if its process is gone; closing gives it back
    finally:
        os.close(fd)


__all__ = ["RunMarker", "is_abandoned"]
