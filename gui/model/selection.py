"""What the student is looking at — a neuron, an example — asked of the model through the session.

The selection itself lives in the model (``core.session.Session.selection``, part of
every snapshot); a change is announced with the session's ``selection_changed(snapshot)``.
"""

from __future__ import annotations

from typing import Protocol

from ...core.session import Snapshot


class Selecting(Protocol):
    """What the selection needs of the session (gui/model/session.py's TrainingSession)."""

    @property
    def snapshot(self) -> Snapshot: ...

    def select_neuron(self, layer: int | None, unit: int | None = None) -> bool: ...

    def select_example(self, i: int | None) -> bool: ...


class Selection:
    """Select a neuron or an example (refusals are reported like any other change)."""

    def __init__(self, session: Selecting) -> None:
        self._session = session

    @property
    def neuron(self) -> tuple[int, int] | None:
        return self._session.snapshot.selection.neuron

    @property
    def example(self) -> int | None:
        return self._session.snapshot.selection.example

    def select_neuron(self, layer: int | None, unit: int | None = None) -> bool:
        """Show neuron (layer, unit); layer 0 is an input feature. None goes back to the output."""
        return self._session.select_neuron(layer, unit)

    def select_example(self, i: int | None) -> bool:
        """Follow training example i through the network (None: all m examples)."""
        return self._session.select_example(i)
