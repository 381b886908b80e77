"""What a hidden layer's activation does to its Z: curves, ranges and the health of its units.

The course's warnings about activations, as numbers a view can print:

* sigmoid and tanh **saturate**: for large |z| their slope g'(z) is almost 0, so
  dZ = dA * g'(Z) is almost 0 and the weights feeding that unit barely move
  (why too-large initial weights make tanh learn slowly).
* ReLU units can **die**: a unit whose z ≤ 0 for every example has g'(z) = 0 for
  every example, so its W and b never change again.
* leaky ReLU and linear never saturate: their slope is never below α (leaky) or 1.

Z is one layer's (n[l], m) matrix from forward propagation.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .activations import DEFAULT_LEAKY_ALPHA, get_activation

Array = np.ndarray

#: |g'(z)| below this counts as saturated (sigmoid's largest slope is 0.25, tanh's is 1).
SATURATION_THRESHOLD = 0.05
#: The curves are drawn over at least [−MIN_HALF_WIDTH, MIN_HALF_WIDTH].
MIN_HALF_WIDTH = 5.0


def saturated_fraction(Z: Array, activation: str, threshold: float = SATURATION_THRESHOLD,
                       alpha: float = DEFAULT_LEAKY_ALPHA) -> float:
    """Fraction of the entries of Z (n, m) where |g'(z)| < threshold (0.0 for an empty Z)."""
    if Z.size == 0:
        return 0.0
    slope = get_activation(activation, alpha).dg(Z)
    return float(np.mean(np.abs(slope) < threshold))


def dead_unit_mask(Z: Array) -> Array:
    """(n,) bool: True for units whose z ≤ 0 for every example (ReLU's g'(z) = 0 there, also at 0).

    With no examples (m = 0) no unit can be called dead.
    """
    if Z.shape[1] == 0:
        return np.zeros(Z.shape[0], dtype=bool)
    return np.all(Z <= 0.0, axis=1)


def dead_units(Z: Array) -> int:
    """How many of the n units of Z (n, m) are dead (see ``dead_unit_mask``)."""
    return int(np.count_nonzero(dead_unit_mask(Z)))


def z_range(Z: Array, half_width: float = MIN_HALF_WIDTH, margin: float = 0.05) -> tuple[float, float]:
    """(lo, hi) covering every finite z in Z with a margin, and at least [−half_width, half_width]."""
    finite = Z[np.isfinite(Z)]
    if finite.size == 0:
        return -half_width, half_width
    z_min, z_max = float(finite.min()), float(finite.max())
    pad = margin * (z_max - z_min)  # so the outermost bars are not glued to the plot's edge
    return min(-half_width, z_min - pad), max(half_width, z_max + pad)


def activation_curve(activation: str, lo: float, hi: float, points: int = 401,
                     alpha: float = DEFAULT_LEAKY_ALPHA) -> tuple[Array, Array, Array]:
    """(z, g(z), g'(z)), each (points,), on an even grid from lo to hi.

    The grid always contains z = 0 exactly when lo < 0 < hi, so ReLU's corner is drawn sharp.
    """
    z = np.linspace(lo, hi, points)
    if lo < 0.0 < hi:
        z = np.union1d(z, [0.0])
    act = get_activation(activation, alpha)
    return z, act.g(z), act.dg(z)


def histogram_edges(lo: float, hi: float, bins: int = 60) -> Array:
    """(bins + 1,) even bin edges from lo to hi."""
    return np.linspace(lo, hi, bins + 1)


@dataclass(frozen=True)
class LayerHealth:
    """Saturation or dead units of one layer, whichever its activation can suffer from.

    ``kind`` is "saturation" (sigmoid, tanh), "dead" (ReLU) or "none" (leaky ReLU, linear).
    """

    activation: str
    kind: str
    units: int
    examples: int
    saturated_fraction: float = 0.0
    dead_units: int = 0


def layer_health(Z: Array, activation: str, threshold: float = SATURATION_THRESHOLD,
                 alpha: float = DEFAULT_LEAKY_ALPHA) -> LayerHealth:
    """The statistic that matters for ``activation`` on Z (n, m)."""
    n, m = Z.shape
    facts = get_activation(activation, alpha)
    if facts.saturates:
        return LayerHealth(activation, "saturation", n, m, saturated_fraction=saturated_fraction(Z, activation, threshold, alpha))
    if facts.can_die:
        return LayerHealth(activation, "dead", n, m, dead_units=dead_units(Z))
    return LayerHealth(activation, "none", n, m)
