"""What the big view shows when a neuron is selected: that neuron's own output over the plane.

As TensorFlow Playground does, clicking a neuron replaces ŷ by a[l]ᵤ: the
student sees which part of the boundary each hidden unit contributes. Values
come from the snapshot's ``neuron_maps`` (core's forward pass with the
snapshot's parameters); this module only picks the unit and chooses colour
levels that suit its activation (the activation object says whether its
output reads as a probability).
"""

from __future__ import annotations

import numpy as np

from ...core.data.features import feature_label
from ...core.nn.activations import get_activation
from ...core.session import Snapshot

Array = np.ndarray


def neuron_grid(snapshot: Snapshot, layer: int, unit: int, resolution: int) -> tuple[tuple, Array]:
    """(bounds, a[layer]_unit over the plane as (1, res, res)), indexed [., x2, x1]."""
    bounds, maps = snapshot.neuron_maps(resolution)
    return bounds, maps[layer][unit : unit + 1]


def neuron_activation(snapshot: Snapshot, layer: int) -> str | None:
    """g[layer]'s name, or None for layer 0 (the input features)."""
    return None if layer == 0 else snapshot.activations[layer - 1]


def probability_like(activation: str | None) -> bool:
    """True when the activation's output lies in [0, 1] and reads as a probability (never for inputs)."""
    return activation is not None and get_activation(activation).probability_like


def neuron_levels(values: Array, is_probability: bool) -> tuple[float, float]:
    """Colour levels: 0..1 for probability-like outputs, else symmetric around 0 (white = 0)."""
    if is_probability:
        return 0.0, 1.0
    half = float(np.abs(values).max()) if values.size else 1.0
    half = half if half > 1e-12 else 1.0
    return -half, half


def neuron_name(snapshot: Snapshot, layer: int, unit: int) -> str:
    """Course notation: "a[2]₃" (units counted from 1), or the feature's name for layer 0."""
    if layer == 0:
        return feature_label(snapshot.hyperparameters.features[unit])
    subscript = str(unit + 1).translate(str.maketrans("0123456789", "₀₁₂₃₄₅₆₇₈₉"))
    return f"a[{layer}]{subscript}"
