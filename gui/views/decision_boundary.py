"""DecisionBoundaryView: the network's output over the input plane, with the data on top.

The output A[L] comes from the latest snapshot's ``output_grid`` (the course's
forward pass with the snapshot's parameters, on a grid of raw points); this view
only turns it into colours: P(y = 1) through the app's diverging map for a
sigmoid output, the predicted class (shaded by confidence) for softmax, the
value itself for regression. Drawing stays inside pyqtgraph items (one
ImageItem, two ScatterPlotItems) created once and then only given new data: the
points when the snapshot's structure changes, the image on every redraw.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QVBoxLayout, QWidget

from ...core.session import Selection, Snapshot
from ..model.session import TrainingSession
from ..support import colors
from ..support.messages import activation_label
from ..support.throttle import FRAME_INTERVAL_MS, Throttle
from .boundary_colours import MOST_CONFIDENT, confidence_lut, region_lut, value_levels
from .legend import ColorLegend
from .neuron_output import neuron_activation, neuron_grid, neuron_levels, neuron_name, probability_like
from .plot_style import style_plot

Array = np.ndarray

RESOLUTION = 100
POINT_SIZE = 8
#: At most this many points of each set are drawn (evenly spaced); all of them still train.
MAX_DRAWN_POINTS = 5000
TEST_POINT_SIZE = 10
TEST_OUTLINE = (25, 25, 25)
#: Regression points near the mean are nearly white, so they get a grey outline instead of a white one.
VALUE_OUTLINE = (70, 70, 70, 200)


def _evenly(m: int) -> Array:
    """Indices of at most MAX_DRAWN_POINTS of m points, evenly spaced (all of them when m is small)."""
    return np.arange(0, m, max(1, -(-m // MAX_DRAWN_POINTS)))


class DecisionBoundaryView(QWidget):
    """Heatmap of the network's output over (x₁, x₂) with the train (and test) points."""

    def __init__(self, session: TrainingSession, parent: QWidget | None = None,
                 resolution: int = RESOLUTION) -> None:
        super().__init__(parent)
        self._session = session
        self._resolution = resolution
        self._values: Array | None = None
        self._structure_version: int | None = None  # of the snapshot the points were drawn from
        self._selection = Selection()  # the selection the legend and the example ring show
        self._train_xy = np.empty((2, 0))
        self._drawn_train = np.zeros(0, dtype=int)  # the training points drawn (all, or an even sample)
        self._test_xy = np.empty((2, 0))

        self._discretize_box = QCheckBox(self)
        self._discretize_box.toggled.connect(self._throttled_redraw)
        self._test_box = QCheckBox(self)
        self._test_box.toggled.connect(self._on_show_test_toggled)

        self.plot = pg.PlotWidget(self)
        item = self.plot.getPlotItem()
        item.setAspectLocked(True)
        # The plane is fixed by the data; panning it away would only hide the picture.
        item.setMouseEnabled(False, False)
        item.setMenuEnabled(False)
        item.hideButtons()
        # Row-major: the grid is indexed [x2, x1] = [row, column], so it is drawn without a transpose.
        self.image_item = pg.ImageItem(axisOrder="row-major")
        self.image_item.setZValue(-10)
        item.addItem(self.image_item)
        self.train_scatter = pg.ScatterPlotItem(symbol="o", size=POINT_SIZE, pen=pg.mkPen(255, 255, 255, width=1))
        self.test_scatter = pg.ScatterPlotItem(symbol="d", size=TEST_POINT_SIZE,
                                                pen=pg.mkPen(*TEST_OUTLINE, width=1.5))
        self.test_scatter.setZValue(1)
        self.test_scatter.setVisible(False)
        item.addItem(self.train_scatter)
        item.addItem(self.test_scatter)
        # A ring round the example picked by clicking it (the non-vectorised view x^(i)).
        self.example_marker = pg.ScatterPlotItem(symbol="o", size=18, pen=pg.mkPen(20, 20, 20, width=2.5),
                                                 brush=pg.mkBrush(0, 0, 0, 0))
        self.example_marker.setZValue(2)
        item.addItem(self.example_marker)
        #: True while another tool (drawing points) owns mouse clicks on the plot.
        self.draw_mode = False
        self.plot.scene().sigMouseClicked.connect(self._on_mouse_clicked)

        self.legend = ColorLegend(self)

        controls = QHBoxLayout()
        controls.addWidget(self._discretize_box)
        controls.addWidget(self._test_box)
        controls.addStretch(1)
        body = QHBoxLayout()
        body.addWidget(self.plot, 1)
        body.addWidget(self.legend)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(controls)
        layout.addLayout(body, 1)

        self._throttle = Throttle(self._redraw_latest, FRAME_INTERVAL_MS, parent=self)
        self.frames_drawn = 0
        # The grid's forward pass is computed by the session's renderer, off this thread while playing.
        self._product = ("boundary", id(self))
        session.renderer.want(self._product, self._grid)
        session.renderer.rendered.connect(self._on_rendered)
        self._drawn: tuple[int, int] | None = None  # (version, iteration) of the picture shown
        session.structure_changed.connect(self._on_structure_changed)
        session.state_changed.connect(self._on_state_changed)
        session.selection_changed.connect(self._on_selection_changed)

        self._retranslate()
        self._restyle()
        self._rebuild(session.snapshot)
        self.redraw_now()

    # ------------------------------------------------------------------ public (tests, main window)
    def image_array(self) -> Array | None:
        """A copy of the (res, res) float32 array last given to the ImageItem, indexed [x2, x1]."""
        return None if self._values is None else self._values.copy()

    def train_points(self) -> Array:
        """The training points drawn, raw coordinates (2, m_train)."""
        return self._train_xy.copy()

    def test_points(self) -> Array:
        """The test points drawn (2, m_test); empty while test points are hidden."""
        return self._test_xy.copy() if self._test_box.isChecked() else np.empty((2, 0))

    def set_discretize(self, on: bool) -> None:
        self._discretize_box.setChecked(on)

    def set_show_test(self, on: bool) -> None:
        self._test_box.setChecked(on)

    def legend_entries(self) -> list[str]:
        return self.legend.entries()

    def redraw_now(self) -> None:
        """Redraw the heatmap from the latest snapshot (cancels a pending throttled redraw)."""
        self._throttle.cancel()
        snapshot = self._session.snapshot
        if snapshot.structure_version != self._structure_version:
            self._rebuild(snapshot)
        elif snapshot.selection != self._selection:
            self._show_selection(snapshot)
        ready = self._session.rendered(self._product)
        if ready is None:  # playing: the renderer's thread is computing it (_on_rendered draws it)
            return
        self._draw_grid(snapshot, *ready)

    def _redraw_latest(self) -> None:
        snapshot = self._session.snapshot
        if self._drawn != (snapshot.version, snapshot.iteration):  # else the renderer's thread drew it first
            self.redraw_now()

    def _on_rendered(self, snapshot: Snapshot) -> None:
        """The renderer finished a snapshot's grid: draw it unless a newer picture is already shown."""
        ready = self._session.renderer.get(snapshot, self._product)
        if ready is None or (self._drawn is not None and snapshot.version < self._drawn[0]) \
                or self._drawn == (snapshot.version, snapshot.iteration):
            return  # an older snapshot's, or this one's: a newer or the same picture is already shown
        self._draw_grid(snapshot, *ready)

    def _draw_grid(self, snapshot: Snapshot, bounds: tuple[float, float, float, float], values: Array) -> None:
        self._drawn = (snapshot.version, snapshot.iteration)
        self.frames_drawn += 1  # read by benchmarks/bench_gui.py
        # Clipped far inside float32's range: a diverged regression output can exceed it, and values near
        # the limit overflow in pyqtgraph's level scaling while it paints (the colours saturate long before).
        limit = 1e30
        self._values = np.ascontiguousarray(np.clip(self._output_values(snapshot, values), -limit, limit),
                                            dtype=np.float32)
        lut, levels = self._lut_and_levels(snapshot)
        self.image_item.setImage(self._values, levels=levels, lut=lut, autoLevels=False)
        x1_min, x1_max, x2_min, x2_max = bounds
        n_y, n_x = self._values.shape
        # Grid values sit at pixel centres, so the image reaches half a pixel beyond the box.
        dx = (x1_max - x1_min) / max(n_x - 1, 1)
        dy = (x2_max - x2_min) / max(n_y - 1, 1)
        self.image_item.setRect(x1_min - dx / 2, x2_min - dy / 2, x1_max - x1_min + dx, x2_max - x2_min + dy)

    # ------------------------------------------------------------------ what to draw (extension points)
    def _discretized(self, snapshot: Snapshot) -> bool:
        return self._discretize_box.isChecked() and snapshot.hyperparameters.problem != "regression"

    @staticmethod
    def _neuron(snapshot: Snapshot) -> tuple[int, int] | None:
        """The selected neuron if it is not the single output (which is ŷ anyway)."""
        neuron = snapshot.selection.neuron
        if neuron is None or (neuron[0] == snapshot.L and snapshot.hyperparameters.problem != "multiclass"):
            return None
        return neuron

    def _grid(self, snapshot: Snapshot) -> tuple[tuple[float, float, float, float], Array]:
        """(bounds, A[L] over the plane (n_y, res, res)), or the selected neuron's a (1, res, res)."""
        neuron = self._neuron(snapshot)
        if neuron is not None:
            return neuron_grid(snapshot, *neuron, self._resolution)
        return snapshot.output_grid(self._resolution)

    def _output_values(self, snapshot: Snapshot, grid: Array) -> Array:
        """The (res, res) array the image shows, from the grid (n_y, res, res)."""
        if self._neuron(snapshot) is not None:
            return grid[0]
        problem = snapshot.hyperparameters.problem
        if problem == "multiclass":
            predicted = np.argmax(grid, axis=0)
            if self._discretized(snapshot):
                return predicted
            # Value k + c (c in [0, 1)) picks shade c of class k in the confidence LUT; the
            # most probable class's probability runs from 1/K (a guess) to 1 (certain).
            k = grid.shape[0]
            confidence = (grid.max(axis=0) - 1.0 / k) / (1.0 - 1.0 / k)
            return predicted + np.clip(confidence, 0.0, 0.999)
        if problem == "binary" and self._discretized(snapshot):
            return grid[0] > 0.5  # the same threshold as the accuracy
        return grid[0]

    def _lut_and_levels(self, snapshot: Snapshot) -> tuple[Array, tuple[float, float]]:
        neuron = self._neuron(snapshot)
        if neuron is not None:
            levels = neuron_levels(self._values, probability_like(neuron_activation(snapshot, neuron[0])))
            return region_lut(), levels
        problem = snapshot.hyperparameters.problem
        if problem == "multiclass":
            k = snapshot.dataset.n_classes
            lut = colors.class_lut(k, MOST_CONFIDENT) if self._discretized(snapshot) else confidence_lut(k)[0]
            return lut, (0.0, float(k))
        lut = region_lut()
        return lut, value_levels(snapshot) if problem == "regression" else (0.0, 1.0)

    # ------------------------------------------------------------------ points and legend
    @staticmethod
    def _point_brushes(snapshot: Snapshot, y: Array) -> list[QBrush]:
        """One brush per point: its class colour, or its target on the diverging map."""
        if snapshot.dataset.is_classification:
            palette = [QBrush(colors.qcolor(colors.class_color(k))) for k in range(int(y.max(initial=0)) + 1)]
            return [palette[int(label)] for label in y]
        lut = colors.diverging_lut()
        lo, hi = value_levels(snapshot)
        index = np.clip(((y - lo) / (hi - lo) * (len(lut) - 1)).round(), 0, len(lut) - 1).astype(int)
        shared = [QBrush(QColor(*(int(c) for c in rgb))) for rgb in lut]  # shared brushes draw faster
        return [shared[i] for i in index]

    def _rebuild(self, snapshot: Snapshot) -> None:
        """New data or a new network: the points, the plane's range, the legend, the example ring."""
        self._structure_version = snapshot.structure_version
        prepared = snapshot.prepared
        self._train_xy = np.array(prepared.train.X, dtype=float)
        self._test_xy = np.array(prepared.test.X, dtype=float)
        outline = pg.mkPen(255, 255, 255, width=1) if snapshot.dataset.is_classification \
            else pg.mkPen(*VALUE_OUTLINE, width=1)
        # At most MAX_DRAWN_POINTS of each set, evenly spaced: 100,000 points are a blot that takes
        # half a second to paint; a few thousand show the same shape.
        self._drawn_train, drawn_test = _evenly(self._train_xy.shape[1]), _evenly(self._test_xy.shape[1])
        d = self._drawn_train
        self.train_scatter.setData(x=self._train_xy[0, d], y=self._train_xy[1, d],
                                    brush=self._point_brushes(snapshot, np.asarray(prepared.train.y)[d]), pen=outline)
        self.test_scatter.setData(x=self._test_xy[0, drawn_test], y=self._test_xy[1, drawn_test],
                                   brush=self._point_brushes(snapshot, np.asarray(prepared.test.y)[drawn_test]))
        x1_min, x1_max, x2_min, x2_max = snapshot.bounds()
        self.plot.getPlotItem().setRange(xRange=(x1_min, x1_max), yRange=(x2_min, x2_max), padding=0)
        self._discretize_box.setEnabled(snapshot.hyperparameters.problem != "regression")
        self._show_selection(snapshot, force=True)

    def _on_structure_changed(self, snapshot: Snapshot) -> None:
        self._rebuild(snapshot)
        self._throttle.request()

    def _on_state_changed(self, snapshot: Snapshot) -> None:
        if snapshot.selection != self._selection:  # e.g. a selection the model dropped with a new run
            self._show_selection(snapshot)
        self._throttle.request()

    def _on_show_test_toggled(self, on: bool) -> None:
        self.test_scatter.setVisible(on)
        self._update_legend(self._session.snapshot)

    def _update_legend(self, snapshot: Snapshot) -> None:
        problem = snapshot.hyperparameters.problem
        names = snapshot.dataset.class_names
        neuron = self._neuron(snapshot)
        if neuron is not None:
            name = neuron_name(snapshot, *neuron)
            activation = neuron_activation(snapshot, neuron[0])
            shown = self.tr("input") if activation is None else activation_label(activation)
            lut = region_lut()
            title = self.tr("Neuron %1 (%2)\nclick it again for ŷ").replace("%1", name).replace("%2", shown)
            if probability_like(activation):
                self.legend.set_gradient(title, lut, "1", "0.5", "0")
            else:
                self.legend.set_gradient(title, lut, self.tr("positive"), "0", self.tr("negative"))
        elif problem == "multiclass":
            items = [(colors.class_color(k), self.tr("class %1").replace("%1", name)) for k, name in enumerate(names)]
            self.legend.set_swatches(self.tr("Predicted class"), items)
        elif problem == "binary":
            lut = region_lut()
            top, bottom = (self.tr("class %1").replace("%1", n) for n in (names[1], names[0]))
            self.legend.set_gradient(self.tr("Network output\nŷ = P(y = 1)"), lut, top, "0.5", bottom)
        else:
            lo, hi = value_levels(snapshot)
            lut = region_lut()
            self.legend.set_gradient(self.tr("Network output ŷ"), lut, f"{hi:.3g}", f"{(lo + hi) / 2:.3g}", f"{lo:.3g}")
        m, drawn = self._train_xy.shape[1], len(self._drawn_train)
        lines = [self.tr("● train points") if drawn == m else self.tr("● train points (%1 of %2 drawn)").replace(
            "%1", f"{drawn:,}").replace("%2", f"{m:,}")]
        if self._test_box.isChecked():
            lines.append(self.tr("◆ test points"))
        self.legend.set_footer("<br>".join(lines))

    # ------------------------------------------------------------------ selection
    def _on_selection_changed(self, snapshot: Snapshot) -> None:
        self._show_selection(snapshot)
        self._throttle.request()

    def _show_selection(self, snapshot: Snapshot, force: bool = False) -> None:
        """The legend (for a selected neuron) and the ring round the selected example."""
        old, self._selection = self._selection, snapshot.selection
        if force or old.neuron != snapshot.selection.neuron:
            self._update_legend(snapshot)
        i = snapshot.selection.example
        if i is None or i >= self._train_xy.shape[1]:
            self.example_marker.setData(x=[], y=[])
        else:
            self.example_marker.setData(x=[self._train_xy[0, i]], y=[self._train_xy[1, i]])

    def _on_mouse_clicked(self, event) -> None:
        """Clicking a training point follows that example through the network; elsewhere lets go."""
        if self.draw_mode or event.button() != Qt.MouseButton.LeftButton or self._train_xy.shape[1] == 0:
            return
        view_box = self.plot.getPlotItem().getViewBox()
        if not view_box.sceneBoundingRect().contains(event.scenePos()):
            return
        point = view_box.mapSceneToView(event.scenePos())
        self.select_example_near(point.x(), point.y())

    def select_example_near(self, x1: float, x2: float, radius_px: float = 10.0) -> int | None:
        """Select the training point within ``radius_px`` pixels of (x1, x2), or none."""
        view_box = self.plot.getPlotItem().getViewBox()
        sx, sy = view_box.viewPixelSize()
        d = self._drawn_train  # only a point drawn can be clicked
        d2 = ((self._train_xy[0, d] - x1) / sx) ** 2 + ((self._train_xy[1, d] - x2) / sy) ** 2
        k = int(np.argmin(d2))
        choice = int(d[k]) if d2[k] <= radius_px**2 else None
        self._session.selection.select_example(choice)
        return choice

    # ------------------------------------------------------------------ look and language
    def _throttled_redraw(self) -> None:
        self._drawn = None  # the same snapshot, drawn another way (discretized or not)
        self._throttle.request()

    def _retranslate(self) -> None:
        self._discretize_box.setText(self.tr("Discretize"))
        self._discretize_box.setToolTip(self.tr(
            "Colour each region by the predicted class only: ŷ > 0.5, or the most probable class."))
        self._test_box.setText(self.tr("Show test data"))
        self._test_box.setToolTip(self.tr("Also draw the test points (diamonds), which training never sees."))

    def _restyle(self) -> None:
        style_plot(self.plot, self.palette(), self.font(), {"bottom": self.tr("x₁"), "left": self.tr("x₂")})

    def changeEvent(self, event: QEvent) -> None:
        kind = event.type()
        if not hasattr(self, "_throttle"):
            pass  # still being built: the constructor styles and translates at its end
        elif kind == QEvent.Type.LanguageChange:
            self._retranslate()
            self._restyle()
            self._update_legend(self._session.snapshot)
        elif kind in (QEvent.Type.PaletteChange, QEvent.Type.FontChange):
            self._restyle()
        super().changeEvent(event)


if __name__ == "__main__":
    import sys

    from .preview import run_preview

    def _make(session: TrainingSession) -> DecisionBoundaryView:
        view = DecisionBoundaryView(session)
        view.set_show_test(True)
        return view

    sys.exit(run_preview(_make, "DecisionBoundaryView preview"))
