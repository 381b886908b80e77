"""Play mode: train the model in short time-budgeted ticks of a re-armed single-shot timer.

Each tick trains for about 8 ms (or as many iterations as the speed limit
allows), then returns to Qt so it can paint and handle input; the timer is
armed again at the end of the tick, so ticks never pile up (DESIGN.md §4).

Every time the loop reads (tick budget, speed limit, measured rate) comes from
``clock``, ``time.perf_counter`` unless the session was given another: a test
passes a clock it moves by hand, so how many iterations a tick may run is exact.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QTimer

from ...core.errors import DivergenceError

if TYPE_CHECKING:
    from .session import TrainingSession

#: Iterations per second offered by the speed control; 0 means "as fast as possible".
SPEEDS = (1, 2, 5, 10, 30, 100, 300, 1000, 3000, 0)
TICK_BUDGET_S = 0.008  # compute for ~8 ms per tick, then let Qt paint and handle input
RATE_WINDOW_S = 1.0  # iterations per second are measured over about this long


class TrainingLoop:
    """The session's play/pause machinery; the session owns it and emits the signals."""

    def __init__(self, session: "TrainingSession", clock: Callable[[], float] = time.perf_counter) -> None:
        self._session = session
        self._clock = clock
        self._timer = QTimer(session)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._tick)
        self.running = False
        self.speed = 0
        self._started = 0.0
        self._done_since_start = 0
        self._rate_window: list[tuple[float, int]] = []

    def start(self) -> bool:
        """Start ticking; False if already running or the iteration limit is reached."""
        s = self._session
        if self.running or (s.max_iterations is not None and s.iteration >= s.max_iterations):
            return False
        self.running = True
        self._restart_clock()
        self._rate_window = [(self._started, s.iteration)]
        self._timer.start(0)
        return True

    def stop(self) -> bool:
        if not self.running:
            return False
        self.running = False
        self._timer.stop()
        return True

    def set_speed(self, iterations_per_second: int) -> bool:
        if iterations_per_second == self.speed:
            return False
        self.speed = iterations_per_second
        self._restart_clock()
        return True

    def count(self, done: int) -> None:
        """Note ``done`` iterations just run (for the speed limit and the measured rate)."""
        self._done_since_start += done
        now = self._clock()
        self._rate_window.append((now, self._session.iteration))
        while len(self._rate_window) > 2 and now - self._rate_window[0][0] > RATE_WINDOW_S:
            self._rate_window.pop(0)

    def iterations_per_second(self) -> float:
        if not self.running or len(self._rate_window) < 2:
            return 0.0
        (t0, i0), (t1, i1) = self._rate_window[0], self._rate_window[-1]
        return (i1 - i0) / (t1 - t0) if t1 > t0 else 0.0

    def _restart_clock(self) -> None:
        self._started = self._clock()
        self._done_since_start = 0

    def _allowed_now(self) -> int:
        """How many iterations this tick may run under the speed limit."""
        if self.speed == 0:
            return 1 << 30
        elapsed = self._clock() - self._started
        return max(0, int(elapsed * self.speed) + 1 - self._done_since_start)

    def _tick(self) -> None:
        s = self._session
        if not self.running:
            return
        allowed = self._allowed_now()
        if s.max_iterations is not None:
            allowed = min(allowed, s.max_iterations - s.iteration)
        model = s.model
        start = model.iteration
        clock = self._clock
        deadline = clock() + TICK_BUDGET_S
        try:
            if allowed > 0:
                model.train(allowed, should_stop=lambda: clock() >= deadline)
        except DivergenceError as error:
            done = model.iteration - start
            if done:
                s.after_steps(done)
            s.report_divergence(error)
            return
        except Exception:
            # Not ours to handle (the app-wide hook shows it), but never leave "running" with no ticks.
            s.pause()
            raise
        done = model.iteration - start
        if done:
            s.after_steps(done)
        if s.max_iterations is not None and s.iteration >= s.max_iterations:
            s.pause()
            return
        if self.running:
            # At a limited speed, a tick that had nothing to do waits for the next turn instead of spinning.
            self._timer.start(0 if (self.speed == 0 or done) else max(1, int(1000 / self.speed)))
