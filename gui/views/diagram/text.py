"""DiagramText: a text of the network diagram that stays readable at any zoom.

The diagram's neurons and edges scale with the view (a deep network shrinks to
fit, a small one grows), but its texts do not follow blindly: each one ignores
the view's zoom and is drawn at a pixel size chosen for the zoom — its base size
times the zoom, never below the readable minimum (the app's own text size) and
never above ``MAX_TEXT_ZOOM`` times its base size. A text that has a width of
its own (a column header, W[l]'s shape between two columns) shows the first of
its ``variants`` that fits and elides the last one otherwise; the full text is
its tooltip. A text whose room is gone (biases between rows that are too close)
is hidden by the diagram instead: its value is in the neuron's tooltip.

Each text is anchored at a scene point: ``h`` and ``v`` say which part of it sits
there (0 left/top, 0.5 centre, 1 right/bottom) and ``dx``, ``dy`` add a gap in
pixels, so a text keeps its distance from its neuron at every zoom.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QTransform
from PySide6.QtWidgets import QGraphicsItem, QGraphicsSimpleTextItem

#: Texts grow with the diagram up to this factor of their base size.
MAX_TEXT_ZOOM = 1.6


class DiagramText(QGraphicsSimpleTextItem):
    """A scene text drawn at a pixel size picked for the zoom, anchored at a scene point."""

    def __init__(self, base_px: float, font: QFont, color: QColor, *, bold: bool = False, h: float = 0.5,
                 v: float = 0.5, dx: float = 0.0, dy: float = 0.0, room: float | None = None) -> None:
        super().__init__()
        self.base_px = base_px
        self.h, self.v, self.dx, self.dy = h, v, dx, dy
        self.room = room  # the width it may take, in scene units (None: as wide as it likes)
        #: Set by the diagram: the column the text belongs to (its x moves with the column spacing), and
        #: for a text as wide as a column, how much narrower than the spacing its room is.
        self.column: float | None = None
        self.room_margin: float | None = None
        self.anchor = QPointF()
        self.variants: tuple[str, ...] = ("",)
        self._scale = 1.0
        self._font = QFont(font)
        self._font.setBold(bold)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        self.setBrush(QBrush(color))
        self.setZValue(6)

    # ------------------------------------------------------------------ content
    def place(self, x: float, y: float, column: float | None = None) -> None:
        """Anchor the text at scene point (x, y), in column ``column`` of the diagram if it belongs to one."""
        self.anchor = QPointF(x, y)
        self.setPos(self.anchor)
        if column is not None:
            self.column = column

    def space_columns(self, old: float, new: float) -> None:
        """Follow the diagram's columns from ``old`` to ``new`` scene units apart."""
        if self.column is not None:
            self.place(self.anchor.x() + self.column * (new - old), self.anchor.y())
        if self.room_margin is not None:
            self.room = new - self.room_margin

    def show_text(self, *variants: str) -> None:
        """Show the first of ``variants`` that fits the room (the last one elided if none does)."""
        self.variants = variants or ("",)
        self._fill()

    def zoom(self, scale: float, min_px: float) -> None:
        """Follow a view zoom of ``scale``: the pixel size for it, then the text that fits."""
        self._scale = scale
        font = QFont(self._font)
        font.setPixelSize(max(1, round(max(min_px, min(self.base_px * scale, self.base_px * MAX_TEXT_ZOOM)))))
        self.setFont(font)
        self._fill()

    def pixel_size(self) -> int:
        return self.font().pixelSize()

    # ------------------------------------------------------------------ geometry (pixels)
    def size_px(self) -> tuple[float, float]:
        rect = self.boundingRect()
        return rect.width(), rect.height()

    def extent_px(self, origin: QPointF, scale: float) -> QRectF:
        """Where the text is drawn, in pixels relative to scene point ``origin`` at zoom ``scale``."""
        w, h = self.size_px()
        x = (self.anchor.x() - origin.x()) * scale - self.h * w + self.dx
        y = (self.anchor.y() - origin.y()) * scale - self.v * h + self.dy
        return QRectF(x, y, w, h)

    def _fill(self) -> None:
        metrics = QFontMetricsF(self.font())
        room = None if self.room is None else self.room * self._scale
        chosen = self.variants[-1]
        for text in self.variants:
            if room is None or max(metrics.horizontalAdvance(line) for line in text.split("\n")) <= room:
                chosen = text
                break
        else:
            chosen = metrics.elidedText(chosen, Qt.TextElideMode.ElideRight, max(room, 0.0))
        full = self.variants[0]
        self.setText(chosen)
        self.setToolTip(full if chosen != full else "")
        w, h = self.size_px()
        self.setTransform(QTransform.fromTranslate(-self.h * w + self.dx, -self.v * h + self.dy))
