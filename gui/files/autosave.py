"""Autosave: the session is written to the user's data folder every few minutes and on exit,
and after a crash the next start offers to bring it back.

    <user data folder>/autosave/
        running-<pid>.lock           "this session is running" — removed on a clean exit
        session-<pid>.bpsession      the latest autosave of that running app
        last-session.bpsession       the session as it was at the last clean exit (or the last declined restore)

Files use the session format of ``core.files.session_file``, written all or nothing by
``core.files.atomic``, so a crash mid-write leaves the previous autosave whole. Each running
app has its own marker and autosave, so two windows never overwrite each other.
At start, a marker whose process is gone (``QLockFile`` checks the pid) means that
app crashed or was killed: its autosave is offered through the ``ask_restore`` seam.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, QLockFile, QObject, QTimer, Signal
from PySide6.QtWidgets import QMainWindow, QMessageBox, QWidget

from ...core.errors import BackpropStudioError
from ...core.files.session_file import SESSION_SUFFIX, SessionState, load_session, save_session
from ..support.messages import format_message
from ..support.error_hook import user_data_folder
from ..model.session import TrainingSession
from .unsaved import UnsavedChanges

AUTOSAVE_INTERVAL_MS = 3 * 60 * 1000  # a lost crash costs at most three minutes of training
LOCK_PREFIX = "running-"
SESSION_PREFIX = "session-"
LAST_SESSION = "last-session" + SESSION_SUFFIX


def autosave_folder() -> Path:
    return user_data_folder() / "autosave"


def ask_restore_dialog(parent: QWidget | None, saved_at: str, iteration: int) -> bool:
    """The default question after a crash (modal, but asked once at start, before any work)."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        QCoreApplication.translate("Autosave", "Restore the autosaved session?"),
        QCoreApplication.translate(
            "Autosave", "Backprop Studio did not close normally last time. Restore the session autosaved at %1 "
            "(iteration %2)?").replace("%1", saved_at).replace("%2", f"{iteration:,}"),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        parent,
    )
    box.setObjectName("restore_autosave_box")
    box.setInformativeText(QCoreApplication.translate("Autosave", "If you choose No, it is kept as %1 in %2.")
                           .replace("%1", LAST_SESSION).replace("%2", str(autosave_folder())))
    box.setDefaultButton(QMessageBox.StandardButton.Yes)
    return box.exec() == QMessageBox.StandardButton.Yes


class Autosave(QObject):
    """Saves ``session`` now and then and at exit; offers a crashed run's autosave at start.

    ``ask_restore(parent, saved_at, iteration) -> bool`` is the seam tests replace.
    """

    saved = Signal(str)  # path written
    restored = Signal(str)  # path of the autosave that was restored
    _write_failed = Signal(str)  # from the writer thread to the GUI thread

    def __init__(self, session: TrainingSession, window: QWidget | None = None, folder: Path | str | None = None,
                 interval_ms: int = AUTOSAVE_INTERVAL_MS, offer_restore: bool = True) -> None:
        super().__init__(window if window is not None else session)
        self._session = session
        self._window = window
        self.ask_restore: Callable[[QWidget | None, str, int], bool] = ask_restore_dialog
        self.folder = Path(folder) if folder is not None else autosave_folder()
        pid = os.getpid()
        self.path = self.folder / f"{SESSION_PREFIX}{pid}{SESSION_SUFFIX}"
        self.last_session_path = self.folder / LAST_SESSION
        self._unsaved = UnsavedChanges(session.snapshot)
        self._reported = False
        self._finished = False
        self._lock: QLockFile | None = None
        self._writer: threading.Thread | None = None
        self._write_failed.connect(self._on_write_failed)
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            self._report_failure(str(error))
        self.crashed = self._find_crashed()  # before our own marker exists
        self._take_marker(self.folder / f"{LOCK_PREFIX}{pid}.lock")

        session.state_changed.connect(self._unsaved.observe)
        self.timer = QTimer(self)
        self.timer.setInterval(int(interval_ms))
        self.timer.timeout.connect(self._on_timer)
        self.timer.start()
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.finish)
        if offer_restore and self.crashed:
            QTimer.singleShot(0, self.offer_restore)  # once the window is up

    # ------------------------------------------------------------------ markers
    def _take_marker(self, path: Path) -> None:
        lock = QLockFile(str(path))
        lock.setStaleLockTime(0)  # stale only when its process is gone, however long it ran
        if lock.tryLock(0):
            self._lock = lock
        else:
            self._report_failure(self.tr("cannot create %1").replace("%1", str(path)))

    def _find_crashed(self) -> list[Path]:
        """Autosaves of apps that did not exit cleanly (their marker outlived their process), newest first."""
        found = []
        try:
            markers = sorted(self.folder.glob(f"{LOCK_PREFIX}*.lock"))
        except OSError:
            return []
        for marker in markers:
            pid = marker.stem[len(LOCK_PREFIX):]
            if pid == str(os.getpid()):
                continue
            probe = QLockFile(str(marker))
            probe.setStaleLockTime(0)
            if not probe.tryLock(0):
                continue  # that app is still running: its autosave is its own
            probe.unlock()  # the owner is gone: the marker goes, its autosave is offered
            candidate = self.folder / f"{SESSION_PREFIX}{pid}{SESSION_SUFFIX}"
            if candidate.exists():
                found.append(candidate)
        return sorted(found, key=lambda p: p.stat().st_mtime, reverse=True)

    # ------------------------------------------------------------------ saving
    @property
    def pending(self) -> bool:
        """True while the session holds changes the autosave does not have yet."""
        return self._unsaved.pending

    def _on_timer(self) -> None:
        if self.pending:
            self.save_in_background()

    def capture(self) -> SessionState:
        """The session's state now; what the autosave will hold counts as saved from here on."""
        state = self._session.state()
        self._unsaved.mark_saved(self._session.snapshot)
        return state

    def save_now(self) -> bool:
        """Write the autosave now and wait for it; False (and one message per run) if it cannot be written."""
        self._wait_for_writer()
        try:
            state = self.capture()
        except BackpropStudioError as error:
            self._report_failure(format_message(error))
            return False
        return self._write(state)

    def save_in_background(self) -> bool:
        """Snapshot the session now (a copy, on this thread) and write it on a worker thread.

        A long run's history makes the file a few MB: encoding and writing it
        (with an fsync) would stall the window for a good part of a second.
        """
        if self._writer is not None and self._writer.is_alive():
            return False  # the previous autosave is still being written; the next tick catches up
        try:
            state = self.capture()
        except BackpropStudioError as error:
            self._report_failure(format_message(error))
            return False
        self._writer = threading.Thread(target=self._write, args=(state,), name="autosave", daemon=True)
        self._writer.start()
        return True

    def _wait_for_writer(self) -> None:
        if self._writer is not None:
            self._writer.join()
            self._writer = None

    def _write(self, state: SessionState) -> bool:
        """Runs on the writer thread (or the GUI thread for save_now); reports by signal."""
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            save_session(self.path, state)
        except (BackpropStudioError, OSError) as error:
            self._write_failed.emit(format_message(error))  # in the user's language (translate is thread-safe)
            return False
        self.saved.emit(str(self.path))
        return True

    def _on_write_failed(self, reason: str) -> None:
        self._unsaved.pending = True  # still unsaved: try again next time
        self._report_failure(reason)

    def finish(self) -> None:
        """Clean exit: save, keep it as the last session, remove the "running" marker."""
        if self._finished:
            return
        self._finished = True
        self.timer.stop()
        self._wait_for_writer()
        if self.pending:
            self.save_now()
        try:
            if self.path.exists():
                os.replace(self.path, self.last_session_path)
        except OSError as error:
            self._report_failure(str(error))
        if self._lock is not None:
            self._lock.unlock()
            self._lock = None

    def _report_failure(self, reason: str) -> None:
        if self._reported:
            return  # once per run: a full disk should not flood the status bar every few minutes
        self._reported = True
        self._session.problem_reported.emit(
            self.tr("Autosave is not working: %1. Save your session yourself (File → Save session).")
            .replace("%1", reason))

    # ------------------------------------------------------------------ restoring
    def offer_restore(self) -> bool:
        """Ask whether to restore the newest crashed autosave; True if it was restored."""
        candidates, self.crashed = self.crashed, []
        if not candidates:
            return False
        newest, older = candidates[0], candidates[1:]
        restored = False
        try:
            state = load_session(newest)
        except (BackpropStudioError, OSError) as error:
            self._session.problem_reported.emit(
                self.tr("The autosaved session could not be read: %1")
                .replace("%1", format_message(error)))

        else:
            when = QDateTime.fromSecsSinceEpoch(int(newest.stat().st_mtime))
            saved_at = QLocale().toString(when, QLocale.FormatType.ShortFormat)  # in the user's language
            if self.ask_restore(self._window, saved_at, int(state.trainer_state["iteration"])):
                restored = self._session.restore(state)
        # Keep the newest as "last session" (whatever the answer: nothing is thrown away unasked).
        for path in older:
            path.unlink(missing_ok=True)
        try:
            os.replace(newest, self.last_session_path)
        except OSError:
            pass
        if restored:
            self._unsaved.pending = True  # our own autosave starts from the restored state
            self.restored.emit(str(newest))
            self._show_status(self.tr("Restored the autosaved session (iteration %1).")
                              .replace("%1", f"{self._session.iteration:,}"))
        return restored

    def _show_status(self, text: str) -> None:
        if isinstance(self._window, QMainWindow):
            self._window.statusBar().showMessage(text, 10000)
