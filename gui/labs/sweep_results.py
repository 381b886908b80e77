"""SweepResultsView: a sweep's cost curves overlaid in one plot, and its results table.

One colour per run, the same in the plot's legend and in the table's first
column; runs that did not finish (cancelled, diverged) are in italics and say
where they stopped. Between the plot and the table, each run's final decision boundary
as a thumbnail framed in its colour (gui/labs/boundary_thumbnails.py; core computed it
at the run's end). The view only shows ``core.teaching.experiments.RunResult``s it is
given; the experiment runner owns the sweep.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QCheckBox, QHeaderView, QSplitter, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from ...core.data.datasets import Dataset
from ...core.teaching.experiments import RunResult, value_text
from ..support import colors
from ..views.plot_style import is_dark, style_plot
from ..views.cost_curve import format_cost, format_percent
from .boundary_thumbnails import ThumbnailStrip

#: Run colours from the app's colour-blind-safe palette, ordered so neighbours differ most
#: (its yellow is left out: unreadable on white). Black becomes white on a dark theme.
RUN_COLORS = [colors.CLASS_COLORS[k] for k in (1, 0, 2, 3, 8, 5, 9, 6, 7)]
SYMBOLS = {"hidden_units": "n[1]", "learning_rate": "α", "activation": "g", "initialization": "init",
           "depth": "L − 1"}
COLUMNS = 6  # value, train cost, test cost, train accuracy, test accuracy, seconds


class SweepResultsView(QWidget):
    """Cost curves (with a legend and a log-scale toggle) over a table of final metrics per run."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._parameter = "hidden_units"
        self._curves: list[pg.PlotDataItem] = []
        self._runs: list[RunResult] = []  # kept so a new language can re-text the first column
        self.dataset: Dataset | None = None  # the points the runs trained on (drawn on the thumbnails)

        self.plot = pg.PlotWidget(self)
        item = self.plot.getPlotItem()
        item.setMenuEnabled(False)
        item.getAxis("left").enableAutoSIPrefix(False)
        item.getAxis("bottom").enableAutoSIPrefix(False)
        self.legend = item.addLegend(offset=(-10, 10), labelTextSize="10pt")
        self.log_box = QCheckBox(self)
        self.log_box.toggled.connect(lambda on: self.plot.getPlotItem().setLogMode(x=False, y=on))
        plot_box = QWidget(self)
        plot_layout = QVBoxLayout(plot_box)
        plot_layout.setContentsMargins(0, 0, 0, 0)
        plot_layout.addWidget(self.log_box)
        plot_layout.addWidget(self.plot, 1)

        self.table = QTableWidget(0, COLUMNS, self)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)

        self.thumbnails = ThumbnailStrip(self)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(plot_box)
        splitter.addWidget(self.thumbnails)
        splitter.addWidget(self.table)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 0)
        splitter.setStretchFactor(2, 2)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([360, self.thumbnails.height(), 220])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.clear(self._parameter)
        self._retranslate()

    # ------------------------------------------------------------------ public
    def clear(self, parameter: str, dataset: Dataset | None = None) -> None:
        """Empty plot, thumbnails and table, headed for a sweep over ``parameter`` (on ``dataset``'s points)."""
        self._parameter = parameter
        self.dataset = dataset
        self.thumbnails.clear()
        for curve in self._curves:
            self.plot.getPlotItem().removeItem(curve)
        self._curves.clear()
        self._runs.clear()
        self.legend.clear()
        self.table.setRowCount(0)
        self._set_headers()

    def _set_headers(self) -> None:
        self.table.setHorizontalHeaderLabels([
            SYMBOLS.get(self._parameter, self._parameter), self.tr("Train cost"), self.tr("Test cost"),
            self.tr("Train accuracy"), self.tr("Test accuracy"), self.tr("Time (s)")])

    def add_run(self, run: RunResult) -> None:
        """One more curve and one more row, in the next colour."""
        color = RUN_COLORS[len(self._curves) % len(RUN_COLORS)]
        if color == (0, 0, 0) and is_dark(self.palette()):
            color = (235, 235, 235)
        curve = pg.PlotDataItem(pen=pg.mkPen(*color, width=2))  # drawn once, not per frame: 2 px is affordable
        # Added empty, then filled: clip-to-view needs the item inside its ViewBox before it has data.
        self.plot.getPlotItem().addItem(curve)
        curve.setDownsampling(auto=True, method="peak")
        curve.setClipToView(True)
        curve.setData(np.arange(len(run.costs), dtype=float), run.costs)
        self._curves.append(curve)
        self._runs.append(run)
        self.legend.addItem(curve, run.label)
        self.legend.setColumnCount(1 + (len(self._curves) - 1) // 4)  # more than 4 runs: side by side
        self._add_row(run, color)
        self.thumbnails.add(run, self.dataset, color, *self._thumbnail_texts(run))

    def table_text(self) -> list[list[str]]:
        """The table's cells as the user reads them, row by row."""
        return [[self.table.item(r, c).text() for c in range(self.table.columnCount())]
                for r in range(self.table.rowCount())]

    def curve_data(self) -> list[tuple[np.ndarray, np.ndarray]]:
        """(iterations, costs) of each plotted curve, in run order."""
        return [curve.getData() for curve in self._curves]

    # ------------------------------------------------------------------ internals
    def _add_row(self, run: RunResult, color: tuple[int, int, int]) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        cells = [self._value_cell(run), format_cost(run.train_cost), format_cost(run.test_cost), format_percent(run.train_accuracy),
                 format_percent(run.test_accuracy), f"{run.seconds:.2f}"]
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            if column:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if run.status != "finished":
                font = item.font()
                font.setItalic(True)
                item.setFont(font)
            self.table.setItem(row, column, item)
        self.table.item(row, 0).setData(Qt.ItemDataRole.DecorationRole, QColor(*color))  # the curve's colour

    def _thumbnail_texts(self, run: RunResult) -> tuple[str, str]:
        """A thumbnail's caption (the value, the training accuracy) and its tooltip."""
        value = value_text(self._parameter, run.value)
        caption = f"{SYMBOLS.get(self._parameter, self._parameter)} = {value}"
        if run.train_accuracy is not None:
            caption += "\n" + format_percent(run.train_accuracy)
        tooltip = self.tr("The decision boundary at the end of this run (%1 iterations), computed from its final "
                          "parameters: compare how each value shapes the regions.").replace("%1", f"{run.iterations:,}")
        return caption, tooltip

    def _value_cell(self, run: RunResult) -> str:
        """The first column: the value tried, and how the run ended if it did not finish."""
        value = value_text(self._parameter, run.value)
        if run.status == "cancelled":
            return self.tr("%1 (stopped at %2)").replace("%1", value).replace("%2", f"{run.iterations:,}")
        if run.status == "diverged":
            return self.tr("%1 (diverged at %2)").replace("%1", value).replace("%2", f"{run.iterations:,}")
        return value

    def _retranslate(self) -> None:
        """Every text in the current language (at start and on QEvent.LanguageChange)."""
        self.log_box.setText(self.tr("Log scale"))
        self.log_box.setToolTip(self.tr("Logarithmic cost axis: separates runs whose costs end close together."))
        self._set_headers()
        for row, run in enumerate(self._runs):
            self.table.item(row, 0).setText(self._value_cell(run))
            self.thumbnails.set_caption(row, *self._thumbnail_texts(run))
        self._restyle()  # the axis titles

    def _restyle(self) -> None:
        palette = self.palette()
        style_plot(self.plot, palette, self.font(), {"bottom": self.tr("iteration"), "left": self.tr("cost J")})
        self.legend.setLabelTextColor(palette.color(QPalette.ColorRole.Text))
        frame = QColor(palette.color(QPalette.ColorRole.Base))
        frame.setAlphaF(0.85)
        self.legend.setBrush(pg.mkBrush(frame))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.FontChange) and hasattr(self, "legend"):
            self._restyle()
        elif event.type() == QEvent.Type.LanguageChange and hasattr(self, "legend"):
            self._retranslate()
        super().changeEvent(event)


if __name__ == "__main__":  # preview: python -m backprop_studio.gui.labs.sweep_results (a small sweep, run synchronously)
    import sys

    from PySide6.QtWidgets import QApplication

    from ...core.teaching.experiments import run_sweep
    from ...core.training.hyperparameters import Hyperparameters
    from ...core.data.pipeline import DataSpec, fit_problem, prepare

    app = QApplication(sys.argv)
    dataset = DataSpec().make()
    hp = fit_problem(Hyperparameters(), dataset)
    view = SweepResultsView()
    view.clear("learning_rate")
    for result in run_sweep(prepare(dataset, hp), hp, "learning_rate", (0.01, 0.1, 1.2, 10.0), 1500).runs:
        view.add_run(result)
    view.setWindowTitle("SweepResultsView preview")
    view.resize(760, 620)
    view.show()
    sys.exit(app.exec())
