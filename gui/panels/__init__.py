"""Panels: the controls that ask the TrainingSession for changes (DESIGN.md §4).

A panel never changes state itself. It calls a session method, and the session
either applies the change (and announces it by signal) or refuses it (returns
False and reports why). The small helpers here are shared by the panels: one
catches the session's reason for a refusal, one shows it, and one is the
editable list of numbers used for α, λ and the initialization scale.
"""

from __future__ import annotations

import math
from typing import Any, Callable, Iterable

from PySide6.QtCore import QSignalBlocker, Signal
from PySide6.QtWidgets import QComboBox, QLabel, QSizePolicy, QWidget

from ..support.messages import reformat
from ..model.session import TrainingSession


def call_refusable(session: TrainingSession, method: Callable[..., Any], *args: Any, **kwargs: Any) -> tuple[bool, str]:
    """Call a session method; return (accepted, the reason it gave if it refused)."""
    messages: list[str] = []

    def keep(message: str) -> None:
        messages.append(message)

    # The session reports problems by signal, synchronously, while the call runs.
    session.problem_reported.connect(keep)
    try:
        accepted = bool(method(*args, **kwargs))
    finally:
        session.problem_reported.disconnect(keep)
    return accepted, (messages[-1] if messages else "")


def format_number(value: float) -> str:
    """Short text for a number: 0.01, 1.2, 1e-05 (the same text the lists use)."""
    return f"{value:g}"


class ProblemLabel(QLabel):
    """A wrapped line under a panel saying why the last change was refused; hidden when all is well.

    The text arrives in the user's language; a core message is shown in the new language after a switch
    (gui.support.messages.reformat).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setStyleSheet("color: #b03a00;")  # dark orange: readable on a projector, not alarming
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self._message = ""
        self.hide()

    def show_problem(self, text: str) -> None:
        self._message = text
        self.setText(text)
        self.setVisible(bool(text))

    def clear_problem(self) -> None:
        self._message = ""
        self.setText("")
        self.hide()

    def retranslate(self) -> None:
        """Show the current message in the new language (the panel calls this on LanguageChange)."""
        if self._message:
            self._message = reformat(self._message)
            self.setText(self._message)



class NumberCombo(QComboBox):
    """An editable list of suggested numbers that also accepts a typed value.

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
