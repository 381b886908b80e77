"""What the student is looking at, as the views follow it: the model's selection, with signals.

The selection itself lives in the model (``core.session.Session.selection``, part of
every snapshot); this object asks the model to change it and tells the views.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    from .session import TrainingSession


class Selection(QObject):
    """The selected neuron and example; emits when either changes (also when the model dropped one)."""

    neuron_selected = Signal(object)  # (layer, unit) or None (the output ŷ)
    example_selected = Signal(object)  # index into the training set, or None (all m examples)

    def __init__(self, session: "TrainingSession") -> None:
        super().__init__(session)
        self._session = session
        self._seen = session.model.selection

    @property
    def neuron(self) -> tuple[int, int] | None:
        return self._session.model.selection.neuron

    @property
    def example(self) -> int | None:
        return self._session.model.selection.example

    def select_neuron(self, layer: int | None, unit: int | None = None) -> bool:
        """Show neuron (layer, unit); layer 0 is an input feature. None goes back to the output."""
        return self._session._ask(lambda: self._session.model.select_neuron(layer, unit))

    def select_example(self, i: int | None) -> bool:
        """Follow training example i through the network (None: all m examples)."""
        return self._session._ask(lambda: self._session.model.select_example(i))

    def sync(self) -> None:
        """Emit for whatever changed in the model's selection since last time."""
        now = self._session.model.selection
        seen, self._seen = self._seen, now
        if now.neuron != seen.neuron:
            self.neuron_selected.emit(now.neuron)
        if now.example != seen.example:
            self.example_selected.emit(now.example)
