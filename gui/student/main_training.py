"""MainTraining: the Your code window's "Train in the main window" button.

The main window's run then trains with the student's functions (core.student.your_trainer):
Play, Step, the diagram, the boundary, the inspector and the cost curve all show their run,
with core's own run from the same start as a grey band on the cost curve.

Pressing it checks the network first (only networks the course's functions build), then
starts a process of its own for the file on the Your code worker's thread (a second one:
the checks here never wait for the main window's training) and hands it to the session
(``TrainingSession.use_functions``). Saving the file again hands over a fresh process with
the new version, from the iteration the run is at. Pressed again, core's functions take over.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QPushButton, QWidget

from ...core.errors import BackpropStudioError
from ...core.student.loading import load_student_file
from ...core.student.your_trainer import YourFunctions, check_course_network
from ..model.session import TrainingSession
from ..support.messages import format_message
from .worker import StudentWorker, WorkerState


def load_functions(path: str) -> Callable[[WorkerState], YourFunctions]:
    """The worker's job: a process of its own for the file at ``path``, loaded (seconds at worst)."""

    def run(state: WorkerState) -> YourFunctions:
        return YourFunctions.load(load_student_file(path), **state.options)

    return run


class MainTraining(QObject):
    """The button, and what it asks of the worker and the session; ``said`` carries its news for the status line."""

    said = Signal(str, bool)  # text, is a problem

    def __init__(self, worker: StudentWorker, session: TrainingSession, parent: QWidget) -> None:
        super().__init__(parent)
        self._worker, self._session = worker, session
        self._token: int | None = None
        self.path: str | None = None
        self.button = QPushButton(parent)
        self.button.setObjectName("train_in_main_window")
        self.button.clicked.connect(self._on_clicked)
        worker.finished.connect(self._on_finished)
        worker.failed.connect(self._on_failed)
        session.state_changed.connect(lambda _snapshot: self._update())
        self.retranslate()

    # ------------------------------------------------------------------ public
    @property
    def active(self) -> bool:
        """True while the main window trains with this window's file."""
        functions = self._session.functions
        return functions is not None and self.path is not None and functions.path == Path(self.path)

    def set_path(self, path: str | None) -> None:
        """The file the window has open (None: none); a run with another file's functions is not ours."""
        self.path = path
        self._update()

    def start(self) -> bool:
        """Ask for the file's functions to train the main window's run (False if the network does not allow it)."""
        if self.path is None:
            return False
        try:
            check_course_network(self._session.hyperparameters)
        except BackpropStudioError as error:
            self.said.emit(format_message(error), True)
            return False
        self._token = self._worker.submit("main_functions", load_functions(self.path), replace=("main_functions",))
        self.said.emit(self.tr("Starting your functions for the main window…"), False)
        self._update()
        return True

    def file_saved(self) -> None:
        """The student saved the file: if the main window trains with it, the new version takes over."""
        if self.active:
            self.start()

    def stop(self) -> None:
        """Core's functions train the main window's run again."""
        self._token = None
        if self.active:
            self._session.use_functions(None)
        self._update()

    # ------------------------------------------------------------------ internals
    def _on_clicked(self) -> None:
        self.stop() if self.active else self.start()

    def _on_finished(self, kind: str, token: int, result: object) -> None:
        if kind != "main_functions" or token != self._token:
            if isinstance(result, YourFunctions) and kind == "main_functions":
                result.close()  # asked for, then no longer wanted
            return
        self._token = None
        if self._session.use_functions(result):
            self.said.emit(self.tr("The main window trains with your functions now: press Play (Space) or Step "
                                   "(→) there."), False)
        else:
            result.close()
            self.said.emit(self.tr("The main window's network cannot be trained with your functions (see its "
                                   "status bar)."), True)
        self._update()

    def _on_failed(self, kind: str, token: int, message: str) -> None:
        if kind == "main_functions" and token == self._token:
            self._token = None
            self.said.emit(message, True)
            self._update()

    def _update(self) -> None:
        self.button.setEnabled(self.path is not None and self._token is None)
        self.retranslate()

    def retranslate(self) -> None:
        if self.active:
            self.button.setText(self.tr("Back to core's functions"))
            self.button.setToolTip(self.tr("The main window trains on with core's functions from where it is"))
        else:
            self.button.setText(self.tr("Train in the main window"))
            self.button.setToolTip(self.tr(
                "The main window's network trains with your functions where you wrote them (core's elsewhere): "
                "its diagram, boundary, inspector and cost curve show your run, next to core's from the same start"))
