"""BackgroundRunner: run one long core computation off the UI thread, result back by signal.

The UI thread never waits for NumPy or a Python loop that takes seconds: the window stays live.
A job is a plain function ``job(should_stop) -> result``; it is given a callable that
turns True after ``cancel()``, and may raise ``core.teaching.vectorization.Cancelled`` when it
sees it. Signals arrive on the UI thread (queued), so slots may touch widgets.
"""

from __future__ import annotations

import threading
from typing import Any, Callable

from PySide6.QtCore import QObject, QThreadPool, Signal

from ...core.teaching.vectorization import Cancelled
from ..support.messages import format_message

Job = Callable[[Callable[[], bool]], Any]


class _Relay(QObject):
    """Carries one job's outcome from the worker thread to the runner (a queued connection)."""

    done = Signal(object, object)  # (result, error message or None); result is _CANCELLED when stopped


_CANCELLED = object()


class BackgroundRunner(QObject):
    """One job at a time on a private one-thread pool; ``finished``, ``failed`` or ``cancelled`` at the end."""

    finished = Signal(object)
    failed = Signal(str)
    cancelled = Signal()
    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._stop = threading.Event()
        self._relay: _Relay | None = None

    @property
    def busy(self) -> bool:
        return self._relay is not None

    def start(self, job: Job) -> bool:
        """Run ``job`` in the background; False (nothing started) while another job runs."""
        if self.busy:
            return False
        self._stop = threading.Event()
        relay = _Relay()
        relay.done.connect(self._on_done)
        self._relay = relay
        stop = self._stop

        def work() -> None:
            try:
                result, error = job(stop.is_set), None
            except Cancelled:
                result, error = _CANCELLED, None
            except Exception as exc:  # noqa: BLE001 — any failure becomes a message, never a crash
                result, error = None, format_message(exc) or type(exc).__name__  # a core error in the user's language

            relay.done.emit(result, error)

        self.busy_changed.emit(True)
        self._pool.start(work)
        return True

    def cancel(self) -> None:
        """Ask the running job to stop (it ends with ``cancelled`` if it notices in time)."""
        self._stop.set()

    def shutdown(self, timeout_ms: int = 5000) -> bool:
        """Cancel and wait for the worker thread (when the window closes)."""
        self.cancel()
        return self._pool.waitForDone(timeout_ms)

    def _on_done(self, result: object, error: object) -> None:
        self._relay = None
        self.busy_changed.emit(False)
        if error is not None:
            self.failed.emit(str(error))
        elif result is _CANCELLED:
            self.cancelled.emit()
        else:
            self.finished.emit(result)
