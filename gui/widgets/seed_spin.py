"""SeedSpinBox: a spin box for a random seed (of the data, of the initial weights)."""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker
from PySide6.QtWidgets import QAbstractSpinBox, QSpinBox, QWidget

#: QSpinBox holds a signed 32-bit int: larger seeds are shown as this.
SPIN_MAX = 2**31 - 1


class SeedSpinBox(QSpinBox):
    """Seeds 0 .. ``maximum`` (at most SPIN_MAX); a typed seed counts once, when editing ends."""

    def __init__(self, maximum: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(0, min(maximum, SPIN_MAX))
        # Typing "123" must not ask for seeds 1 and 12 on the way.
        self.setKeyboardTracking(False)
        self.setCorrectionMode(QAbstractSpinBox.CorrectionMode.CorrectToNearestValue)

    def show_seed(self, seed: int) -> None:
        """Display ``seed`` (from the session) without emitting anything."""
        with QSignalBlocker(self):
            self.setValue(min(seed, self.maximum()))
