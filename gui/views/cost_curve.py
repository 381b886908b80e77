"""CostCurveView: the cost J against the iteration, for the train set and the test set.

Everything comes from the latest snapshot: the train curve is its history's
``iterations`` / ``costs`` (J of every iteration, thinned for long runs); the
test curve is the ``test_cost`` column of its evaluation rows (recorded on the
session's schedule). A dot marks "now": J of the current parameters at the
current iteration (``snapshot.metrics.train_cost`` at ``snapshot.iteration``),
so after a typed weight the curve, the status bar and the inspector agree.
Under the plot a line of labels gives the current accuracies and costs. The
train line runs on to the "now" dot: J of the parameters after the last update
is the curve's next point, so after one Step the line already joins two points.
The iteration axis (``.cost_axes``) has whole-number ticks, starts at 0 and is
set for each drawing, never left over from another run; "Log iterations"
spreads out the first few hundred iterations of a long run, where J falls.

When training has diverged (``snapshot.divergence``) a dashed vertical line marks
the iteration, labelled "diverged at N". Only finite costs are ever plotted: a
NaN or ∞ is a non-number, never a point at the top of the axis.
"""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QVBoxLayout, QWidget

from ...core.session import Snapshot
from ...core.training.history import EVALUATION_FIELDS
from ..model.session import TrainingSession
from ..support import colors
from ..support.throttle import Throttle
from .cost_axes import IterationAxis, frame_cost_axis, iteration_range, settle_empty_cost_axis
from .cost_format import finite_points, format_cost, format_percent  # noqa: F401 — format_percent: re-exported
from .cost_divergence import DivergenceMarker
from .cost_reference import ReferenceCurve
from .cost_metrics import MetricsLine
from .elided_label import ElidedLabel
from .plot_style import is_dark, style_plot

Array = np.ndarray

TEST_COLOR = colors.NEGATIVE  # orange: readable on light and dark backgrounds
TRAIN_COLOR_LIGHT = (35, 75, 130)  # dark blue on a light theme
TRAIN_COLOR_DARK = (120, 175, 235)  # light blue on a dark theme
ITERATION = EVALUATION_FIELDS.index("iteration")
TEST_COST = EVALUATION_FIELDS.index("test_cost")
#: 20 frames a second is plenty for a curve that grows by a pixel at a time.
CURVE_INTERVAL_MS = 50


def _run_of(snapshot: Snapshot) -> tuple[int, int]:
    """(structure version, the run's present iteration): a past iteration shown (the timeline) is the same run,
    drawn with its "now" dot at that iteration."""
    return snapshot.structure_version, snapshot.iteration if snapshot.present is None else snapshot.present


class CostCurveView(QWidget):
    """Train and test cost curves, a log-scale toggle, a hover readout and the current metrics."""

    def __init__(self, session: TrainingSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._iterations = np.empty(0)
        self._costs = np.empty(0)
        self._test_iterations = np.empty(0)
        self._test_costs = np.empty(0)
        # What the hover readout reads: the train curve and, one iteration on, the "now" dot.
        self._read_x, self._read_y = np.empty(0), np.empty(0)
        self._run: tuple[int, int] = (-1, -1)  # (structure_version, iteration) last drawn: spots a new run
        self._hover_x: float | None = None

        self._log_box = QCheckBox(self)
        self._log_box.toggled.connect(self._on_log_toggled)
        self._log_x_box = QCheckBox(self)
        self._log_x_box.toggled.connect(self._on_log_toggled)
        self._readout = ElidedLabel(self)  # a hint that gives way in a narrow dock
        self._readout.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self._readout.setContentsMargins(0, 0, 10, 0)  # its last letter was cut by the dock's edge

        self.plot = pg.PlotWidget(self, axisItems={"bottom": IterationAxis("bottom")})
        item = self.plot.getPlotItem()
        # Always show the whole run; the log scale is the way to look at the tail.
        item.setMouseEnabled(False, False)
        item.getViewBox().disableAutoRange(pg.ViewBox.XAxis)  # set for each drawing (see _frame_x)
        item.setMenuEnabled(False)
        item.hideButtons()
        # No grid: pyqtgraph's translucent grid lines cost several ms per frame and halve training speed.
        # Costs are read as plain numbers (J = 0.25), never as "J (x0.001)" = 250.
        item.getAxis("left").enableAutoSIPrefix(False)
        item.getAxis("bottom").enableAutoSIPrefix(False)
        self._legend = item.addLegend(offset=(-10, 10), labelTextSize="10pt")
        self._legend_has_test = True
        self._train_curve = pg.PlotDataItem()
        self._test_curve = pg.PlotDataItem()
        for curve in (self._train_curve, self._test_curve):
            item.addItem(curve)
            # Long runs hold up to 200 000 points: draw only what is visible, one peak pair per pixel.
            # After addItem: PlotItem.addItem imposes the plot's own (off) settings on the curve.
            curve.setDownsampling(auto=True, method="peak")
            curve.setClipToView(True)
            # One min–max pair per pixel column (pyqtgraph's default keeps up to 5 points a pixel): a cost
            # that zig-zags every iteration (lesson 12) then draws as a solid band, not a broken line.
            curve.opts["autoDownsampleFactor"] = 1.0
        # "Now": J of the current parameters, one iteration past the curve's last point (that J was
        # computed before the last update). Counted in the range: a typed weight can send J far off the curve.
        self._now_marker = pg.PlotDataItem(pen=None, symbol="o", symbolSize=8)
        self._now_marker.setZValue(3)
        item.addItem(self._now_marker)
        self._marker = pg.PlotDataItem(pen=None, symbol="o", symbolSize=9)  # the hovered point
        self._marker.setZValue(4)
        item.addItem(self._marker, ignoreBounds=True)
        self._divergence = DivergenceMarker(item)
        self.reference = ReferenceCurve(item)  # core's run beside one with the student's functions
        self.plot.scene().sigMouseMoved.connect(self._on_mouse_moved)

        self.metrics_line = MetricsLine(self)

        header = QHBoxLayout()
        header.addWidget(self._log_box)
        header.addWidget(self._log_x_box)
        header.addWidget(self._readout, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(header)
        layout.addWidget(self.plot, 1)
        layout.addWidget(self.metrics_line)

        # The axes repainted each frame are pyqtgraph's dearest item: fewer frames leave the time to training.
        self._throttle = Throttle(self.redraw_now, CURVE_INTERVAL_MS, parent=self)
        self.frames_drawn = 0
        session.state_changed.connect(self._on_state_changed)

        self._retranslate()
        self._restyle()
        self.redraw_now()

    # ------------------------------------------------------------------ public (tests, main window)
    def curve_data(self) -> tuple[Array, Array]:
        """(iterations, costs) of the train curve as drawn."""
        return self._iterations.copy(), self._costs.copy()

    def test_curve_data(self) -> tuple[Array, Array]:
        """(iterations, costs) of the test curve as drawn (evaluations without a test cost are left out)."""
        return self._test_iterations.copy(), self._test_costs.copy()

    def plot_item_data(self) -> tuple[Array, Array]:
        """(x, y) of the train curve as pyqtgraph draws it: downsampled, clipped to the view."""
        x, y = self._train_curve.getData()
        return (np.empty(0), np.empty(0)) if x is None else (x, y)

    def set_log_scale(self, on: bool) -> None:
        self._log_box.setChecked(on)

    def log_scale(self) -> bool:
        return self._log_box.isChecked()

    def set_compact(self, on: bool) -> None:
        """Presentation mode: the curves and the numbers under them; the scale switches and the hover hint
        give their height to the plot."""
        for widget in (self._log_box, self._log_x_box, self._readout):
            widget.setVisible(not on)

    def set_log_iterations(self, on: bool) -> None:
        self._log_x_box.setChecked(on)

    def log_iterations(self) -> bool:
        return self._log_x_box.isChecked()

    def iteration_axis_range(self) -> tuple[float, float]:
        """The iterations the x axis spans now (converted back from log10 on a log axis)."""
        lo, hi = self.plot.getPlotItem().getViewBox().viewRange()[0]
        return (10.0 ** lo, 10.0 ** hi) if self.log_iterations() else (lo, hi)

    def iteration_ticks(self) -> list[float]:
        """The iterations the x axis labels now."""
        axis = self.plot.getPlotItem().getAxis("bottom")
        lo, hi = self.plot.getPlotItem().getViewBox().viewRange()[0]
        values = [v for _, level in axis.tickValues(lo, hi, max(axis.width(), 400)) for v in level]
        return sorted(10.0 ** v for v in values) if self.log_iterations() else sorted(values)

    def accuracy_text(self) -> str:
        """The metrics line as the user reads it."""
        return self.metrics_line.text()

    def readout_text(self) -> str:
        return self._readout.full_text()

    def now_marker(self) -> tuple[int, float] | None:
        """(iteration, J) of the "now" dot as drawn, or None when it is hidden (J not a finite number)."""
        x, y = self._now_marker.getOriginalDataset()  # getData() would give log10(J) on a log axis
        return None if x is None or not len(x) else (int(x[0]), float(y[0]))

    def divergence_marker(self) -> tuple[int, str] | None:
        """(iteration, label) of the "diverged at N" line, or None when training has not diverged."""
        return self._divergence.shown()

    def readout_at(self, x: float) -> str:
        """"iteration N, J = x.xxxx" for the point nearest to iteration ``x``, on the train curve or the
        "now" dot after it ("" if there is none)."""
        index = self._nearest(x)
        if index is None:
            return ""
        iteration = int(round(self._read_x[index]))
        return (self.tr("iteration %1, J = %2").replace("%1", str(iteration))
                .replace("%2", format_cost(float(self._read_y[index]))))

    def redraw_now(self) -> None:
        """Redraw both curves, the "now" dot and the metrics from the latest snapshot (cancels a pending redraw)."""
        self._throttle.cancel()
        self.frames_drawn += 1  # read by benchmarks/bench_gui.py
        snapshot = self._session.snapshot
        self._run = _run_of(snapshot)
        history = snapshot.history
        self._iterations, self._costs = finite_points(history.iterations, history.costs)
        evaluations = history.evaluations
        has_test = np.isfinite(evaluations[:, TEST_COST])
        self._test_iterations = evaluations[has_test, ITERATION]
        self._test_costs = evaluations[has_test, TEST_COST]
        self._show_now(snapshot)
        self._read_x, self._read_y = self._iterations, self._costs
        now = self.now_marker()
        if now is not None and (not len(self._iterations) or now[0] > self._iterations[-1]):
            self._read_x = np.append(self._iterations, float(now[0]))
            self._read_y = np.append(self._costs, now[1])
        # The line runs on to the "now" dot; a log iteration axis has no place for iteration 0.
        self._train_curve.setData(*self._drawable(self._read_x, self._read_y))
        self._test_curve.setData(*self._drawable(self._test_iterations, self._test_costs))
        if self.reference.show_snapshot(snapshot, self._drawable) | \
                ((snapshot.prepared.test.m > 0) != self._legend_has_test):
            self._legend_has_test = snapshot.prepared.test.m > 0
            self._fill_legend()
        self._place_legend()
        self._frame_x(snapshot)
        self._frame_y(now)
        self._divergence.show_snapshot(snapshot)
        self.metrics_line.show_snapshot(snapshot)
        self._update_readout()

    # ------------------------------------------------------------------ internals
    def _nearest(self, x: float) -> int | None:
        n = len(self._read_x)
        if n == 0 or not math.isfinite(x):
            return None
        i = int(np.searchsorted(self._read_x, x))
        if i >= n:
            return n - 1
        if i > 0 and x - self._read_x[i - 1] <= self._read_x[i] - x:
            return i - 1
        return i

    def _drawable(self, x: Array, y: Array) -> tuple[Array, Array]:
        if self.log_iterations():
            keep = x > 0
            return x[keep], y[keep]
        return x, y

    def _frame_x(self, snapshot: Snapshot) -> None:
        """Iterations 0 … the last one drawn (the "now" dot, the last test cost, a divergence)."""
        last = max([float(snapshot.iteration)] + [float(a[-1]) for a in (self._read_x, self._test_iterations)
                                                   if len(a)] + [float(self._divergence.iteration or 0)])
        lo, hi = iteration_range(last, self.log_iterations())
        box = self.plot.getPlotItem().getViewBox()
        if box.viewRange()[0] != [lo, hi]:
            box.setXRange(lo, hi, padding=0)

    def _on_state_changed(self, snapshot: Snapshot) -> None:
        structure_version, iteration = self._run
        if snapshot.structure_version != structure_version or _run_of(snapshot)[1] < iteration:
            self._start_run()  # a new run (reset, new data or network): the old curves go at once
        self._run = _run_of(snapshot)
        self._throttle.request()

    def _start_run(self) -> None:
        """Drop the old run's curves and its J range (see ``_settle_empty_range``); the throttle draws the new one."""
        empty = np.empty(0)
        self._iterations = self._costs = self._test_iterations = self._test_costs = empty
        self._read_x = self._read_y = empty
        for curve in (self._train_curve, self._test_curve, self._marker, self._now_marker, self.reference.curve):
            curve.setData(empty, empty)
        self._settle_empty_range()

    def _show_now(self, snapshot: Snapshot) -> None:
        cost = snapshot.metrics.train_cost
        if math.isfinite(cost) and not (self.log_scale() and cost <= 0):
            self._now_marker.setData([float(snapshot.iteration)], [cost])
        else:
            self._now_marker.setData(np.empty(0), np.empty(0))

    def _place_legend(self) -> None:
        """Top right, clear of a falling curve; top left when the curve ends higher than it began (a typed
        weight that sent J up, a run diverging): its end and the "now" dot are then at the top right."""
        ends_high = len(self._read_y) >= 2 and self._read_y[-1] > self._read_y[0]
        offset = (10, 10) if ends_high else (-10, 10)
        if tuple(self._legend.opts["offset"]) != offset:
            self._legend.setOffset(offset)

    def _on_mouse_moved(self, scene_pos: QPointF) -> None:
        box = self.plot.getPlotItem().getViewBox()
        inside = box.sceneBoundingRect().contains(scene_pos)
        self._hover_x = box.mapSceneToView(scene_pos).x() if inside else None
        self._update_readout()

    def leaveEvent(self, event: QEvent) -> None:
        # The scene reports no move when the mouse leaves, so the readout is cleared here.
        self._hover_x = None
        self._update_readout()
        super().leaveEvent(event)

    def _update_readout(self) -> None:
        index = None if self._hover_x is None else self._nearest(self._hover_x)
        if index is None:
            self._readout.setText(self.tr("Point at the plot to read J"))
            self._readout.setEnabled(False)  # greyed: a hint, not a value
            self._marker.setData(np.empty(0), np.empty(0))
            return
        self._readout.setEnabled(True)
        self._readout.setText(self.readout_at(self._hover_x))
        self._marker.setData(self._read_x[index:index + 1], self._read_y[index:index + 1])

    def _on_log_toggled(self, _on: bool) -> None:
        self.plot.getPlotItem().setLogMode(x=self.log_iterations(), y=self.log_scale())
        self.redraw_now()  # J = 0 has no place on a log axis: the "now" dot may come or go
        self._settle_empty_range()

    def _frame_y(self, now: tuple[int, float] | None) -> None:
        frame_cost_axis(self.plot.getPlotItem().getViewBox(), bool(len(self._iterations)), now, self.log_scale())

    def _settle_empty_range(self) -> None:
        if not (len(self._costs) or len(self._test_costs)):
            settle_empty_cost_axis(self.plot.getPlotItem().getViewBox(), self.log_scale())

    def _retranslate(self) -> None:
        self._log_box.setText(self.tr("Log scale"))
        self._log_box.setToolTip(self.tr("Logarithmic cost axis: shows how the cost keeps falling late in training."))
        self._log_x_box.setText(self.tr("Log iterations"))
        self._log_x_box.setToolTip(self.tr(
            "Logarithmic iteration axis (from iteration 1): spreads out the first iterations of a long run, "
            "where the cost falls fastest."))
        self._fill_legend()

    def _fill_legend(self) -> None:
        # Legend labels take their colour when added, so they are re-added after a theme or language change.
        self._legend.clear()
        self.reference.fill_legend(self._legend, self._train_curve)  # "train cost", or whose functions
        if self._legend_has_test:  # no test set (the course's run trains on all 400 points): no entry
            self._legend.addItem(self._test_curve, self.tr("test cost"))

    def _restyle(self) -> None:
        palette = self.palette()
        style_plot(self.plot, palette, self.font(), {"bottom": self.tr("iteration"), "left": self.tr("cost J")})
        train = TRAIN_COLOR_DARK if is_dark(palette) else TRAIN_COLOR_LIGHT
        # Width-1 pens: wider ones make pyqtgraph draw each segment separately (~6 ms a frame).
        self._train_curve.setPen(pg.mkPen(*train, width=1))
        # Solid, not dashed: a dash pattern over hundreds of short segments costs Qt ~10 ms a frame.
        self._test_curve.setPen(pg.mkPen(*TEST_COLOR, width=1))
        base = palette.color(QPalette.ColorRole.Base)
        self._marker.setSymbolBrush(pg.mkBrush(*train))
        self._marker.setSymbolPen(pg.mkPen(base, width=1.5))
        text = palette.color(QPalette.ColorRole.Text)
        # "Now" is hollow in the train colour: it reads as the curve's next point, and differs from a hover.
        self._now_marker.setSymbolBrush(pg.mkBrush(base))
        self._now_marker.setSymbolPen(pg.mkPen(*train, width=2))
        self._legend.setLabelTextColor(text)
        frame = QColor(base)
        frame.setAlphaF(0.85)
        self._legend.setBrush(pg.mkBrush(frame))
        self._legend.setPen(pg.mkPen(palette.color(QPalette.ColorRole.Mid)))
        self._divergence.restyle(text, frame, palette.color(QPalette.ColorRole.Mid))
        self.reference.restyle(is_dark(palette))
        self._fill_legend()

    def changeEvent(self, event: QEvent) -> None:
        kind = event.type()
        if not hasattr(self, "_throttle"):
            pass  # still being built: the constructor styles and translates at its end
        elif kind == QEvent.Type.LanguageChange:
            self._retranslate()
            self._divergence.retranslate()
            self._restyle()
            self.metrics_line.show_snapshot(self._session.snapshot)
            self._update_readout()
        elif kind in (QEvent.Type.PaletteChange, QEvent.Type.FontChange):
            self._restyle()
        super().changeEvent(event)


if __name__ == "__main__":
    import sys

    from .preview import run_preview

    def _diverge(session: TrainingSession) -> None:  # python -m backprop_studio.gui.views.cost_curve flower diverge
        if "diverge" in sys.argv[2:]:
            for _ in range(300):
                session.step_iteration()
            session.set_learning_rate(1e4)

    sys.exit(run_preview(CostCurveView, "CostCurveView preview", prepare=_diverge))
