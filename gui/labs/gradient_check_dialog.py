"""GradientCheckDialog: does backprop agree with numerical gradients for the current network?

The course's gradient check (core.nn.gradient_check, judged per block by core.nn.gradient_verdict):
every parameter θ_i is nudged by ±ε, gradapprox_i = (J(θ + ε) − J(θ − ε)) / 2ε, and
backprop's dW1, db1, ... are compared with it by the relative difference
‖grad − gradapprox‖ / (‖grad‖ + ‖gradapprox‖). The check runs in a worker thread (it
evaluates J twice per parameter) on at most MAX_EXAMPLES training examples, with the
parameters, data and network of the session's latest snapshot; once they change, the
window says its result is out of date.

``self.compute_grads`` is the gradient under test: core's backprop by default; a test
(or a teacher showing what a bug looks like) may replace it.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QBrush, QCloseEvent, QColor, QFont, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QHBoxLayout, QHeaderView, QLabel, QProgressBar, QPushButton, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget,
)

from ...core.nn.gradient_check import DEFAULT_THRESHOLD
from ...core.nn.gradient_verdict import DEFAULT_EPSILON, NetworkVerdict, backprop_grads, check_gradients, has_kink
from ...core.session import Snapshot
from ..model.session import TrainingSession
from .background import BackgroundRunner

Array = np.ndarray
GradsFunction = Callable[..., dict[str, Array]]

MAX_EXAMPLES = 200
FAIL_BACKGROUND, FAIL_TEXT = QColor(255, 200, 170), QColor(150, 30, 0)
PASS_TEXT = QColor(20, 110, 60)
COLUMNS = ("parameter", "shape", "norm", "difference", "result")


class GradientCheckDialog(QDialog):
    """A non-modal window: one row per parameter block with its relative difference and PASS / FAIL."""

    check_finished = Signal(object)  # core.nn.gradient_verdict.NetworkVerdict
    check_failed = Signal(str)  # the check raised (a broken compute_grads): the message

    def __init__(self, session: TrainingSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModal(False)
        self._session = session
        #: (parameters, X, Y, activations, alpha, lambd) → grads {"dW1", "db1", ...}: what is checked.
        self.compute_grads: GradsFunction = backprop_grads
        self.verdict: NetworkVerdict | None = None
        self._activations: list[str] = []
        self._checked: Snapshot | None = None  # the snapshot whose parameters were checked last
        self._stale = True
        self._data_text_now: Callable[[], str] = str  # the data line, rebuilt in a new language
        self._runner = BackgroundRunner(self)
        self._runner.finished.connect(self._on_finished)
        self._runner.failed.connect(self._on_failed)
        self._runner.busy_changed.connect(self._on_busy_changed)

        self.intro_label = QLabel(self)
        self.intro_label.setWordWrap(True)
        self.data_label = QLabel(self)
        self.data_label.setWordWrap(True)
        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        # "PASS (rounding limit)" on one line: the verdict column takes the room it needs.
        header.setSectionResizeMode(len(COLUMNS) - 1, QHeaderView.ResizeMode.ResizeToContents)
        self.verdict_label = QLabel(self)
        self.verdict_label.setWordWrap(True)
        bold = QFont(self.verdict_label.font())
        bold.setBold(True)
        bold.setPointSizeF(max(bold.pointSizeF(), 9.0) * 1.1)
        self.verdict_label.setFont(bold)
        self.note_label = QLabel(self)
        self.note_label.setWordWrap(True)
        self.busy_bar = QProgressBar(self)
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setTextVisible(False)
        self.run_button = QPushButton(self)
        self.run_button.clicked.connect(self.run)
        self.close_button = QPushButton(self)
        self.close_button.clicked.connect(self.close)

        buttons = QHBoxLayout()
        buttons.addWidget(self.busy_bar, 1)
        buttons.addStretch(0)
        buttons.addWidget(self.run_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro_label)
        layout.addWidget(self.data_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.verdict_label)
        layout.addWidget(self.note_label)
        layout.addLayout(buttons)
        self.resize(720, 480)

        session.state_changed.connect(self._on_state_changed)
        self._on_busy_changed(False)
        self._retranslate()

    # ------------------------------------------------------------------ public
    @property
    def busy(self) -> bool:
        return self._runner.busy

    def run(self) -> bool:
        """Check the current parameters on (up to MAX_EXAMPLES of) the training set, in the background.

        False (nothing started) while a check is running."""
        if self.busy:
            return False
        snapshot = self._session.snapshot
        parameters = {key: np.array(value) for key, value in snapshot.parameters.items()}  # the worker's own
        X = np.array(snapshot.prepared.X_train[:, :MAX_EXAMPLES], dtype=np.float64)
        Y = np.array(snapshot.prepared.Y_train[:, :MAX_EXAMPLES], dtype=np.float64)
        activations = list(snapshot.activations)
        alpha, lambd = snapshot.hyperparameters.leaky_alpha, snapshot.hyperparameters.lambd
        compute_grads = self.compute_grads
        self._checked, self._stale = snapshot, False
        counts = (X.shape[1], snapshot.m, sum(p.size for p in parameters.values()), snapshot.iteration)
        self._show_data_text(lambda: self._data_text(*counts))

        def job(_stop: Callable[[], bool]) -> NetworkVerdict:
            grads = compute_grads(parameters, X, Y, activations, alpha, lambd)
            return check_gradients(parameters, X, Y, activations, alpha, lambd, grads=grads,
                                   epsilon=DEFAULT_EPSILON, threshold=DEFAULT_THRESHOLD)

        self._activations = activations
        return self._runner.start(job)

    def rows(self) -> list[tuple[str, ...]]:
        """The table as the user reads it: one tuple of cell texts per row."""
        return [tuple(self.table.item(r, c).text() for c in range(self.table.columnCount()))
                for r in range(self.table.rowCount())]

    def result_cell(self, key: str) -> QTableWidgetItem | None:
        """The PASS / FAIL cell of parameter ``key`` ("W1")."""
        for r in range(self.table.rowCount()):
            if self.table.item(r, 0).text() == key:
                return self.table.item(r, len(COLUMNS) - 1)
        return None

    def verdict_text(self) -> str:
        return self.verdict_label.text()

    def note_text(self) -> str:
        return self.note_label.text()

    def closeEvent(self, event: QCloseEvent) -> None:
        self._runner.shutdown()
        super().closeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale and not self.busy:
            self.run()  # opening the window is asking for the check

    # ------------------------------------------------------------------ results
    def _on_finished(self, verdict: NetworkVerdict) -> None:
        self.verdict = verdict
        self._show_verdict(verdict)
        self.check_finished.emit(verdict)

    def _show_verdict(self, verdict: NetworkVerdict) -> None:
        self.table.setRowCount(len(verdict.blocks))
        for r, block in enumerate(verdict.blocks):
            shape = " × ".join(str(n) for n in block.shape)
            if block.within_threshold:
                result = self.tr("PASS")
            elif block.passed:
                result = self.tr("PASS (rounding limit)")
            else:
                result = self.tr("FAIL")
            cells = (block.key, shape, f"{block.grad_norm:.2e}", f"{block.relative_difference:.2e}", result)
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(r, c, item)
            self._style_result(self.table.item(r, len(COLUMNS) - 1), block)
        self.verdict_label.setText(self._verdict_sentence(verdict))
        self.note_label.setText(self._notes(verdict))

    def _style_result(self, item: QTableWidgetItem, block) -> None:
        font = item.font()
        font.setBold(True)
        item.setFont(font)
        if block.passed:
            item.setForeground(QBrush(PASS_TEXT))
            if not block.within_threshold:
                item.setToolTip(self.tr(
                    "The relative difference is above %1, but this gradient is tiny (‖grad‖ = %2): the "
                    "difference %3 is no larger than the rounding error of the numerical estimate itself (%4).")
                    .replace("%1", f"{block.threshold:g}").replace("%2", f"{block.grad_norm:.1e}")
                    .replace("%3", f"{block.absolute_difference:.1e}").replace("%4", f"{block.rounding_limit:.1e}"))
        else:
            item.setBackground(QBrush(FAIL_BACKGROUND))
            item.setForeground(QBrush(FAIL_TEXT))
            item.setToolTip(self.tr("Backprop's d%1 and the numerical gradient disagree: a bug in this layer's "
                                    "backward step is likely.").replace("%1", block.key))

    def _verdict_sentence(self, verdict: NetworkVerdict) -> str:
        difference, threshold = f"{verdict.difference:.1e}", f"{verdict.threshold:g}"
        if not verdict.passed:
            failed = verdict.failed_blocks()
            layers = sorted({int(key[1:]) for key in failed})
            return self.tr("Backprop disagrees with numerical gradients: difference %1 ≥ %2, worst in %3. "
                           "Look for a bug in the backward step of layer %4.") \
                .replace("%1", difference).replace("%2", threshold).replace("%3", ", ".join(failed)) \
                .replace("%4", ", ".join(str(l) for l in layers))
        if verdict.difference < verdict.threshold:
            return self.tr("Backprop agrees with numerical gradients: difference %1 < %2.") \
                .replace("%1", difference).replace("%2", threshold)
        return self.tr("Backprop agrees with numerical gradients: the difference %1 is at the rounding limit of "
                       "the numerical estimate (see the rows marked \"rounding limit\").").replace("%1", difference)

    def _notes(self, verdict: NetworkVerdict) -> str:
        notes = []
        if verdict.at_rounding_limit:
            notes.append(self.tr(
                "\"Rounding limit\": with ε = %1 each numerical derivative is only accurate to about %2, "
                "because J(θ + ε) and J(θ − ε) are rounded before they are subtracted. A gradient that small "
                "cannot be checked more closely; its absolute difference is within that error.")
                .replace("%1", f"{verdict.epsilon:g}")
                .replace("%2", f"{verdict.rounding_per_entry:.0e}"))
        if has_kink(self._activations):
            notes.append(self.tr(
                "This network uses ReLU (or leaky ReLU), which has a kink at z = 0. Where some z lies within "
                "ε of 0, J(θ + ε) and J(θ − ε) fall on different sides of the kink, and a correct backprop can "
                "FAIL the check. Check again after a few iterations before suspecting a bug."))
        return "\n\n".join(notes)

    def _on_failed(self, message: str) -> None:
        self.verdict_label.setText(self.tr("The check could not run: %1").replace("%1", message))
        self._session.problem_reported.emit(message)
        self.check_failed.emit(message)

    def _on_busy_changed(self, busy: bool) -> None:
        self.busy_bar.setVisible(busy)
        self.run_button.setEnabled(not busy)
        if busy:
            self.verdict_label.setText(self.tr("Checking…"))
            self.note_label.clear()

    def _on_state_changed(self, snapshot: Snapshot) -> None:
        if self._stale or not self._changed_since_check(snapshot):
            return
        self._stale = True
        if self.verdict is not None and not self.busy:
            self._show_data_text(lambda: self.tr("The parameters changed since this check: press Check again."))

    def _changed_since_check(self, snapshot: Snapshot) -> bool:
        """True when ``snapshot`` would give another result: other data, network, λ or parameters."""
        checked = self._checked
        if checked is None:
            return True
        if (snapshot.structure_version, snapshot.hyperparameters, snapshot.iteration) != \
                (checked.structure_version, checked.hyperparameters, checked.iteration):
            return True
        return any(not np.array_equal(snapshot.parameters[key], value) for key, value in checked.parameters.items())

    def _show_data_text(self, text: Callable[[], str]) -> None:
        """Show the line above the table; ``text`` builds it, so a language change can build it again."""
        self._data_text_now = text
        self.data_label.setText(text())

    def _data_text(self, used: int, total: int, count: int, iteration: int) -> str:
        return self.tr("Parameters of iteration %1 (%2 numbers, so %3 evaluations of J) on the first %4 of the %5 "
                       "training examples.").replace("%1", f"{iteration:,}").replace("%2", f"{count:,}") \
            .replace("%3", f"{2 * count:,}").replace("%4", f"{used:,}").replace("%5", f"{total:,}")

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Gradient check"))
        self.intro_label.setText(self.tr(
            "Backprop's gradients dW1, db1, … compared with numerical ones: each parameter θᵢ is nudged by ±ε "
            "(ε = %1) and gradapproxᵢ = (J(θ + ε) − J(θ − ε)) / 2ε. Relative difference = "
            "‖grad − gradapprox‖ / (‖grad‖ + ‖gradapprox‖); below %2 backprop is right.")
            .replace("%1", f"{DEFAULT_EPSILON:g}").replace("%2", f"{DEFAULT_THRESHOLD:g}"))
        self.table.setHorizontalHeaderLabels([
            self.tr("Parameter"), self.tr("Shape"), self.tr("‖backprop gradient‖"), self.tr("Relative difference"),
            self.tr("Result")])
        self.run_button.setText(self.tr("&Check again"))
        self.run_button.setToolTip(self.tr("Run the check on the current parameters."))
        self.close_button.setText(self.tr("Close"))
        self.data_label.setText(self._data_text_now())
        if self.busy:
            self.verdict_label.setText(self.tr("Checking…"))
        elif self.verdict is not None:
            self._show_verdict(self.verdict)  # PASS / FAIL, the verdict and the notes in the new language

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "table"):
            self._retranslate()
        super().changeEvent(event)


if __name__ == "__main__":
    import sys

    from PySide6.QtWidgets import QApplication

    from ...core.training.hyperparameters import Hyperparameters

    app = QApplication(sys.argv)
    kind = sys.argv[1] if len(sys.argv) > 1 else "default"
    hp = Hyperparameters(hidden_units=(4, 3), hidden_activations=("relu", "tanh")) if kind == "relu" else None
    preview_session = TrainingSession(hyperparameters=hp)
    dialog = GradientCheckDialog(preview_session)
    if kind == "broken":
        def broken(*args):
            grads = backprop_grads(*args)
            grads["dW1"] = grads["dW1"] * 1.1
            return grads
        dialog.compute_grads = broken
    dialog.show()
    sys.exit(app.exec())
