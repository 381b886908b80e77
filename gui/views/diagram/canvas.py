"""DiagramCanvas: the QGraphicsView of the network diagram.

It scales the whole diagram into the widget keeping its aspect — every network,
however deep, fits without scrolling, its texts kept readable by .layout — and
reports the pointer — hover, click, double-click — in scene coordinates; the
diagram decides what was hit. Only mouse events are overridden here, never
painting: the items paint themselves in C++.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt, Signal
from PySide6.QtGui import QMouseEvent, QPainter, QResizeEvent, QTransform
from PySide6.QtWidgets import QFrame, QGraphicsScene, QGraphicsView, QWidget

from .items import DiagramItems
from .layout import fit, readable_px



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
        # Everything fits by construction (see .layout): a scroll bar would only hide part of it.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.items: DiagramItems | None = None  # the diagram's items (set by the view when it builds them)

    def fit(self) -> None:
        """Scale the whole diagram into the view, keeping its aspect; texts sized for the zoom."""
        size = self.viewport().size()
        if self.items is None or size.isEmpty():
            return
        scale, rect = fit(self.items, size, readable_px(self.font(), self.logicalDpiY()))
        self.setSceneRect(rect)
        self.setTransform(QTransform.fromScale(scale, scale))
        self.centerOn(rect.center())

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
