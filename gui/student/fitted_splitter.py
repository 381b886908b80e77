"""FittedSplitter: a vertical split whose parts get the heights the tab asks for, until the user moves it.

Both tabs of the Your code window show a part sized to its content (the check table, the phase
matrices) above or below a part that takes the rest; once the student drags the handle, their
choice stays.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSplitter, QWidget


class FittedSplitter(QSplitter):
    """Two widgets, top and bottom, with stretch factors; ``fit`` sizes them unless the user moved the handle."""

    def __init__(self, top: QWidget, bottom: QWidget, stretch: tuple[int, int], parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Vertical, parent)
        self.addWidget(top)
        self.addWidget(bottom)
        self.setStretchFactor(0, stretch[0])
        self.setStretchFactor(1, stretch[1])
        self.setChildrenCollapsible(False)
        self.user_moved = False
        self.splitterMoved.connect(self._on_moved)

    def _on_moved(self, *_: object) -> None:
        self.user_moved = True

    def total(self) -> int:
        return sum(self.sizes())

    def fit(self, top: int) -> None:
        """The top part ``top`` pixels high and the bottom the rest (nothing once the user moved the handle)."""
        total = self.total()
        if not self.user_moved and total > 0:
            self.setSizes([top, total - top])


__all__ = ["FittedSplitter"]
