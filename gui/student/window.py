"""YourCodeWindow (Labs → Your code): the student's own functions checked, trained with, and gradient-checked.

A non-modal window. Open… picks a ``.py`` or ``.ipynb``; the file is read (never
written), run in a process of its own (``core.student.sandbox``) by the ``StudentWorker``'s
thread, and every course function it is about is checked against core on the course's
test cases and on the main window's current network (its latest snapshot, so the real
caches and gradients are used). Saving the file checks it again (``FileWatch``). Three tabs:
the check table (``CheckTab``), training with the student's functions next to core's run
(``TrainTab``), and the gradient check of the student's backward function
(``GradientTab``). A busy bar shows while a check runs; the window never waits for the
student's code. Closing the window ends the student's process; showing it again starts a
new one and checks the file again.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any, Callable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import (QFileDialog, QHBoxLayout, QLabel, QMainWindow, QProgressBar, QPushButton,
                               QTabWidget, QVBoxLayout, QWidget)

from ...core.session import Snapshot
from ...core.student.checks import CheckReport
from ...core.student.verdicts import Status
from ..model.session import TrainingSession
from ..support.messages import reformat
from ..views.elided_label import ElidedLabel
from .check_tab import CheckTab
from .gradient_tab import GradientTab
from .main_training import MainTraining
from .train_tab import TrainTab
from .watcher import FileWatch
from .worker import StudentWorker, load_and_check
from .texts import PROBLEM_STYLE



def student_file_filter() -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("YourCode", "Python or notebook (*.py *.ipynb);;All files (*)")


class YourCodeWindow(QMainWindow):
    """Open a student's file; check table, training and gradient check on the main window's network."""

    checked = Signal(object)  # CheckReport, after each check
    check_failed = Signal(str)  # the file could not be read: the message

    def __init__(self, session: TrainingSession, parent: QWidget | None = None,
                 **sandbox_options: Any) -> None:
        super().__init__(parent)
        self.setObjectName("your_code_window")
        self._session = session
        self.path: str | None = None
        self.report: CheckReport | None = None
        self._check_token: int | None = None
        self._checked_at: tuple[float, int] | None = None  # (time, main iteration) of the last check
        self._status: Callable[[], str] = lambda: ""  # the status line, rebuilt in a new language
        self._status_is_problem = False
        self._network_changed = False
        # Seam: asks for the file to open (tests put a plain callable here).
        self.ask_open_path: Callable[[], str | None] = self._ask_open_path

        self.worker = StudentWorker(self, **sandbox_options)
        self.worker.finished.connect(self._on_finished)
        self.worker.failed.connect(self._on_failed)
        self.watch = FileWatch(self)
        self.watch.changed.connect(self._on_file_saved)

        self.open_button = QPushButton(self)
        self.open_button.setObjectName("open_student_file")
        self.open_button.clicked.connect(lambda: self.open_file())
        self.path_label = ElidedLabel(self)
        self.path_label.setObjectName("student_path")
        self.recheck_button = QPushButton(self)
        self.recheck_button.setObjectName("recheck")
        self.recheck_button.clicked.connect(self.recheck)
        self.busy_bar = QProgressBar(self)
        self.busy_bar.setObjectName("busy")
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setMaximumWidth(120)
        self.busy_bar.hide()
        self.status_label = QLabel(self)
        self.status_label.setObjectName("status_line")
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.check_tab = CheckTab(self)
        self.train_tab = TrainTab(self.worker, session, self)
        self.gradient_tab = GradientTab(self.worker, session, self)
        self.main_training = MainTraining(self.worker, session, self)  # "Train in the main window"
        self.main_training.said.connect(lambda text, problem: self._set_status(lambda: text, problem))
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.check_tab, "")
        self.tabs.addTab(self.train_tab, "")
        self.tabs.addTab(self.gradient_tab, "")

        top = QHBoxLayout()
        top.addWidget(self.open_button)
        top.addWidget(self.path_label, 1)
        top.addWidget(self.busy_bar)
        top.addWidget(self.recheck_button)
        top.addWidget(self.main_training.button)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(top)
        layout.addWidget(self.status_label)
        layout.addWidget(self.tabs, 1)
        self.setCentralWidget(central)
        self.resize(1000, 680)

        session.structure_changed.connect(self._on_structure_changed)
        self._retranslate()
        self._update_buttons()

    # ------------------------------------------------------------------ public
    @property
    def busy(self) -> bool:
        """True while a check is running."""
        return self._check_token is not None

    def open_file(self, path: str | Path | None = None) -> bool:
        """Check ``path`` (asks for one when None) and watch it; False when nothing was chosen."""
        if path is None:
            path = self.ask_open_path()
            if not path:
                return False
        self.path = str(Path(path).resolve())
        self.path_label.setText(self.path)
        self.path_label.setToolTip(self.path)
        self.watch.watch(self.path)
        self.main_training.set_path(self.path)
        self._update_title()
        return self.recheck()

    def recheck(self) -> bool:
        """Read the file again, run it in a fresh process and check every function (in the worker)."""
        if self.path is None:
            return False
        snapshot: Snapshot = self._session.snapshot
        self.train_tab.file_changed()
        self.gradient_tab.file_changed()
        self._check_token = self.worker.submit("check", load_and_check(self.path, snapshot),
                                               replace=("check", "train_start", "train_step", "gradients"))
        self._checked_at = (time.time(), int(snapshot.iteration))
        self._network_changed = False
        self._set_status(lambda: self.tr("Checking your functions…"))
        self._update_buttons()
        return True

    def status_text(self) -> str:
        return self.status_label.text()

    # ------------------------------------------------------------------ answers
    def _on_finished(self, kind: str, token: int, result: Any) -> None:
        if kind != "check" or token != self._check_token:
            return
        self._check_token = None
        self.report = result
        self.check_tab.set_report(result)
        self.train_tab.set_file_ready(True)
        self.gradient_tab.set_file_ready(True)
        self._set_status(self._summary)
        self._update_buttons()
        self.checked.emit(result)

    def _on_failed(self, kind: str, token: int, message: str) -> None:
        if kind != "check" or token != self._check_token:
            return
        self._check_token = None
        self.report = None
        self.check_tab.set_report(None)
        self.train_tab.set_file_ready(False)
        self.gradient_tab.set_file_ready(False)
        self._set_status(lambda: self.tr("Your file could not be read: %1").replace("%1", reformat(message)),
                         problem=True)
        self._update_buttons()
        self.check_failed.emit(message)

    def _summary(self) -> str:
        report = self.report
        if report is None:
            return ""
        counts = {status: sum(1 for check in report.functions if check.status is status) for status in Status}
        when, iteration = self._checked_at or (time.time(), 0)
        text = self.tr("Checked at %1 on the course's test cases and the main window's network (iteration %2): "
                       "%3 pass, %4 fail, %5 errors, %6 not written yet.") \
            .replace("%1", time.strftime("%H:%M:%S", time.localtime(when))).replace("%2", str(iteration)) \
            .replace("%3", str(counts[Status.PASS])).replace("%4", str(counts[Status.FAIL])) \
            .replace("%5", str(counts[Status.ERROR])).replace("%6", str(counts[Status.NOT_WRITTEN]))
        if report.problems:
            text += " " + self.tr("The file has problems: see above the table.")
        if self._network_changed:
            text += " " + self.tr("The main window's network changed since: Recheck to check against it.")
        return text

    def _on_file_saved(self, _path: str) -> None:
        self.recheck()
        self.main_training.file_saved()
        self._set_status(lambda: self.tr("Your file was saved: checking it again…"))

    def _on_structure_changed(self, _snapshot: Snapshot) -> None:
        if self.report is not None and not self.busy:
            self._network_changed = True
            self._set_status(self._summary)

    # ------------------------------------------------------------------ showing
    def _set_status(self, text: Callable[[], str], problem: bool = False) -> None:
        self._status, self._status_is_problem = text, problem
        self.status_label.setText(text())
        self.status_label.setStyleSheet(PROBLEM_STYLE if problem else "")

    def _update_buttons(self) -> None:
        self.recheck_button.setEnabled(self.path is not None and not self.busy)
        self.busy_bar.setVisible(self.busy)

    def _update_title(self) -> None:
        title = self.tr("Your code")
        self.setWindowTitle(f"{title} — {Path(self.path).name}" if self.path else title)

    def _ask_open_path(self) -> str | None:
        start = str(Path(self.path).parent) if self.path else ""
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open your functions"), start, student_file_filter())
        return path or None

    def _retranslate(self) -> None:
        self._update_title()
        self.open_button.setText(self.tr("&Open…"))
        self.open_button.setToolTip(self.tr("Open the .py or .ipynb with your functions (it is only read, "
                                             "never changed)"))
        self.recheck_button.setText(self.tr("&Recheck"))
        self.recheck_button.setToolTip(self.tr("Read the file again and check every function"))
        self.main_training.retranslate()
        if self.path is None:
            self.path_label.setText(self.tr("No file open: File → New exercise file… writes one to fill in."))
            self._set_status(lambda: self.tr("Open a .py or .ipynb that defines some of the course's functions."))
        else:
            self.status_label.setText(self._status())
        self.tabs.setTabText(0, self.tr("Checks"))
        self.tabs.setTabText(1, self.tr("Train with my functions"))
        self.tabs.setTabText(2, self.tr("Gradient check"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "tabs"):
            self._retranslate()
        super().changeEvent(event)

    # ------------------------------------------------------------------ life cycle
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.path is not None and self.worker.sandbox is None and not self.busy:
            self.watch.resume()
            self.recheck()  # closed before: a new process for the file as it is now

    def closeEvent(self, event: QCloseEvent) -> None:
        self.train_tab.pause()
        self.watch.pause()
        self._check_token = None
        self.worker.shutdown()
        self.train_tab.file_changed(closed=True)
        self.train_tab.set_file_ready(False)
        self.gradient_tab.set_file_ready(False)
        self._update_buttons()
        super().closeEvent(event)
