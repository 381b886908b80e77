"""The one way the app writes a file: all of it or none of it, and never a silent short write.

``atomic_write(path, data)`` is used by every writer (sessions, autosave,
parameters, exports of pictures and tables, sweep results, screenshots):

1. the bytes go to a temporary file in the folder of the file that will hold
   them, so the final rename never crosses file systems;
2. every byte is written (a short write is retried; a write that makes no
   progress is a full disk), then flushed to the disk with ``fsync``;
3. the size on disk is checked against the size meant: a file system that
   accepted fewer bytes than it was given is an error, never a success;
4. the temporary file is renamed over the target in one step, and the folder
   is synced so the rename itself survives a power cut.

A crash at any moment leaves either the old file or the new one. On any error
the temporary file is removed, the old file is untouched, and an ``OSError``
is raised whose ``strerror`` says what happened ("No space left on device");
each caller turns it into its own refusal.

A symbolic link (a session linked into a synced folder, say) is written
through: its final target gets the new bytes (atomically, in the target's own
folder) and the link stays a link.
"""

from __future__ import annotations

import errno
import os
import tempfile
from pathlib import Path

PathLike = str | os.PathLike

#: The mode a new file gets (an existing file keeps its own): mkstemp's 0600 would hide an export.
NEW_FILE_MODE = 0o644


def write_target(path: PathLike) -> Path:
    """The file that writing ``path`` really changes: ``path``, or the final target of a symbolic link.

    Raises OSError(ELOOP) for a link that never ends in a file name (a loop).
    """
    given = Path(path)
    if not given.is_symlink():
        return given
    target = Path(os.path.realpath(given))
    if target.is_symlink():  # realpath gave up: the links go round in a circle
        raise OSError(errno.ELOOP, os.strerror(errno.ELOOP), os.fspath(path))
    return target


def atomic_write(path: PathLike, data: bytes) -> Path:
    """Write ``data`` to ``path`` completely or not at all; returns the file written (a link's target).

    Raises OSError (the old file, if any, is left exactly as it was).
    """
    target = write_target(path)
    folder = target.parent
    fd, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    try:
        try:
            _write_all(fd, data)
            os.fsync(fd)
            on_disk = os.fstat(fd).st_size
        finally:
            os.close(fd)
        if on_disk != len(data):
            raise OSError(errno.EIO, f"only {on_disk} of {len(data)} bytes reached the disk (is it full?)",
                          os.fspath(path))
        os.chmod(temporary, _mode_for(target))
        os.replace(temporary, target)
    except BaseException:
        _remove_quietly(temporary)
        raise
    _fsync_folder(folder)
    return target


def _write_all(fd: int, data: bytes) -> None:
    # os.write may write fewer bytes than asked (a signal, a nearly full disk): write the rest.
    # A full disk then raises ENOSPC itself; a write that takes nothing at all is treated the same.
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        if written <= 0:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        view = view[written:]


def _mode_for(target: Path) -> int:
    try:
        return target.stat().st_mode & 0o777
    except OSError:
        return NEW_FILE_MODE


def _remove_quietly(name: str) -> None:
    try:
        os.unlink(name)
    except OSError:
        pass


def _fsync_folder(folder: Path) -> None:
    # Makes the rename itself durable on POSIX; Windows cannot open a folder, which is fine.
    try:
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
    except OSError:
        pass


__all__ = ["atomic_write", "write_target", "NEW_FILE_MODE"]
