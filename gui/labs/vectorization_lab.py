"""VectorizationLab: the course's demo — a Python for-loop against NumPy, same numbers, very different times.

1. c = a · b for two random vectors of n numbers, with ``for i in range(n)`` and with ``np.dot``.
2. One gradient of logistic regression over the current training set, with the week-2 loops
   over the examples i and the features j, and vectorised (Z = wᵀX + b, dw = (1/m) X dZᵀ).

Both run in a worker thread (core.teaching.vectorization does the work and the timing), so the
window stays live while a loop over 10 million numbers takes its seconds. The gradient's X, Y
(and w, b) come from the session's latest snapshot; its numbers are cleared when the data or the
network change, or when the weights they used are replaced (a reset, a typed weight).
"""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QAbstractItemView, QGroupBox, QHBoxLayout, QHeaderView, QLabel, QProgressBar, QPushButton, QSpinBox,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from ...core.session import Snapshot
from ...core.teaching.vectorization import DotTiming, GradientTiming, time_dot, time_logistic_gradient
from ...core.training.hyperparameters import Hyperparameters
from ..model.session import TrainingSession
from .background import BackgroundRunner

N_RANGE = (1_000, 10_000_000)
DEFAULT_N = 1_000_000  # the course's vectors


def format_seconds(seconds: float) -> str:
    """2.41 s, 412 ms, 1.32 ms, 18.5 µs: three significant digits in a readable unit."""
    if seconds >= 1.0:
        return f"{seconds:.3g} s"
    if seconds >= 1e-3:
        return f"{seconds * 1e3:.3g} ms"
    return f"{seconds * 1e6:.3g} µs"


def format_ratio(ratio: float) -> str:
    """312×, 4.2×."""
    return f"{ratio:.0f}×" if ratio >= 10 else f"{ratio:.2g}×"


def is_logistic_regression(hp: Hyperparameters) -> bool:
    """True when the network is logistic regression itself (two classes, no hidden layer): w = W1ᵀ, b = b1."""
    return hp.problem == "binary" and hp.n_hidden_layers == 0


def weights_replaced(before: Snapshot, now: Snapshot) -> bool:
    """True when W1, b1 went from ``before`` to the next snapshot ``now`` other than by training:
    a reset or a typed weight."""
    if now.iteration > before.iteration:
        return False  # trained on: the numbers shown are those of an earlier iteration
    return any(not np.array_equal(before.parameters[key], now.parameters[key]) for key in ("W1", "b1"))


class VectorizationLab(QWidget):
    """The two timing experiments; results arrive by ``dot_finished`` / ``gradient_finished``."""

    dot_finished = Signal(object)  # core.teaching.vectorization.DotTiming
    gradient_finished = Signal(object)  # core.teaching.vectorization.GradientTiming
    stopped = Signal()  # the Stop button ended a run early

    def __init__(self, session: TrainingSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window)
        self._session = session
        self._shown_structure = -1  # the snapshot structure the source line describes
        self._previous: Snapshot | None = None  # the snapshot before the latest
        self._computed: Snapshot | None = None  # the snapshot the gradient in the table was computed from
        self._gradient: GradientTiming | None = None  # the result in the table
        self._runner = BackgroundRunner(self)
        self._runner.finished.connect(self._on_finished)
        self._runner.failed.connect(self._on_failed)
        self._runner.cancelled.connect(self._on_cancelled)
        self._runner.busy_changed.connect(self._on_busy_changed)

        # --- 1. the dot product
        self._dot_box = QGroupBox(self)
        self._dot_intro = QLabel(self._dot_box)
        self._dot_intro.setWordWrap(True)
        self._dot_intro.setTextFormat(Qt.TextFormat.RichText)
        self._n_label = QLabel(self._dot_box)
        self.n_spin = QSpinBox(self._dot_box)
        self.n_spin.setRange(*N_RANGE)
        self.n_spin.setValue(DEFAULT_N)
        self.n_spin.setGroupSeparatorShown(True)
        self.n_spin.setStepType(QSpinBox.StepType.AdaptiveDecimalStepType)
        self._n_label.setBuddy(self.n_spin)
        self.run_button = QPushButton(self._dot_box)
        self.run_button.clicked.connect(self.run_dot)
        self.dot_result = QLabel(self._dot_box)
        self.dot_result.setWordWrap(True)
        self.dot_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.dot_result.font()
        font.setPointSizeF(max(font.pointSizeF(), 9.0) * 1.25)
        self.dot_result.setFont(font)
        row = QHBoxLayout()
        row.addWidget(self._n_label)
        row.addWidget(self.n_spin)
        row.addWidget(self.run_button)
        row.addStretch(1)
        dot_layout = QVBoxLayout(self._dot_box)
        dot_layout.addWidget(self._dot_intro)
        dot_layout.addLayout(row)
        dot_layout.addWidget(self.dot_result)

        # --- 2. the gradient of logistic regression
        self._grad_box = QGroupBox(self)
        self._grad_intro = QLabel(self._grad_box)
        self._grad_intro.setWordWrap(True)
        self._grad_intro.setTextFormat(Qt.TextFormat.RichText)
        self.source_label = QLabel(self._grad_box)
        self.source_label.setWordWrap(True)
        self.gradient_button = QPushButton(self._grad_box)
        self.gradient_button.clicked.connect(self.run_gradient)
        self.table = QTableWidget(0, 2, self._grad_box)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.gradient_result = QLabel(self._grad_box)
        self.gradient_result.setWordWrap(True)
        self.gradient_result.setFont(font)
        grad_layout = QVBoxLayout(self._grad_box)
        grad_layout.addWidget(self._grad_intro)
        grad_layout.addWidget(self.source_label)
        button_row = QHBoxLayout()
        button_row.addWidget(self.gradient_button)
        button_row.addStretch(1)
        grad_layout.addLayout(button_row)
        grad_layout.addWidget(self.table)
        grad_layout.addWidget(self.gradient_result)

        # --- busy row, shared: one experiment at a time, so the timings do not disturb each other
        self.busy_bar = QProgressBar(self)
        self.busy_bar.setRange(0, 0)  # "busy", without a fraction
        self.busy_bar.setTextVisible(False)
        self.busy_label = QLabel(self)
        self.stop_button = QPushButton(self)
        self.stop_button.clicked.connect(self._runner.cancel)
        busy_row = QHBoxLayout()
        busy_row.addWidget(self.busy_label)
        busy_row.addWidget(self.busy_bar, 1)
        busy_row.addWidget(self.stop_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self._dot_box)
        layout.addWidget(self._grad_box)
        layout.addStretch(1)
        layout.addLayout(busy_row)
        self._on_busy_changed(False)
        self.resize(780, 640)

        session.state_changed.connect(self._on_state_changed)
        self._retranslate()
        self._on_state_changed(session.snapshot)

    # ------------------------------------------------------------------ public
    @property
    def busy(self) -> bool:
        return self._runner.busy

    def run_dot(self) -> bool:
        """Time the loop and np.dot on vectors of length n (the spin box) in the background."""
        n = self.n_spin.value()
        repeats = 3 if n <= 100_000 else 1  # short runs are noisy: take the best of three
        self.busy_label.setText(self.tr("Running the for-loop over %1 numbers…").replace("%1", f"{n:,}"))
        return self._runner.start(lambda stop: time_dot(n, repeats=repeats, seed=0, should_stop=stop))

    def run_gradient(self) -> bool:
        """Compute one gradient of logistic regression on the training set, loop and vectorised."""
        inputs = self.gradient_inputs()
        if inputs is None:
            return False
        X, Y, w, b = inputs
        self.busy_label.setText(self.tr("Looping over %1 examples…").replace("%1", f"{X.shape[1]:,}"))
        started = self._runner.start(lambda stop: time_logistic_gradient(X, Y, w, b, repeats=3))
        if started:
            self._computed = self._session.snapshot
        return started

    def gradient_inputs(self) -> tuple[np.ndarray, np.ndarray, np.ndarray, float] | None:
        """Copies of (X (n_x, m), Y (1, m), w (n_x, 1), b) for the demo; None unless two classes."""
        snapshot = self._session.snapshot
        if snapshot.hyperparameters.problem != "binary":
            return None
        X = np.array(snapshot.prepared.X_train, dtype=np.float64)
        Y = np.array(snapshot.prepared.Y_train, dtype=np.float64)
        if is_logistic_regression(snapshot.hyperparameters):
            W1, b1 = snapshot.parameters["W1"], snapshot.parameters["b1"]
            return X, Y, W1.T.copy(), float(b1[0, 0])
        return X, Y, np.zeros((X.shape[0], 1)), 0.0

    def uses_network_weights(self) -> bool:
        """True when the network is logistic regression itself (no hidden layer), so w = W1ᵀ, b = b1."""
        return is_logistic_regression(self._session.snapshot.hyperparameters)

    def table_values(self) -> list[tuple[str, str, str]]:
        """(row name, for-loop, vectorised) as shown."""
        rows = []
        for r in range(self.table.rowCount()):
            rows.append((self.table.verticalHeaderItem(r).text(), self.table.item(r, 0).text(),
                         self.table.item(r, 1).text()))
        return rows

    def closeEvent(self, event: QCloseEvent) -> None:
        # Stop a long loop and wait for the worker, so nothing reports to a closed window.
        self._runner.shutdown()
        super().closeEvent(event)

    # ------------------------------------------------------------------ results
    def _on_finished(self, result: object) -> None:
        if isinstance(result, DotTiming):
            self._show_dot(result)
            self.dot_finished.emit(result)
        elif isinstance(result, GradientTiming):
            if self._computed is not None:  # else the data or the weights changed while it ran
                self._gradient = result
                self._show_gradient(result)
            self.gradient_finished.emit(result)

    def _show_dot(self, result: DotTiming) -> None:
        loop_text, numpy_text = f"{result.loop_value:.2f}", f"{result.numpy_value:.2f}"
        times = self.tr("for-loop: %1    np.dot: %2").replace("%1", format_seconds(result.loop_seconds)) \
            .replace("%2", format_seconds(result.numpy_seconds))
        if math.isinf(result.ratio):
            speed = self.tr("np.dot was too fast to measure")
        elif result.ratio >= 1:
            speed = self.tr("np.dot was %1 faster").replace("%1", format_ratio(result.ratio))
        else:
            speed = self.tr("the for-loop was faster here: with so few numbers, calling NumPy costs more than it saves")
        if loop_text == numpy_text:
            values = self.tr("both gave %1").replace("%1", numpy_text)
        else:
            values = self.tr("the loop gave %1 and np.dot %2").replace("%1", loop_text).replace("%2", numpy_text)
        self.dot_result.setText(self.tr("%1\n%2; %3.").replace("%1", times).replace("%2", speed).replace("%3", values))

    def _show_gradient(self, result: GradientTiming) -> None:
        (dw_loop, db_loop, J_loop), (dw_vec, db_vec, J_vec) = result.loop, result.vectorized
        names = [f"dw{j + 1}" for j in range(dw_loop.shape[0])] + ["db", "J"]
        loop_values = [*dw_loop[:, 0], db_loop, J_loop]
        vec_values = [*dw_vec[:, 0], db_vec, J_vec]
        self.table.setRowCount(len(names))
        for r, (name, a, b) in enumerate(zip(names, loop_values, vec_values)):
            self.table.setVerticalHeaderItem(r, QTableWidgetItem(name))
            for c, value in enumerate((a, b)):
                item = QTableWidgetItem(f"{value:.10f}")
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, c, item)
        self._fit_table()
        self.gradient_result.setText(
            self.tr("Vectorised was %1 faster (for-loop %2, vectorised %3). The numbers agree to %4: "
                    "only the order of the additions differs.")
            .replace("%1", format_ratio(result.ratio) if math.isfinite(result.ratio) else "∞")
            .replace("%2", format_seconds(result.loop_seconds))
            .replace("%3", format_seconds(result.vectorized_seconds))
            .replace("%4", f"{max(result.largest_difference, 1e-16):.0e}"))

    def _fit_table(self) -> None:
        """As tall as its rows: a table of 3 to 9 numbers needs no scrolling and no empty space."""
        frame = 2 * self.table.frameWidth()
        self.table.setFixedHeight(self.table.horizontalHeader().height() + self.table.verticalHeader().length() + frame)

    def _on_failed(self, message: str) -> None:
        self.busy_label.setText(message)
        self._session.problem_reported.emit(message)

    def _on_cancelled(self) -> None:
        self.dot_result.setText(self.tr("Stopped."))
        self.stopped.emit()

    def _on_busy_changed(self, busy: bool) -> None:
        self.busy_bar.setVisible(busy)
        self.stop_button.setVisible(busy)
        self.busy_label.setVisible(busy)
        self.run_button.setEnabled(not busy)
        self.n_spin.setEnabled(not busy)
        self.gradient_button.setEnabled(not busy and self.gradient_inputs_available())

    def gradient_inputs_available(self) -> bool:
        return self._session.snapshot.hyperparameters.problem == "binary"

    def _on_state_changed(self, snapshot: Snapshot) -> None:
        previous, self._previous = self._previous, snapshot
        if snapshot.structure_version != self._shown_structure:  # new data or a new network
            self._shown_structure = snapshot.structure_version
            self._write_source(snapshot)
            self._clear_gradient()
        elif self._computed is not None and is_logistic_regression(snapshot.hyperparameters) \
                and previous is not None and weights_replaced(previous, snapshot):
            self._clear_gradient()

    def _write_source(self, snapshot: Snapshot) -> None:
        """Say where X, Y, w and b come from."""
        hp = snapshot.hyperparameters
        n_x, m = snapshot.prepared.X_train.shape
        if hp.problem != "binary":
            text = self.tr("This demo needs a two-class dataset (labels y = 0 or 1); the current one is not. "
                           "Pick a two-class dataset to run it.")
        elif self.uses_network_weights():
            text = self.tr("X: the training set, n_x = %1 features × m = %2 examples. w, b: the network's "
                           "current W1ᵀ and b1 — with no hidden layer, the network is logistic regression.")
        else:
            text = self.tr("X: the training set, n_x = %1 features × m = %2 examples. w = 0, b = 0: the "
                           "network has hidden layers, so it is not logistic regression; this is the first "
                           "gradient of logistic regression started from zero.")
        self.source_label.setText(text.replace("%1", str(n_x)).replace("%2", f"{m:,}"))

    def _clear_gradient(self) -> None:
        """Old numbers belonged to other data or weights."""
        self._computed, self._gradient = None, None
        self.table.setRowCount(0)
        self._fit_table()
        self.gradient_result.clear()
        self._on_busy_changed(self._runner.busy)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Vectorization"))
        self._dot_box.setTitle(self.tr("1. A for-loop versus np.dot"))
        self._dot_intro.setText(self.tr(
            "c = a · b for two vectors of n random numbers, computed twice: with a Python for-loop "
            "<code>for i in range(n): c += a[i] * b[i]</code> and with <code>c = np.dot(a, b)</code>."))
        self._n_label.setText(self.tr("&n ="))
        self.n_spin.setToolTip(self.tr("n: how many numbers each vector holds (the course uses 1,000,000)."))
        self.run_button.setText(self.tr("&Run"))
        self.run_button.setToolTip(self.tr("Time both ways (the loop over 10 million numbers takes a few seconds)."))
        self._grad_box.setTitle(self.tr("2. One gradient of logistic regression"))
        self._grad_intro.setText(self.tr(
            "dw, db and the cost J over all m examples, computed twice:<br>"
            "• with for-loops over the examples i and the features j: z = b + Σ<sub>j</sub> w<sub>j</sub> "
            "x<sub>j</sub><sup>(i)</sup>, dz = a − y, dw<sub>j</sub> += x<sub>j</sub><sup>(i)</sup> dz, db += dz;<br>"
            "• vectorised: <code>Z = np.dot(w.T, X) + b</code>, <code>dZ = A − Y</code>, "
            "<code>dw = np.dot(X, dZ.T) / m</code>, <code>db = np.sum(dZ) / m</code>."))
        self.gradient_button.setText(self.tr("&Compute the gradient both ways"))
        self.gradient_button.setToolTip(self.tr("One gradient of logistic regression on the current training set."))
        self.table.setHorizontalHeaderLabels([self.tr("for-loops over i and j"), self.tr("vectorised (np.dot)")])
        self.stop_button.setText(self.tr("&Stop"))
        self.stop_button.setToolTip(self.tr("Stop the running loop."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "table"):
            self._retranslate()
            self._write_source(self._session.snapshot)
            if self._gradient is not None:
                self._show_gradient(self._gradient)
        super().changeEvent(event)


if __name__ == "__main__":
    import sys

    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv)
    preview_session = TrainingSession()
    lab = VectorizationLab(preview_session)
    if len(sys.argv) > 1:
        lab.n_spin.setValue(int(sys.argv[1]))
    lab.dot_finished.connect(lambda _r: lab.run_gradient())
    lab.run_dot()
    lab.show()
    sys.exit(app.exec())
