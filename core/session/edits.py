"""One-at-a-time edits of the network, as the Network panel offers them, turned into hyperparameter changes.

Each returns the keyword changes for ``Session.set_hyperparameters`` (which validates
them), or raises a refusal when the edit itself makes no sense (no such layer).
"""

from __future__ import annotations

from typing import Any

import numpy as np

from ..errors import HyperparameterError
from ..training.hyperparameters import MAX_HIDDEN_LAYERS, Hyperparameters

Changes = dict[str, Any]


def learning_rate(text: object) -> Changes:
    """α from what was typed ("0.5"), or a refusal naming the text."""
    try:
        return {"learning_rate": float(text)}  # type: ignore[arg-type]
    except (TypeError, ValueError, OverflowError):
        raise HyperparameterError("edit.learning_rate", text=text) from None


def hidden_layers(hp: Hyperparameters, units: tuple[int, ...], activations: tuple[str, ...] | None = None) -> Changes:
    """Replace the hidden layers; new layers take the last layer's activation (tanh if there is none)."""
    units = tuple(units)
    if activations is None:
        current = hp.hidden_activations
        fill = current[-1] if current else "tanh"
        activations = tuple(current[i] if i < len(current) else fill for i in range(len(units)))
    return {"hidden_units": units, "hidden_activations": tuple(activations)}


def add_layer(hp: Hyperparameters) -> Changes:
    """One more hidden layer, as wide as the last one (4 units when there is none)."""
    units = hp.hidden_units
    if len(units) >= MAX_HIDDEN_LAYERS:
        raise HyperparameterError("edit.too_many_layers", max=MAX_HIDDEN_LAYERS)
    return hidden_layers(hp, units + ((units[-1] if units else 4),))


def remove_layer(hp: Hyperparameters) -> Changes:
    """The last hidden layer removed (none left: nothing to do)."""
    if not hp.hidden_units:
        raise HyperparameterError("edit.nothing_to_remove")
    return hidden_layers(hp, hp.hidden_units[:-1], hp.hidden_activations[:-1])


def _check_layer(hp: Hyperparameters, layer: object) -> int:
    count = len(hp.hidden_units)
    if isinstance(layer, bool) or not isinstance(layer, (int, np.integer)) or not 1 <= layer <= count:
        raise HyperparameterError("edit.no_such_layer", layer=layer, count=count)

    return int(layer)


def layer_units(hp: Hyperparameters, layer: object, n: object) -> Changes:
    """n[layer] of hidden layer ``layer`` (1-based); the range is checked by the hyperparameters."""
    l = _check_layer(hp, layer)
    units = list(hp.hidden_units)
    units[l - 1] = int(n) if isinstance(n, (int, np.integer)) and not isinstance(n, bool) else n
    return hidden_layers(hp, tuple(units), hp.hidden_activations)


def layer_activation(hp: Hyperparameters, layer: object, name: str) -> Changes:
    """g[layer] of hidden layer ``layer`` (1-based)."""
    l = _check_layer(hp, layer)
    activations = list(hp.hidden_activations)
    activations[l - 1] = name
    return {"hidden_activations": tuple(activations)}
