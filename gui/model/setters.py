"""The session's shortcuts for the Network panel: α, layers, units and activations one at a time.

Each builds the full change and hands it to ``TrainingSession.set_hyperparameters``,
which validates it in core and either applies it or reports why not. A mixin of
TrainingSession (it needs ``set_hyperparameters``, ``hyperparameters`` and
``problem_reported``); it holds no state of its own.
"""

from __future__ import annotations

import numpy as np

from PySide6.QtCore import QCoreApplication

from ...core.training.hyperparameters import MAX_HIDDEN_LAYERS


def _tr(text: str) -> str:
    # The context is the session's: these strings were translated as TrainingSession's.
    return QCoreApplication.translate("TrainingSession", text)


class NetworkSetters:
    """set_learning_rate, add_layer, remove_layer, set_hidden_units, set_layer_units, set_layer_activation."""

    def set_learning_rate(self, value: float) -> bool:
        try:
            rate = float(value)
        except (TypeError, ValueError):
            self.problem_reported.emit(_tr("The learning rate α must be a number, not “%1”.").replace("%1", str(value)))
            return False
        return self.set_hyperparameters(learning_rate=rate)

    def _hidden_layer_ok(self, layer: object) -> bool:
        """True if ``layer`` names a hidden layer 1..L−1; otherwise say so and return False."""
        count = len(self.hyperparameters.hidden_units)
        if isinstance(layer, bool) or not isinstance(layer, (int, np.integer)) or not 1 <= layer <= count:
            self.problem_reported.emit(_tr("There is no hidden layer %1 (the network has %2).")
                                       .replace("%1", str(layer)).replace("%2", str(count)))
            return False
        return True

    def set_hidden_units(self, units: tuple[int, ...], activations: tuple[str, ...] | None = None) -> bool:
        """Replace the hidden layers: units per layer (and their activations)."""
        units = tuple(units)
        if activations is None:
            current = self.hyperparameters.hidden_activations
            fill = current[-1] if current else "tanh"
            activations = tuple(current[i] if i < len(current) else fill for i in range(len(units)))
        return self.set_hyperparameters(hidden_units=units, hidden_activations=tuple(activations))

    def add_layer(self) -> bool:
        units = self.hyperparameters.hidden_units
        if len(units) >= MAX_HIDDEN_LAYERS:
            self.problem_reported.emit(_tr("At most %1 hidden layers.").replace("%1", str(MAX_HIDDEN_LAYERS)))
            return False
        return self.set_hidden_units(units + ((units[-1] if units else 4),))

    def remove_layer(self) -> bool:
        units = self.hyperparameters.hidden_units
        if not units:
            return False
        return self.set_hidden_units(units[:-1], self.hyperparameters.hidden_activations[:-1])

    def set_layer_units(self, layer: int, n: int) -> bool:
        """n[layer] for hidden layer ``layer`` (1-based); n must be a whole number (core checks its range)."""
        if not self._hidden_layer_ok(layer):
            return False
        units = list(self.hyperparameters.hidden_units)
        units[layer - 1] = int(n) if isinstance(n, (int, np.integer)) and not isinstance(n, bool) else n
        return self.set_hidden_units(tuple(units), self.hyperparameters.hidden_activations)

    def set_layer_activation(self, layer: int, name: str) -> bool:
        """g[layer] for hidden layer ``layer`` (1-based)."""
        if not self._hidden_layer_ok(layer):
            return False
        acts = list(self.hyperparameters.hidden_activations)
        acts[layer - 1] = name
        return self.set_hyperparameters(hidden_activations=tuple(acts))

