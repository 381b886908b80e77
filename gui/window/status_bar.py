"""The status bar's readouts: iteration · cost J · training accuracy · iterations per second.

They show a snapshot, like every view: the latest one when the throttled redraw
runs (a few times a second while playing), or the one the window hands over
when it refreshes everything at once. So after a weight edit they show the new
cost, and they never disagree with the toolbar's counter about the iteration.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from ...core.session import Snapshot
from ..model.session import TrainingSession
from ..support.throttle import Throttle
from ..views.cost_curve import format_cost

STATUS_INTERVAL_MS = 250  # the numbers change 4 times a second: readable, and cheap
READOUTS = ("iteration", "cost", "accuracy", "speed")


def _tr(text: str) -> str:
    # Translated under the MainWindow context, where these texts were first written.
    return QCoreApplication.translate("MainWindow", text)


class TrainingStatusBar(QStatusBar):
    """The window's status bar: temporary messages on the left, the readouts (``labels``) on the right.

    ``shown(snapshot)`` follows each update of the readouts: the toolbar's counter shows the same
    snapshot at the same moment, so the two numbers never differ, even while playing."""

    shown = Signal(object)  # Snapshot

    def __init__(self, session: TrainingSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("status_bar")
        self._session = session
        self.labels: dict[str, QLabel] = {key: QLabel(self) for key in READOUTS}
        for label in self.labels.values():
            label.setContentsMargins(8, 0, 8, 0)
            self.addPermanentWidget(label)
        self._throttle = Throttle(self._show_latest, STATUS_INTERVAL_MS, self)
        session.state_changed.connect(self._on_state_changed)
        session.running_changed.connect(self._on_running_changed)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "labels"):
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """The readouts in the current language (at start and on LanguageChange)."""
        self._show_latest()

    def _on_state_changed(self, snapshot: Snapshot) -> None:
        if self._session.running:
            self._throttle.request()  # 4 times a second while playing: numbers a student can read
        else:
            self._throttle.cancel()  # a step, a reset, an edit: its numbers at once
            self.show_snapshot(snapshot)

    def _on_running_changed(self, running: bool) -> None:
        if running:
            self._throttle.request()
        else:  # stopped: the numbers it stopped at, at once
            self._throttle.cancel()
            self._show_latest()

    def _show_latest(self) -> None:
        # The snapshot of the moment of drawing: a burst of changes shows its last state only.
        self.show_snapshot(self._session.snapshot)

    def show_snapshot(self, snapshot: Snapshot) -> None:
        """Show ``snapshot``'s iteration, cost and accuracy (and the measured speed while playing)."""
        metrics = snapshot.metrics
        labels = self.labels
        labels["iteration"].setText(_tr("Iteration %1").replace("%1", f"{snapshot.iteration:,}"))
        labels["cost"].setText(_tr("Cost J = %1").replace("%1", format_cost(metrics.train_cost)))
        if metrics.train_accuracy is None:
            labels["accuracy"].setText(_tr("Accuracy —"))
        else:
            labels["accuracy"].setText(
                _tr("Train accuracy %1%").replace("%1", f"{100 * metrics.train_accuracy:.1f}"))
        session = self._session
        labels["speed"].setText(_tr("%1 it/s").replace("%1", f"{session.iterations_per_second():,.0f}")
                                if session.running else _tr("Paused"))
        self.shown.emit(snapshot)
