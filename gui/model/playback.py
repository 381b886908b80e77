"""Playback: Play, Pause and Step of the session — the training worker, and whether the window knows it runs.

The worker (gui/model/worker.py) trains on its thread and publishes snapshots; Playback
turns its signals into the session's (``TrainingSession.show`` for a published snapshot,
``announce`` for the state play stopped in, ``running_changed``, ``training_failed``) and
keeps ``running``: True from Play until the window has shown the end of play. Its only
links to the session are those public methods and signals, and the model it plays.

Pause of a small network waits (microseconds) and shows the stopped state at once; a big
network's, or a run trained with the student's functions (``Run.abortable``), returns at
once and the worker shows the stopped state when it has it (``settling``). Step and Step
phase run on the window's thread between iterations, except an iteration of the
student's functions, which waits for their process: the worker takes it (``start(until)``).
"""

from __future__ import annotations

import threading
from typing import Any, Callable, Protocol

from PySide6.QtCore import QObject

from ...core.errors import BackpropStudioError, DivergenceError
from ...core.session import Change, Changed, Session, Snapshot
from ...core.training.phases import PhaseEvent
from ..support.messages import format_message
from .worker import SPEEDS, TrainingWorker


class Host(Protocol):
    """What Playback uses of the session it plays (gui/model/session.py: TrainingSession)."""

    timeline: Any  # TimelineCursor: show_present()
    running_changed: Any  # the session's signals
    training_failed: Any
    problem_reported: Any
    speed_changed: Any

    def announce(self, changed: Changed) -> None: ...

    def show(self, snapshot: Snapshot) -> None: ...

    @property
    def shown_version(self) -> int: ...


class Playback(QObject):
    """Play / Pause / Step of ``session``'s model on a ``TrainingWorker``."""

    def __init__(self, session: Host, model: Session, lock: threading.RLock, clock: Callable[[], float],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session, self._model = session, model
        self.worker = TrainingWorker(model, lock, clock, self)  # clock: the speed limit's
        self.worker.published.connect(self._on_published)
        self.worker.finished.connect(self._ended)
        self.worker.diverged.connect(self._on_diverged)
        self.worker.failed.connect(self._on_failed)
        self.worker.settled.connect(self._on_settled)
        self._running = False  # as the window knows it: set by play, cleared once the end is announced

    @property
    def running(self) -> bool:
        """True from Play until the window has shown the end of play (Pause, the limit, divergence)."""
        return self._running

    @property
    def live(self) -> bool:
        """True while what the views show comes from the worker (playing, or settling after a Pause)."""
        return self._running or self.worker.playing or self.worker.settling

    def play(self) -> None:
        """Train on the worker's thread; from the present (a past iteration shown is left first)."""
        self._session.timeline.show_present()
        if self.worker.start():
            self._running = True
            self._session.running_changed.emit(True)

    def pause(self) -> None:
        """Stop playing; an iteration under way is discarded, never half-applied.

        A small network's pause returns once the worker is out of the model, the state the parameters
        are in shown. A big one's (or one trained with the student's functions) returns at once: the
        worker shows that state when its costs are computed (``settled``), and until then the last
        snapshot shown stays, with its own iteration, parameters and costs."""
        big = self._model.run.abortable
        stopped = self.worker.stop(wait=not big)
        if self._running:
            self._running = False
            self._session.running_changed.emit(False)
        if stopped and not big:
            self._on_published()  # a snapshot the worker made before stopping, not yet shown
            self._announce_progress()

    def set_speed(self, iterations_per_second: int) -> bool:
        """Iterations per second while playing (0: as fast as the machine goes); False if not a speed offered."""
        if iterations_per_second not in SPEEDS:
            return False
        limit = self.worker.limit
        if iterations_per_second != limit.speed:
            limit.speed = iterations_per_second
            limit.restart()
            self._session.speed_changed.emit(iterations_per_second)
        return True

    def step_iteration(self) -> None:
        """One whole iteration (finishes a phase-by-phase iteration under way), from the present.

        With the student's functions the iteration waits for their process: the worker takes it."""
        self.pause()
        self._session.timeline.show_present()
        if self._model.run.remote:
            self.worker.start(until=self._model.iteration + 1)
            return
        with self.worker.hold():
            try:
                self._model.step()
            except DivergenceError as error:
                self._report_stop(error)
                return
            self._session.announce(Changed(Change.PROGRESS | Change.PARAMETERS))

    def step_phase(self) -> PhaseEvent | None:
        """Advance one phase of the current iteration and announce it (from the present)."""
        self.pause()
        self._session.timeline.show_present()
        with self.worker.hold():
            try:
                event = self._model.step_phase()
            except DivergenceError as error:
                self._report_stop(error)
                return None
            except BackpropStudioError as error:  # e.g. not with the student's functions
                self._session.problem_reported.emit(format_message(error))
                return None
            self._session.announce(Changed(Change.PROGRESS | Change.PARAMETERS))
        return event

    # ------------------------------------------------------------------ the worker's news
    def _on_settled(self) -> None:
        """The worker showed the state a Pause stopped in; if Play came first, it shows the rest itself."""
        if not self._running and not self.worker.playing:
            self._announce_progress()

    def _announce_progress(self) -> None:
        """Show the model's present state if the last snapshot shown is older (after play stopped)."""
        if self._model.version != self._session.shown_version:
            self._session.announce(Changed(Change.PROGRESS | Change.PARAMETERS))

    def _on_published(self) -> None:
        snapshot = self.worker.take_latest()
        if snapshot is not None:
            self._session.show(snapshot)

    def _ended(self) -> None:
        """Play ended by itself (the worker has stopped): show the last state, then say so."""
        self._on_published()
        self._announce_progress()
        if self._running:
            self._running = False
            self._session.running_changed.emit(False)

    def _on_diverged(self, error: BackpropStudioError) -> None:
        """Play stopped: divergence (core's message, with its advice), or the student's code stopped the run."""
        self._ended()
        self._session.training_failed.emit(format_message(error))

    def _on_failed(self, error: BaseException) -> None:
        """An unexpected error in the worker: play has stopped; the app-wide error hook shows it."""
        self._ended()
        raise error

    def _report_stop(self, error: DivergenceError) -> None:
        self.pause()
        self._session.announce(Changed(Change.PROGRESS))
        self._session.training_failed.emit(format_message(error))  # core's one divergence message, with its advice


__all__ = ["Playback"]
