"""ProblemLabel: the wrapped line under a panel that says why the last change was refused."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from ..support.messages import translate_core_message


class ProblemLabel(QLabel):
    """Says why the last change was refused; hidden when all is well.

    Core's English messages are shown in the user's language (gui.support.messages), again after a switch.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setStyleSheet("color: #b03a00;")  # dark orange: readable on a projector, not alarming
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self._message = ""
        self.hide()

    def show_problem(self, text: str) -> None:
        """Show ``text`` (core's English, or an already translated sentence); hide when empty."""
        self._message = text
        self.setText(translate_core_message(text))
        self.setVisible(bool(text))

    def clear_problem(self) -> None:
        self._message = ""
        self.setText("")
        self.hide()

    def retranslate(self) -> None:
        """Show the current message in the new language (the panel calls this on LanguageChange)."""
        if self._message:
            self.setText(translate_core_message(self._message))
