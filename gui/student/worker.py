"""StudentWorker: the student's process, driven from one thread of its own so the window never waits.

``core.student.sandbox.Sandbox`` blocks for as long as the student's code runs (up to its
time limit) and takes one call at a time. The worker owns the Sandbox and the
``StudentTrainer`` and runs *jobs* in order on a private thread: open or reload the file
and check it, start training, one training step, a gradient check. Each job's outcome comes
back on the window's thread as ``finished(kind, token, result)`` or ``failed(kind, token,
message)``; the token is the one ``submit`` returned, so the window drops answers it no
longer wants (a check of a file that has been saved again since).

``shutdown()`` ends the student's process: queued jobs are dropped, the running one is
given a moment, and if the student's code is still busy (an endless loop) the process is
killed, which ends that call at once. The worker can be used again afterwards (the thread
starts on the next ``submit``).
"""

from __future__ import annotations

import itertools
import os
import signal
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from typing import Any, Callable

import numpy as np
from PySide6.QtCore import QObject, Signal

from ...core.student.checks import CheckReport, check_all
from ...core.student.loading import load_student_file
from ...core.student.sandbox import CallResult, Sandbox
from ...core.student.training import (StudentGradientCheck, StudentIteration, StudentTrainer,
                                      check_student_gradients)
from ..support.messages import format_message
from .divergence import Divergence, first_divergence

#: The gradient check runs on at most this many training examples (as Labs → Check gradients).
MAX_GRADIENT_EXAMPLES = 200


class CancellableSandbox(Sandbox):
    """A Sandbox that stops calling the student's code once ``cancelled`` (the window is closing):
    a job in the middle of many calls (a check runs dozens) then ends at once."""

    cancelled = False

    def call(self, name: str, *args: Any, **options: Any) -> CallResult:
        if self.cancelled:
            return CallResult("crash", reason="closed")
        return super().call(name, *args, **options)


@dataclass
class WorkerState:
    """What lives on the worker's thread: the sandbox, the trainer, and the training's first divergence."""

    options: dict[str, Any]
    sandbox: Sandbox | None = None
    trainer: StudentTrainer | None = None
    divergence: Divergence | None = None


@dataclass(frozen=True)
class TrainingStart:
    """A new training run: course mode ("deep" / "shallow"), number of layers, whose function runs each role."""

    mode: str
    layers: int
    functions: dict[str, str]
    learning_rate: float
    examples: int
    iteration: int  # the main window's iteration it started from


@dataclass(frozen=True)
class TrainingStep:
    """One iteration of both runs, and the first divergence since the start (the tab keeps the curves)."""

    iteration: StudentIteration
    divergence: Divergence | None
    stopped: bool


@dataclass(frozen=True)
class Job:
    kind: str
    token: int
    run: Callable[[WorkerState], Any] = field(compare=False)


class _Relay(QObject):
    """Lives on the window's thread; signals emitted from the worker's thread arrive there queued."""

    finished = Signal(str, int, object)
    failed = Signal(str, int, str)


class StudentWorker(QObject):
    """Runs jobs on the student's Sandbox one at a time, on its own thread."""

    finished = Signal(str, int, object)  # kind, token, result
    failed = Signal(str, int, str)  # kind, token, message in the user's language
    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None, **sandbox_options: Any) -> None:
        super().__init__(parent)
        self.state = WorkerState(dict(sandbox_options))
        self._jobs: deque[Job] = deque()
        self._condition = threading.Condition()
        self._thread: threading.Thread | None = None
        self._running: Job | None = None
        self._tokens = itertools.count(1)
        self._outstanding: set[int] = set()  # tokens of the jobs whose answer has not reached the window yet
        self._relay = _Relay(self)
        self._relay.finished.connect(self._on_finished)
        self._relay.failed.connect(self._on_failed)

    # ------------------------------------------------------------------ the window's side
    @property
    def busy(self) -> bool:
        return bool(self._outstanding)

    @property
    def sandbox(self) -> Sandbox | None:
        return self.state.sandbox

    @property
    def pid(self) -> int | None:
        """The student's process id, while it runs."""
        sandbox = self.state.sandbox
        try:  # read while the worker's thread may be replacing the process
            return sandbox.pid if sandbox is not None and sandbox.running else None
        except AttributeError:
            return None

    def submit(self, kind: str, run: Callable[[WorkerState], Any], *, replace: tuple[str, ...] = ()) -> int:
        """Queue ``run(state)`` on the worker's thread; queued jobs of the kinds in ``replace`` are dropped.

        Returns the job's token (it comes back with the answer)."""
        token = next(self._tokens)
        was_busy = self.busy
        with self._condition:
            if replace:
                dropped = [job for job in self._jobs if job.kind in replace]
                for job in dropped:
                    self._jobs.remove(job)
                    self._outstanding.discard(job.token)
            self._jobs.append(Job(kind, token, run))
            self._outstanding.add(token)
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(target=self._loop, daemon=True, name="student-worker")
                self._thread.start()
            self._condition.notify()
        if not was_busy:
            self.busy_changed.emit(True)
        return token

    def pending(self, kind: str) -> bool:
        """True while a job of ``kind`` is queued or running."""
        with self._condition:
            running = self._running is not None and self._running.kind == kind
            return running or any(job.kind == kind for job in self._jobs)

    def shutdown(self, wait_seconds: float = 5.0) -> bool:
        """End the student's process and the thread (queued jobs are dropped); True when both ended.

        A job still running is not waited for: its answer is no longer wanted, so the process is
        killed at once (which ends the student's call), then closed for sure."""
        was_busy = self.busy
        with self._condition:
            self._jobs.clear()
            self._outstanding.clear()
            running = self._running is not None
            thread = self._thread
            if thread is not None and thread.is_alive():
                self._jobs.append(Job("close", 0, _close))
                self._jobs.append(Job("stop", 0, lambda state: None))
                self._condition.notify()
        if thread is None or not thread.is_alive():
            _close(self.state)
        else:
            deadline = time.monotonic() + wait_seconds
            while thread.is_alive() and time.monotonic() < deadline:
                sandbox = self.state.sandbox
                if running and sandbox is not None:
                    sandbox.cancelled = True  # the job's remaining calls return at once …
                    self._kill()  # … and the one under way ends with its process
                thread.join(0.05)
        if was_busy:
            self.busy_changed.emit(False)
        return thread is None or not thread.is_alive()

    def _kill(self) -> None:
        sandbox = self.state.sandbox
        try:  # read while the worker's thread may be replacing the process
            pid = None if sandbox is None else sandbox.pid
        except AttributeError:
            pid = None
        if pid is None:
            return
        try:
            if os.name == "posix":
                os.killpg(pid, signal.SIGKILL)
            else:
                os.kill(pid, signal.SIGTERM)
        except (ProcessLookupError, PermissionError, OSError):
            pass

    def _on_finished(self, kind: str, token: int, result: object) -> None:
        if self._answered(token):
            self.finished.emit(kind, token, result)

    def _on_failed(self, kind: str, token: int, message: str) -> None:
        if self._answered(token):
            self.failed.emit(kind, token, message)

    def _answered(self, token: int) -> bool:
        """Forget ``token``; False for an answer nobody waits for any more (after shutdown)."""
        if token not in self._outstanding:
            return False
        self._outstanding.discard(token)
        if not self._outstanding:
            self.busy_changed.emit(False)
        return True

    # ------------------------------------------------------------------ the worker's thread
    def _loop(self) -> None:
        while True:
            with self._condition:
                while not self._jobs:
                    self._condition.wait()
                job = self._jobs.popleft()
                self._running = job
            if job.kind == "stop":
                with self._condition:
                    self._running = None
                    if not self._jobs:  # a job submitted after the stop keeps the thread going
                        self._thread = None
                        return
                continue
            try:
                result = job.run(self.state)
            except Exception as error:  # noqa: BLE001 — anything becomes a message, never a crash of the app
                message = format_message(error) or type(error).__name__
                with self._condition:
                    self._running = None
                if job.kind != "close":
                    self._relay.failed.emit(job.kind, job.token, message)
                continue
            with self._condition:
                self._running = None
            if job.kind != "close":
                self._relay.finished.emit(job.kind, job.token, result)


# ---------------------------------------------------------------------- jobs (run on the worker's thread)
def _close(state: WorkerState) -> None:
    state.trainer, state.divergence = None, None
    if state.sandbox is not None:
        state.sandbox.close()
        state.sandbox = None


def load_and_check(path: str, snapshot: Any) -> Callable[[WorkerState], CheckReport]:
    """The job: read the file (never writing it), run it in a fresh process, check every function."""

    def run(state: WorkerState) -> CheckReport:
        student = load_student_file(path)
        state.trainer, state.divergence = None, None  # a run of the old version is over
        if state.sandbox is None:
            state.sandbox = CancellableSandbox(student, **state.options)
        else:
            state.sandbox.reload(student)
        return check_all(state.sandbox, snapshot)

    return run


def start_training(snapshot: Any) -> Callable[[WorkerState], TrainingStart]:
    """The job: a StudentTrainer from the main window's snapshot (raises StudentTrainingError for other networks)."""

    def run(state: WorkerState) -> TrainingStart:
        if state.sandbox is None:
            raise RuntimeError("no file")
        state.trainer = StudentTrainer.from_snapshot(state.sandbox, snapshot)
        state.divergence = None
        trainer = state.trainer
        layers = sum(1 for key in trainer.parameters if key.startswith("W"))
        return TrainingStart(trainer.mode, layers, dict(trainer.functions), trainer.learning_rate,
                             int(trainer.X.shape[1]), int(snapshot.iteration))

    return run


def training_step(state: WorkerState) -> TrainingStep:
    """The job: one iteration of both runs."""
    trainer = state.trainer
    if trainer is None:
        raise RuntimeError("no training")
    iteration = trainer.step()
    if state.divergence is None and iteration.student is not None:
        try:
            state.divergence = first_divergence(iteration, trainer.mode)
        except Exception:  # noqa: BLE001 — structures core did not foresee: the curves still tell
            state.divergence = None
    return TrainingStep(iteration, state.divergence, trainer.stopped)


def gradient_check(snapshot: Any) -> Callable[[WorkerState], StudentGradientCheck]:
    """The job: core's numerical gradient check of the student's backward function on the current network."""

    def run(state: WorkerState) -> StudentGradientCheck:
        if state.sandbox is None:
            raise RuntimeError("no file")
        parameters = {key: np.array(value, dtype=np.float64) for key, value in snapshot.parameters.items()}
        X = np.array(snapshot.prepared.X_train[:, :MAX_GRADIENT_EXAMPLES], dtype=np.float64)
        Y = np.array(snapshot.prepared.Y_train[:, :MAX_GRADIENT_EXAMPLES], dtype=np.float64)
        return check_student_gradients(state.sandbox, parameters, X, Y, list(snapshot.activations))

    return run
