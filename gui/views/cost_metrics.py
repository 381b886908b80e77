"""The line under the cost curve: train and test accuracy and cost of the snapshot shown.

    Train accuracy 90.0% · Test accuracy 92.5% · Train cost 0.2531 · Test cost 0.2425

The four readouts flow onto a second line when the dock is narrow (presentation
mode at 1280×720), so none is ever cut. Regression has no accuracy: those two
are hidden with the separators after them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from ...core.session import Snapshot
from .cost_format import format_cost, format_percent
from .flow_layout import FlowLayout

SEPARATOR = "  ·  "
KEYS = ("train_accuracy", "test_accuracy", "train_cost", "test_cost")


def _tr(text: str) -> str:
    # Translated under the CostCurveView context, where these texts were first written.
    return QCoreApplication.translate("CostCurveView", text)


class MetricsLine(QWidget):
    """Train/test accuracy and cost as labels separated by "·", wrapping between readouts."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        flow = FlowLayout(self, spacing=6, line_spacing=0)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.labels = {key: QLabel(self) for key in KEYS}
        self.separators = [QLabel("·", self) for _ in range(len(KEYS) - 1)]
        for i, label in enumerate(self.labels.values()):
            if i:
                flow.addWidget(self.separators[i - 1])
            flow.addWidget(label)

    def text(self) -> str:
        """The readouts as the user reads them."""
        return SEPARATOR.join(label.text() for label in self.labels.values() if not label.isHidden())

    def show_snapshot(self, snapshot: Snapshot) -> None:
        metrics = snapshot.metrics
        texts = {
            "train_accuracy": _tr("Train accuracy %1").replace("%1", format_percent(metrics.train_accuracy)),
            "test_accuracy": _tr("Test accuracy %1").replace("%1", format_percent(metrics.test_accuracy)),
            "train_cost": _tr("Train cost %1").replace("%1", format_cost(metrics.train_cost)),
            "test_cost": _tr("Test cost %1").replace("%1", format_cost(metrics.test_cost)),
        }
        for key, label in self.labels.items():
            label.setText(texts[key])
        regression = snapshot.hyperparameters.problem == "regression"
        for widget in (self.labels["train_accuracy"], self.labels["test_accuracy"], *self.separators[:2]):
            widget.setHidden(regression)
