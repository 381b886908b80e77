"""ProblemLabel: the wrapped line under a panel that says why the last change was refused."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from ..support.messages import reformat


class ProblemLabel(QLabel):
    """Says why the last change was refused; hidden when all is well.

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
        """Show ``text`` (already in the user's language); hide when empty."""
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
