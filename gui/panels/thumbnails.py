"""Small pictures of the registered datasets, for the dataset chooser.

Each thumbnail shows 200 points of a dataset (seed 1, its default noise), in
the app's colours: classes by ``class_color``; regression targets by value on
the diverging map. They are drawn once with QPainter and cached.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPainter, QPen, QPixmap

from ...core.data.datasets import Dataset, make_dataset
from ...core.data.pipeline import data_bounds
from ..support.colors import NEUTRAL, class_color, diverging_lut, qcolor

THUMBNAIL_SIZE = 56
THUMBNAIL_POINTS = 200
_cache: dict[tuple[str, int, float], QPixmap] = {}


def _point_colors(dataset: Dataset) -> list[QColor]:
    """One colour per point: its class, or its target value on the diverging map."""
    if dataset.is_classification:
        palette = [qcolor(class_color(k), 230) for k in range(max(dataset.n_classes, 1))]
        return [palette[int(k)] for k in dataset.y]
    # The targets are stretched over the whole map (lowest = orange, highest = blue):
    # a thumbnail only needs to show the shape of the function, not its scale. A square
    # root pushes middle values away from the near-white centre so every point shows.
    y = dataset.y.astype(np.float64)
    low, high = float(y.min()), float(y.max())
    s = 2 * (y - low) / (high - low) - 1 if high > low else np.zeros_like(y)
    t = (np.sign(s) * np.sqrt(np.abs(s)) + 1) / 2
    lut = diverging_lut()
    index = np.clip(np.round(t * (len(lut) - 1)), 0, len(lut) - 1).astype(int)
    return [qcolor(tuple(int(c) for c in lut[i]), 230) for i in index]


def _device_ratio() -> float:
    screen = QGuiApplication.primaryScreen()
    return screen.devicePixelRatio() if screen is not None else 1.0


def draw_thumbnail(dataset: Dataset, size: int = THUMBNAIL_SIZE, ratio: float = 1.0) -> QPixmap:
    """A size × size picture of ``dataset``'s points (x1 to the right, x2 up)."""
    pixmap = QPixmap(round(size * ratio), round(size * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(qcolor(NEUTRAL))
    x1_min, x1_max, x2_min, x2_max = data_bounds(dataset, margin=0.06)
    # One scale for both axes keeps circles round; the shorter axis is centred.
    span = max(x1_max - x1_min, x2_max - x2_min)
    cx, cy = (x1_min + x1_max) / 2, (x2_min + x2_max) / 2
    scale = size / span
    radius = max(1.4, size / 34)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    # A faint outline keeps pale (near-zero) points visible on the light background.
    painter.setPen(QPen(QColor(0, 0, 0, 45), 0.6) if not dataset.is_classification else Qt.PenStyle.NoPen)
    for (x1, x2), color in zip(dataset.X.T, _point_colors(dataset)):
        centre = QPointF(size / 2 + (x1 - cx) * scale, size / 2 - (x2 - cy) * scale)
        painter.setBrush(color)
        painter.drawEllipse(centre, radius, radius)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(QPen(QColor(0, 0, 0, 60), 1))
    painter.drawRect(QRectF(0.5, 0.5, size - 1, size - 1))
    painter.end()
    return pixmap


def dataset_thumbnail(name: str, size: int = THUMBNAIL_SIZE) -> QPixmap:
    """The cached thumbnail of the registered dataset ``name`` (built on first use)."""
    ratio = _device_ratio()
    key = (name, size, ratio)
    if key not in _cache:
        _cache[key] = draw_thumbnail(make_dataset(name, m=THUMBNAIL_POINTS, seed=1), size, ratio)
    return _cache[key]
