"""DiagramCanvas: the QGraphicsView of the network diagram.

It scales the whole diagram into the widget keeping its aspect (a very deep
network scrolls sideways rather than shrink its text below legibility) and
reports the pointer — hover, click, double-click — in scene coordinates; the
diagram decides what was hit. Only mouse events are overridden here, never
painting: the items paint themselves in C++.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QMouseEvent, QPainter, QResizeEvent, QTransform
from PySide6.QtWidgets import QFrame, QGraphicsScene, QGraphicsView, QWidget

MIN_SCALE, MAX_SCALE = 0.8, 1.8  # a deep network narrower than this scrolls sideways (text stays readable)
MIN_SCALE_TALL = 0.62  # a tall one (at most 8 rows, see .style) shrinks a bit more: no vertical scrolling


class DiagramCanvas(QGraphicsView):
    """The scene's view: fits the diagram and reports hover, click and double-click in scene coordinates."""

    hovered = Signal(QPointF, QPoint)  # scene position, global position
    left = Signal()  # the pointer left the diagram
    clicked = Signal(QPointF)
    double_clicked = Signal(QPointF)

    def __init__(self, scene: QGraphicsScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.SmoothPixmapTransform)
        self.setMouseTracking(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.BoundingRectViewportUpdate)

    def fit(self) -> None:
        """Scale the whole diagram into the view, keeping its aspect (scroll only if text would be too small)."""
        rect = self.scene().itemsBoundingRect().adjusted(-12, -12, 12, 12)
        self.setSceneRect(rect)
        size = self.viewport().size()
        if rect.isEmpty() or size.isEmpty():
            return
        scale = min(max(MIN_SCALE, size.width() / rect.width()), max(MIN_SCALE_TALL, size.height() / rect.height()))
        scale = min(MAX_SCALE, scale)
        self.setTransform(QTransform.fromScale(scale, scale))
        self.centerOn(rect.center())
        bar = self.horizontalScrollBar()
        bar.setValue(bar.minimum())  # too wide to fit: start at the inputs, as one reads

    def show_column(self, x: float, width: float) -> None:
        """Scroll (if the diagram is wider than the view) so the column around scene x is visible."""
        y = self.sceneRect().center().y()
        self.ensureVisible(QRectF(x - width / 2, y, width, 1), 40, 0)

    def scale_factor(self) -> float:
        return self.transform().m11()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        self.hovered.emit(self.mapToScene(event.position().toPoint()), event.globalPosition().toPoint())
        super().mouseMoveEvent(event)

    def leaveEvent(self, event: QEvent) -> None:
        self.left.emit()
        super().leaveEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit(self.mapToScene(event.position().toPoint()))
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.double_clicked.emit(self.mapToScene(event.position().toPoint()))
            event.accept()
            return
        super().mouseDoubleClickEvent(event)
