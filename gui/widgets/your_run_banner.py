"""YourRunBanner: while the run trains with the student's functions, a strip above the pictures says so.

It reads ``snapshot.yours`` (core.session.snapshot.YourRun): which file, since which
iteration, which of the four roles — forward, cost, backward, update — run the student's
function and which run core's, and that the grey band on the cost curve is core's own
run from the same start. When their code stops the run (``training_failed`` while it
shows), the verdict stays in the strip, in the problem colour, until training goes on.
"Use core's functions" ends it (``TrainingSession.use_functions(None)``).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from ...core.session import Snapshot
from ...core.student.training import FUNCTIONS, course_mode
from ..model.session import TrainingSession
from ..support.messages import reformat
from ..views.plot_style import is_dark

LIGHT_STYLE = "QFrame#your_run_banner { background: #e3f0fb; border: 1px solid #5b9bd5; border-radius: 4px; }" \
              "QFrame#your_run_banner QLabel { color: #12365a; }"
DARK_STYLE = "QFrame#your_run_banner { background: #17324d; border: 1px solid #4f8fcf; border-radius: 4px; }" \
             "QFrame#your_run_banner QLabel { color: #d6e9fb; }"
PROBLEM_LIGHT, PROBLEM_DARK = "color: rgb(150, 20, 20);", "color: rgb(255, 150, 150);"


class YourRunBanner(QFrame):
    """Whose functions train the run, and the stop of their code; hidden while core's functions train."""

    def __init__(self, session: TrainingSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("your_run_banner")
        self._session = session
        self._snapshot: Snapshot | None = None
        self._stopped = ""  # the message their code stopped the run with (until training goes on)
        self.label = QLabel(self)
        self.label.setObjectName("your_run_text")
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.problem_label = QLabel(self)
        self.problem_label.setObjectName("your_run_problem")
        self.problem_label.setWordWrap(True)
        self.problem_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problem_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.problem_label.hide()
        self.core_button = QPushButton(self)
        self.core_button.setObjectName("use_core_functions")
        self.core_button.clicked.connect(lambda: session.use_functions(None))
        lines = QVBoxLayout()  # what runs, and under it the stop of their code
        lines.setContentsMargins(0, 0, 0, 0)
        lines.addWidget(self.label)
        lines.addWidget(self.problem_label)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addLayout(lines, 1)
        layout.addWidget(self.core_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self._restyle()
        session.state_changed.connect(self._on_state)
        session.structure_changed.connect(self._on_state)
        session.training_failed.connect(self._on_stopped)
        session.running_changed.connect(self._on_running)
        self._retranslate()
        self._on_state(session.snapshot)

    # ------------------------------------------------------------------ public (tests)
    def text(self) -> str:
        return self.label.text()

    def problem(self) -> str:
        return self.problem_label.text() if self.problem_label.isVisible() else ""

    # ------------------------------------------------------------------ internals
    def _on_state(self, snapshot: Snapshot) -> None:
        was = None if self._snapshot is None else self._snapshot.yours
        self._snapshot = snapshot
        yours = snapshot.yours
        if yours is None:
            self._stopped = ""
        if yours is None and was is None:
            self.setVisible(False)
            return
        if was is None or yours is None or (was.name, was.roles, was.since, was.reference_diverged) != \
                (yours.name, yours.roles, yours.since, yours.reference_diverged):
            self._render()

    def _on_stopped(self, message: str) -> None:
        if self._snapshot is not None and self._snapshot.yours is not None:
            self._stopped = message
            self._render()

    def _on_running(self, running: bool) -> None:
        if running and self._stopped:
            self._stopped = ""
            self._render()

    def _render(self) -> None:
        yours = None if self._snapshot is None else self._snapshot.yours
        self.setVisible(yours is not None)
        if yours is None:
            return
        names = FUNCTIONS[course_mode(self._snapshot.activations)]
        mine = [names[role] for role, who in yours.roles if who == "student"]
        core = [names[role] for role, who in yours.roles if who != "student"]
        parts = [self.tr("Training with your functions from %1 since iteration %2.")
                 .replace("%1", yours.name).replace("%2", f"{yours.since:,}")]
        if mine:
            parts.append(self.tr("Yours: %1.").replace("%1", ", ".join(mine)))
        if core:
            parts.append(self.tr("Core's (not written yet in your file): %1.").replace("%1", ", ".join(core)))
        parts.append(self.tr("Grey band on the cost curve: core's run from the same start."))
        self.setToolTip(self.tr("The grey band on the cost curve is core's own run from the same start: "
                                "where your curve leaves it, your functions compute something else."))
        if yours.reference_diverged:
            parts.append(self.tr("(Core's run diverged.)"))
        self.label.setText(" ".join(parts))
        self.problem_label.setText(reformat(self._stopped))
        self.problem_label.setVisible(bool(self._stopped))

    def _retranslate(self) -> None:
        self.core_button.setText(self.tr("Use core's functions"))
        self.core_button.setToolTip(self.tr("Train on with core's functions from where the run is now"))
        if self._snapshot is not None:
            self._render()

    def _restyle(self) -> None:
        dark = is_dark(self.palette())
        style = DARK_STYLE if dark else LIGHT_STYLE
        if style != self.styleSheet():  # setting a style sheet sends a palette change itself
            self.setStyleSheet(style)
        self.problem_label.setStyleSheet(PROBLEM_DARK if dark else PROBLEM_LIGHT)

    def changeEvent(self, event: QEvent) -> None:
        if hasattr(self, "core_button"):
            if event.type() == QEvent.Type.LanguageChange:
                self._retranslate()
            elif event.type() == QEvent.Type.PaletteChange:
                self._restyle()
        super().changeEvent(event)


__all__ = ["YourRunBanner"]
