"""Decision-boundary thumbnails of a sweep's runs, as in the course's hidden-layer-size figure.

Each run of a sweep ends with its boundary already computed by core
(``RunResult.boundary``: A[L] over a grid of the plane at the run's final parameters,
computed in the sweep's worker). Here it is only coloured — the app's decision-boundary
colours — with the training points on top, into a QImage; ``ThumbnailStrip`` shows one
per run, framed in the run's colour and captioned with its value and accuracy, and
``save_thumbnails`` writes them as PNG files next to an exported CSV.
"""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np
from PySide6.QtCore import QBuffer, QIODevice, QPointF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPixmap
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from ...core.data.datasets import Dataset
from ...core.files.atomic import atomic_write
from ...core.teaching.experiments import RunResult, value_text
from ..support import colors

SHOWN_SIZE = 84  # pixels per side on screen
EXPORT_SIZE = 128  # pixels per side of an exported PNG
WASH = 0.45  # the regions washed towards white, as the main decision boundary draws them


def boundary_image(run: RunResult, dataset: Dataset | None, size: int) -> QImage:
    """The run's final decision regions (size × size), the training points on top; grey if it has none."""
    image = QImage(size, size, QImage.Format.Format_RGB888)
    image.fill(QColor(235, 235, 235))
    if run.boundary is None:
        return image
    box, grid = run.boundary
    rgb = np.ascontiguousarray(_colours(grid, dataset)[::-1])  # row 0 of the grid is the lowest x2: at the bottom
    height, width = rgb.shape[:2]
    regions = QImage(rgb.tobytes(), width, height, 3 * width, QImage.Format.Format_RGB888).copy()
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    painter.drawImage(image.rect(), regions)
    if dataset is not None:
        _draw_points(painter, dataset, box, size)
    painter.end()
    return image


def _colours(grid: np.ndarray, dataset: Dataset | None) -> np.ndarray:
    """(res, res, 3) uint8 colours of A[L]: the probability of class 1, the likeliest class, or the value."""
    values = np.nan_to_num(np.asarray(grid, dtype=float), nan=0.5, posinf=1.0, neginf=0.0)
    lut = colors.diverging_lut()
    washed = np.round(lut + (255.0 - lut) * WASH).astype(np.uint8)
    if values.shape[0] > 1:  # softmax: the likeliest class
        return colors.class_lut(values.shape[0], 0.55)[np.argmax(values, axis=0)]
    v = values[0]
    if dataset is not None and not dataset.is_classification:  # regression: its own range, low to high
        low, high = float(v.min()), float(v.max())
        v = (v - low) / (high - low) if high > low else np.full_like(v, 0.5)
    index = np.clip(np.round(v * (len(lut) - 1)), 0, len(lut) - 1).astype(int)
    return washed[index]


def _draw_points(painter: QPainter, dataset: Dataset, box, size: int) -> None:
    x1_min, x1_max, x2_min, x2_max = box
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    step = max(1, len(dataset.y) // 300)  # a thumbnail needs the shape of the data, not every point
    radius = max(1.0, size / 64)
    X, y = dataset.X[:, ::step].T, dataset.y[::step]
    if dataset.is_classification:
        brushes = [QColor(*colors.class_color(int(k))) for k in y]
    else:
        brushes = [QColor(60, 60, 60)] * len(y)
    for (x1, x2), colour in zip(X, brushes):
        px = (x1 - x1_min) / (x1_max - x1_min) * size
        py = (1 - (x2 - x2_min) / (x2_max - x2_min)) * size
        painter.setBrush(colour)
        painter.drawEllipse(QPointF(px, py), radius, radius)


def png_bytes(image: QImage) -> bytes:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise OSError("Qt could not encode the PNG")
    return bytes(buffer.data())


def thumbnail_paths(csv_path: str | os.PathLike, parameter: str, runs: list[RunResult]) -> list[Path]:
    """Where the thumbnails of ``runs`` go: beside the CSV, "<name>-boundary-<k>-<value>.png"."""
    csv_path = Path(csv_path)
    paths = []
    for k, run in enumerate(runs, start=1):
        value = "".join(c if c.isalnum() or c in ".-" else "_" for c in value_text(parameter, run.value))
        paths.append(csv_path.with_name(f"{csv_path.stem}-boundary-{k}-{value}.png"))
    return paths


def save_thumbnails(csv_path: str | os.PathLike, parameter: str, runs: list[RunResult],
                    dataset: Dataset | None) -> list[Path]:
    """Write one EXPORT_SIZE PNG per run next to ``csv_path`` (OSError if one cannot be written)."""
    paths = thumbnail_paths(csv_path, parameter, runs)
    for path, run in zip(paths, runs):
        atomic_write(path, png_bytes(boundary_image(run, dataset, EXPORT_SIZE)))
    return paths


class ThumbnailStrip(QScrollArea):
    """One framed thumbnail per run, left to right in run order, each captioned with its value and accuracy."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidgetResizable(True)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._inner = QWidget(self)
        self._row = QHBoxLayout(self._inner)
        self._row.setContentsMargins(0, 0, 0, 0)
        self._row.setSpacing(8)
        self._row.addStretch(1)
        self.setWidget(self._inner)
        self.tiles: list[tuple[QLabel, QLabel]] = []  # (picture, caption) per run
        self._fit_height()

    def clear(self) -> None:
        for picture, caption in self.tiles:
            picture.parentWidget().deleteLater()
        self.tiles.clear()

    def add(self, run: RunResult, dataset: Dataset | None, colour: tuple[int, int, int], caption: str,
            tooltip: str) -> None:
        tile = QWidget(self._inner)
        column = QVBoxLayout(tile)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        picture = QLabel(tile)
        picture.setPixmap(QPixmap.fromImage(boundary_image(run, dataset, SHOWN_SIZE)))
        picture.setFixedSize(SHOWN_SIZE + 6, SHOWN_SIZE + 6)
        picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        picture.setStyleSheet(f"border: 3px solid rgb{tuple(colour)};")
        picture.setToolTip(tooltip)
        text = QLabel(caption, tile)
        text.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        column.addWidget(picture, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addWidget(text, 0, Qt.AlignmentFlag.AlignHCenter)
        self._row.insertWidget(self._row.count() - 1, tile)
        tile.show()
        self.tiles.append((picture, text))

    def set_caption(self, index: int, caption: str, tooltip: str) -> None:
        picture, text = self.tiles[index]
        text.setText(caption)
        picture.setToolTip(tooltip)

    def _fit_height(self) -> None:
        line = self.fontMetrics().height()
        scroll = self.horizontalScrollBar().sizeHint().height()
        self.setFixedHeight(SHOWN_SIZE + 6 + 2 * line + 8 + scroll)

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == event.Type.FontChange:
            self._fit_height()
