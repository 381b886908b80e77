"""The "Gradient check" tab: the student's backward function against numerical gradients, layer by layer.

``core.student.training.check_student_gradients`` runs core's forward pass and cost, the
student's L_model_backward (ReLU network) or backward_propagation (tanh network), and the
course's two-sided numerical gradient check on the main window's current parameters (its
latest snapshot; the first ``MAX_GRADIENT_EXAMPLES`` training examples). Each parameter
block gets its relative difference and PASS / FAIL, and the sentence names the layers
whose backward step is wrong. A backward function that is not written or fails shows its
verdict instead.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QBrush, QFont
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from ...core.nn.gradient_check import DEFAULT_THRESHOLD
from ...core.nn.gradient_verdict import has_kink
from ...core.student.training import StudentGradientCheck
from ..model.session import TrainingSession
from ...core.student.verdicts import Status
from .check_model import STATUS_COLORS
from .texts import render_verdict
from .worker import MAX_GRADIENT_EXAMPLES, StudentWorker, gradient_check



class GradientTab(QWidget):
    """A "Check my gradients" button, one row per parameter block, and the verdict."""

    check_finished = Signal(object)  # StudentGradientCheck

    def __init__(self, worker: StudentWorker, session: TrainingSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._worker = worker
        self._session = session
        self._file_ready = False
        self._token: int | None = None
        self._result: StudentGradientCheck | None = None
        self._activations: list[str] = []
        self._iteration = 0
        self._failure = ""
        worker.finished.connect(self._on_finished)
        worker.failed.connect(self._on_failed)

        self.intro_label = QLabel(self)
        self.intro_label.setWordWrap(True)
        self.run_button = QPushButton(self)
        self.run_button.setObjectName("gradient_run")
        self.run_button.clicked.connect(self.run)
        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("gradient_table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.verdict_label = QLabel(self)
        self.verdict_label.setObjectName("gradient_verdict")
        self.verdict_label.setWordWrap(True)
        bold = QFont(self.verdict_label.font())
        bold.setBold(True)
        self.verdict_label.setFont(bold)
        self.verdict_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.note_label = QLabel(self)
        self.note_label.setWordWrap(True)

        buttons = QHBoxLayout()
        buttons.addWidget(self.run_button)
        buttons.addWidget(self.status_label, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.intro_label)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.verdict_label)
        layout.addWidget(self.note_label)
        self._retranslate()
        self._update_button()

    # ------------------------------------------------------------------ public
    @property
    def busy(self) -> bool:
        return self._token is not None

    @property
    def result(self) -> StudentGradientCheck | None:
        return self._result

    def set_file_ready(self, ready: bool) -> None:
        self._file_ready = ready
        if not ready:
            self._token = None
        self._update_button()

    def file_changed(self) -> None:
        """A new version of the file: the last result was about the old one."""
        self._token, self._result, self._failure = None, None, ""
        self.status_label.clear()
        self.table.setRowCount(0)
        self.verdict_label.clear()
        self.note_label.clear()
        self._update_button()

    def run(self) -> bool:
        """Check the student's backward function on the main window's current parameters (in the worker)."""
        if not self._file_ready or self.busy:
            return False
        snapshot = self._session.snapshot
        self._activations = list(snapshot.activations)
        self._iteration = int(snapshot.iteration)
        self._failure = ""
        self._token = self._worker.submit("gradients", gradient_check(snapshot))
        self.verdict_label.setText(self.tr("Checking…"))
        self.status_label.setText(self.tr("Parameters of iteration %1 of the main window.").replace(
            "%1", str(self._iteration)))
        self.note_label.clear()
        self._update_button()
        return True

    def rows(self) -> list[tuple[str, ...]]:
        return [tuple(self.table.item(r, c).text() for c in range(self.table.columnCount()))
                for r in range(self.table.rowCount())]

    def verdict_text(self) -> str:
        return self.verdict_label.text()

    # ------------------------------------------------------------------ answers
    def _on_finished(self, kind: str, token: int, result: Any) -> None:
        if kind != "gradients" or token != self._token:
            return
        self._token, self._result = None, result
        self._show()
        self._update_button()
        self.check_finished.emit(result)

    def _on_failed(self, kind: str, token: int, message: str) -> None:
        if kind != "gradients" or token != self._token:
            return
        self._token, self._result, self._failure = None, None, message
        self._show()
        self._update_button()

    def _show(self) -> None:
        result = self._result
        self.table.setRowCount(0)
        self.note_label.clear()
        if self._failure:
            self.verdict_label.setText(self.tr("The check could not run: %1").replace("%1", self._failure))
            return
        if result is None:
            self.verdict_label.clear()
            return
        if result.verdict is None:
            problem = result.problem
            self.verdict_label.setText(self.tr("Your %1 could not be checked: %2").replace("%1", problem.name)
                                       .replace("%2", render_verdict(problem.verdict)))
            return
        verdict = result.verdict
        self.table.setRowCount(len(verdict.blocks))
        for r, block in enumerate(verdict.blocks):
            passed = block.passed
            result_text = self.tr("PASS") if block.within_threshold else (
                self.tr("PASS (rounding limit)") if passed else self.tr("FAIL"))
            cells = (block.key, block.key[1:],
                     f"{block.relative_difference:.2e}", result_text)
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(r, c, item)
            cell = self.table.item(r, 3)
            background, foreground = STATUS_COLORS[Status.PASS if passed else Status.FAIL]
            cell.setBackground(QBrush(background))
            cell.setForeground(QBrush(foreground))
            font = cell.font()
            font.setBold(True)
            cell.setFont(font)
        difference, threshold = f"{verdict.difference:.1e}", f"{verdict.threshold:g}"
        if verdict.passed:
            self.verdict_label.setText(self.tr("Your backward function agrees with the numerical gradients "
                                               "(difference %1, threshold %2).")
                                       .replace("%1", difference).replace("%2", threshold))
        else:
            failed = verdict.failed_blocks()
            layers = sorted({int(key[1:]) for key in failed if key[1:].isdigit()})
            self.verdict_label.setText(self.tr("Your backward function disagrees with the numerical gradients in "
                                               "%1: look at the backward step of layer %2.")
                                       .replace("%1", ", ".join(failed))
                                       .replace("%2", ", ".join(str(l) for l in layers)))
        if has_kink(self._activations):
            self.note_label.setText(self.tr(
                "ReLU has a kink at z = 0: where a z lies within ε of 0 a right backward function can FAIL a "
                "block. Train a few iterations in the main window and check again before suspecting a bug."))

    # ------------------------------------------------------------------ buttons and language
    def _update_button(self) -> None:
        self.run_button.setEnabled(self._file_ready and not self.busy)

    def _retranslate(self) -> None:
        self.intro_label.setText(self.tr(
            "Your backward function (L_model_backward, or backward_propagation for a tanh network) on the main "
            "window's current parameters, compared with numerical gradients (J(θ + ε) − J(θ − ε)) / 2ε on the "
            "first %1 training examples. Relative difference below %2: right.")
            .replace("%1", str(MAX_GRADIENT_EXAMPLES)).replace("%2", f"{DEFAULT_THRESHOLD:g}"))
        self.run_button.setText(self.tr("Check my gradients"))
        self.table.setHorizontalHeaderLabels([self.tr("Parameter"), self.tr("Layer"), self.tr("Relative difference"),
                                              self.tr("Result")])
        if self.busy or self._result is not None or self._failure:
            self.status_label.setText(self.tr("Parameters of iteration %1 of the main window.").replace(
                "%1", str(self._iteration)))
        if self.busy:
            self.verdict_label.setText(self.tr("Checking…"))
        else:
            self._show()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "note_label"):
            self._retranslate()
        super().changeEvent(event)
