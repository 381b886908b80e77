"""What the big view shows when a neuron is selected: that neuron's own output over the plane.

As TensorFlow Playground does, clicking a neuron replaces ŷ by a[l]ᵤ: the
student sees which part of the boundary each hidden unit contributes. Values
come from ``session.neuron_maps`` (core's forward pass); this module only picks
the unit and chooses colour levels that suit its activation.
"""

from __future__ import annotations

import numpy as np

from ...core.data.features import feature_label
from ..model.session import TrainingSession

Array = np.ndarray

#: Activations whose output lies in [0, 1]: coloured 0 → 1 around 0.5, like ŷ.
PROBABILITY_LIKE = ("sigmoid", "softmax")


def neuron_grid(session: TrainingSession, layer: int, unit: int, resolution: int) -> tuple[tuple, Array]:
    """(bounds, a[layer]_unit over the plane as (1, res, res)), indexed [., x2, x1]."""
    bounds, maps = session.neuron_maps(resolution)
    return bounds, maps[layer][unit : unit + 1]


def neuron_activation(session: TrainingSession, layer: int) -> str:
    """g[layer]'s name, or "input" for layer 0 (the features)."""
    return "input" if layer == 0 else session.hyperparameters.activations()[layer - 1]


def neuron_levels(values: Array, activation: str) -> tuple[float, float]:
    """Colour levels: 0..1 for sigmoid-like outputs, else symmetric around 0 (white = 0)."""
    if activation in PROBABILITY_LIKE:
        return 0.0, 1.0
    half = float(np.abs(values).max()) if values.size else 1.0
    half = half if half > 1e-12 else 1.0
    return -half, half


def neuron_name(session: TrainingSession, layer: int, unit: int) -> str:
    """Course notation: "a[2]₃" (units counted from 1), or the feature's name for layer 0."""
    if layer == 0:
        return feature_label(session.hyperparameters.features[unit])
    subscript = str(unit + 1).translate(str.maketrans("0123456789", "₀₁₂₃₄₅₆₇₈₉"))
    return f"a[{layer}]{subscript}"
