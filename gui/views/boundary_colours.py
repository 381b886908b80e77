"""How the decision boundary's values become colours: washed regions, softmax confidence, regression levels.

The heatmap is washed towards white so the saturated points stay readable on top of it; a softmax
region's lightness says how confident the prediction is; a regression's colours are symmetric around
the targets' mean.
"""

from __future__ import annotations

import numpy as np

from ...core.session import Snapshot
from ..support import colors

Array = np.ndarray

#: The heatmap is washed towards white so that the saturated points stay readable on top of it.
REGION_WASH = 0.45
#: Softmax regions: lightness from least to most confident (1 would be white).
LEAST_CONFIDENT, MOST_CONFIDENT = 0.9, 0.5


def region_lut() -> Array:
    """The diverging colours of a region, washed by REGION_WASH."""
    return washed(colors.diverging_lut(), REGION_WASH)


def washed(lut: Array, amount: float) -> Array:
    """``lut`` (n, 3) uint8 mixed towards white by ``amount`` (0 keeps it, 1 is white)."""
    return np.round(lut + (255.0 - lut) * amount).astype(np.uint8)


def confidence_lut(n_classes: int) -> tuple[Array, int]:
    """Class colours in ``shades`` steps of lightness: entry k·shades + s is class k at shade s."""
    shades = 256 // n_classes
    steps = np.linspace(LEAST_CONFIDENT, MOST_CONFIDENT, shades)
    per_shade = np.stack([colors.class_lut(n_classes, float(light)) for light in steps], axis=1)
    return per_shade.reshape(n_classes * shades, 3), shades


def value_levels(snapshot: Snapshot) -> tuple[float, float]:
    """Regression: symmetric around the targets' mean, wide enough for every target."""
    y = np.asarray(snapshot.dataset.y, dtype=float)
    centre = float(y.mean()) if y.size else 0.0
    half = float(np.abs(y - centre).max()) if y.size else 1.0
    half = half if half > 1e-12 else 1.0
    return centre - half, centre + half


__all__ = ["REGION_WASH", "LEAST_CONFIDENT", "MOST_CONFIDENT", "region_lut", "washed", "confidence_lut",
           "value_levels"]
