"""One look for every pyqtgraph plot, taken from the Qt palette.

Plots follow the app's light or dark theme this way (pyqtgraph's own default
is a black background whatever the theme): the background is the palette's
Base, axis lines and tick labels its Text.

An axis title longer than its axis (a short dock: "number of z values" beside
an axis 90 px tall) is elided to fit, with "…", and the whole title becomes the
axis's tooltip; it is re-fitted whenever the axis changes size.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPalette
from shiboken6 import isValid

AXES = ("left", "bottom", "right", "top")


def is_dark(palette: QPalette) -> bool:
    """True when the theme draws light text on a dark background."""
    return palette.color(QPalette.ColorRole.Base).lightnessF() < 0.5


def style_plot(widget: pg.PlotWidget, palette: QPalette, font: QFont, titles: dict[str, str]) -> None:
    """Background, axis lines, tick labels and axis ``titles`` ({"bottom": "x₁", ...}) in the theme's colours."""
    base = palette.color(QPalette.ColorRole.Base)
    text = palette.color(QPalette.ColorRole.Text)
    # Axis lines slightly softer than text so the data stays the strongest ink.
    line = QColor(text)
    line.setAlphaF(0.6)
    widget.setBackground(base)
    item = widget.getPlotItem()
    # Titles a bit larger than tick labels: they are read from the back of a lecture hall.
    size = f"{max(font.pointSizeF(), 9.0) * 1.15:.1f}pt"
    for name in AXES:
        axis = item.getAxis(name)
        axis.setPen(pg.mkPen(line))
        axis.setTextPen(pg.mkPen(text))
        axis.setTickFont(font)
        if name in titles:
            title_font = QFont(font)
            title_font.setPointSizeF(float(size[:-2]))
            axis.full_title = (titles[name], {"color": text.name(), "font-size": size}, title_font)
            if not getattr(axis, "fits_title", False):
                axis.fits_title = True
                axis.geometryChanged.connect(lambda axis=axis: fit_axis_title(axis))
            axis.setLabel(titles[name], **axis.full_title[1])
            fit_axis_title(axis)


def fit_axis_title(axis: pg.AxisItem) -> None:
    """Elide ``axis``'s title (set by ``style_plot``) to the axis's length; the full title in its tooltip."""
    if not isValid(axis):  # a geometry change while the plot is being destroyed
        return
    title, style, font = getattr(axis, "full_title", (None, None, None))
    if title is None or not axis.isVisible():
        return
    length = axis.geometry().height() if axis.orientation in ("left", "right") else axis.geometry().width()
    if length <= 0:
        return
    margin = 2 * axis.label.document().documentMargin() + 4
    shown = QFontMetricsF(font).elidedText(title, Qt.TextElideMode.ElideRight, max(0.0, length - margin))
    axis.setToolTip(title if shown != title else "")
    if shown != axis.labelText:
        axis.setLabel(shown, **style)
    # pyqtgraph centres the title only when the axis is resized: a new text would stay off-centre (cut).
    axis.resizeEvent(None)


__all__ = ["AXES", "fit_axis_title", "is_dark", "style_plot"]
