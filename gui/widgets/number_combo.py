"""NumberCombo: an editable list of suggested numbers that also accepts a typed value (α, λ, a scale)."""

from __future__ import annotations

import math
from typing import Iterable

from PySide6.QtCore import QSignalBlocker, Signal
from PySide6.QtWidgets import QComboBox, QWidget


def format_number(value: float) -> str:
    """Short text for a number: 0.01, 1.2, 1e-05 (the same text the lists use)."""
    return f"{value:g}"


class NumberCombo(QComboBox):
    """The course's suggested values in a list; any finite number may be typed instead.

    Emits ``value_entered`` with a finite number, or ``text_refused`` with the
    text that is not one; the panel decides what to do (ask the session, revert).
    """

    value_entered = Signal(float)
    text_refused = Signal(str)

    def __init__(self, values: Iterable[float], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        # Typed values are not added to the list: the list stays the course's suggestions.
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for value in values:
            self.addItem(format_number(value), float(value))
        self.setCompleter(None)  # inline completion would turn a typed "0.00" into "0.0001"
        self._shown: float | None = None
        # A pick from the list changes the index; typing ends with Return or leaving the field.
        self.currentIndexChanged.connect(self._on_index_changed)
        self.lineEdit().editingFinished.connect(self._on_editing_finished)

    def show_value(self, value: float) -> None:
        """Display ``value`` (from the session) without emitting anything."""
        blockers = (QSignalBlocker(self), QSignalBlocker(self.lineEdit()))
        text = format_number(value)
        index = self.findText(text)
        if index >= 0:
            self.setCurrentIndex(index)
        else:
            self.setCurrentIndex(-1)
            self.setEditText(text)
        self._shown = float(value)
        del blockers

    def shown_value(self) -> float | None:
        """The value last shown by ``show_value`` (None before the first)."""
        return self._shown

    def _on_index_changed(self, index: int) -> None:
        if index >= 0:
            self._commit(self.itemText(index))

    def _on_editing_finished(self) -> None:
        self._commit(self.currentText())

    def _commit(self, text: str) -> None:
        try:
            value = float(text.strip())
        except ValueError:
            self.text_refused.emit(text)
            return
        if not math.isfinite(value):
            self.text_refused.emit(text)
            return
        # Focus leaving the field finishes editing too: do not resend the value already shown.
        if self._shown is not None and value == self._shown:
            self.show_value(value)  # normalise the text, e.g. "1.20" -> "1.2"
            return
        self.value_entered.emit(value)
