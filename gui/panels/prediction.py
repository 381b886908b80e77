"""PredictionBox: predict, then check — a lesson's question asked before its step, graded by what the step did.

The questions are data in ``core.teaching.questions`` (``QUESTIONS`` by lesson name): a
prompt, a kind of answer, the step to run (hyperparameter changes, then iterations) and
the right answer as a function of the snapshots before and after that step. This box
shows one question at a time with the input its kind needs (radio buttons for a choice,
a unit or up/down; a line edit for a shape or a number), reads the answer (a typo is
answered politely, nothing runs), then runs the step through the session's public
methods — ``set_hyperparameters``, then Play up to ``max_iterations`` at full speed, so
the iterations run on the training thread and the window stays live — and finally
grades the answer with core and says, in green or red, whether it was right and why.

Answers are remembered in a ``core.teaching.progress.Progress`` the lesson panel owns
(``answered`` says when one was given: the panel saves the file).
"""

from __future__ import annotations

import html
import re
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QButtonGroup, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QRadioButton, QVBoxLayout, QWidget,
)

from ...core.errors import BackpropStudioError
from ...core.session import Snapshot
from ...core.teaching.progress import Progress
from ...core.teaching.questions import QUESTIONS, UNIT_OPTION, Question, Verdict
from ..model.session import TrainingSession
from ..support.messages import format_message
from ..widgets.problem_label import ProblemLabel

RIGHT_COLOR = "#1b7a3a"  # dark green, as the lesson checks
WRONG_COLOR = "#b00020"  # dark red: readable on a projector; the ✔/✘ and the words carry the meaning too
FULL_SPEED = 0  # iterations per second while the step runs (0: as fast as the machine goes)


class WrappedLabel(QLabel):
    """A word-wrapped label whose minimum height is what its text needs at its width: the lesson panel's
    splitter and scroll area only look at minimum heights, which for a plain wrapped label is one line."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)

    def _fit(self) -> None:
        height = self.heightForWidth(self.width()) if self.width() > 0 else -1
        if height > 0 and height != self.minimumHeight():
            self.setMinimumHeight(height)

    def setText(self, text: str) -> None:  # noqa: N802 (Qt's name)
        super().setText(text)
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()


def question_text(text: str) -> str:
    """A question's English text in the user's language (context "Questions"; core.teaching.questions.all_texts)."""
    return QCoreApplication.translate("Questions", text).replace(" %", "\u00a0%")


def questions_for(lesson: str | None) -> tuple[Question, ...]:
    return QUESTIONS.get(lesson or "", ())


class PredictionBox(QGroupBox):
    """One question of the active lesson: the prompt, the answer's input, Check, then the verdict."""

    answered = Signal(str, object)  # (lesson name, Verdict)

    def __init__(self, session: TrainingSession, progress: Progress, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.progress = progress
        self._lesson: str | None = None
        self._index = 0
        self._before: Snapshot | None = None  # while the step runs: the state the answer was given in
        self._answer: Any = None
        self._saved_run: tuple[int, int | None] | None = None  # (speed, max_iterations) to put back
        self.verdict: Verdict | None = None
        self._build()
        session.running_changed.connect(self._on_running_changed)
        self._retranslate()
        self.hide()

    # ------------------------------------------------------------------ building
    def _build(self) -> None:
        self.counter = WrappedLabel(self)
        self.prompt = WrappedLabel(self)
        font = self.prompt.font()
        font.setBold(True)
        self.prompt.setFont(font)
        self.options_box = QWidget(self)
        self.options_layout = QVBoxLayout(self.options_box)
        self.options_layout.setContentsMargins(8, 0, 0, 0)
        self.options_layout.setSpacing(2)
        self.group = QButtonGroup(self)
        self.radios: list[QRadioButton] = []
        self.edit = QLineEdit(self)
        self.edit.returnPressed.connect(self.check)
        self.problem = ProblemLabel(self)
        self.check_button = QPushButton(self)
        self.check_button.clicked.connect(self.check)
        self.next_button = QPushButton(self)
        self.next_button.clicked.connect(self.next_question)
        buttons = QHBoxLayout()
        buttons.addWidget(self.check_button, 1)
        buttons.addWidget(self.next_button, 1)
        self.verdict_label = WrappedLabel(self)
        self.verdict_label.setTextFormat(Qt.TextFormat.RichText)
        self.verdict_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 6)
        for widget in (self.counter, self.prompt, self.options_box, self.edit, self.problem):
            layout.addWidget(widget)
        layout.addLayout(buttons)
        layout.addWidget(self.verdict_label)

    # ------------------------------------------------------------------ public
    @property
    def lesson(self) -> str | None:
        return self._lesson

    @property
    def question(self) -> Question | None:
        questions = questions_for(self._lesson)
        return questions[self._index] if 0 <= self._index < len(questions) else None

    @property
    def busy(self) -> bool:
        """True while the question's step runs."""
        return self._before is not None

    def show_lesson(self, lesson: str | None, again: bool = False) -> None:
        """Ask ``lesson``'s questions (hidden if it has none), starting at the first one not answered yet
        (the same lesson again: nothing changes, unless ``again``)."""
        if lesson == self._lesson and not again:
            return
        self._lesson = lesson
        questions = questions_for(lesson)
        self.setVisible(bool(questions))
        if not questions:
            return
        answered = self.progress.latest(lesson)
        self._index = next((k for k, q in enumerate(questions) if q.id not in answered), len(questions))
        self._show_question()

    def options(self) -> list[str]:
        """The radio buttons' texts (empty for a typed answer)."""
        return [radio.text() for radio in self.radios if not radio.isHidden()]

    def choose(self, index: int) -> None:
        """Pick option ``index`` (as a click on its radio button does)."""
        self.radios[index].click()

    def next_question(self) -> None:
        """The next question; after the last, from the first again."""
        if self.busy:
            return
        n = len(questions_for(self._lesson))
        self._index = 0 if self._index >= n else self._index + 1
        self._show_question()

    def check(self) -> bool:
        """Read the answer; if it can be read, run the question's step, then grade it. False if nothing ran."""
        question = self.question
        if question is None or self.busy or not self.check_button.isEnabled():
            return False
        before = self._session.snapshot
        if question.options(before):
            picked = self.group.checkedId()
            if picked < 0:
                self.problem.show_problem(self.tr("Pick one answer first, then press Check."))
                return False
            answer: Any = picked
        else:
            answer = self.edit.text()
            if not answer.strip():
                self.problem.show_problem(self.tr("Type your answer first, then press Check."))
                return False
        try:
            question.parse(answer, before)
        except BackpropStudioError as error:
            self.problem.show_problem(self.tr("I could not read that: %1.").replace("%1", format_message(error)))
            return False
        self.problem.clear_problem()
        self.verdict = None
        self.verdict_label.hide()
        changes = dict(question.action.changes)
        if changes and not self._session.set_hyperparameters(**changes):
            return False  # the session said why (problem_reported)
        self._before, self._answer = before, answer
        self._set_busy(True)
        iterations = question.action.iterations
        if iterations > 0:
            self._saved_run = (self._session.speed, self._session.max_iterations)
            self._session.set_speed(FULL_SPEED)
            self._session.max_iterations = self._session.iteration + iterations
            self._session.play()
            if self._session.running:
                return True  # graded when play ends (_on_running_changed)
            self._restore_run()
        self._grade()
        return True

    # ------------------------------------------------------------------ the step and the verdict
    def _on_running_changed(self, running: bool) -> None:
        if not running and self._saved_run is not None:
            # Graded once the session has announced the state play ended in (Pause emits this first).
            QTimer.singleShot(0, self._finish_run)

    def _finish_run(self) -> None:
        if self._saved_run is not None and not self._session.running:
            self._restore_run()
            self._grade()

    def _restore_run(self) -> None:
        speed, limit = self._saved_run
        self._saved_run = None
        self._session.max_iterations = limit
        self._session.set_speed(speed)

    def _grade(self) -> None:
        question, before, answer = self.question, self._before, self._answer
        self._before = None
        after = self._session.snapshot
        self._set_busy(False)
        if question is None or before is None:
            return
        if after.structure_version != before.structure_version or after.iteration < before.iteration:
            self.problem.show_problem(self.tr("The network or the data changed while the step ran, so this "
                                              "answer cannot be checked. Press Check again."))
            return
        try:
            verdict = question.grade(answer, before, after)
        except BackpropStudioError as error:
            self.problem.show_problem(format_message(error))
            return
        self.verdict = verdict
        self._verdict_options = self._shown_options(question, before)
        self.progress.record(self._lesson, question.id, verdict.given, verdict.correct)
        self._show_verdict()
        self.answered.emit(self._lesson, verdict)

    def _show_verdict(self) -> None:
        verdict, question = self.verdict, self.question
        if verdict is None or question is None:
            self.verdict_label.clear()
            self.verdict_label.hide()
            return
        why = html.escape(question_text(verdict.explanation).format(**verdict.facts))
        expected = html.escape(self._as_shown(verdict.expected))
        if verdict.correct:
            head = self.tr("✔ Right! The answer is %1.").replace("%1", expected)
            color = RIGHT_COLOR
        else:
            head = (self.tr("✘ Not quite: you said %1, the answer is %2.")
                    .replace("%1", html.escape(self._as_shown(verdict.given))).replace("%2", expected))
            color = WRONG_COLOR
        self.verdict_label.setText(f"<span style='color:{color}'><b>{head}</b><br>{why}</span>")
        self.verdict_label.show()
        self.next_button.setEnabled(True)
        self._show_counter()

    def verdict_text(self) -> str:
        """The verdict as the student reads it (plain text), or "" before a check."""
        if self.verdict_label.isHidden():
            return ""
        return _plain(self.verdict_label.text())

    # ------------------------------------------------------------------ showing a question
    def _shown_options(self, question: Question, snapshot: Snapshot) -> dict[str, str]:
        """English option → the option in the user's language."""
        options = question.options(snapshot)
        if question.kind == "unit":
            shown = [question_text(UNIT_OPTION).format(n=j + 1) for j in range(len(options))]
        else:
            shown = [question_text(option) for option in options]
        return dict(zip(options, shown))

    def _as_shown(self, english: str) -> str:
        return getattr(self, "_verdict_options", {}).get(english, english)

    def _show_question(self) -> None:
        self.verdict = None
        self.problem.clear_problem()
        self.verdict_label.hide()
        question = self.question
        questions = questions_for(self._lesson)
        for radio in self.radios:
            self.group.removeButton(radio)
            radio.hide()
        if question is None:  # every question answered: the score, and Ask again
            right, answered = self.progress.score(self._lesson)
            self.prompt.setText(self.tr("You have answered all %1 questions of this lesson (%2 right).")
                                .replace("%1", str(len(questions))).replace("%2", str(right)))
            self.options_box.hide()
            self.edit.hide()
            self.check_button.hide()
            self.next_button.setText(self.tr("Ask again"))
            self.next_button.setEnabled(True)
            self._show_counter()
            return
        self.check_button.show()
        self.check_button.setEnabled(True)
        self.next_button.setText(self.tr("Next question"))
        self.next_button.setEnabled(False)
        self.prompt.setText(question_text(question.prompt))
        snapshot = self._session.snapshot
        shown = list(self._shown_options(question, snapshot).values())
        while len(self.radios) < len(shown):
            radio = QRadioButton(self.options_box)
            self.options_layout.addWidget(radio)
            self.radios.append(radio)
        for k, text in enumerate(shown):
            radio = self.radios[k]
            self.group.addButton(radio, k)
            radio.setText(text)
            radio.setChecked(False)
            radio.show()
        self.group.setExclusive(False)  # so no button stays checked from the last question
        for radio in self.radios:
            radio.setChecked(False)
        self.group.setExclusive(True)
        self.options_box.setVisible(bool(shown))
        self.edit.setVisible(not shown)
        self.edit.clear()
        if question.kind == "shape":
            self.edit.setPlaceholderText(self.tr("a shape, e.g. (3, 4)"))
            self.edit.setToolTip(self.tr("Type the shape as (rows, columns): (3, 4), 3x4 and 3, 4 all work."))
        else:
            self.edit.setPlaceholderText(self.tr("a number"))
            self.edit.setToolTip(self.tr("Type a whole number."))
        self._show_counter()

    def _show_counter(self) -> None:
        questions = questions_for(self._lesson)
        right, answered = self.progress.score(self._lesson) if self._lesson else (0, 0)
        position = min(self._index + 1, len(questions))
        self.counter.setText(self.tr("Question %1 of %2 · %3 of %4 answered right so far")
                             .replace("%1", str(position)).replace("%2", str(len(questions)))
                             .replace("%3", str(right)).replace("%4", str(answered)))


    def _set_busy(self, busy: bool) -> None:
        for widget in [self.check_button, self.edit, *self.radios]:
            widget.setEnabled(not busy)
        if busy:
            self.check_button.setText(self.tr("Running the step…"))
        else:
            self.check_button.setText(self.tr("Check"))

    # ------------------------------------------------------------------ layout, language

    def _retranslate(self) -> None:
        self.setTitle(self.tr("Predict, then check"))
        self.setToolTip(self.tr("Answer before the step runs: Check runs it, then says whether you were right "
                                "and why, with this run's own numbers."))
        self.check_button.setText(self.tr("Running the step…") if self.busy else self.tr("Check"))
        self.check_button.setToolTip(self.tr("Run the step this question is about, then grade your answer."))
        self.problem.retranslate()
        if self._lesson is not None and not self.busy:
            verdict = self.verdict
            self._show_question()
            if verdict is not None:
                self.verdict = verdict
                self._show_verdict()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "check_button"):
            self._retranslate()
        super().changeEvent(event)


def _plain(rich: str) -> str:
    """The text of a small rich-text label (tags dropped, entities decoded, <br> as a new line)."""
    return html.unescape(re.sub(r"<[^>]+>", "", rich.replace("<br>", "\n")))
