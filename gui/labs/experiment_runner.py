"""ExperimentRunner: sweep one hyperparameter over a list of values, in the background.

Every run starts from the data and network of the session's latest snapshot with the same
seeds; only the chosen hyperparameter changes (``core.teaching.experiments``). The sweep
runs in a worker thread (``BackgroundRunner``), so the window and the main
window stay live; progress arrives by queued signals, Cancel stops between
chunks of iterations, and finished runs are kept (the unfinished one marked).
The cost curves are overlaid in one plot; the table lists final costs,
accuracies and times, and exports to CSV.
"""

from __future__ import annotations

import time
from typing import Any, Callable

import numpy as np
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox, QFileDialog, QHBoxLayout, QLabel, QLineEdit, QProgressBar, QPushButton, QSpinBox,
    QVBoxLayout, QWidget,
)

from ...core.errors import BackpropStudioError
from ...core.teaching.experiments import (
    DEFAULT_VALUES, MAX_ITERATIONS, PARAMETERS, RunResult, SweepResult, SweepState, hyperparameters_for,
    parse_values, run_sweep, write_csv,
)
from ...core.session import Snapshot
from ..model.session import TrainingSession
from ..widgets.forms import wrapping_form
from ..widgets.problem_label import ProblemLabel
from .background import BackgroundRunner
from .boundary_thumbnails import save_thumbnails
from .sweep_results import SweepResultsView
from ..support.messages import format_message

PROGRESS_INTERVAL_S = 0.04  # the worker reports at most ~25 times a second


def default_save_path(parent: QWidget) -> str | None:
    caption = QCoreApplication.translate("ExperimentRunner", "Export the results table")
    path, _ = QFileDialog.getSaveFileName(parent, caption, "sweep.csv",
                                          QCoreApplication.translate("ExperimentRunner", "CSV files (*.csv)"))
    return path or None


class _Relay(QObject):
    """Carries reports from the worker thread to the window (queued: slots run on the UI thread)."""

    progressed = Signal(int, int, int, int)
    run_finished = Signal(object)


class ExperimentRunner(QWidget):
    """A tool window: hyperparameter, values, iterations; Run/Cancel; curves, table, CSV export."""

    sweep_started = Signal()
    sweep_finished = Signal(object)  # core.teaching.experiments.SweepResult (complete=False when cancelled)

    def __init__(self, session: TrainingSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window)  # its own window, above the main one
        self._session = session
        self._runs: list[RunResult] = []
        self._sweep: SweepResult | None = None
        self._parameter = PARAMETERS[0]
        self._n_runs = 0
        self._described: tuple | None = None  # (hyperparameters, m) the base line describes
        self.ask_save_path: Callable[[QWidget], str | None] = default_save_path  # tests replace this seam
        self._worker = BackgroundRunner(self)
        self._worker.finished.connect(self._on_sweep_finished)
        self._worker.failed.connect(self._on_sweep_failed)
        self._relay = _Relay(self)
        self._relay.progressed.connect(self._on_progressed)
        self._relay.run_finished.connect(self._on_run_finished)
        self._progress_text: Callable[[], str] = str  # the progress line, rebuilt in a new language
        self._build()
        self._retranslate()
        self._on_parameter_changed()
        self._set_running(False)
        self.resize(880, 720)
        session.state_changed.connect(self._follow)

    # ------------------------------------------------------------------ building
    def _build(self) -> None:
        form = wrapping_form()
        self.parameter_combo = QComboBox(self)
        for parameter in PARAMETERS:
            self.parameter_combo.addItem(parameter, parameter)  # texts: _retranslate
        self.parameter_combo.currentIndexChanged.connect(self._on_parameter_changed)
        self.values_edit = QLineEdit(self)
        self.values_edit.returnPressed.connect(self.run)
        self.iterations_spin = QSpinBox(self)
        self.iterations_spin.setRange(1, MAX_ITERATIONS)
        self.iterations_spin.setSingleStep(500)
        self.iterations_spin.setValue(2000)
        self.iterations_spin.setGroupSeparatorShown(True)
        self.form_labels = [QLabel(self) for _ in range(3)]  # kept, so a new language can re-text them
        for label, field in zip(self.form_labels, (self.parameter_combo, self.values_edit, self.iterations_spin)):
            label.setBuddy(field)
            form.addRow(label, field)
        self.base_label = QLabel(self)
        self.base_label.setWordWrap(True)

        self.run_button = QPushButton(self)
        self.run_button.clicked.connect(self.run)
        self.cancel_button = QPushButton(self)
        self.cancel_button.clicked.connect(self.cancel)
        self.progress_bar = QProgressBar(self)
        self.progress_bar.setRange(0, 1000)
        self.progress_bar.setTextVisible(False)
        self.progress_label = QLabel(self)
        run_row = QHBoxLayout()
        run_row.addWidget(self.run_button)
        run_row.addWidget(self.cancel_button)
        run_row.addWidget(self.progress_bar, 1)
        run_row.addWidget(self.progress_label)
        self.problem_label = ProblemLabel(self)

        self.results_view = SweepResultsView(self)

        self.export_button = QPushButton(self)
        self.export_button.clicked.connect(lambda: self.export_csv())
        self.export_label = QLabel(self)
        self.export_label.setWordWrap(True)
        export_row = QHBoxLayout()
        export_row.addWidget(self.export_button)
        export_row.addWidget(self.export_label, 1)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.base_label)
        layout.addLayout(run_row)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.results_view, 1)
        layout.addLayout(export_row)

    def _retranslate(self) -> None:
        """Every text in the current language (at start and on QEvent.LanguageChange)."""
        self.setWindowTitle(self.tr("Experiment runner — hyperparameter sweep"))
        names = {"hidden_units": self.tr("Hidden units n[1]"), "learning_rate": self.tr("Learning rate α"),
                 "activation": self.tr("Hidden activation g"), "initialization": self.tr("Initialization"),
                 "depth": self.tr("Depth: hidden layers L − 1")}
        for index in range(self.parameter_combo.count()):
            self.parameter_combo.setItemText(index, names[self.parameter_combo.itemData(index)])
        self.parameter_combo.setToolTip(self.tr(
            "The one hyperparameter that differs between runs; everything else is the main window's network."))
        self.values_edit.setToolTip(self.tr(
            "The values to try, separated by commas. Initialization also takes a scale, as in random×10."))
        self.iterations_spin.setToolTip(self.tr("num_iterations: gradient-descent steps for each run."))
        for label, text in zip(self.form_labels, (self.tr("Vary"), self.tr("Values"), self.tr("Iterations per run"))):
            label.setText(text)
        self.run_button.setText(self.tr("Run"))
        self.run_button.setToolTip(self.tr("Train one network per value, in the background."))
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Stop after the current chunk of iterations; finished runs are kept."))
        self.export_button.setText(self.tr("Export table to CSV…"))
        self.export_button.setToolTip(self.tr("Save the table (every digit) as a CSV file for a spreadsheet, and "
                                              "each run's decision-boundary thumbnail as a PNG file beside it."))
        self.progress_label.setText(self._progress_text())
        self.problem_label.retranslate()
        self._describe_base()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "export_button"):
            self._retranslate()
        super().changeEvent(event)

    def _show_progress(self, text: Callable[[], str]) -> None:
        """Show the progress line; ``text`` builds it, so a language change can build it again."""
        self._progress_text = text
        self.progress_label.setText(text())

    # ------------------------------------------------------------------ public
    @property
    def is_running(self) -> bool:
        return self._worker.busy

    @property
    def parameter(self) -> str:
        return self.parameter_combo.currentData()

    def results(self) -> list[RunResult]:
        """The runs shown, in order (finished, cancelled or diverged)."""
        return list(self._runs)

    def apply_preset(self, preset: dict[str, Any]) -> None:
        """Set the hyperparameter, values and iterations (a lesson's sweep); does not start it."""
        parameter = preset.get("parameter", self.parameter)
        index = self.parameter_combo.findData(parameter)
        if index >= 0:
            self.parameter_combo.setCurrentIndex(index)
        if "values" in preset:
            values = preset["values"]
            self.values_edit.setText(values if isinstance(values, str) else ", ".join(str(v) for v in values))
        if "iterations" in preset:
            self.iterations_spin.setValue(int(preset["iterations"]))

    def run(self) -> bool:
        """Start the sweep on the session's current data and network; False (and a reason) if refused."""
        if self.is_running:
            return False
        parameter = self.parameter
        try:
            data = self._session.snapshot  # frozen: safe in the worker
            values = parse_values(parameter, self.values_edit.text())
            base = data.hyperparameters
            for value in values:
                hyperparameters_for(base, parameter, value)  # refuse now, not halfway through
        except BackpropStudioError as error:
            self.problem_label.show_problem(format_message(error))
            return False
        self.problem_label.clear_problem()
        iterations = self.iterations_spin.value()
        self._clear_results(parameter, len(values), data.dataset)
        relay = self._relay
        last = [0.0, -1]  # time and run index of the last report

        def report(index: int, n_runs: int, done: int, per_run: int) -> None:
            now = time.perf_counter()
            if index != last[1] or done == per_run or now - last[0] >= PROGRESS_INTERVAL_S:
                last[0], last[1] = now, index
                relay.progressed.emit(index, n_runs, done, per_run)

        def job(should_stop: Callable[[], bool]) -> SweepResult:
            state = SweepState(should_stop, report, relay.run_finished.emit)
            return run_sweep(data, base, parameter, values, iterations, state)

        self._worker.start(job)
        self._set_running(True)
        n_runs = len(values)
        self._show_progress(lambda: self.tr("Run %1 of %2").replace("%1", "1").replace("%2", str(n_runs)))
        self.sweep_started.emit()
        return True

    def cancel(self) -> None:
        """Stop between two chunks; the runs so far stay in the plot and the table."""
        if self.is_running:
            self._worker.cancel()
            self._show_progress(lambda: self.tr("Stopping…"))

    def export_csv(self, path: str | None = None) -> bool:
        """Write the table to ``path`` (asks for one through ``ask_save_path`` when None)."""
        if not self._runs:
            self.export_label.setText(self.tr("Nothing to export yet: run a sweep first."))
            return False
        path = path or self.ask_save_path(self)
        if not path:
            return False
        try:
            write_csv(path, self._parameter, self._runs)
            pictures = save_thumbnails(path, self._parameter, self._runs, self.results_view.dataset)
        except OSError as error:
            message = self.tr("Could not save %1: %2").replace("%1", path).replace("%2", error.strerror or str(error))
            self.export_label.setText(message)
            self._session.problem_reported.emit(message)
            return False
        self.export_label.setText(self.tr("Saved %1 and beside it %2 decision-boundary pictures (PNG)")
                                  .replace("%1", path).replace("%2", str(len(pictures))))
        return True

    def table_text(self) -> list[list[str]]:
        """The results table's cells as the user reads them, row by row."""
        return self.results_view.table_text()

    def curve_data(self) -> list[tuple[np.ndarray, np.ndarray]]:
        """(iterations, costs) of each plotted curve, in run order."""
        return self.results_view.curve_data()

    # ------------------------------------------------------------------ internals
    def _set_running(self, running: bool) -> None:
        for widget in (self.run_button, self.parameter_combo, self.values_edit, self.iterations_spin):
            widget.setEnabled(not running)
        self.cancel_button.setEnabled(running)
        self.export_button.setEnabled(not running and bool(self._runs))

    def _on_parameter_changed(self) -> None:
        self.values_edit.setText(DEFAULT_VALUES[self.parameter])
        self._describe_base()

    def _follow(self, snapshot: Snapshot) -> None:
        if (snapshot.hyperparameters, snapshot.m) != self._described:  # not at every training tick
            self._describe_base()

    def _describe_base(self) -> None:
        snapshot = self._session.snapshot
        hp = snapshot.hyperparameters
        self._described = (hp, snapshot.m)
        dims = " → ".join(str(n) for n in hp.layer_dims())
        text = self.tr("Each run trains the main window's network (%1, α = %2, %3 initialization) on its "
                       "training set (m = %4), from the same seeds; only the value above changes.")
        self.base_label.setText(text.replace("%1", dims).replace("%2", f"{hp.learning_rate:g}")
                                .replace("%3", self._initialization_name(hp.initialization))
                                .replace("%4", str(snapshot.m)))

    def _initialization_name(self, name: str) -> str:
        """The initialization's name as the sentence uses it ("random", "Xavier")."""
        names = {"zeros": self.tr("zeros"), "random": self.tr("random"), "xavier": self.tr("Xavier"),
                 "he": self.tr("He"), "course": self.tr("course-compatible"),
                 "course_deep": self.tr("course deep-network")}
        return names.get(name, name)

    def showEvent(self, event) -> None:  # the network may have changed since the window was last open
        self._describe_base()
        super().showEvent(event)

    def _clear_results(self, parameter: str, n_runs: int, dataset=None) -> None:
        self._runs, self._sweep, self._parameter, self._n_runs = [], None, parameter, n_runs
        self.results_view.clear(parameter, dataset)
        self.progress_bar.setValue(0)
        self.export_label.setText("")

    def _on_progressed(self, index: int, n_runs: int, done: int, per_run: int) -> None:
        fraction = (index + done / per_run) / n_runs
        self.progress_bar.setValue(int(round(1000 * fraction)))
        self._show_progress(lambda: self.tr("Run %1 of %2").replace("%1", str(index + 1)).replace("%2", str(n_runs)))

    def _on_run_finished(self, run: RunResult) -> None:
        self._runs.append(run)
        self.results_view.add_run(run)

    def _on_sweep_finished(self, sweep: SweepResult) -> None:
        self._sweep = sweep
        self._set_running(False)
        seconds = sum(run.seconds for run in sweep.runs)
        if sweep.complete:
            self.progress_bar.setValue(1000)
            self._show_progress(lambda: self.tr("Done: %1 runs in %2 s").replace("%1", str(len(sweep.runs)))
                                .replace("%2", f"{seconds:.1f}"))
        else:
            done, n_runs = sum(run.status != "cancelled" for run in sweep.runs), self._n_runs
            self._show_progress(lambda: self.tr("Cancelled after %1 of %2 runs").replace("%1", str(done))
                                .replace("%2", str(n_runs)))
        self.sweep_finished.emit(sweep)

    def _on_sweep_failed(self, message: str) -> None:
        self._set_running(False)
        self.problem_label.show_problem(message)
        self._session.problem_reported.emit(message)

    def closeEvent(self, event) -> None:
        self._worker.shutdown()  # never leave a worker training behind a closed window
        super().closeEvent(event)


if __name__ == "__main__":  # preview: python -m backprop_studio.gui.labs.experiment_runner
    import sys

    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv)
    preview_session = TrainingSession()
    runner = ExperimentRunner(preview_session)
    runner.apply_preset({"parameter": "hidden_units", "values": (1, 2, 3, 4, 5, 20, 50), "iterations": 5000})
    runner.show()
    runner.run()
    sys.exit(app.exec())
