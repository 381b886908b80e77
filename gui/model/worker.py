"""TrainingWorker: Play trains the model on a thread of its own; the window's thread only draws.

An iteration of the largest network the app allows (10 × 64 units, 100,000 points)
takes about a second: done on the window's thread it freezes the window that long.
So while playing, a worker thread owns the model:

* it trains a frame's worth of iterations at a time (``FRAME_S``; at least one), under
  the model's lock, then makes the snapshot of the new state — on its own thread, a
  forward pass over the data included — and publishes it: the window draws the latest
  snapshot and drops any it had no time for (``published`` is coalesced). Making a
  snapshot of a big network over 100,000 points costs a forward pass, so snapshots
  are spaced to keep that under a tenth of the training time (``SNAPSHOT_SHARE``);
* a change from the window (an edit, α, Reset, a lesson, Step) first ``hold``s the worker:
  the iteration under way is discarded at its next NumPy call (core Trainer.step's
  ``abort``) and the worker waits outside the model, so the change is applied between
  iterations, in the order the student made them, never racing one. Pause does the
  same and returns at once: the counter then shown is the one the parameters belong to;
* the speed limit (``SpeedLimit``) and ``--iterations`` are kept here, by a clock the
  tests can move by hand.

Divergence, a refusal from the model (the student's code stopped the run: a coded
error) and any unexpected error end the play and reach the window's thread as signals
(``diverged`` for the coded ones, ``failed``); the worker never shows anything itself.
``start(until=k)`` plays up to iteration k only: Step of a run whose iterations wait for
the student's process goes through the worker too, so the window never waits for it.
"""

from __future__ import annotations

import math
import threading
import time
from contextlib import contextmanager
from typing import Any, Callable, Iterator

from PySide6.QtCore import QObject, Signal

from ...core.errors import BackpropStudioError
from ...core.session import Session, Snapshot
from ...core.teaching.lessons import AUTO_SPEED

#: The "auto" speed (core.teaching.lessons.AUTO_SPEED): each Play spreads the run's first
#: ``AUTO_ITERATIONS`` over about ten seconds, slowest at the start where the boundary forms, then
#: goes as fast as the machine goes.
AUTO = AUTO_SPEED
#: Iterations per second offered by the speed control, in its order: auto first (the default),
#: then fixed speeds; 0 means "as fast as possible".
SPEEDS = (AUTO, 1, 2, 5, 10, 30, 100, 300, 1000, 3000, 0)
#: Auto: the rate starts at ``AUTO_START_RATE`` iterations a second and grows e-fold every
#: ``AUTO_GROWTH_S`` seconds, until ``AUTO_ITERATIONS`` have run (about 10.4 s); then no limit.
#: On the course's flower the cost falls from 0.69 to 0.32 between iterations 100 and 300:
#: at this pace that is seconds 1.4 to 3.2, in front of the student.
AUTO_START_RATE = 60.0
AUTO_GROWTH_S = 4.0
AUTO_ITERATIONS = 3000
#: A frame's worth of training between two snapshots (~60 a second at most).
FRAME_S = 0.016
#: Between iterations, the worker hands the interpreter lock to the other threads at least this often.
YIELD_S = 0.005
#: Iterations per second are measured over about this long.
RATE_WINDOW_S = 1.0
#: How often a speed-limited worker that may not run an iteration yet looks at the clock again.
IDLE_POLL_S = 0.004
#: At most this share of the worker's time goes into making snapshots.
SNAPSHOT_SHARE = 0.1
#: ``SpeedLimit.allowed`` when nothing limits the speed.
UNLIMITED = 1 << 30


def auto_iterations(seconds: float) -> float:
    """Iterations the auto speed allows in all after ``seconds`` on its curve (before the +1 at once)."""
    return AUTO_START_RATE * AUTO_GROWTH_S * math.expm1(seconds / AUTO_GROWTH_S)


def auto_seconds(iterations: float) -> float:
    """Where on the auto curve ``iterations`` are reached: the inverse of ``auto_iterations``."""
    return AUTO_GROWTH_S * math.log1p(iterations / (AUTO_START_RATE * AUTO_GROWTH_S))


class SpeedLimit:
    """How many iterations may run now, by a clock: ``speed`` per second since ``restart`` (0: no limit),
    or the auto curve (``AUTO``).

    ``allowed(iteration)`` is given the run's iteration when the caller knows it: auto then follows the
    run (a Play after ``AUTO_ITERATIONS`` goes full speed at once, a Play after a Reset starts slowly
    again); without it, auto counts from each Play. Pure: the clock is given, nothing else is read.
    """

    def __init__(self, clock: Callable[[], float]) -> None:
        self._clock = clock
        self.speed = AUTO
        self._started = clock()
        self._done = 0
        self._auto_from: int | None = None  # where on the auto curve this Play started

    def restart(self) -> None:
        self._started = self._clock()
        self._done = 0
        self._auto_from = None

    def allowed(self, iteration: int | None = None) -> int:
        """Iterations that may run now: 1 + ⌊speed · t⌋ in all after t seconds, minus those done;
        on auto, 1 + ⌊auto_iterations(t)⌋ counted from where the run is on the curve."""
        if self.speed == 0:
            return UNLIMITED
        elapsed = self._clock() - self._started
        if self.speed != AUTO:
            return max(0, int(elapsed * self.speed) + 1 - self._done)
        at = self._done if iteration is None else iteration
        if self._auto_from is None or at < self._auto_from:  # a new Play, or the run went back (a reset)
            self._auto_from, self._started, elapsed = at, self._clock(), 0.0
        if at >= AUTO_ITERATIONS:
            return UNLIMITED
        start = self._auto_from
        # + 1e-6: the curve and its inverse round-trip to a hair below ``start`` at t = 0.
        reached = start + int(auto_iterations(auto_seconds(start) + elapsed) - start + 1e-6) + 1
        return max(0, min(reached, AUTO_ITERATIONS) - at)

    def count(self, done: int) -> None:
        self._done += done


class RateMeter:
    """Iterations per second over the last second or so of play."""

    def __init__(self, clock: Callable[[], float]) -> None:
        self._clock = clock
        self._window: list[tuple[float, int]] = []

    def reset(self, iteration: int) -> None:
        self._window = [(self._clock(), iteration)]

    def add(self, iteration: int) -> None:
        now = self._clock()
        self._window.append((now, iteration))
        while len(self._window) > 2 and now - self._window[0][0] > RATE_WINDOW_S:
            self._window.pop(0)

    def rate(self) -> float:
        if len(self._window) < 2:
            return 0.0
        (t0, i0), (t1, i1) = self._window[0], self._window[-1]
        return (i1 - i0) / (t1 - t0) if t1 > t0 else 0.0


class TrainingWorker(QObject):
    """Plays ``model`` on a thread; the window's thread asks it to start, stop and hold."""

    published = Signal()  # a new snapshot waits in ``latest`` (one signal however many were made)
    finished = Signal()  # play ended by itself: the iteration limit was reached
    settled = Signal()  # after stop(wait=False): the state training stopped in is published (or was already)
    diverged = Signal(object)  # DivergenceError or another coded error that stopped the run (play has ended)
    failed = Signal(object)  # an unexpected exception in the worker (play has ended)

    def __init__(self, model: Session, lock: threading.RLock, clock: Callable[[], float] = time.perf_counter,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._model, self._lock, self._clock = model, lock, clock
        self.limit = SpeedLimit(clock)
        self.meter = RateMeter(clock)
        self.max_iterations: int | None = None
        self._until: int | None = None  # this play stops at this iteration (start(until=…))
        self._playing = False
        self._interrupt = False  # the iteration under way ends at its next NumPy call
        self._holds = 0  # the window's thread is using the model (or wants to)
        self._wake = threading.Condition()
        self._latest: Snapshot | None = None
        self._pending = False
        self._thread: threading.Thread | None = None
        self._unpublished = False  # iterations ran that no snapshot shows yet
        self._settling = False  # stopped without waiting: the state training stopped in is still to show
        self._last_snapshot = -1.0  # when the last one was made (worker's clock)
        self._snapshot_seconds = 0.0  # how long the last one took

    # ------------------------------------------------------------------ the window's side
    @property
    def playing(self) -> bool:
        return self._playing

    def set_model(self, model: Session) -> None:
        """Train this model from now on (the caller holds the worker)."""
        self._model = model

    def start(self, until: int | None = None) -> bool:
        """Play (up to iteration ``until`` if given); False if already playing or the iteration limit is reached."""
        if self._playing:
            return False
        self._until = until
        if self._limit_reached():
            return False
        self.limit.restart()
        self.meter.reset(self._model.iteration)
        with self._wake:
            self._playing = True
            self._settling = False  # playing on: what it trains will be published anyway
            self._wake.notify_all()
        if self._thread is None or not self._thread.is_alive():
            self._thread = threading.Thread(target=self._run, name="training", daemon=True)
            self._thread.start()
        return True

    @property
    def settling(self) -> bool:
        """True after ``stop(wait=False)`` until the state training stopped in is published (``settled``)."""
        return self._settling

    def stop(self, wait: bool = True) -> bool:
        """Stop playing (an iteration under way is discarded at its next NumPy call).

        ``wait``: return once the worker is out of the model. Otherwise return at once; the worker
        then publishes the state it stopped in — its costs computed on the worker's thread, which for
        the largest network takes a second — and says ``settled``."""
        if not self._playing:
            return False
        with self._wake:
            self._playing = False
            if not wait:
                self._settling = self._interrupt = True
            self._wake.notify_all()
        if wait:
            with self.hold():
                pass
        return True

    @contextmanager
    def hold(self) -> Iterator[None]:
        """Keep the worker out of the model for the duration (re-entrant, window's thread only)."""
        with self._wake:
            self._holds += 1
            self._interrupt = True
        self._lock.acquire()
        try:
            yield
        finally:
            self._lock.release()
            with self._wake:
                self._holds -= 1
                if self._holds == 0:
                    self._interrupt = False
                    self._wake.notify_all()

    def take_latest(self) -> Snapshot | None:
        """The newest snapshot the worker made (None if none since the last take)."""
        with self._wake:
            snapshot, self._latest, self._pending = self._latest, None, False
        return snapshot

    def rate(self) -> float:
        return self.meter.rate() if self._playing else 0.0

    def shut_down(self, timeout: float = 2.0) -> None:
        """Stop and let the thread end (closing the window)."""
        self.stop()
        thread = self._thread
        self._thread = None
        with self._wake:
            self._wake.notify_all()
        if thread is not None:
            thread.join(timeout)

    # ------------------------------------------------------------------ the worker's side
    def _limit(self) -> int | None:
        limits = [limit for limit in (self.max_iterations, self._until) if limit is not None]
        return min(limits) if limits else None

    def _limit_reached(self) -> bool:
        limit = self._limit()
        return limit is not None and self._model.iteration >= limit

    def _run(self) -> None:
        while True:
            with self._wake:
                while (not self._playing or self._holds) and self._thread is threading.current_thread():
                    if self._settling and not self._playing and not self._holds:
                        break
                    self._wake.wait(0.5)
                if self._thread is not threading.current_thread():
                    return
                settle = self._settling and not self._playing
            if settle:
                self._settle()
                continue
            allowed = self.limit.allowed()
            limit = self._limit()
            if limit is not None:
                allowed = min(allowed, limit - self._model.iteration)
            if allowed <= 0:
                if self._limit_reached():
                    self._end(self.finished.emit)
                else:
                    self._publish_if_behind()  # nothing may run yet: show what did
                    time.sleep(IDLE_POLL_S)  # the speed limit
                continue
            self._train(allowed)

    def _train(self, allowed: int) -> None:
        error: BaseException | None = None
        evaluation = None
        with self._lock:
            if not self._playing or self._holds:
                return
            model, clock = self._model, self._clock
            start = model.iteration
            deadline = clock() + FRAME_S
            last_yield = [clock()]

            def should_stop() -> bool:
                now = clock()
                if now - last_yield[0] >= YIELD_S:  # a small network's iterations are Python: let the window's
                    time.sleep(0)  # thread take the interpreter lock now and then, or it waits for it
                    last_yield[0] = now
                return self._interrupt or now >= deadline

            try:
                model.train(allowed, should_stop=should_stop, abort=lambda: self._interrupt)
            except BaseException as caught:  # noqa: BLE001 - handed to the window's thread
                error = caught
            done = model.iteration - start
            self._unpublished = self._unpublished or done > 0
            spacing = max(FRAME_S, self._snapshot_seconds / SNAPSHOT_SHARE)
            if error is not None or self._limit_reached() or clock() - self._last_snapshot >= spacing:
                evaluation = model.evaluation()
        self.limit.count(done)
        self.meter.add(model.iteration)
        if evaluation is not None:
            self._snapshot_of(evaluation)
        if isinstance(error, BackpropStudioError):
            self._end(lambda: self.diverged.emit(error))
        elif error is not None:
            self._end(lambda: self.failed.emit(error))
        elif self._limit_reached():
            self._end(self.finished.emit)

    def _snapshot_of(self, evaluation: tuple[int, Callable[[], Any]]) -> None:
        """Publish the snapshot of the state ``evaluation`` was taken from (``Session.evaluation``).

        Its forward passes (the costs and accuracies) run outside the lock, so a change or Pause from
        the window never waits for them; if the state changed meanwhile, the snapshot is not made."""
        started = time.perf_counter()
        version, evaluate = evaluation
        metrics = evaluate()
        with self._lock:
            if self._model.version != version:
                return  # a change came first: the window shows that state itself
            snapshot = self._model.snapshot((version, metrics))
        self._snapshot_seconds = time.perf_counter() - started
        self._last_snapshot = self._clock()
        self._unpublished = False
        self._publish(snapshot)

    def _settle(self) -> None:
        """After a Pause that did not wait: publish the state training stopped in, then rest."""
        with self._wake:
            self._interrupt = self._holds > 0
        self._publish_if_behind()
        with self._wake:
            self._settling = False
        self.settled.emit()

    def _publish_if_behind(self) -> None:
        if self._unpublished:
            with self._lock:
                evaluation = self._model.evaluation()
            self._snapshot_of(evaluation)

    def _publish(self, snapshot: Snapshot) -> None:
        with self._wake:
            self._latest = snapshot
            if self._pending:
                return
            self._pending = True
        self.published.emit()

    def _end(self, announce: Callable[[], None]) -> None:
        with self._wake:
            self._playing = False
        announce()
