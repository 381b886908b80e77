"""Autosave: each run is written to the user's data folder every few minutes and on exit; the next
start offers back a run that crashed or that was closed with training no file holds.

    <user data folder>/autosave/
        running-<time>-<id>.lock        "this run is going on": locked by its process while it runs
        session-<time>-<id>.bpsession   the latest autosave of that run (kept after it ends)
        unsaved-<time>-<id>.lock        that run was closed with work no session file holds

Every run has a file of its own, named by its start time and a random id (not the process
id, which a restarted app in a sandbox or container gets again), so no run ever overwrites
another's autosave. The autosaves of the last KEEP_RUNS runs are kept; older ones are removed,
never the file of a run still going on or of one still to be offered. A run that changed
nothing writes nothing.

Closing with unsaved training does not ask: the work is kept restorably instead. Its autosave
is written as the app closes, marked "unsaved", and the next start offers it back, as it
offers a crashed run. A question at closing time would stand between the user and logging
out or shutting down (where the system ends the app anyway), and a wrong click there would
lose the run for good; kept, it costs one question at the next start, and the file stays
among the kept runs whatever the answer.

Files use the session format of ``core.files.session_file``, written all or nothing by
``core.files.atomic``, so a crash mid-write leaves the previous autosave whole. Whether a
run's app is still going is asked of the operating system (``core.files.run_marker``).
Offers go through the ``ask_restore`` seam.
"""

from __future__ import annotations

import os
import secrets
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, QObject, QTimer, Signal
from PySide6.QtWidgets import QMainWindow, QMessageBox, QWidget

from ...core.errors import BackpropStudioError
from ...core.files.run_marker import RunMarker, is_abandoned
from ...core.files.session_file import SESSION_SUFFIX, SessionState, load_session, save_session
from ..support.messages import format_message
from ..support.error_hook import user_data_folder
from ..model.session import TrainingSession
from .unsaved import UnsavedChanges

AUTOSAVE_INTERVAL_MS = 3 * 60 * 1000  # a lost crash costs at most three minutes of training
KEEP_RUNS = 10
LOCK_PREFIX = "running-"
UNSAVED_PREFIX = "unsaved-"
MARKER_SUFFIX = ".lock"
SESSION_PREFIX = "session-"
LAST_SESSION = "last-session" + SESSION_SUFFIX  # what versions before run ids kept; pruned like the others


def autosave_folder() -> Path:
    return user_data_folder() / "autosave"


def new_run_id() -> str:
    """The start time (so names sort as runs started) and a random part (so no two runs share one)."""
    return time.strftime("%Y%m%d-%H%M%S") + "-" + secrets.token_hex(4)


@dataclass(frozen=True)
class Offer:
    """A run to offer back: its autosave, its marker, and why ("crashed" or "unsaved")."""

    path: Path
    marker: Path
    reason: str


def ask_restore_dialog(parent: QWidget | None, saved_at: str, iteration: int, reason: str = "crashed",
                       kept_as: str = "") -> bool:
    """The default question at start (modal, but asked once, before any work)."""
    if reason == "unsaved":
        question = QCoreApplication.translate(
            "Autosave", "Backprop Studio was closed last time with training that no session file holds. "
            "Restore the session autosaved at %1 (iteration %2)?")
    else:
        question = QCoreApplication.translate(
            "Autosave", "Backprop Studio did not close normally last time. Restore the session autosaved at %1 "
            "(iteration %2)?")
    box = QMessageBox(
        QMessageBox.Icon.Question,
        QCoreApplication.translate("Autosave", "Restore the autosaved session?"),
        question.replace("%1", saved_at).replace("%2", f"{iteration:,}"),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        parent,
    )
    box.setObjectName("restore_autosave_box")
    box.setInformativeText(QCoreApplication.translate(
        "Autosave", "If you choose No, it stays in %2 as %1, among the autosaves of the last %3 runs.")
        .replace("%1", kept_as).replace("%2", str(autosave_folder())).replace("%3", str(KEEP_RUNS)))
    box.setDefaultButton(QMessageBox.StandardButton.Yes)
    return box.exec() == QMessageBox.StandardButton.Yes


class Autosave(QObject):
    """Saves ``session`` now and then and at exit; offers a crashed or unsaved run's autosave at start.

    ``ask_restore(parent, saved_at, iteration, reason, kept_as) -> bool`` is the seam tests replace.
    ``unsaved_to_file() -> bool`` says whether the session holds work no session file has (by default
    the window's File menu knows; without one, any change counts).
    """

    saved = Signal(str)  # path written
    restored = Signal(str)  # path of the autosave that was restored
    _write_failed = Signal(str)  # from the writer thread to the GUI thread

    def __init__(self, session: TrainingSession, window: QWidget | None = None, folder: Path | str | None = None,
                 interval_ms: int = AUTOSAVE_INTERVAL_MS, offer_restore: bool = True, keep: int = KEEP_RUNS) -> None:
        super().__init__(window if window is not None else session)
        self._session = session
        self._window = window
        self.ask_restore: Callable[..., bool] = ask_restore_dialog
        self.unsaved_to_file: Callable[[], bool] = self._file_menu_unsaved
        self.folder = Path(folder) if folder is not None else autosave_folder()
        self.keep = keep
        self.run_id = new_run_id()
        self.path = self.folder / f"{SESSION_PREFIX}{self.run_id}{SESSION_SUFFIX}"
        self.marker = RunMarker(self.folder / f"{LOCK_PREFIX}{self.run_id}{MARKER_SUFFIX}")
        self._unsaved = UnsavedChanges(session.snapshot)  # against this run's autosave file
        self._worked = UnsavedChanges(session.snapshot)  # against the start: did this run do anything?
        self._reported = False
        self._finished = False
        self._writer: threading.Thread | None = None
        self._write_failed.connect(self._on_write_failed)
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            self._report_failure(str(error))
        self.offers: list[Offer] = self._find_offers()  # before our own marker exists
        if not self.marker.take():
            self._report_failure(self.tr("cannot create %1").replace("%1", str(self.marker.path)))
        self.prune()

        session.state_changed.connect(self._unsaved.observe)
        session.state_changed.connect(self._worked.observe)
        self.timer = QTimer(self)
        self.timer.setInterval(int(interval_ms))
        self.timer.timeout.connect(self._on_timer)
        self.timer.start()
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.finish)
        if offer_restore and self.offers:
            QTimer.singleShot(0, self.offer_restore)  # once the window is up

    @property
    def crashed(self) -> list[Path]:
        """The autosaves still to offer, newest first."""
        return [offer.path for offer in self.offers]

    # ------------------------------------------------------------------ runs in the folder
    def _session_of(self, marker: Path, prefix: str) -> Path:
        return self.folder / f"{SESSION_PREFIX}{marker.name[len(prefix):-len(MARKER_SUFFIX)]}{SESSION_SUFFIX}"

    def _markers(self, prefix: str) -> list[Path]:
        try:
            return sorted(self.folder.glob(f"{prefix}*{MARKER_SUFFIX}"))
        except OSError:
            return []

    def _find_offers(self) -> list[Offer]:
        """Runs that crashed (their marker outlived their process) or closed unsaved, newest first."""
        found = []
        for prefix, reason in ((LOCK_PREFIX, "crashed"), (UNSAVED_PREFIX, "unsaved")):
            for marker in self._markers(prefix):
                if marker == self.marker.path or (reason == "crashed" and not is_abandoned(marker)):
                    continue  # that app is still running: its autosave is its own
                candidate = self._session_of(marker, prefix)
                if candidate.exists():
                    found.append(Offer(candidate, marker, reason))
                else:
                    marker.unlink(missing_ok=True)  # it ended before its first autosave: nothing to offer
        return sorted(found, key=lambda offer: _modified(offer.path), reverse=True)

    def prune(self) -> list[Path]:
        """Remove the autosaves beyond the newest ``keep`` runs; returns them.

        Never a run still going on, one still to be offered, nor this run's own.
        """
        protected = {self.path} | {offer.path for offer in self.offers}
        protected |= {self._session_of(m, LOCK_PREFIX) for m in self._markers(LOCK_PREFIX)}
        protected |= {self._session_of(m, UNSAVED_PREFIX) for m in self._markers(UNSAVED_PREFIX)}
        try:
            runs = [p for p in self.folder.glob(f"{SESSION_PREFIX}*{SESSION_SUFFIX}")]
            runs += [p for p in (self.folder / LAST_SESSION,) if p.exists()]
        except OSError:
            return []
        runs.sort(key=_modified, reverse=True)
        removed = [p for p in runs[self.keep:] if p not in protected]
        for path in removed:
            path.unlink(missing_ok=True)
        return removed

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
        self._unsaved.mark_saved(self._session.timeline.present_snapshot)
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

    def _file_menu_unsaved(self) -> bool:
        actions = getattr(self._window, "file_actions", None)
        return bool(getattr(actions, "modified", True))

    def finish(self) -> None:
        """Clean exit: save what is pending; keep the run restorable if no session file holds its work."""
        if self._finished:
            return
        self._finished = True
        self.timer.stop()
        self._wait_for_writer()
        if self.pending:
            self.save_now()
        if self._worked.pending and self.path.exists() and self.unsaved_to_file():
            unsaved = self.folder / f"{UNSAVED_PREFIX}{self.run_id}{MARKER_SUFFIX}"
            try:
                unsaved.touch()
            except OSError as error:
                self._report_failure(str(error))
        self.marker.release()
        self.prune()

    def _report_failure(self, reason: str) -> None:
        if self._reported:
            return  # once per run: a full disk should not flood the status bar every few minutes
        self._reported = True
        self._session.problem_reported.emit(
            self.tr("Autosave is not working: %1. Save your session yourself (File → Save session).")
            .replace("%1", reason))

    # ------------------------------------------------------------------ restoring
    def offer_restore(self) -> bool:
        """Offer the newest crashed or unsaved run; True if it was restored.

        Whatever the answer, every autosave stays in the folder (among the last ``keep`` runs);
        each run is offered once.
        """
        offers, self.offers = self.offers, []
        if not offers:
            return False
        newest, older = offers[0], offers[1:]
        restored = False
        try:
            state = load_session(newest.path)
        except (BackpropStudioError, OSError) as error:
            self._session.problem_reported.emit(
                self.tr("The autosaved session could not be read: %1")
                .replace("%1", format_message(error)))
        else:
            when = QDateTime.fromSecsSinceEpoch(int(_modified(newest.path)))
            saved_at = QLocale().toString(when, QLocale.FormatType.ShortFormat)  # in the user's language
            if self.ask_restore(self._window, saved_at, int(state.trainer_state["iteration"]), newest.reason,
                                newest.path.name):
                restored = self._session.restore(state)
        for offer in offers:
            offer.marker.unlink(missing_ok=True)  # offered (or told about): a finished run from now on
        if restored:
            self._unsaved.pending = True  # our own autosave starts from the restored state
            self.restored.emit(str(newest.path))
            self._show_status(self.tr("Restored the autosaved session (iteration %1).")
                              .replace("%1", f"{self._session.iteration:,}"))
        if older:
            self._session.problem_reported.emit(
                self.tr("%1 more autosaved session(s) of runs that ended without saving are kept in %2.")
                .replace("%1", str(len(older))).replace("%2", str(self.folder)))
        return restored

    def _show_status(self, text: str) -> None:
        if isinstance(self._window, QMainWindow):
            self._window.statusBar().showMessage(text, 10000)


def _modified(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0
