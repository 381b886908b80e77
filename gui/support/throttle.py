"""Throttle: coalesce bursts of redraw requests into at most one call per interval.

The session emits ``state_changed`` after every training tick (up to ~120 times a
second) and after every single step; a view that redrew on each would spend the
UI thread on painting. ``request()`` only arms a single-shot timer, so a burst
of requests produces one call, and never runs the callback synchronously (the
caller may be in the middle of changing state).
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer

#: ~30 redraws a second: smooth to the eye, and it leaves the machine to training.
DEFAULT_INTERVAL_MS = 33


#: Views redraw at most this often while training. 22 ms rather than 33: a redraw waits for the
#: training tick under way (~8 ms), so this lands at 30–35 frames a second.
FRAME_INTERVAL_MS = 22

class Throttle(QObject):
    """Calls ``callback`` at most once per ``min_interval_ms`` however often ``request()`` is called."""

    def __init__(self, callback: Callable[[], None], min_interval_ms: int = DEFAULT_INTERVAL_MS,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._callback = callback
        self.min_interval_ms = int(min_interval_ms)
        self._last_run: float | None = None  # time.monotonic() of the last call
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        # Coarse timers may fire a few ms late; that only makes the rate lower, never higher.
        self._timer.setTimerType(Qt.TimerType.CoarseTimer)
        self._timer.timeout.connect(self._run)

    @property
    def pending(self) -> bool:
        """True while a call is scheduled but has not happened yet."""
        return self._timer.isActive()

    def request(self) -> None:
        """Schedule a call: soon if the last one was long enough ago, else when the interval ends."""
        if self._timer.isActive():
            return  # already scheduled: this request is folded into that call
        delay = 0
        if self._last_run is not None:
            elapsed_ms = (time.monotonic() - self._last_run) * 1000.0
            delay = max(0, int(self.min_interval_ms - elapsed_ms))
        self._timer.start(delay)

    def flush(self) -> None:
        """Run a scheduled call now (does nothing if none is pending)."""
        if self._timer.isActive():
            self._timer.stop()
            self._run()

    def cancel(self) -> None:
        """Drop a scheduled call."""
        self._timer.stop()

    def _run(self) -> None:
        self._last_run = time.monotonic()
        self._callback()
