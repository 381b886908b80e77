"""Latest: one helper thread that computes the newest request only, and hands the answer to the window.

Scrubbing the timeline asks for a snapshot at every position the slider passes; a
re-trained one may take a moment (the timeline replays from its nearest kept state),
and the cost surface is a forward pass per grid point. Either would freeze the
window, so both run here: ``request(job)`` replaces any request not started yet, the
thread runs ``job()`` (a plain function: it holds the model's lock itself when it
reads the model) and ``done(request_id, result)`` or ``failed(request_id, error)``
reach the window's thread as queued signals. ``busy`` is True from a request until
its answer (or a newer request's) has been handed over.
"""

from __future__ import annotations

import threading
from typing import Any, Callable

from PySide6.QtCore import QObject, Signal


class Latest(QObject):
    """Runs the newest of the requested jobs on a thread of its own, one at a time."""

    done = Signal(int, object)  # request id, result
    failed = Signal(int, object)  # request id, the exception

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._name = name
        self._cond = threading.Condition()
        self._next: tuple[int, Callable[[], Any]] | None = None
        self._running: int | None = None
        self._thread: threading.Thread | None = None
        self._closed = False
        self._count = 0
        self.last_id = 0  # the newest request's id: answers of older ones are stale

    @property
    def busy(self) -> bool:
        with self._cond:
            return self._next is not None or self._running is not None

    def request(self, job: Callable[[], Any]) -> int:
        """Run ``job`` next (a request not started yet is dropped); its id."""
        with self._cond:
            if self._closed:
                return 0
            self._count += 1
            self.last_id = self._count
            self._next = (self._count, job)
            self._cond.notify_all()
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name=self._name, daemon=True)
            self._thread.start()
        return self.last_id

    def close(self) -> None:
        with self._cond:
            self._closed = True
            self._next = None
            self._cond.notify_all()

    def _run(self) -> None:
        while True:
            with self._cond:
                while self._next is None and not self._closed:
                    self._cond.wait()
                if self._closed:
                    return
                (number, job), self._next = self._next, None
                self._running = number
            try:
                result = job()
            except Exception as error:  # noqa: BLE001 - the window's thread shows it
                self._finish()
                self.failed.emit(number, error)
                continue
            self._finish()
            self.done.emit(number, result)

    def _finish(self) -> None:
        with self._cond:
            self._running = None
