"""How big the network diagram is drawn: the whole network always fits its view, texts stay readable.

The neurons and edges (the "body") are scaled into the view; the texts around
them (headers above, input labels left, ŷ and J right, W[l] below) take pixels,
not scene units, so the room they need is kept free around the body at every
zoom. A deep network therefore shrinks to fit without scrolling, and its texts
stay at least the readable minimum; they get shorter (see .text) or, for the
biases between rows that are too close, are left to the tooltips.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QFont, QFontMetricsF

from .items import DiagramItems
from .zoom import space_columns, zoom_texts

MAX_SCALE = 1.8  # a small network grows up to this much (its texts up to text.MAX_TEXT_ZOOM)
MIN_SCALE = 0.05  # below this nothing is left to see (a view a few pixels tall)
MAX_SPREAD = 2.2  # columns up to this many times their usual distance apart in a wide, short view
PADDING = 6.0  # pixels kept free around everything
MIN_TEXT_PX = 11.0  # the smallest text drawn, in pixels (the app's own text size if that is larger)
COST_TEMPLATE = "J = 0.0000e−00"  # the widest J the cost phase writes (4 significant digits)


def readable_px(font: QFont, dpi: float) -> float:
    """The smallest text size (pixels) for a view whose font is ``font``: about the app's own text size.

    In presentation mode the window's font is larger, so the diagram's smallest text grows with it."""
    px = font.pixelSize() if font.pixelSize() > 0 else font.pointSizeF() * dpi / 72.0
    return max(MIN_TEXT_PX, round(0.9 * px))


def margins_px(items: DiagramItems, scale: float) -> tuple[float, float, float, float]:
    """(left, top, right, bottom): how far the texts reach outside the body, in pixels, at zoom ``scale``.

    The cost text counts even while hidden (as its widest value): the cost phase never changes the zoom."""
    body = items.body_rect()
    origin = body.topLeft()
    width, height = body.width() * scale, body.height() * scale
    left = top = right = bottom = 0.0
    for text in items.texts:
        if text is items.cost_text:
            metrics = QFontMetricsF(text.font())
            rect = text.extent_px(origin, scale)
            extra = max(0.0, metrics.horizontalAdvance(COST_TEMPLATE) - rect.width())
            rect.adjust(-extra * text.h, 0, extra * (1 - text.h), 0)
            rect.setHeight(max(rect.height(), metrics.height()))
        elif text.isVisible():
            rect = text.extent_px(origin, scale)
        else:
            continue
        left = max(left, -rect.left())
        top = max(top, -rect.top())
        right = max(right, rect.right() - width)
        bottom = max(bottom, rect.bottom() - height)
    return left, top, right, bottom


def fit(items: DiagramItems, view: QSize, min_px: float) -> tuple[float, QRectF]:
    """The zoom at which the body and every text fit ``view`` (at most MAX_SCALE), and the scene rect to show.

    Texts change size with the zoom (and change the room they need), so the zoom is found by shrinking
    from MAX_SCALE until the texts at that zoom leave room for the body. A view wider than the network
    needs (a short dock, presentation mode) then spreads the columns apart, up to MAX_SPREAD times: the
    headers get room for their long forms and the diagram the width it is given."""
    space_columns(items, items.base_col)
    scale = _shrink(items, view, min_px, MAX_SCALE)
    if items.L > 0:
        left, _, right, _ = margins_px(items, scale)
        spare = (view.width() - left - right - 2 * PADDING) / scale - items.body_rect().width()
        if spare > 1:
            space_columns(items, min(items.base_col * MAX_SPREAD, items.base_col + spare / items.L))
            scale = _shrink(items, view, min_px, scale)
    left, top, right, bottom = margins_px(items, scale)
    pad = PADDING / scale
    rect = items.body_rect().adjusted(-left / scale - pad, -top / scale - pad, right / scale + pad,
                                      bottom / scale + pad)
    return scale, rect


def _shrink(items: DiagramItems, view: QSize, min_px: float, start: float) -> float:
    """The largest zoom up to ``start`` at which everything fits (the texts sized for that zoom).

    The zoom that fits shrinks as the zoom tried grows (larger texts need more room), so the answer
    is where the two meet: found by halving the interval between a zoom that fits and one that does not."""
    body = items.body_rect()

    def fitting(scale: float) -> float:
        zoom_texts(items, scale, min_px)
        left, top, right, bottom = margins_px(items, scale)
        room_w = view.width() - left - right - 2 * PADDING
        room_h = view.height() - top - bottom - 2 * PADDING
        return min(room_w / body.width(), room_h / body.height())

    low, high = MIN_SCALE, start
    if fitting(high) >= high:
        return high
    for _ in range(16):
        middle = (low + high) / 2
        if fitting(middle) >= middle:
            low = middle
        else:
            high = middle
    zoom_texts(items, low, min_px)
    return low
