"""What the student is looking at: one neuron (layer, unit) and/or one training example.

Views show the selection (the big view draws the selected neuron's output, the
diagram and inspector follow example i); nothing here changes training.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    from .session import TrainingSession


class Selection(QObject):
    """The selected neuron and example; emits when either changes."""

    neuron_selected = Signal(object)  # (layer, unit) or None (the output ŷ)
    example_selected = Signal(object)  # index into the training set, or None (all m examples)

    def __init__(self, session: "TrainingSession") -> None:
        super().__init__(session)
        self._session = session
        self.neuron: tuple[int, int] | None = None
        self.example: int | None = None

    def select_neuron(self, layer: int | None, unit: int | None = None) -> bool:
        """Show neuron (layer, unit); layer 0 is an input feature. None goes back to the output."""
        choice = None if layer is None or unit is None else (int(layer), int(unit))
        if choice is not None and not self._neuron_exists(choice):
            self._session.problem_reported.emit(self.tr("There is no such neuron."))
            return False
        if choice != self.neuron:
            self.neuron = choice
            self.neuron_selected.emit(choice)
        return True

    def select_example(self, i: int | None) -> bool:
        """Follow training example i through the network (None: all m examples)."""
        if i is not None and not 0 <= i < self._session.prepared.train.m:
            self._session.problem_reported.emit(self.tr("There is no such example."))
            return False
        if i != self.example:
            self.example = i
            self.example_selected.emit(i)
        return True

    def forget_invalid(self) -> None:
        """After the network or the data changed: drop a selection that no longer exists."""
        if self.neuron is not None and not self._neuron_exists(self.neuron):
            self.neuron = None
            self.neuron_selected.emit(None)
        if self.example is not None and self.example >= self._session.prepared.train.m:
            self.example = None
            self.example_selected.emit(None)

    def _neuron_exists(self, neuron: tuple[int, int]) -> bool:
        dims = self._session.hyperparameters.layer_dims()
        layer, unit = neuron
        return 0 <= layer < len(dims) and 0 <= unit < dims[layer]
