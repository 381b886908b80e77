"""ComputationGraphLab: the course's computation graphs, forward then backward, one node at a time.

Two tabs, each a GraphPanel (gui/labs/graph_panel.py): J = 3(a + bc) (u = bc, v = a + u,
J = 3v) and logistic regression on one example (z = w1 x1 + w2 x2 + b, a = σ(z), L(a, y)),
whose backward pass ends in the course's dz = a − y. Every number comes from
core.teaching.computation_graph.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from ...core.teaching.computation_graph import logistic_graph, simple_graph
from .graph_panel import GraphPanel, GraphSpec, wrap_formula

__all__ = ["ComputationGraphLab", "GraphPanel", "SIMPLE", "LOGISTIC", "wrap_formula"]

SIMPLE = GraphSpec(
    simple_graph,
    (("a", 5.0, -100.0, 100.0, 3), ("b", 3.0, -100.0, 100.0, 3), ("c", 2.0, -100.0, 100.0, 3)),
    {"a": (0, 0), "b": (0, 1.2), "c": (0, 2.4), "u": (1, 1.8), "v": (2, 0.9), "J": (3, 0.9)},
    {"a": "input", "b": "input", "c": "input"},
)
LOGISTIC = GraphSpec(
    logistic_graph,
    (("x1", 1.0, -100.0, 100.0, 3), ("x2", 2.0, -100.0, 100.0, 3), ("w1", 0.5, -100.0, 100.0, 3),
     ("w2", 0.25, -100.0, 100.0, 3), ("b", -0.5, -100.0, 100.0, 3), ("y", 1.0, 0.0, 1.0, 0)),
    {"x1": (0, 0), "w1": (0, 1.1), "x2": (0, 2.2), "w2": (0, 3.3), "b": (0, 4.4), "z": (1, 2.2),
     "a": (2, 2.2), "y": (2, 4.0), "L": (3, 3.1)},
    {"x1": "input", "x2": "input", "w1": "parameter", "w2": "parameter", "b": "parameter", "y": "label"},
)


class ComputationGraphLab(QWidget):
    """The lab window: one tab per graph (J = 3(a + bc), logistic regression on one example)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window)  # a tool window of its own, even with a parent
        self.simple = GraphPanel(SIMPLE, self)
        self.logistic = GraphPanel(LOGISTIC, self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.simple, "")
        self.tabs.addTab(self.logistic, "")
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        self.resize(1280, 800)
        self._retranslate()

    def show_logistic(self) -> None:
        self.tabs.setCurrentWidget(self.logistic)

    def show_simple(self) -> None:
        self.tabs.setCurrentWidget(self.simple)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Computation graph"))
        self.tabs.setTabText(0, self.tr("J = 3(a + bc)"))
        self.tabs.setTabText(1, self.tr("Logistic regression (one example)"))
        self.tabs.setTabToolTip(0, self.tr("The course's first graph: u = bc, v = a + u, J = 3v."))
        self.tabs.setTabToolTip(1, self.tr(
            "z = w1·x1 + w2·x2 + b, a = σ(z), L(a, y): backward gives the course's dz = a − y."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "tabs"):
            self._retranslate()
        super().changeEvent(event)


if __name__ == "__main__":
    import sys

    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv)
    lab = ComputationGraphLab()
    if len(sys.argv) > 1 and sys.argv[1] == "logistic":
        lab.show_logistic()
    panel = lab.tabs.currentWidget()
    panel.animate_box.setChecked(False)
    panel.forward()
    panel.backward()
    if len(sys.argv) > 2:  # stop mid-way to show the highlight of one step
        panel.steps_list.setCurrentRow(int(sys.argv[2]))
    lab.show()
    sys.exit(app.exec())
