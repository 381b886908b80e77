"""TimelineCursor: which iteration of the run the views show — the present, or a past one.

The session owns one (``TrainingSession.timeline``). ``show_iteration(k)`` / ``show_past`` make
``session.snapshot`` the snapshot of a past iteration k of the current run (``present`` set,
and a version of its own, negative, so nothing cached by version — the renderer — mixes it with
the present) and tell every view (``state_changed``, ``past_changed``); ``show_present()`` goes
back; ``branch_here()`` trains on from the iteration shown. The session asks ``follow`` on every
change it announces: a change of the run (anything but a selection or the lesson) returns to the
present, a selection keeps the past iteration, looked at another way.

It works through the session's public parts only: ``pause``, ``lock``, ``model``, ``snapshot``,
``branch``, ``announce`` and its signals.
"""

from __future__ import annotations

import itertools
from dataclasses import replace
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication

from ...core.errors import BackpropStudioError
from ...core.session import Change, Changed, Snapshot
from ..support.messages import format_message


class Host(Protocol):
    """What the cursor uses of its session (gui/model/session.py: TrainingSession)."""

    lock: Any
    model: Any  # core.session.Session
    snapshot: Snapshot
    running: bool
    playing: bool
    problem_reported: Any  # the session's signals
    past_changed: Any

    def pause(self) -> None: ...

    def announce(self, changed: Changed) -> None: ...

    def branch(self, iteration: int) -> bool: ...


class TimelineCursor:
    """The past iteration the views show, or None (the present)."""

    def __init__(self, session: Host) -> None:
        self._session = session
        self.past: Snapshot | None = None
        self._versions = itertools.count(-1, -1)  # past snapshots' own versions (never the model's)

    @property
    def viewing_past(self) -> bool:
        """True while the views show a past iteration of the run, not the present."""
        return self.past is not None

    @property
    def present_snapshot(self) -> Snapshot:
        """The present's snapshot, even while a past iteration is shown."""
        session = self._session
        if self.past is None:
            return session.snapshot
        with session.lock:
            return session.model.snapshot()

    def follow(self, what: Change, present: Snapshot) -> tuple[Snapshot, bool]:
        """For a change the session announces: (the snapshot the views then show, whether the past was left)."""
        if self.past is None:
            return present, False
        if what & ~(Change.SELECTION | Change.LESSON):  # the run changed: the views show the present
            self.past = None
            return present, True
        # The same past iteration, looked at another way.
        self.past = replace(self.past, version=next(self._versions), selection=present.selection,
                            lesson=present.lesson)
        return self.past, False

    def timeline_range(self) -> tuple[int, int]:
        """(first, present): the iterations the timeline can show (while playing, as last published)."""
        session = self._session
        if session.running:
            shown = session.snapshot
            return min(shown.iteration, self._first_iteration()), shown.iteration
        with session.lock:
            return self._first_iteration(), session.model.iteration

    def _first_iteration(self) -> int:
        return self._session.model.run.timeline.first_iteration

    def past_snapshot(self, iteration: int) -> tuple[int, Snapshot]:
        """(the model's version, the snapshot of ``iteration``) — any thread: it holds the model's lock, so
        a change from the window waits for it. Re-training from the nearest kept state may take a while.
        Raises BackpropStudioError (a coded message) outside first … present."""
        with self._session.lock:
            model = self._session.model
            return model.version, model.snapshot_at(int(iteration))

    def show_iteration(self, iteration: int) -> bool:
        """Show a past ``iteration`` in every view (computed here; the timeline bar computes off this thread
        and calls ``show_past``). The present's iteration shows the present."""
        session = self._session
        session.pause()
        try:
            version, snapshot = self.past_snapshot(iteration)
        except BackpropStudioError as error:
            session.problem_reported.emit(format_message(error))
            return False
        return self.show_past(version, snapshot)

    def show_past(self, version: int, snapshot: Snapshot) -> bool:
        """Show ``snapshot`` (``past_snapshot``'s answer); False when the run has changed since (stale) or plays."""
        session = self._session
        if session.running or session.playing or version != session.model.version:
            return False
        if snapshot.present is None:  # the present itself
            self.show_present()
            return True
        if self.past is not None and self.past.iteration == snapshot.iteration:
            return True
        self.past = replace(snapshot, version=next(self._versions))
        session.past_changed.emit(snapshot.iteration)
        session.state_changed.emit(self.past)
        return True

    def show_present(self) -> None:
        """Every view back to the present (nothing happens if it is shown already)."""
        if self.past is None:
            return
        self.past = None
        self._session.past_changed.emit(None)
        self._session.announce(Changed(Change.PROGRESS | Change.PARAMETERS))

    def branch_here(self) -> bool:
        """Train on from the past iteration shown: the run goes back there and the iterations after it are
        dropped (the caller has asked the student); says so in the status bar."""
        if self.past is None:
            return False
        iteration, dropped = self.past.iteration, self.past.present - self.past.iteration
        branched = self._session.branch(iteration)
        if branched:
            self._session.problem_reported.emit(QCoreApplication.translate(
                "TrainingSession", "Went back to iteration %1: the %2 iterations after it were dropped; Play trains "
                "on from there.").replace("%1", f"{iteration:,}").replace("%2", f"{dropped:,}"))
        return branched


__all__ = ["TimelineCursor"]
