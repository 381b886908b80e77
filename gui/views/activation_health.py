"""What the activation plot says under its curves, and the training examples its histogram reads.

``health_sentence`` is the one sentence that matters for the layer's activation (saturated, dead
units, linear, or never saturates; core.nn.activation_stats decides which), plus, when the
histogram reads an even sample of a very large training set, how many of its examples.
``sampled_Zs`` is the renderer's product for the plot: Z[1..L] over at most SAMPLE examples.
Texts are in the plot's translation context ("ActivationPlotView").
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QCoreApplication

from ...core.nn.activation_stats import SATURATION_THRESHOLD, layer_health
from ...core.nn.activations import get_activation
from ...core.session import Snapshot

Array = np.ndarray

#: At most this many training examples in the histogram (evenly spaced): the forward pass over 100,000
#: examples through 10 layers of 64 takes a second, over 5,000 a twentieth.
SAMPLE = 5000


def _tr(text: str) -> str:
    return QCoreApplication.translate("ActivationPlotView", text)


def format_percent(fraction: float) -> str:
    """37 % (whole percent), 0.4 % below 10 % so a few saturated values still show."""
    percent = 100.0 * fraction
    return f"{percent:.0f}" if percent >= 10 or percent == 0 else f"{percent:.1f}"



def sampled_Zs(snapshot: Snapshot) -> tuple[list[Array], int, int]:
    """(Z[1..L] over at most SAMPLE training examples, how many, m): the renderer's product for this view."""
    X = snapshot.prepared.X_train
    m = X.shape[1]
    step = max(1, -(-m // SAMPLE))
    Zs, _ = snapshot.forward(X[:, ::step])
    return Zs, Zs[0].shape[1] if Zs else 0, m


def health_sentence(Z: Array, name: str, alpha: float, slope: Array, sampled: int, m: int) -> str:
    """The sentence under the plot for layer values Z of activation ``name`` (``slope``: g' drawn)."""
    text = _layer_sentence(Z, name, alpha, slope)
    if sampled < m:
        text += " " + _tr("(z of %1 evenly spaced training examples of the %2.)").replace(
            "%1", f"{sampled:,}").replace("%2", f"{m:,}")
    return text


def _layer_sentence(Z: Array, name: str, alpha: float, slope: Array) -> str:
    health = layer_health(Z, name, alpha=alpha)
    if health.kind == "saturation":
        return _tr(
            "Saturated: %1 % of z have |g'(z)| < %2. Where g' is that small, dZ = dA · g'(Z) is almost 0, "
            "so the weights feeding these units learn slowly."
        ).replace("%1", format_percent(health.saturated_fraction)).replace("%2", f"{SATURATION_THRESHOLD:g}")
    if health.kind == "dead":
        return _tr(
            "Dead units: %1 of %2 (z ≤ 0 for every example). There g'(z) = 0, so no gradient reaches "
            "their W and b: they never change again."
        ).replace("%1", str(health.dead_units)).replace("%2", str(health.units))
    if slope.size and np.all(slope == slope[0]):  # one slope everywhere: g is a straight line
        return _tr(
            "A linear unit never saturates: g'(z) = 1 for every z. But a stack of linear layers is still one "
            "linear function, so the decision boundary stays a straight line."
        )
    return _tr("Never saturates: %1, so every unit always passes some gradient back.").replace(
        "%1", get_activation(name, alpha).derivative_formula())


__all__ = ["SAMPLE", "format_percent", "health_sentence", "sampled_Zs"]
