"""ColorLegend: what the colours of a view mean — a gradient bar or class swatches.

Built from QLabels holding small pixmaps (no custom painting): the legend only
changes when the dataset or the problem type does, and labels give us the
theme's font, colours and right-to-left / CJK text handling for free.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPixmap
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

Rgb = tuple[int, int, int]

BAR_WIDTH = 18
BAR_HEIGHT = 180
SWATCH = 14
FRAME = "border: 1px solid palette(mid);"


def _gradient_pixmap(lut: np.ndarray, width: int, height: int) -> QPixmap:
    """A vertical bar of the colours in ``lut`` (n, 3): the last colour at the top."""
    n = len(lut)
    image = QImage(1, n, QImage.Format.Format_RGB32)
    for row in range(n):
        r, g, b = (int(v) for v in lut[n - 1 - row])
        image.setPixel(0, row, QColor(r, g, b).rgb())
    return QPixmap.fromImage(image.scaled(width, height, Qt.AspectRatioMode.IgnoreAspectRatio,
                                          Qt.TransformationMode.SmoothTransformation))


def _swatch_pixmap(rgb: Rgb, size: int) -> QPixmap:
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(*rgb))
    return pixmap


class ColorLegend(QWidget):
    """A title, then either a gradient bar with labels at its top / middle / bottom, or class swatches."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._title = QLabel(self)
        self._title.setWordWrap(True)
        font = self._title.font()
        font.setBold(True)
        self._title.setFont(font)
        self._body: QWidget | None = None
        self._footer = QLabel(self)
        self._footer.setTextFormat(Qt.TextFormat.RichText)
        self._entries: list[str] = []
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(6, 6, 6, 6)
        self._layout.setSpacing(8)
        self._layout.addWidget(self._title)
        self._layout.addStretch(1)
        self._layout.addWidget(self._footer)

    def entries(self) -> list[str]:
        """The texts of the colour entries, top to bottom (for tests and accessibility)."""
        return list(self._entries)

    def title(self) -> str:
        return self._title.text()

    def set_gradient(self, title: str, lut: np.ndarray, top: str, middle: str, bottom: str) -> None:
        """A vertical colour bar of ``lut`` (n, 3) uint8 with its high end at the top."""
        body = QWidget(self)
        grid = QGridLayout(body)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(6)
        bar = QLabel(body)
        bar.setPixmap(_gradient_pixmap(lut, BAR_WIDTH, BAR_HEIGHT))
        bar.setStyleSheet(FRAME)
        bar.setFixedSize(BAR_WIDTH + 2, BAR_HEIGHT + 2)
        grid.addWidget(bar, 0, 0, 3, 1)
        aligns = (Qt.AlignmentFlag.AlignTop, Qt.AlignmentFlag.AlignVCenter, Qt.AlignmentFlag.AlignBottom)
        for row, (text, align) in enumerate(zip((top, middle, bottom), aligns)):
            grid.addWidget(QLabel(text, body), row, 1, align | Qt.AlignmentFlag.AlignLeft)
            grid.setRowStretch(row, 1)
        self._install(title, body, [top, middle, bottom])

    def set_swatches(self, title: str, items: list[tuple[Rgb, str]]) -> None:
        """One coloured square and a name per row."""
        body = QWidget(self)
        grid = QGridLayout(body)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(6)
        for row, (rgb, text) in enumerate(items):
            swatch = QLabel(body)
            swatch.setPixmap(_swatch_pixmap(rgb, SWATCH))
            swatch.setStyleSheet(FRAME)
            swatch.setFixedSize(SWATCH + 2, SWATCH + 2)
            grid.addWidget(swatch, row, 0)
            grid.addWidget(QLabel(text, body), row, 1)
        self._install(title, body, [text for _, text in items])

    def set_footer(self, html: str) -> None:
        """A note under the colours (e.g. which marker is train and which is test)."""
        self._footer.setText(html)

    def _install(self, title: str, body: QWidget, entries: list[str]) -> None:
        self._title.setText(title)
        if self._body is not None:
            self._layout.removeWidget(self._body)
            self._body.hide()  # gone at once, not when the event loop gets to deleting it
            self._body.deleteLater()
        self._body = body
        self._layout.insertWidget(1, body)
        self._entries = entries
