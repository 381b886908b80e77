"""The cost curve's "diverged at N" line: a dashed vertical line where training stopped, labelled.

It shows while the snapshot says training has diverged (the parameters kept are
those of iteration N), and counts in the x range: the failed iteration is one
past the last plotted cost. The label sits left of the line (the line is at the
right end of the curve), low (the legend takes the top right, even in a short
dock), on a backing so it reads over the curves.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor

from ...core.session import Snapshot


class DivergenceMarker:
    """The line and its label on ``plot_item``; ``iteration`` is N while it shows, else None."""

    def __init__(self, plot_item: pg.PlotItem) -> None:
        self.iteration: int | None = None
        self.line = pg.InfiniteLine(angle=90, movable=False, label="",
                                    labelOpts={"position": 0.18, "anchors": [(1.05, 0.5), (1.05, 0.5)]})
        self.line.setZValue(5)
        self.line.hide()
        plot_item.addItem(self.line)

    def label_text(self) -> str:
        # Translated under the CostCurveView context, where this text was first written.
        return QCoreApplication.translate("CostCurveView", "diverged at %1").replace("%1", f"{self.iteration:,}")

    def shown(self) -> tuple[int, str] | None:
        """(iteration, label) while the line shows, else None."""
        if self.iteration is None or not self.line.isVisible():
            return None
        return self.iteration, self.label_text()

    def show_snapshot(self, snapshot: Snapshot) -> None:
        """The line while the snapshot says training stopped there."""
        at = None if snapshot.divergence is None else snapshot.divergence.iteration
        if at == self.iteration:
            return
        self.iteration = at
        if at is None:
            self.line.hide()
            return
        self.line.setPos(at)
        self.line.show()
        self.retranslate()  # after show(): a hidden label ignores its new text

    def retranslate(self) -> None:
        if self.iteration is not None:
            # InfLineLabel formats its text with str.format: braces would be taken for fields.
            self.line.label.setFormat(self.label_text().replace("{", "{{").replace("}", "}}"))

    def restyle(self, text: QColor, backing: QColor, frame: QColor) -> None:
        # Dashed in the text colour: one line, so the dash pattern costs nothing.
        self.line.setPen(pg.mkPen(text, width=1.5, style=Qt.PenStyle.DashLine))
        self.line.label.setColor(text)
        self.line.label.fill = pg.mkBrush(backing)
        self.line.label.border = pg.mkPen(frame)
