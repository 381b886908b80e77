"""File → New exercise file…: a .py with every course function to fill in, in English or Simplified Chinese.

``new_exercise_file(window)`` asks for the language (the app's own by default) and the
weeks, then where to save; writes ``core.student.skeleton.skeleton(language, weeks)``
atomically (``core.files.atomic.atomic_write``: the whole file or nothing); and offers to
open it in Labs → Your code, where every function reads "not written yet" until the
student writes it. Each question goes through a module-level function (a seam) that
tests replace: ``ask_exercise_options``, ``ask_open_now``; the save dialog and the error
box are FileActions' own seams, passed in.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QLabel, QMessageBox,
                               QVBoxLayout, QWidget)

from ...core.files.atomic import atomic_write
from ...core.student.skeleton import LANGUAGES, skeleton
from ..support.i18n import available_languages, current_language

# The weeks a file can hold (week 2's sigmoid and predict share names with weeks 3 and 4's: a file of its own).
WEEK_CHOICES = ((3, 4), (3,), (4,), (2,))
SUGGESTED_NAMES = {(3, 4): "my_functions.py", (3,): "my_functions_week3.py", (4,): "my_functions_week4.py",
                   (2,): "my_functions_week2.py"}


def _tr(text: str) -> str:
    return QCoreApplication.translate("NewExerciseFile", text)


def python_filter() -> str:
    return _tr("Python file (*.py)")


class ExerciseOptionsDialog(QDialog):
    """The language of the file's comments and docstrings, and the course weeks it holds."""

    def __init__(self, parent: QWidget | None = None, language: str | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("new_exercise_dialog")
        self.intro_label = QLabel(self)
        self.intro_label.setWordWrap(True)
        self.language_combo = QComboBox(self)
        for code, name in available_languages():
            if code in LANGUAGES:
                self.language_combo.addItem(name, code)  # each language named in itself
        chosen = self.language_combo.findData(language or current_language())
        self.language_combo.setCurrentIndex(max(chosen, 0))
        self.weeks_combo = QComboBox(self)
        for weeks in WEEK_CHOICES:
            self.weeks_combo.addItem("", weeks)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        Qt.Orientation.Horizontal, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.form = QFormLayout()
        self.language_label, self.weeks_label = QLabel(self), QLabel(self)
        self.form.addRow(self.language_label, self.language_combo)
        self.form.addRow(self.weeks_label, self.weeks_combo)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro_label)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)
        self._retranslate()

    def choice(self) -> tuple[str, tuple[int, ...]]:
        return self.language_combo.currentData(), tuple(self.weeks_combo.currentData())

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("New exercise file"))
        self.intro_label.setText(self.tr(
            "A .py with every course function's signature, the shapes it works with, and "
            "raise NotImplementedError to replace with your code. Open it in Labs → Your code to check each "
            "function as you write it."))
        self.language_label.setText(self.tr("Comments in"))
        self.weeks_label.setText(self.tr("Functions of"))
        texts = {(3, 4): self.tr("weeks 3 and 4: one hidden layer, then a deep network"),
                 (3,): self.tr("week 3: one hidden layer"), (4,): self.tr("week 4: a deep network"),
                 (2,): self.tr("week 2: logistic regression")}
        for i in range(self.weeks_combo.count()):
            self.weeks_combo.setItemText(i, texts[tuple(self.weeks_combo.itemData(i))])

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "weeks_combo"):
            self._retranslate()
        super().changeEvent(event)


def ask_exercise_options(parent: QWidget | None) -> tuple[str, tuple[int, ...]] | None:
    """(language, weeks) from the dialog, or None when cancelled (a seam: tests replace it)."""
    dialog = ExerciseOptionsDialog(parent)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    choice = dialog.choice() if accepted else None
    dialog.deleteLater()
    return choice


def ask_open_now(parent: QWidget | None, path: str) -> bool:
    """Open the new file in Labs → Your code? (a seam: tests replace it)."""
    answer = QMessageBox.question(
        parent, _tr("New exercise file"),
        _tr("%1 is written. Open it in Labs → Your code now?").replace("%1", Path(path).name),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes)
    return answer == QMessageBox.StandardButton.Yes


def _default_save_path(parent: QWidget | None) -> Callable[[str, str, str], str | None]:
    def ask(caption: str, filters: str, suggested: str) -> str | None:
        path, _ = QFileDialog.getSaveFileName(parent, caption, suggested, filters)
        if path and not Path(path).suffix:
            path += ".py"
        return path or None
    return ask


def write_exercise_file(path: str | Path, language: str, weeks: tuple[int, ...]) -> Path:
    """Write the skeleton to ``path`` (all or nothing); raises OSError."""
    return atomic_write(path, skeleton(language, weeks).encode("utf-8"))


def new_exercise_file(window: QWidget, *, ask_save_path: Callable[[str, str, str], str | None] | None = None,
                      show_error: Callable[[str, str], None] | None = None) -> Path | None:
    """The whole of File → New exercise file…; the path written, or None (cancelled or refused)."""
    options = ask_exercise_options(window)
    if options is None:
        return None
    language, weeks = options
    ask_save_path = ask_save_path or _default_save_path(window)
    suggested = str(Path.home() / SUGGESTED_NAMES.get(weeks, "my_functions.py"))
    path = ask_save_path(_tr("Save the exercise file"), python_filter(), suggested)
    if not path:
        return None
    try:
        write_exercise_file(path, language, weeks)
    except OSError as error:
        message = _tr("%1 could not be written: %2").replace("%1", Path(path).name) \
            .replace("%2", error.strerror or str(error))
        if show_error is not None:
            show_error(_tr("New exercise file"), message)
        else:
            QMessageBox.warning(window, _tr("New exercise file"), message)
        return None
    status = getattr(window, "statusBar", None)
    if callable(status):
        status().showMessage(_tr("Wrote %1").replace("%1", str(path)), 8000)
    labs = getattr(window, "labs", None)
    if labs is not None and ask_open_now(window, str(path)):
        labs.show_lab("your_code").open_file(path)
    return Path(path)
