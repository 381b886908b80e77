"""The "Train with my functions" tab: gradient descent with the student's functions, next to core's reference run.

Start takes the main window's current network (its snapshot: parameters, training set,
α) and makes a ``StudentTrainer`` in the worker; Step runs one iteration; Play asks for
the next iteration each time one comes back, so it goes as fast as the student's process
answers and the window never waits. Two cost curves: the run with the student's
functions, and core's run from the same initialization — a wrong gradient shows as the
curves drifting apart. Below, the phase view (``phase_view.PhaseView``): the student's
matrices next to the reference's, and the first divergence in words. A function of the student's that fails stops the student's run
with its verdict (as the check table words it).
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ...core.student.training import FUNCTIONS, ROLES
from ..model.session import TrainingSession
from ..views.plot_style import is_dark, style_plot
from .fitted_splitter import FittedSplitter
from .phase_view import PhaseView
from .texts import PROBLEM_STYLE, render_verdict
from .worker import StudentWorker, TrainingStart, TrainingStep, start_training, training_step

YOURS_COLOR, YOURS_COLOR_DARK = (20, 110, 180), (110, 180, 240)
REFERENCE_COLOR, REFERENCE_COLOR_DARK = (70, 70, 70), (210, 210, 210)
REDRAW_MS = 80  # the curves and matrices are redrawn at most this often while playing


class TrainTab(QWidget):
    """Start / Step / Play, the two cost curves, and the phase side-by-side view."""

    started = Signal(object)  # TrainingStart
    stepped = Signal(object)  # TrainingStep
    stopped = Signal(str)  # why the student's run stopped (a verdict), "" when paused
    playing_changed = Signal(bool)

    def __init__(self, worker: StudentWorker, session: TrainingSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._worker = worker
        self._session = session
        self._file_ready = False
        self._start: TrainingStart | None = None
        self._last: TrainingStep | None = None
        self._costs: list[float] = []  # J at each iteration of the run with the student's functions
        self._reference_costs: list[float] = []  # and of core's run
        self._tokens: set[int] = set()
        self._playing = False
        self._stepping = False  # a step is on its way
        self._problem = ""  # the student's run stopped: why (rendered when shown)
        self._problem_step: TrainingStep | None = None
        self._dirty = False
        worker.finished.connect(self._on_finished)
        worker.failed.connect(self._on_failed)

        self.intro_label = QLabel(self)
        self.intro_label.setWordWrap(True)
        self.start_button = QPushButton(self)
        self.start_button.setObjectName("train_start")
        self.start_button.clicked.connect(self.start)
        self.step_button = QPushButton(self)
        self.step_button.setObjectName("train_step")
        self.step_button.clicked.connect(self.step)
        self.play_button = QPushButton(self)
        self.play_button.setObjectName("train_play")
        self.play_button.setCheckable(True)
        self.play_button.toggled.connect(self._on_play_toggled)
        self.iteration_label = QLabel(self)
        self.iteration_label.setObjectName("train_iteration")
        self.info_label = QLabel(self)
        self.info_label.setWordWrap(True)
        self.problem_label = QLabel(self)
        self.problem_label.setObjectName("train_problem")
        self.problem_label.setWordWrap(True)
        self.problem_label.setStyleSheet(PROBLEM_STYLE)
        self.problem_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problem_label.hide()

        self.plot = pg.PlotWidget(self)
        item = self.plot.getPlotItem()
        item.setMenuEnabled(False)
        item.hideButtons()
        item.setMouseEnabled(False, False)
        item.getAxis("left").enableAutoSIPrefix(False)
        item.getAxis("bottom").enableAutoSIPrefix(False)
        self._legend = item.addLegend(offset=(-10, 10), labelTextSize="10pt")
        self.yours_curve = pg.PlotDataItem()
        self.reference_curve = pg.PlotDataItem()
        item.addItem(self.yours_curve)
        item.addItem(self.reference_curve)  # drawn over yours: where they coincide the dashes lie inside the band
        for curve in (self.yours_curve, self.reference_curve):
            curve.setDownsampling(auto=True, method="peak")  # a long run: one min–max pair per pixel
        self.plot.setMinimumHeight(140)
        self.readout_label = QLabel(self)
        self.readout_label.setObjectName("train_readout")

        self.phase = PhaseView(self)
        self.phase.picked.connect(self._fit_splitter)

        buttons = QHBoxLayout()
        for button in (self.start_button, self.step_button, self.play_button):
            buttons.addWidget(button)
        buttons.addWidget(self.iteration_label, 1)
        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.plot, 1)
        top_layout.addWidget(self.readout_label)
        self.splitter = FittedSplitter(top, self.phase, (1, 0), self)  # the curves take the room left
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.intro_label)
        layout.addLayout(buttons)
        layout.addWidget(self.info_label)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.splitter, 1)

        self._redraw = QTimer(self)
        self._redraw.setSingleShot(True)
        self._redraw.setInterval(REDRAW_MS)
        self._redraw.timeout.connect(self.redraw_now)
        self._retranslate()
        self._restyle()
        self._update_buttons()

    # ------------------------------------------------------------------ public
    @property
    def playing(self) -> bool:
        return self._playing

    @property
    def running(self) -> bool:
        """True once a run was started (and not ended by a new version of the file)."""
        return self._start is not None

    @property
    def last_step(self) -> TrainingStep | None:
        return self._last

    def curves(self) -> tuple[np.ndarray, np.ndarray]:
        """(yours, reference): the cost at each iteration, as drawn (yours ends where your run stopped)."""
        return np.array(self._costs, dtype=float), np.array(self._reference_costs, dtype=float)

    def set_file_ready(self, ready: bool) -> None:
        """A file is loaded in the worker (Start can be pressed)."""
        self._file_ready = ready
        self._update_buttons()

    def file_changed(self, closed: bool = False) -> None:
        """The student saved a new version (or the window closed): the run ends; Start trains with the new one."""
        had_run = self._start is not None
        self.pause()
        self._start, self._tokens = None, set()
        self._stepping = False
        if had_run and not closed:
            self.info_label.setText(self.tr("Your file changed: press Start to train with the new version."))
        elif had_run:
            self.info_label.setText(self.tr("Press Start to train with your functions."))
        self._update_buttons()

    def start(self) -> bool:
        """A new run from the main window's current network (what its latest snapshot shows)."""
        if not self._file_ready:
            return False
        self.pause()
        snapshot = self._session.snapshot
        self._start, self._last, self._problem, self._problem_step = None, None, "", None
        self._costs, self._reference_costs = [], []
        self._stepping = True
        self._tokens = {self._worker.submit("train_start", start_training(snapshot), replace=("train_step",))}
        self.problem_label.hide()
        self.phase.reset()
        self.info_label.setText(self.tr("Starting…"))
        self.redraw_now()
        self._update_buttons()
        return True

    def step(self) -> bool:
        """One iteration of both runs (False while one is on its way, or there is no run)."""
        if self._start is None or self._stepping or self._problem:
            return False
        self._stepping = True
        self._tokens.add(self._worker.submit("train_step", training_step))
        self._update_buttons()
        return True

    def play(self) -> None:
        self.play_button.setChecked(True)

    def pause(self) -> None:
        self.play_button.setChecked(False)

    def divergence_text(self) -> str:
        return self.phase.divergence_text()

    def set_phase(self, layer: int, quantity: str) -> bool:
        """Show layer ``layer``'s ``quantity`` (a name of divergence.QUANTITIES) side by side."""
        return self.phase.set_phase(layer, quantity)

    # ------------------------------------------------------------------ answers
    def _on_finished(self, kind: str, token: int, result: Any) -> None:
        if token not in self._tokens:
            return
        self._tokens.discard(token)
        if kind == "train_start":
            self._on_started(result)
        elif kind == "train_step":
            self._on_step(result)

    def _on_failed(self, kind: str, token: int, message: str) -> None:
        if token not in self._tokens:
            return
        self._tokens.discard(token)
        self._stepping = False
        if kind == "train_start":
            self._start = None
            self.info_label.clear()
        self._stop_with(message)

    def _on_started(self, start: TrainingStart) -> None:
        self._start = start
        self._stepping = False
        self.phase.reset(start.layers, start.mode)
        self._show_info()
        self.started.emit(start)
        self._update_buttons()
        self.step()  # iteration 0: the first point of both curves, and matrices to look at

    def _on_step(self, step: TrainingStep) -> None:
        self._stepping = False
        self._last = step
        self._reference_costs.append(step.iteration.reference.cost)
        if step.iteration.student is not None:
            self._costs.append(step.iteration.student.cost)
        problem = step.iteration.problem
        if problem is not None and self._problem_step is None:
            self._problem_step = step
            self._stop_with(self._problem_sentence(step))
        elif step.iteration.student is not None and not math.isfinite(step.iteration.student.cost):
            self._stop_with(self.tr("Your run's cost J is no longer a number at iteration %1: it diverged.")
                            .replace("%1", str(step.iteration.iteration)))
        self._dirty = True
        if not self._playing:
            self.redraw_now()  # a Step shows at once; while playing the drawing keeps its own pace
        elif not self._redraw.isActive():
            self._redraw.start()
        self.stepped.emit(step)
        if self._playing and not self._problem:
            self.step()
        self._update_buttons()

    def _problem_sentence(self, step: TrainingStep) -> str:
        problem = step.iteration.problem
        return self.tr("Your %1 stopped the run at iteration %2: %3").replace("%1", problem.name) \
            .replace("%2", str(step.iteration.iteration)).replace("%3", render_verdict(problem.verdict))

    def _stop_with(self, message: str) -> None:
        self._problem = message
        self.problem_label.setText(message)
        self.problem_label.setVisible(bool(message))
        self.pause()
        self.stopped.emit(message)
        self._update_buttons()

    def _on_play_toggled(self, on: bool) -> None:
        starting = self._start is None and bool(self._tokens)  # Play pressed right after Start: honoured
        if on and ((self._start is None and not starting) or self._problem):
            self.play_button.setChecked(False)
            return
        if on == self._playing:
            return
        self._playing = on
        self._retranslate_play()
        self.playing_changed.emit(on)
        if on and not self._stepping:
            self.step()
        if not on:
            self.redraw_now()
        self._update_buttons()

    # ------------------------------------------------------------------ drawing
    def redraw_now(self) -> None:
        self._redraw.stop()
        self._dirty = False
        yours, reference = self.curves()
        self.yours_curve.setData(np.arange(len(yours)), yours)
        self.reference_curve.setData(np.arange(len(reference)), reference)
        self._show_readout()
        self._show_phase()

    def _show_readout(self) -> None:
        step = self._last
        if step is None:
            self.iteration_label.setText("")
            self.readout_label.setText("")
            return
        n = step.iteration.iteration
        self.iteration_label.setText(self.tr("Iteration %1").replace("%1", str(n)))
        reference = step.iteration.reference.cost
        if step.iteration.student is None:
            self.readout_label.setText(self.tr("Iteration %1: reference J = %2; your run has stopped.")
                                       .replace("%1", str(n)).replace("%2", f"{reference:.6g}"))
            return
        yours = step.iteration.student.cost
        self.readout_label.setText(self.tr("Iteration %1: your J = %2, reference J = %3, |difference| = %4")
                                   .replace("%1", str(n)).replace("%2", f"{yours:.6g}")
                                   .replace("%3", f"{reference:.6g}").replace("%4", f"{abs(yours - reference):.2e}"))

    def _show_info(self) -> None:
        start = self._start
        if start is None:
            return
        names = FUNCTIONS[start.mode]
        yours = [names[role] for role in ROLES if start.functions[role] == "student"]
        core = [names[role] for role in ROLES if start.functions[role] != "student"]
        lines = [self.tr("From iteration %1 of the main window: %2 training examples, α = %3.")
                 .replace("%1", str(start.iteration)).replace("%2", str(start.examples))
                 .replace("%3", f"{start.learning_rate:g}")]
        if yours:
            lines.append(self.tr("Your functions: %1.").replace("%1", ", ".join(yours)))
        if core:
            lines.append(self.tr("Core's (yours are not written yet): %1.").replace("%1", ", ".join(core)))
        self.info_label.setText(" ".join(lines))

    def _fit_splitter(self) -> None:
        """The matrices get the height they need, the curves the rest (kept once the user moved the handle)."""
        total, want = self.splitter.total(), self.phase.sizeHint().height()
        if total - want >= self.plot.minimumHeight():
            self.splitter.fit(total - want)

    def _show_phase(self) -> None:
        self.phase.show_step(self._last, bool(self._costs))
        self._fit_splitter()

    # ------------------------------------------------------------------ buttons and language
    def _update_buttons(self) -> None:
        self.start_button.setEnabled(self._file_ready)
        can_step = self._start is not None and not self._problem
        starting = self._start is None and bool(self._tokens)
        self.step_button.setEnabled(can_step and not self._stepping and not self._playing)
        self.play_button.setEnabled(can_step or starting or self._playing)

    def _retranslate_play(self) -> None:
        self.play_button.setText(self.tr("Pause") if self._playing else self.tr("Play"))
        self.play_button.setToolTip(self.tr("One iteration after the other, as fast as your process answers"))

    def _retranslate(self) -> None:
        self.intro_label.setText(self.tr(
            "Gradient descent on the main window's network with your functions where you wrote them (core's "
            "elsewhere), next to core's own run from the same initialization. A wrong gradient shows as the two "
            "cost curves drifting apart."))
        self.start_button.setText(self.tr("Start"))
        self.start_button.setToolTip(self.tr("Start again from the main window's current network and data"))
        self.step_button.setText(self.tr("Step"))
        self.step_button.setToolTip(self.tr("One iteration of both runs"))
        self._retranslate_play()
        if self._start is None and not self._file_ready:
            self.info_label.setText(self.tr("Open your file first (Open… above)."))
        elif self._start is None:
            self.info_label.setText(self.tr("Press Start to train with your functions."))
        else:
            self._show_info()
        if self._problem_step is not None:
            self._problem = self._problem_sentence(self._problem_step)
            self.problem_label.setText(self._problem)
        self._restyle()  # the axis titles and the legend, in the new language
        self._show_readout()
        self._show_phase()

    def _fill_legend(self) -> None:
        self._legend.clear()
        self._legend.addItem(self.yours_curve, self.tr("with your functions"))
        self._legend.addItem(self.reference_curve, self.tr("reference (core, same start)"))

    def _restyle(self) -> None:
        palette = self.palette()
        dark = is_dark(palette)
        yours = YOURS_COLOR_DARK if dark else YOURS_COLOR
        reference = REFERENCE_COLOR_DARK if dark else REFERENCE_COLOR
        self.yours_curve.setPen(pg.mkPen(*yours, 160, width=5))
        self.reference_curve.setPen(pg.mkPen(*reference, width=1.5, style=Qt.PenStyle.DashLine))
        style_plot(self.plot, palette, self.font(), {"bottom": self.tr("iteration"), "left": self.tr("cost J")})
        text = palette.color(QPalette.ColorRole.Text)
        self._legend.setLabelTextColor(text)
        self._fill_legend()

    def changeEvent(self, event: QEvent) -> None:
        kind = event.type() if hasattr(self, "_redraw") else None  # None: still being built
        if kind == QEvent.Type.LanguageChange:
            self._retranslate()
        elif kind == QEvent.Type.PaletteChange:
            self._restyle()
        super().changeEvent(event)
