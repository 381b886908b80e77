"""The cost curve's reference run: core's functions from the same start, while the run trains with the student's.

While ``snapshot.yours`` is set (the run's iterations use the student's functions, see
core.student.your_trainer), the cost view draws a second curve: the cost of core's own
run from the same parameters, one iteration for each of theirs. A right implementation
draws on top of it; a wrong gradient shows as the two curves drifting apart. The train
curve's legend entry then says whose functions it is.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt

from ...core.session import Snapshot
from .cost_format import finite_points

#: Core's run as a grey band under the student's coloured curve: it is the yardstick, not the subject.
REFERENCE_COLOR_LIGHT = (120, 120, 120)
REFERENCE_COLOR_DARK = (190, 190, 190)


class ReferenceCurve:
    """The reference curve on ``plot_item`` (drawn under the train curve); ``shown`` while the run is theirs."""

    def __init__(self, plot_item: pg.PlotItem) -> None:
        self.shown = False
        self.curve = pg.PlotDataItem()
        self.curve.setZValue(-1)
        plot_item.addItem(self.curve)
        self.curve.setDownsampling(auto=True, method="peak")
        self.curve.setClipToView(True)

    def show_snapshot(self, snapshot: Snapshot, drawable) -> bool:
        """Draw the snapshot's reference costs (``drawable`` filters them for the axes); True if ``shown``
        changed (the legend then changes)."""
        yours = snapshot.yours
        was = self.shown
        self.shown = yours is not None
        if yours is None:
            self.curve.setData(np.empty(0), np.empty(0))
        else:
            self.curve.setData(*drawable(*finite_points(yours.reference.iterations, yours.reference.costs)))
        return was != self.shown

    def data(self) -> tuple[np.ndarray, np.ndarray]:
        x, y = self.curve.getData()
        return (np.empty(0), np.empty(0)) if x is None else (x, y)

    def fill_legend(self, legend: pg.LegendItem, train_curve: pg.PlotDataItem) -> None:
        """The train curve's entry (whose functions) and, while shown, the reference's."""
        if not self.shown:
            legend.addItem(train_curve, QCoreApplication.translate("CostCurveView", "train cost"))
            return
        legend.addItem(train_curve, QCoreApplication.translate("CostCurveView", "your functions"))
        legend.addItem(self.curve, QCoreApplication.translate("CostCurveView", "core's, same start"))

    def restyle(self, dark: bool) -> None:
        colour = REFERENCE_COLOR_DARK if dark else REFERENCE_COLOR_LIGHT
        # A wide translucent band under the thin train curve: where the two runs agree the student's curve
        # lies inside it. (Wide pens cost a few ms a frame; only while their functions train, which is slower.)
        self.curve.setPen(pg.mkPen(*colour, 110, width=5, style=Qt.PenStyle.SolidLine))
