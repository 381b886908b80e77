"""The cost surface drawn: J as a heat map with contour lines, the path the two parameters took, the point now.

It draws a computed ``core.teaching.cost_surface.CostSurface`` (nothing is computed here
but the contour lines of its grid): pixel (i, j) is J at (values1[i], values2[j]); the
colours run from the lowest J (dark) to a high quantile of J (bright, higher values
clipped, so a steep rim does not wash out the valley); contour lines at J's quantiles;
the path in white with a dot per kept iteration; its start as a ring, the current
point as a star.
"""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ...core.teaching.cost_surface import CostSurface
from ..views.plot_style import style_plot
from ..views.cost_format import format_cost

Array = np.ndarray
#: The colours stop at this quantile of J (higher J all get the brightest colour).
TOP_QUANTILE = 0.95
#: Contour lines at these quantiles of J over the grid.
CONTOUR_QUANTILES = (0.02, 0.05, 0.1, 0.2, 0.35, 0.5, 0.7, 0.9)
PATH_COLOR = (255, 255, 255)
NOW_COLOR = (255, 70, 70)


def contour_lines(surface: CostSurface, level: float) -> tuple[Array, Array]:
    """The contour J = level in the parameters' values, as x, y with NaN between separate pieces."""
    pieces = pg.isocurve(surface.J.T, level, connected=True, extendToEdge=True)
    xs: list[float] = []
    ys: list[float] = []
    v1, v2 = surface.values1, surface.values2
    d1 = (v1[-1] - v1[0]) / (len(v1) - 1)
    d2 = (v2[-1] - v2[0]) / (len(v2) - 1)
    for piece in pieces:
        for i, j in piece:
            xs.append(v1[0] + i * d1)
            ys.append(v2[0] + j * d2)
        xs.append(math.nan)
        ys.append(math.nan)
    return np.asarray(xs), np.asarray(ys)


def colour_range(J: Array) -> tuple[float, float]:
    finite = J[np.isfinite(J)]
    if finite.size == 0:
        return 0.0, 1.0
    low, high = float(finite.min()), float(np.quantile(finite, TOP_QUANTILE))
    return low, high if high > low else low + 1e-12 + abs(low) * 1e-9


class SurfacePlot(QWidget):
    """A pyqtgraph plot of one CostSurface (``show_surface``) and the current point (``show_point``)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.surface: CostSurface | None = None
        self.plot = pg.PlotWidget(self)
        self.plot.setMenuEnabled(False)
        self.plot.getPlotItem().hideButtons()
        self.image = pg.ImageItem(axisOrder="col-major")
        self.plot.addItem(self.image)
        self.colour_bar = pg.ColorBarItem(values=(0.0, 1.0), colorMap=pg.colormap.get("viridis"),
                                          interactive=False, width=16)
        self.colour_bar.setImageItem(self.image, insert_in=self.plot.getPlotItem())
        self.contours: list[pg.PlotDataItem] = []
        self.path_item = pg.PlotDataItem(pen=pg.mkPen(PATH_COLOR, width=1.5), symbol="o", symbolSize=3,
                                         symbolPen=None, symbolBrush=pg.mkBrush(*PATH_COLOR))
        self.start_item = pg.ScatterPlotItem(size=11, pen=pg.mkPen(PATH_COLOR, width=2), brush=None, symbol="o")
        self.now_item = pg.ScatterPlotItem(size=18, pen=pg.mkPen("k", width=1), brush=pg.mkBrush(*NOW_COLOR),
                                           symbol="star")
        for item in (self.path_item, self.start_item, self.now_item):
            item.setZValue(10)
            self.plot.addItem(item)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot)
        self.titles = {"bottom": "", "left": ""}

    # ------------------------------------------------------------------ drawing
    def set_titles(self, bottom: str, left: str) -> None:
        self.titles = {"bottom": bottom, "left": left}
        self._style()

    def _style(self) -> None:
        style_plot(self.plot, self.palette(), self.font(), self.titles)
        text = self.palette().color(QPalette.ColorRole.Text)
        axis = self.colour_bar.axis  # the colour bar's own axis: J, in the theme's text colour
        axis.setPen(text)
        axis.setTextPen(text)
        axis.setLabel("J", color=text.name(), **{"font-size": f"{max(self.font().pointSizeF(), 9) + 2:.0f}pt"})

    def show_surface(self, surface: CostSurface) -> None:
        """Draw ``surface``: the heat map, contours, path and current point; the view fits the grid."""
        self.surface = surface
        v1, v2, J = surface.values1, surface.values2, surface.J
        low, high = colour_range(J)
        self.image.setImage(np.nan_to_num(J.T, nan=high, posinf=high), autoLevels=False, levels=(low, high))
        self.colour_bar.setLevels((low, high))
        d1 = (v1[-1] - v1[0]) / (len(v1) - 1)
        d2 = (v2[-1] - v2[0]) / (len(v2) - 1)
        self.image.setRect(QRectF(v1[0] - d1 / 2, v2[0] - d2 / 2, d1 * len(v1), d2 * len(v2)))
        for item in self.contours:
            self.plot.removeItem(item)
        self.contours = []
        finite = J[np.isfinite(J)]
        if finite.size:
            for level in sorted(set(float(np.quantile(finite, q)) for q in CONTOUR_QUANTILES)):
                x, y = contour_lines(surface, level)
                if x.size:
                    item = pg.PlotDataItem(x, y, connect="finite", pen=pg.mkPen(255, 255, 255, 110, width=1))
                    item.setToolTip(f"J = {format_cost(level)}")
                    self.plot.addItem(item)
                    self.contours.append(item)
        self.path_item.setData(surface.path[:, 0], surface.path[:, 1])
        self.start_item.setData([surface.path[0, 0]], [surface.path[0, 1]])
        self.show_point(*surface.center)
        box = self.plot.getPlotItem().getViewBox()
        box.setRange(xRange=(v1[0] - d1 / 2, v1[-1] + d1 / 2), yRange=(v2[0] - d2 / 2, v2[-1] + d2 / 2), padding=0)

    def show_point(self, x: float, y: float) -> None:
        """The two parameters' values in the snapshot shown (the surface's centre when it was computed)."""
        self.now_item.setData([x], [y])

    def point(self) -> tuple[float, float] | None:
        data = self.now_item.data
        if len(data) == 0:
            return None
        return float(data["x"][0]), float(data["y"][0])

    def clear(self) -> None:
        self.surface = None
        self.image.clear()
        for item in self.contours:
            self.plot.removeItem(item)
        self.contours = []
        for item in (self.path_item, self.start_item, self.now_item):
            item.setData([], [])

    def changeEvent(self, event) -> None:  # noqa: ANN001 - the theme changed: restyle the axes
        super().changeEvent(event)
        if hasattr(self, "titles") and event.type() in (event.Type.PaletteChange, event.Type.FontChange):
            self._style()
