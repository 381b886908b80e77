"""The network diagram's look: sizes, colours, number formats, pens and the small neuron maps.

Shared by the items, the animation, the tooltips and the breadcrumb of this
package, so a colour or a number looks the same everywhere.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPen, QPixmap

from ...support import colors

Array = np.ndarray

NODE = 40.0  # a neuron's square (scene units)
ROW = 66.0  # vertical distance between neurons: room for the glow ring and the bias under each
COL = 128.0  # horizontal distance between layers: room for "g[l] = leaky ReLU" and the edges
COL_COMPACT = 90.0  # for deep networks, whose labels then get shorter
COMPACT_ABOVE = 5  # networks with more layers of weights than this are drawn compact
RING = 4.0  # how far the phase glow and the selection ring sit outside the square
GLOW_WIDTH = 3.5  # the phase ring's width (scene units)
SUMMARY_ABOVE, SUMMARY_HEAD, SUMMARY_TAIL = 8, 5, 2  # never more than 8 rows
MIN_EDGE, MAX_EDGE = 0.6, 6.0  # edge widths in screen pixels (cosmetic pens)
#: |w| at which an edge is widest. One fixed scale for every layer and every moment, so the diagram
#: tells the truth: ×0.01 initial weights look thin, ×10 ones heavy, trained weights of 1–5 in between.
EDGE_FULL_SCALE = 5.0
ZERO_EDGE = (150, 150, 150)
FORWARD_COLOR = (0, 185, 95)  # green: activations computed (forward propagation)
COST_COLOR = (225, 170, 0)  # amber: the cost J at the output
BACKWARD_COLOR = (190, 40, 200)  # magenta: gradients dZ, dW flowing back
SUBSCRIPTS = str.maketrans("0123456789", "₀₁₂₃₄₅₆₇₈₉")
SUPERSCRIPTS = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")


def sub(n: int) -> str:
    """Subscript digits: sub(13) == "₁₃" (the course counts units from 1)."""
    return str(n).translate(SUBSCRIPTS)


def edge_width(w: float) -> float:
    """An edge's width in pixels for weight ``w``: MIN_EDGE at 0 growing linearly with |w| to MAX_EDGE
    at EDGE_FULL_SCALE (and beyond: clamped)."""
    return MIN_EDGE + (MAX_EDGE - MIN_EDGE) * min(abs(w) / EDGE_FULL_SCALE, 1.0)


def example_name(i: int) -> str:
    """The course's name of training example i (a 0-based column of X): x⁽¹⁾ for column 0.

    The app shows the course's numbering (units, examples, matrix rows and columns from 1) and labels
    NumPy's 0-based index as such wherever it appears."""
    return f"x⁽{str(i + 1).translate(SUPERSCRIPTS)}⁾"


def fmt(value: float, digits: int = 4) -> str:
    """A number for tooltips: 4 significant digits, a true minus sign."""
    return f"{value:.{digits}g}".replace("-", "−")


def short(value: float) -> str:
    """A number small enough to sit under a neuron: 0.12, −1.3, 0.0041, 2e+02."""
    size = abs(value)
    text = f"{value:.2f}" if 0.01 <= size < 100 or value == 0 else f"{value:.2g}"
    return text.replace("-", "−")


def shown_units(n: int) -> list[int]:
    """The units of a layer of n that are drawn (all, or the first and last few)."""
    if n <= SUMMARY_ABOVE:
        return list(range(n))
    return list(range(SUMMARY_HEAD)) + list(range(n - SUMMARY_TAIL, n))


def map_images(A: Array, levels: tuple[float, float], lut: Array) -> Array:
    """(n, res, res) values indexed [unit, x2, x1] → (n, res, res, 3) uint8 RGB with x2 growing upwards."""
    lo, hi = levels
    # A network on its way to diverging can overflow: colour ±inf as the ends of the map, NaN as the middle.
    A = np.nan_to_num(A, nan=(lo + hi) / 2, posinf=hi, neginf=lo)
    index = np.clip(np.rint((A - lo) / (hi - lo) * (len(lut) - 1)), 0, len(lut) - 1).astype(np.intp)
    return np.ascontiguousarray(lut[index][:, ::-1])  # image rows go down, x2 goes up


def map_levels(A: Array, probability_like: bool) -> tuple[float, float]:
    """Colour levels for one layer's maps A (n, res, res): 0..1 around 0.5 for an output that reads as
    a probability (the activation object says so), else symmetric around 0 from the layer's values. The
    99th percentile of |a| rather than the maximum, so one extreme unit (ReLU is unbounded) does not
    wash out every other map."""
    if probability_like:
        return 0.0, 1.0
    sample = np.abs(A[:, ::2, ::2])  # every 4th point is plenty for a range
    sample = sample[np.isfinite(sample)]
    half = float(np.percentile(sample, 99)) if sample.size else 0.0
    half = half if half > 1e-12 else 1.0
    return -half, half


def rgb_pixmap(rgb: Array) -> QPixmap:
    """(h, w, 3) uint8 → QPixmap (the bytes are copied)."""
    h, w, _ = rgb.shape
    data = np.ascontiguousarray(rgb).tobytes()
    return QPixmap.fromImage(QImage(data, w, h, 3 * w, QImage.Format.Format_RGB888).copy())


def cosmetic_pen(rgb: tuple[int, int, int], width: float, alpha: int = 255) -> QPen:
    """A pen whose width is in screen pixels whatever the zoom (thin edges stay visible).

    Flat caps, and edges opaque: hundreds of wide antialiased lines blended with round caps
    cost several times more to paint, and the diagram repaints while training."""
    pen = QPen(colors.qcolor(rgb, alpha), width)
    pen.setCosmetic(True)
    pen.setCapStyle(Qt.PenCapStyle.FlatCap)
    return pen
