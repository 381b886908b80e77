"""One look for every pyqtgraph plot, taken from the Qt palette.

Plots follow the app's light or dark theme this way (pyqtgraph's own default
is a black background whatever the theme): the background is the palette's
Base, axis lines and tick labels its Text.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtGui import QColor, QFont, QPalette

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
            axis.setLabel(titles[name], color=text.name(), **{"font-size": size})


__all__ = ["AXES", "is_dark", "style_plot"]
