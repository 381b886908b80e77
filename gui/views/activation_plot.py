"""ActivationPlotView: a hidden layer's g(z) and g'(z), with where its z values really are.

Over the two curves a histogram shows the layer's Z (every unit, every training example;
at most SAMPLE evenly spaced examples of a very large training set, and the view says so)
from the latest snapshot, computed by the session's renderer off the window's thread, so a student sees z pile up where tanh is
flat (large initial weights: learning crawls) or ReLU units stuck at z ≤ 0. Under the plot
one sentence gives the number that matters for this activation (core.nn.activation_stats).
What to say and draw for an activation (the saturation line, its label) comes from the
activation object's own facts, so a new activation needs no change here.

The histogram has its own y axis on the right (counts) in a second ViewBox that shares
the x axis (z), drawn behind the curves.
"""

from __future__ import annotations

import html
import threading

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QSignalBlocker, Qt
from PySide6.QtGui import QColor, QHideEvent, QPalette, QShowEvent
from PySide6.QtWidgets import QComboBox, QGridLayout, QHBoxLayout, QLabel, QStackedWidget, QVBoxLayout, QWidget

from ...core.nn.activation_stats import (
    SATURATION_THRESHOLD, activation_curve, histogram_edges, z_range,
)
from ...core.nn.activations import get_activation
from ...core.session import Snapshot
from ..model.session import TrainingSession
from ..support import colors
from ..support.messages import activation_label
from ..support.throttle import Throttle
from .activation_health import SAMPLE, health_sentence, sampled_Zs  # noqa: F401 (SAMPLE, sampled_Zs: re-exported)
from .plot_style import is_dark, style_plot

Array = np.ndarray

BINS = 60
#: At most 10 redraws a second: a forward pass over the training set each time, and a histogram.
REDRAW_INTERVAL_MS = 100
G_COLOR_LIGHT, G_COLOR_DARK = (35, 75, 130), (120, 175, 235)
DG_COLOR = colors.NEGATIVE
HISTOGRAM_ALPHA = 55
#: What each entry of the key under the plot looks like (coloured in the curve's colour).
KEY_SYMBOLS = {"g": "━━", "dg": "━━", "histogram": "▇", "threshold": "╍╍"}


def _blend(base: QColor, ink: QColor, amount: float) -> str:
    """The colour ``ink`` drawn at opacity ``amount`` over ``base``, as #rrggbb (for the key's swatch)."""
    mixed = [round(b + (i - b) * amount) for b, i in zip(base.getRgb()[:3], ink.getRgb()[:3])]
    return QColor(*mixed).name()


class ActivationPlotView(QWidget):
    """g(z), g'(z) and a histogram of Z for one hidden layer, with its saturation or dead units."""

    def __init__(self, session: TrainingSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._layer = 1
        self._counts = np.zeros(0, dtype=np.int64)
        self._edges = np.zeros(0)
        self._curves: tuple[Array, Array, Array] = (np.zeros(0), np.zeros(0), np.zeros(0))
        self._dirty = True
        self._structure_version: int | None = None  # of the snapshot the layer picker was filled from
        self._legend_key: tuple[str, int] | None = None
        self._key_colors: dict[str, str] = {}

        self._layer_label = QLabel(self)
        self._layer_combo = QComboBox(self)
        self._layer_combo.currentIndexChanged.connect(self._on_layer_picked)
        self._layer_label.setBuddy(self._layer_combo)

        self.plot = pg.PlotWidget(self)
        item = self.plot.getPlotItem()
        item.setMouseEnabled(False, False)
        item.setMenuEnabled(False)
        item.hideButtons()
        for name in ("left", "bottom", "right"):
            item.getAxis(name).enableAutoSIPrefix(False)
        item.showAxis("right")
        # The histogram's own ViewBox: same z axis, counts on the right axis, behind the curves.
        self._histogram_box = pg.ViewBox(enableMouse=False)
        self._histogram_box.setMenuEnabled(False)
        item.scene().addItem(self._histogram_box)
        item.getAxis("right").linkToView(self._histogram_box)
        self._histogram_box.setXLink(item)
        self._histogram_box.setZValue(-100)
        item.getViewBox().sigResized.connect(self._sync_boxes)
        self._histogram = pg.PlotDataItem(stepMode="center", fillLevel=0)
        self._histogram_box.addItem(self._histogram)

        self._g_curve = pg.PlotDataItem()
        self._dg_curve = pg.PlotDataItem()
        item.addItem(self._g_curve)
        item.addItem(self._dg_curve)
        # |g'(z)| = 0.05: below this dotted line a sigmoid or tanh unit counts as saturated.
        self._threshold_line = pg.InfiniteLine(pos=SATURATION_THRESHOLD, angle=0, movable=False)
        item.addItem(self._threshold_line, ignoreBounds=True)
        # The key sits under the plot, not in it: inside it would hide the curves where they matter.
        self._key_labels = {key: QLabel(self) for key in ("g", "dg", "histogram", "threshold")}

        self._stats_label = QLabel(self)
        self._stats_label.setWordWrap(True)
        self._stats_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        header = QHBoxLayout()
        header.addWidget(self._layer_label)
        header.addWidget(self._layer_combo, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(header)
        # Page 0: the plot; page 1: a note when the network has no hidden layer.
        self._pages = QStackedWidget(self)
        self._pages.addWidget(self.plot)
        self._no_layer_note = QLabel(self)
        self._no_layer_note.setWordWrap(True)
        self._no_layer_note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._no_layer_note.setMargin(24)
        self._pages.addWidget(self._no_layer_note)
        layout.addWidget(self._pages, 1)
        # Two columns: the key stays readable in a narrow dock and with longer (Chinese) labels.
        key_grid = QGridLayout()
        key_grid.setHorizontalSpacing(16)
        for i, label in enumerate(self._key_labels.values()):
            label.setWordWrap(True)
            key_grid.addWidget(label, i // 2, i % 2)
        layout.addLayout(key_grid)
        layout.addWidget(self._stats_label)

        self._throttle = Throttle(self._redraw_if_visible, REDRAW_INTERVAL_MS, parent=self)
        session.structure_changed.connect(self._on_structure_changed)
        session.state_changed.connect(self._throttle.request)
        self._product = ("activation histogram", id(self))
        # The renderer's thread computes it only while the plot can be seen (a hidden tab costs nothing and
        # catches up when shown); asked on this thread (a redraw), it is always computed.
        session.renderer.want(self._product, lambda snapshot: sampled_Zs(snapshot) if self._seen or (
            threading.current_thread() is threading.main_thread()) else None)
        self._seen = False
        session.renderer.rendered.connect(self._on_rendered)
        self._drawn = -1  # the version of the snapshot drawn
        session.selection_changed.connect(self._on_selection_changed)

        self._retranslate()
        self._restyle()
        snapshot = session.snapshot
        self._fill_layer_combo(snapshot, self._initial_layer(snapshot))
        self.redraw_now()

    # ------------------------------------------------------------------ public (tests, main window)
    def histogram_data(self) -> tuple[Array, Array]:
        """(counts (BINS,), edges (BINS + 1,)) of the histogram as drawn."""
        return self._counts.copy(), self._edges.copy()

    def curve_data(self) -> tuple[Array, Array, Array]:
        """(z, g(z), g'(z)) as drawn (empty without a hidden layer)."""
        return tuple(a.copy() for a in self._curves)  # type: ignore[return-value]

    def stats_text(self) -> str:
        """The sentence under the plot (saturation, dead units, or why neither happens)."""
        return self._stats_label.text()

    def saturation_line_shown(self) -> bool:
        """True while the dashed |g'(z)| = 0.05 line (and its key) is drawn: only for activations that saturate."""
        return self._threshold_line.isVisible() and not self._key_labels["threshold"].isHidden()

    def layer(self) -> int:
        """The hidden layer l shown (1-based)."""
        return self._layer

    def layer_choices(self) -> list[str]:
        return [self._layer_combo.itemText(i) for i in range(self._layer_combo.count())]

    def set_layer(self, layer: int) -> None:
        """Show hidden layer ``layer`` (1-based); ignored if there is no such hidden layer."""
        index = self._layer_combo.findData(int(layer))
        if index >= 0:
            self._layer_combo.setCurrentIndex(index)

    def redraw_now(self) -> None:
        """Z of the layer on the training set, from the latest snapshot, and everything drawn from it."""
        self._throttle.cancel()
        self._dirty = False
        snapshot = self._session.snapshot
        if snapshot.structure_version != self._structure_version:
            self._fill_layer_combo(snapshot, self._layer)
        hp = snapshot.hyperparameters
        if hp.n_hidden_layers == 0 or not 1 <= self._layer <= hp.n_hidden_layers:
            self._show_no_hidden_layer()
            return
        ready = self._session.rendered(self._product)
        if ready is not None:
            self._draw(snapshot, *ready)
            return
        newest = self._session.renderer.newest(self._product)  # playing: the newest the renderer has
        if newest is not None and newest[0].structure_version == self._structure_version \
                and newest[0].version > self._drawn:
            self._draw(newest[0], *newest[1])

    def _on_rendered(self, _snapshot: Snapshot) -> None:
        self._throttle.request()  # at most REDRAW_INTERVAL_MS apart, not once per snapshot

    def _draw(self, snapshot: Snapshot, Zs: list[Array], sampled: int, m: int) -> None:
        self._drawn = snapshot.version
        hp = snapshot.hyperparameters
        self._pages.setCurrentIndex(0)
        self._stats_label.show()
        Z = Zs[self._layer - 1]
        name = snapshot.activations[self._layer - 1]
        saturates = get_activation(name).saturates
        lo, hi = z_range(Z)
        self._curves = activation_curve(name, lo, hi, alpha=hp.leaky_alpha)
        self._edges = histogram_edges(lo, hi, BINS)
        self._counts, _ = np.histogram(Z[np.isfinite(Z)], bins=self._edges)
        z, g, dg = self._curves
        self._g_curve.setData(z, g)
        self._dg_curve.setData(z, dg)
        self._histogram.setData(self._edges, self._counts.astype(float))
        self.plot.getPlotItem().setXRange(lo, hi, padding=0)
        self._histogram_box.setYRange(0.0, max(1.0, float(self._counts.max(initial=0))) * 1.1, padding=0)
        self._threshold_line.setVisible(saturates)
        self._fill_legend(name, saturates)
        self._stats_label.setText(health_sentence(Z, name, hp.leaky_alpha, self._curves[2], sampled, m))

    # ------------------------------------------------------------------ internals
    @staticmethod
    def _initial_layer(snapshot: Snapshot) -> int:
        neuron = snapshot.selection.neuron
        if neuron is not None and 1 <= neuron[0] <= snapshot.hyperparameters.n_hidden_layers:
            return neuron[0]
        return 1

    def _show_no_hidden_layer(self) -> None:
        empty = np.zeros(0)
        self._curves = (empty, empty, empty)
        self._counts, self._edges = np.zeros(0, dtype=np.int64), empty
        for curve in (self._g_curve, self._dg_curve, self._histogram):
            curve.setData([], [])
        self._threshold_line.setVisible(False)
        for label in self._key_labels.values():
            label.hide()
        self._legend_key = None
        self._pages.setCurrentIndex(1)
        self._stats_label.hide()
        self._no_layer_note.setText(self.no_layer_text())
        self._stats_label.setText(self._no_layer_note.text())

    def no_layer_text(self) -> str:
        return self.tr(
            "This network has no hidden layer: it is logistic regression, and its only activation is the "
            "output's sigmoid. Add a hidden layer to see its g(z), g'(z) and where its z values lie."
        )

    def _fill_layer_combo(self, snapshot: Snapshot, wanted: int) -> None:
        self._structure_version = snapshot.structure_version
        hp = snapshot.hyperparameters
        with QSignalBlocker(self._layer_combo):
            self._layer_combo.clear()
            for l, name in enumerate(hp.hidden_activations, start=1):
                text = self.tr("Layer %1 (%2)").replace("%1", str(l)).replace("%2", activation_label(name))
                self._layer_combo.addItem(text, l)
            self._layer = wanted if 1 <= wanted <= hp.n_hidden_layers else 1
            self._layer_combo.setCurrentIndex(max(0, self._layer_combo.findData(self._layer)))
        self._layer_combo.setEnabled(hp.n_hidden_layers > 0)

    def _on_layer_picked(self, index: int) -> None:
        if index < 0:
            return
        self._layer = int(self._layer_combo.itemData(index))
        self.redraw_now()

    def _on_structure_changed(self, snapshot: Snapshot) -> None:
        self._fill_layer_combo(snapshot, self._layer)
        self._throttle.request()

    def _on_selection_changed(self, snapshot: Snapshot) -> None:
        # Follow the student's pick: clicking a neuron of hidden layer l shows layer l here.
        neuron = snapshot.selection.neuron
        if neuron is not None and 1 <= neuron[0] <= snapshot.hyperparameters.n_hidden_layers:
            self.set_layer(neuron[0])

    def _redraw_if_visible(self) -> None:
        # A closed dock costs nothing: it catches up when it is shown again.
        if self.isVisible():
            self.redraw_now()
        else:
            self._dirty = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._seen = True
        if self._dirty:
            self._throttle.request()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self._seen = False

    def _sync_boxes(self) -> None:
        main = self.plot.getPlotItem().getViewBox()
        self._histogram_box.setGeometry(main.sceneBoundingRect())
        self._histogram_box.linkedViewChanged(main, self._histogram_box.XAxis)

    def _fill_legend(self, name: str, saturates: bool) -> None:
        if self._legend_key == (name, self._layer):
            return  # unchanged
        self._legend_key = (name, self._layer)
        label = activation_label(name)
        texts = {
            "g": self.tr("g(z) = %1(z)").replace("%1", label),
            "dg": self.tr("g'(z), its slope"),
            "histogram": self.tr("z of layer %1 on the training set (right axis)").replace("%1", str(self._layer)),
            "threshold": self.tr("|g'(z)| = %1").replace("%1", f"{SATURATION_THRESHOLD:g}"),
        }
        for key, widget in self._key_labels.items():
            swatch = f'<span style="color:{self._key_colors[key]}">{KEY_SYMBOLS[key]}</span>'
            widget.setText(f"{swatch}&nbsp;{html.escape(texts[key])}")
            widget.show()
        self._key_labels["threshold"].setVisible(saturates)  # the line only matters where g' can vanish

    def _retranslate(self) -> None:
        self._layer_label.setText(self.tr("&Layer:"))
        self._layer_combo.setPlaceholderText(self.tr("no hidden layer"))
        self._layer_combo.setToolTip(self.tr(
            "Which hidden layer l to show: its activation g[l] and the values Z[l] = W[l] A[l-1] + b[l]."))
        self.plot.setToolTip(self.tr(
            "Curves: the activation g(z) and its slope g'(z). Bars: how many of the layer's z values "
            "(every unit × every training example) fall at each z."))

    def _restyle(self) -> None:
        palette = self.palette()
        style_plot(self.plot, palette, self.font(), {
            "bottom": self.tr("z"), "left": self.tr("g(z), g'(z)"), "right": self.tr("number of z values")})
        text = palette.color(QPalette.ColorRole.Text)
        g_color = G_COLOR_DARK if is_dark(palette) else G_COLOR_LIGHT
        self._g_curve.setPen(pg.mkPen(*g_color, width=2.5))
        self._dg_curve.setPen(pg.mkPen(*DG_COLOR, width=2.5))
        bars = QColor(text)
        bars.setAlpha(HISTOGRAM_ALPHA)
        outline = QColor(text)
        outline.setAlpha(HISTOGRAM_ALPHA + 40)
        self._histogram.setBrush(pg.mkBrush(bars))
        self._histogram.setPen(pg.mkPen(outline, width=1))
        line = QColor(*DG_COLOR)
        line.setAlpha(170)
        self._threshold_line.setPen(pg.mkPen(line, width=1, style=Qt.PenStyle.DashLine))
        self._key_colors = {"g": QColor(*g_color).name(), "dg": QColor(*DG_COLOR).name(),
                            "histogram": _blend(palette.color(QPalette.ColorRole.Base), text, (HISTOGRAM_ALPHA + 30) / 255), "threshold": line.name()}
        self._legend_key = None  # the key's colours changed: rebuild it on the next redraw

    def changeEvent(self, event: QEvent) -> None:
        kind = event.type()
        if not hasattr(self, "_throttle"):
            pass  # still being built
        elif kind == QEvent.Type.LanguageChange:
            self._retranslate()
            self._restyle()
            self._fill_layer_combo(self._session.snapshot, self._layer)
            self.redraw_now()
        elif kind in (QEvent.Type.PaletteChange, QEvent.Type.FontChange):
            self._restyle()
            self.redraw_now()
        super().changeEvent(event)


if __name__ == "__main__":
    import sys

    from PySide6.QtWidgets import QApplication

    from ...core.training.hyperparameters import Hyperparameters

    app = QApplication(sys.argv)
    choice = sys.argv[1] if len(sys.argv) > 1 else "tanh"
    scale = float(sys.argv[2]) if len(sys.argv) > 2 else 0.01
    layers = {"hidden_units": (), "hidden_activations": ()} if choice == "none" else \
        {"hidden_units": (8,), "hidden_activations": (choice,)}
    preview_session = TrainingSession(hyperparameters=Hyperparameters(init_scale=scale, **layers))
    for _ in range(200):
        preview_session.step_iteration()
    view = ActivationPlotView(preview_session)
    view.setWindowTitle("ActivationPlotView preview")
    view.resize(int(sys.argv[3]) if len(sys.argv) > 3 else 640, 480)
    view.show()
    sys.exit(app.exec())
