"""LessonPanel: the guided lessons — pick one, read it, load its preset, watch its checks tick.

The lessons themselves (presets, texts, checks) are data in ``core.teaching.lessons``;
the model loads a lesson and ticks its checks on its own schedule (core.session).
This panel shows the lessons and, from each snapshot, the active lesson's checks.
Lessons 2 and 3 ask the main window to open a lab (``lab_requested``); lesson 11
asks for the experiment runner (``experiment_requested``).

A loaded lesson with questions (``core.teaching.questions.QUESTIONS``) asks them before
their steps (``PredictionBox``, gui/panels/prediction.py: predict, then check). The
lessons completed and the answers given are a ``core.teaching.progress.Progress``; with a
file (``use_progress_file``: the main window gives one next to the settings file) they
are remembered between runs.
"""

from __future__ import annotations

import html
import os

from PySide6.QtCore import QCoreApplication, QEvent, QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QGroupBox, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton, QSplitter, QTextBrowser, QVBoxLayout,
    QWidget,
)

from ...core.errors import BackpropStudioError
from ...core.teaching.experiments import SweepResult
from ...core.teaching.progress import Progress, load_progress, save_progress
from ...core.teaching.lessons import LESSONS, Lesson, get_lesson
from ...core.training.trainer import layer_shapes
from ..model.session import TrainingSession
from ..support.messages import format_message
from ..support.throttle import Throttle
from .prediction import PredictionBox

CHECK_INTERVAL_MS = 100  # the checks' display follows training ten times a second
DONE_COLOR = "#1b7a3a"  # dark green: readable on a projector; the ☑ carries the meaning too
NAME_ROLE = Qt.ItemDataRole.UserRole


class _FittedDetail(QWidget):
    """The splitter's lower part, never shorter than its wrapped texts need at its width: a splitter only
    honours minimum heights, which Qt computes without word-wrapped labels' height for width; the lesson
    dock scrolls instead of squeezing (or overlapping) the question, its verdict and the checks."""

    def _fit(self) -> None:
        layout = self.layout()
        if layout is None or self.width() <= 0:
            return
        width = self.width() - layout.contentsMargins().left() - layout.contentsMargins().right()
        items = [layout.itemAt(k) for k in range(layout.count())]
        items = [item for item in items if item.widget() is None or not item.widget().isHidden()]
        height = sum(item.heightForWidth(width) if item.hasHeightForWidth() else item.minimumSize().height()
                     for item in items)
        height += layout.spacing() * max(len(items) - 1, 0) + layout.contentsMargins().top() \
            + layout.contentsMargins().bottom()
        if height > 0 and height != self.minimumHeight():
            self.setMinimumHeight(height)

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if event.type() in (QEvent.Type.LayoutRequest, QEvent.Type.Resize):
            self._fit()
        return handled


def lesson_text(text: str) -> str:
    """A lesson string in the user's language (context "Lessons"; see core.teaching.lessons.all_texts)."""
    # A no-break space keeps "90 %" together when a line wraps.
    return QCoreApplication.translate("Lessons", text).replace(" %", "\u00a0%")


class LessonPanel(QWidget):
    """The lesson list, the selected lesson's explanation, its live checks and the Load button."""

    lab_requested = Signal(str)  # "computation_graph" | "vectorization"
    experiment_requested = Signal(dict)  # {"parameter": ..., "values": (...), "iterations": n}
    lesson_loaded = Signal(str)
    lesson_completed = Signal(str)

    def __init__(self, session: TrainingSession, parent: QWidget | None = None,
                 progress_path: str | os.PathLike | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.progress = Progress()
        self._progress_path: str | os.PathLike | None = None
        self._completed: set[str] = set()
        self._shown_structure = -1
        self._sized = False
        self._build()
        self._throttle = Throttle(self.refresh_checks_now, CHECK_INTERVAL_MS, self)
        session.state_changed.connect(lambda _snapshot: self._throttle.request())
        session.structure_changed.connect(lambda _snapshot: self.refresh_checks_now())
        self.lesson_list.setCurrentRow(0)
        if progress_path is not None:
            self.use_progress_file(progress_path)

    # ------------------------------------------------------------------ building
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        self.lesson_list = QListWidget(self)
        self.lesson_list.setWordWrap(True)
        self.lesson_list.setTextElideMode(Qt.TextElideMode.ElideNone)
        for lesson in LESSONS:
            item = QListWidgetItem()
            item.setData(NAME_ROLE, lesson.name)
            self.lesson_list.addItem(item)
        self.lesson_list.currentRowChanged.connect(self._on_row_changed)
        self.lesson_list.itemDoubleClicked.connect(lambda _item: self.load_lesson())

        self.text_view = QTextBrowser(self)
        self.text_view.setOpenLinks(False)
        # Never squeezed to a sliver by the question below it (the dock scrolls instead).
        self.text_view.setMinimumHeight(6 * self.fontMetrics().lineSpacing())
        detail = _FittedDetail(self)
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(self.text_view, 1)
        self.prediction = PredictionBox(self._session, self.progress, detail)
        self.prediction.answered.connect(lambda _lesson, _verdict: self._save_progress())
        detail_layout.addWidget(self.prediction)
        self.check_box = QGroupBox(detail)
        self.check_layout = QVBoxLayout(self.check_box)
        self.check_labels: list[QLabel] = []
        detail_layout.addWidget(self.check_box)
        self.status_label = QLabel(detail)
        self.status_label.setWordWrap(True)
        detail_layout.addWidget(self.status_label)
        buttons = QHBoxLayout()
        self.load_button = QPushButton(detail)
        self.load_button.clicked.connect(lambda: self.load_lesson())
        buttons.addWidget(self.load_button, 1)
        detail_layout.addLayout(buttons)

        # A splitter, so a student can give the text more room than the list (or the reverse).
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(self.lesson_list)
        self.splitter.addWidget(detail)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 5)
        self.splitter.setChildrenCollapsible(False)
        layout.addWidget(self.splitter)
        self._retranslate_list()

    def _retranslate_list(self) -> None:
        for row, lesson in enumerate(LESSONS):
            mark = "✓ " if lesson.name in self._completed else ""
            self.lesson_list.item(row).setText(f"{mark}{lesson.number}. {lesson_text(lesson.title)}")

    # ------------------------------------------------------------------ public
    @property
    def current_lesson(self) -> str | None:
        """The name of the loaded lesson (whose checks are live), or None."""
        status = self._session.snapshot.lesson
        return None if status is None else status.name

    @property
    def _states(self) -> list[bool]:
        status = self._session.snapshot.lesson
        return [] if status is None else list(status.ticked)

    @property
    def selected_lesson(self) -> Lesson:
        item = self.lesson_list.currentItem()
        return get_lesson(item.data(NAME_ROLE)) if item is not None else LESSONS[0]

    def use_progress_file(self, path: str | os.PathLike) -> None:
        """Remember lessons completed and answers given in ``path`` (read now; written at each change).
        A damaged file is reported and replaced by a fresh record at the next change."""
        self._progress_path = path
        try:
            progress = load_progress(path)
        except BackpropStudioError as error:
            self._session.problem_reported.emit(format_message(error))
            progress = Progress()
        self.progress.completed[:] = progress.completed
        self.progress.answers[:] = progress.answers
        self._completed = set(progress.completed)
        self._retranslate_list()
        self.prediction.show_lesson(self.prediction.lesson, again=True)

    def _save_progress(self) -> None:
        if self._progress_path is None:
            return
        try:
            save_progress(self._progress_path, self.progress)
        except BackpropStudioError as error:
            self._session.problem_reported.emit(format_message(error))

    def select_lesson(self, name: str) -> bool:
        """Show lesson ``name`` (without loading it)."""
        for row, lesson in enumerate(LESSONS):
            if lesson.name == name:
                self.lesson_list.setCurrentRow(row)
                return True
        return False

    def load_lesson(self, name: str | None = None) -> bool:
        """Install the lesson's preset (or open its lab) and start its checks. False if refused."""
        lesson = get_lesson(name) if name else self.selected_lesson
        if lesson is None:
            self._session.problem_reported.emit(self.tr("There is no lesson called %1.").replace("%1", str(name)))
            return False
        self.select_lesson(lesson.name)
        if not self._session.load_lesson(lesson.name):
            return False
        self.lesson_loaded.emit(lesson.name)
        self.prediction.show_lesson(lesson.name, again=True)  # a fresh start: its first question not answered
        if lesson.lab:
            self.lab_requested.emit(lesson.lab)
        if lesson.experiment:
            self.experiment_requested.emit(dict(lesson.experiment))
        self.refresh_checks_now()
        return True

    def resume_lesson(self, name: str | None) -> bool:
        """Make ``name`` the active lesson without touching the session (a reopened session file)."""
        if name is not None and get_lesson(name) is None:
            return False
        if name is not None:
            self.select_lesson(name)
        if self.current_lesson != name and not self._session.resume_lesson(name):
            return False
        self.refresh_checks_now()
        return True

    def note_experiment(self, result: SweepResult) -> None:
        """A sweep finished (the experiment runner's ``sweep_finished``): lesson 11 may tick."""
        self._session.note_experiment(result.parameter, len(result.values), result.complete)
        self.refresh_checks_now()

    def check_states(self) -> list[bool]:
        """Ticked or not, per check of the selected lesson (all False unless it is the active one)."""
        return list(self._states) if self._is_active(self.selected_lesson) else [False] * len(self.selected_lesson.checks)

    def check_texts(self) -> list[str]:
        return [label.text() for label in self.check_labels]

    def refresh_checks_now(self) -> None:
        """Show the active lesson's checks as the latest snapshot has them."""
        self._throttle.cancel()
        snapshot = self._session.snapshot
        if snapshot.structure_version != self._shown_structure:
            self._shown_structure = snapshot.structure_version
            if self.selected_lesson.show_shapes:
                self.text_view.setHtml(self._lesson_html(self.selected_lesson))  # the table follows the network
        status = snapshot.lesson
        if status is None:
            self._show_checks()
            return
        if all(status.ticked) and status.name not in self._completed:
            self._completed.add(status.name)
            self.progress.complete(status.name)
            self._save_progress()
            self._retranslate_list()
            self.lesson_completed.emit(status.name)
        self._show_checks()

    # ------------------------------------------------------------------ internals
    def _is_active(self, lesson: Lesson) -> bool:
        return self.current_lesson == lesson.name

    def _on_row_changed(self, _row: int) -> None:
        self._show_selected()

    def _show_selected(self) -> None:
        lesson = self.selected_lesson
        self.text_view.setHtml(self._lesson_html(lesson))
        if lesson.lab:
            self.load_button.setText(self.tr("Open the lab"))
            self.load_button.setToolTip(self.tr("Open the lab this lesson is about, in its own window."))
        else:
            self.load_button.setText(self.tr("Load lesson"))
            self.load_button.setToolTip(self.tr(
                "Install this lesson's dataset, network and hyperparameters (training restarts), "
                "then start its checks."))
        self._show_checks()

    def _show_checks(self) -> None:
        lesson = self.selected_lesson
        active = self._is_active(lesson)
        if not self.prediction.busy:  # its questions run on the loaded lesson's network
            self.prediction.show_lesson(lesson.name if active else None)
        states = self._states if active else [lesson.name in self._completed] * len(lesson.checks)
        while len(self.check_labels) < len(lesson.checks):
            label = QLabel(self.check_box)
            label.setWordWrap(True)
            self.check_layout.addWidget(label)
            self.check_labels.append(label)
        for i, label in enumerate(self.check_labels):
            label.setVisible(i < len(lesson.checks))
            if i >= len(lesson.checks):
                continue
            target = lesson_text(lesson.checks[i].target)
            if states[i]:
                label.setText(self.tr("☑ %1 — done!").replace("%1", target))
                label.setStyleSheet(f"color: {DONE_COLOR};")
            else:
                label.setText(self.tr("☐ %1").replace("%1", target))
                label.setStyleSheet("")
        self.check_box.setTitle(self.tr("Check"))
        self.status_label.setText(self._status_text(lesson, active, states))

    def _status_text(self, lesson: Lesson, active: bool, states: list[bool]) -> str:
        if active and all(states):
            return self.tr("Lesson done! Read what to notice, then try the next one.")
        if not active:
            if lesson.lab:
                return self.tr("Press Open the lab to start.")
            return self.tr("Press Load lesson to start (it replaces the current data and network).")
        if lesson.lab:
            return ""
        snapshot = self._session.snapshot
        accuracy = snapshot.metrics.train_accuracy
        if accuracy is None:
            return self.tr("Iteration %1").replace("%1", f"{snapshot.iteration:,}")
        return (self.tr("Iteration %1 · training accuracy %2 %").replace("%1", f"{snapshot.iteration:,}")
                .replace("%2", f"{100 * accuracy:.1f}"))

    def _lesson_html(self, lesson: Lesson) -> str:
        def esc(text: str) -> str:
            return html.escape(lesson_text(text))

        parts = [f"<h3>{lesson.number}. {esc(lesson.title)}</h3>", f"<p>{esc(lesson.intro)}</p>"]
        if lesson.show_shapes:
            parts.append(self._shapes_html())
        what_to_do, what_to_notice = self.tr("What to do"), self.tr("What to notice")  # lupdate reads "" only
        parts.append(f"<p><b>{html.escape(what_to_do)}</b></p><ol>")
        parts += [f"<li>{esc(step)}</li>" for step in lesson.steps]
        parts.append(f"</ol><p><b>{html.escape(what_to_notice)}</b></p><ul>")
        parts += [f"<li>{esc(point)}</li>" for point in lesson.notice]
        parts.append("</ul>")
        return "".join(parts)

    def _shapes_html(self) -> str:
        """The dimension table of the snapshot's network (it follows every change)."""
        snapshot = self._session.snapshot
        dims, m = snapshot.layer_dims, snapshot.m
        header = self.tr("Shapes for this network, m = %1 training examples").replace("%1", str(m))
        rows = [f"<p><b>{html.escape(header)}</b></p>",
                "<table border='1' cellspacing='0' cellpadding='3'><tr><th>l</th><th>W[l], dW[l]</th>"
                "<th>b[l], db[l]</th><th>Z[l], A[l]</th></tr>",
                f"<tr><td>0</td><td>—</td><td>—</td><td>A[0] = X: ({dims[0]}, {m})</td></tr>"]
        for l, shapes in enumerate(layer_shapes(dims, m), start=1):
            cells = [str(l)] + [f"({a}, {b})" for a, b in (shapes["W"], shapes["b"], shapes["Z"])]
            rows.append("<tr>" + "".join(f"<td>{cell}</td>" for cell in cells) + "</tr>")
        rows.append("</table>")
        return "".join(rows)

    def showEvent(self, event: QEvent) -> None:
        super().showEvent(event)
        if not self._sized:
            # First show: give the list just the room for every lesson; the text takes the rest.
            self._sized = True
            rows = sum(self.lesson_list.sizeHintForRow(row) for row in range(self.lesson_list.count()))
            wanted = rows + 2 * self.lesson_list.frameWidth() + self.lesson_list.sizeHintForRow(0)
            total = sum(self.splitter.sizes())
            self.splitter.setSizes([min(wanted, total // 2), max(total - min(wanted, total // 2), 1)])

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "_throttle"):
            with QSignalBlocker(self.lesson_list):
                self._retranslate_list()
            self._show_selected()
        super().changeEvent(event)


if __name__ == "__main__":  # preview: python -m backprop_studio.gui.panels.lesson_panel [lesson name]
    import sys

    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv)
    preview_session = TrainingSession()
    panel = LessonPanel(preview_session)
    panel.setWindowTitle("LessonPanel preview")
    panel.resize(320, 760)
    if len(sys.argv) > 1:
        panel.load_lesson(sys.argv[1])
        preview_session.play()
    panel.show()
    sys.exit(app.exec())
