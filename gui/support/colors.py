"""The app's colours: one diverging map (negative / zero / positive) and class colours.

Orange against blue, with a light neutral between, stays distinguishable for
the common forms of colour blindness (and in greyscale the two ends differ in
lightness). Every view that uses colour for meaning draws a legend from here.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtGui import QColor

NEGATIVE = (230, 120, 20)  # orange: class 0, negative values
NEUTRAL = (240, 240, 236)  # near white: 0.5 / zero
POSITIVE = (20, 110, 180)  # blue: class 1, positive values

#: Class colours for 3+ classes (Okabe–Ito, a colour-blind safe palette); class 0 and 1 match the map ends.
CLASS_COLORS = [NEGATIVE, POSITIVE, (0, 158, 115), (204, 121, 167), (240, 228, 66), (86, 180, 233),
                (213, 94, 0), (120, 120, 120), (0, 0, 0), (160, 110, 40)]


def qcolor(rgb: tuple[int, int, int], alpha: int = 255) -> QColor:
    return QColor(rgb[0], rgb[1], rgb[2], alpha)


def diverging_lut(n: int = 256) -> np.ndarray:
    """(n, 3) uint8: NEGATIVE at 0, NEUTRAL in the middle, POSITIVE at n−1."""
    t = np.linspace(-1.0, 1.0, n)[:, None]
    neg, mid, pos = (np.array(c, dtype=float) for c in (NEGATIVE, NEUTRAL, POSITIVE))
    colors = np.where(t < 0, mid + (neg - mid) * (-t), mid + (pos - mid) * t)
    return np.clip(np.round(colors), 0, 255).astype(np.uint8)


def class_color(k: int) -> tuple[int, int, int]:
    return CLASS_COLORS[k % len(CLASS_COLORS)]


def class_lut(n_classes: int, lightness: float = 0.55) -> np.ndarray:
    """(n_classes, 3) uint8: the class colours washed towards white, for decision regions."""
    colors = np.array([class_color(k) for k in range(n_classes)], dtype=float)
    return np.clip(np.round(colors + (255 - colors) * lightness), 0, 255).astype(np.uint8)
