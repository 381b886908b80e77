"""HealthBanner: a strip that says, in the user's language, what is going wrong with training and what to try.

It reads the latest snapshot through ``core.session.health.diagnose`` — a rising or
oscillating cost, dead ReLU units, saturated tanh / sigmoid units, exploding weights,
divergence — and shows the most important findings first, each with the course's advice
(a smaller α, a smaller initialization scale, another activation). It follows
``state_changed`` at most a few times a second (the diagnosis runs a forward pass over up
to 1,000 examples), takes the latest snapshot when it looks, and hides itself as soon as
nothing is wrong any more. The texts are core's messages (code and arguments) translated
by ``gui.support.messages.format_message``, so a language switch re-renders them.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QWidget

from ...core.session import Snapshot
from ...core.session.health import Finding, diagnose
from ..model.session import TrainingSession
from ..support.messages import format_message
from ..support.throttle import Throttle
from ..views.plot_style import is_dark

#: The diagnosis runs at most this often while training (it costs a small forward pass).
UPDATE_INTERVAL_MS = 250
#: The banner shows this many findings; the tooltip lists them all.
SHOWN = 2
#: Amber on light, dark amber on dark: a warning, readable on a projector, not an error's red.
LIGHT_STYLE = "QFrame#health_banner { background: #fff3cd; border: 1px solid #d9a400; border-radius: 4px; }" \
              "QFrame#health_banner QLabel { color: #533f03; }"
DARK_STYLE = "QFrame#health_banner { background: #4a3b0c; border: 1px solid #b8860b; border-radius: 4px; }" \
             "QFrame#health_banner QLabel { color: #ffe7a3; }"


class HealthBanner(QFrame):
    """The current run's health findings with their advice; hidden while all is well."""

    def __init__(self, session: TrainingSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("health_banner")
        self._session = session
        self._findings: tuple[Finding, ...] = ()
        self._version: int | None = None  # the snapshot last diagnosed
        self.icon = QLabel("⚠", self)
        self.icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.label = QLabel(self)
        self.label.setObjectName("health_text")
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.label, 1)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self._restyle()
        self._throttle = Throttle(self.refresh, UPDATE_INTERVAL_MS, self)
        session.state_changed.connect(self._on_changed)
        session.structure_changed.connect(self._on_changed)
        self.hide()
        self.refresh()

    # ------------------------------------------------------------------ public (tests, main window)
    def findings(self) -> tuple[Finding, ...]:
        """What the banner shows, the most important first (empty while hidden)."""
        return self._findings

    def text(self) -> str:
        """The banner's text as shown."""
        return self.label.text()

    def refresh(self) -> None:
        """Diagnose the latest snapshot now (if it is new) and show the findings."""
        snapshot: Snapshot = self._session.snapshot
        if snapshot.version == self._version:
            return
        self._version = snapshot.version
        findings = diagnose(snapshot)
        if findings != self._findings:
            self._findings = findings
            self._render()

    # ------------------------------------------------------------------ internals
    def _on_changed(self, _snapshot: Snapshot) -> None:
        self._throttle.request()

    def _render(self) -> None:
        texts = [format_message(finding.message) for finding in self._findings]
        self.label.setText("\n".join(texts[:SHOWN]))
        self.setToolTip("\n\n".join(texts) if len(texts) > SHOWN else "")
        self.setVisible(bool(texts))

    def _restyle(self) -> None:
        style = DARK_STYLE if is_dark(self.palette()) else LIGHT_STYLE
        if style != self.styleSheet():  # setting a style sheet sends a palette change itself
            self.setStyleSheet(style)

    def changeEvent(self, event: QEvent) -> None:
        if hasattr(self, "label"):
            if event.type() == QEvent.Type.LanguageChange:
                self._render()  # core's templates in the new language, same arguments
            elif event.type() == QEvent.Type.PaletteChange:
                self._restyle()
        super().changeEvent(event)


__all__ = ["HealthBanner"]
